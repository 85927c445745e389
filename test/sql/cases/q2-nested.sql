-- statement 1 of 1
-- values [["<uuid>"],null,true,[],[],[],[],[],null]
select __r0.*, (select coalesce(json_agg(json_build_array(array[__r1."id"::text, __r1."key"::text], (select coalesce(json_agg(json_build_array(array[__r2."id"::text], (select coalesce(json_agg(json_build_array(array[__r3."id"::text, __r3."amountUsd"::text, __r3."exhibitorId"::text, __e3_0."id"::text, __e3_0."nameEn"::text, __e3_0."country"::text]) order by __r3."createdAt" desc, __r3."id" asc), '[]'::json)
      from (select __x3.*
    from (select dl.id, dl.exhibitor_id as "exhibitorId", dl.amount_usd as "amountUsd", dl.status, dl.created_at as "createdAt", dl.updated_at as "updatedAt" from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where dl.purchaser_id = __r2."id" and true and true) __x3
    where true order by __x3."createdAt" desc, __x3."id" asc limit 6) __r3
      left join lateral (select x.id, x.expo_id as "expoId", x.exhibition_area_id as "exhibitionAreaId", x.name_en as "nameEn", x.name_zh as "nameZh", x.country, x.booth, x.products, x.contact_name as "contactName", x.contact_email as "contactEmail", x.contact_phone as "contactPhone", x.version, x.created_at as "createdAt", x.updated_at as "updatedAt" from exhibitor x where x.id = any(array[__r3."exhibitorId"]::uuid[])) __e3_0 on true)) order by __r2."invitedAt" asc, __r2."id" asc), '[]'::json)
      from (select __x2.*
    from (select p.id, p.status, p.invited_at as "invitedAt", p.updated_at as "updatedAt", o.name_zh as "organisationNameZh" from purchaser p join organisation o on o.id = p.organisation_id where p.sub_delegation_id = __r1."id" and (($3::boolean
    or p.delegation_id = any($4::uuid[])
    or p.sub_delegation_id = any($5::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($6::text[])
    or p.id = any($7::uuid[])) or p.delegation_id = any($8::uuid[])) and true) __x2
    where true order by __x2."invitedAt" asc, __x2."id" asc limit 21) __r2
      )) order by __r1.__n), '[]'::json)
        from (select __l1.*, row_number() over () as __n from (select s.id, s.delegation_id as "delegationId", s.key, s.name_zh as "nameZh", s.name_en as "nameEn", s.focus, s.receives_unassigned as "receivesUnassigned", s.shared_target_min as "sharedTargetMin", s.shared_target_of as "sharedTargetOf", (coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0))::int as "targetMin", s.version from sub_delegation s
        where s.delegation_id = any(array[__r0."id"]::uuid[]) and ($9::uuid[] is null or s.delegation_id = any($9::uuid[]))
        order by s.position, s.key) __l1) __r1
        ) as "__f_subDelegations" from (select d.id, d.expo_id as "expoId", d.key, d.name_zh as "nameZh", d.name_en as "nameEn", d.province_zh as "provinceZh", d.province_en as "provinceEn", d.registration_principle_zh as "registrationPrincipleZh", d.registration_principle_en as "registrationPrincipleEn", d.office_organisation_id as "officeOrganisationId", (select coalesce(sum(coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)), 0) from sub_delegation s where s.delegation_id = d.id)::int as "targetTotal" from delegation d
        where d.id = any($1::uuid[]) and ($2::uuid[] is null or d.id = any($2::uuid[]))) __r0;
