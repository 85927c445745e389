-- statement 1 of 1
-- values [["<uuid>"],["<uuid>"],["<uuid>"],["<uuid>"]]
select __r0__.*, (select coalesce(json_agg(json_build_array(array[__r1__."id"::text, __r1__."key"::text], (select coalesce(json_agg(json_build_array(array[__r2__."id"::text], (select coalesce(json_agg(json_build_array(array[__r3__."id"::text, __r3__."amountUsd"::text, __r3__."exhibitorId"::text, __exhibitor_by_id__."id"::text, __exhibitor_by_id__."nameEn"::text, __exhibitor_by_id__."country"::text]) order by __r3__."createdAt" desc, __r3__."id" asc), '[]'::json)
      from (select __x3__.*
    from (select "dl"."id" as "id", "dl"."exhibitor_id" as "exhibitorId", "dl"."amount_usd" as "amountUsd", "dl"."status" as "status", "dl"."created_at" as "createdAt", "dl"."updated_at" as "updatedAt" from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where ("dl"."purchaser_id" = __r2__."id" and ("p"."delegation_id" = any($1::uuid[]) or exists (
    select 1 from delegation own join expo own_expo on own_expo.id = own.expo_id,
      delegation later join expo later_expo on later_expo.id = later.expo_id
    where own.id = dl.delegation_id and later.id = any($1::uuid[])
      and later.province_en = own.province_en and later_expo.starts_on > own_expo.starts_on)))) __x3__
    order by __x3__."createdAt" desc, __x3__."id" asc limit 6) __r3__ left join lateral (select "x"."id" as "id", "x"."expo_id" as "expoId", "x"."exhibition_area_id" as "exhibitionAreaId", "x"."name_en" as "nameEn", "x"."name_zh" as "nameZh", "x"."country" as "country", "x"."booth" as "booth", "x"."products" as "products", "x"."contact_name" as "contactName", "x"."contact_email" as "contactEmail", "x"."contact_phone" as "contactPhone", "x"."version" as "version", "x"."created_at" as "createdAt", "x"."updated_at" as "updatedAt" from exhibitor x
        where "x"."id" = any(array[__r3__."exhibitorId"])) __exhibitor_by_id__ on true)) order by __r2__."invitedAt" asc, __r2__."id" asc), '[]'::json)
      from (select __x2__.*
    from (select "p"."id" as "id", "p"."status" as "status", "p"."invited_at" as "invitedAt", "p"."updated_at" as "updatedAt", o.name_zh as "organisationNameZh" from purchaser p join organisation o on o.id = p.organisation_id where ("p"."sub_delegation_id" = __r1__."id" and "p"."delegation_id" = any($2::uuid[]))) __x2__
    order by __x2__."invitedAt" asc, __x2__."id" asc limit 21) __r2__)) order by __r1__."__n"), '[]'::json)
        from (select __l1__.*, row_number() over () as __n from (select "s"."id" as "id", "s"."delegation_id" as "delegationId", "s"."key" as "key", "s"."name_zh" as "nameZh", "s"."name_en" as "nameEn", "s"."focus" as "focus", "s"."receives_unassigned" as "receivesUnassigned", "s"."shared_target_min" as "sharedTargetMin", "s"."shared_target_of" as "sharedTargetOf", (coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0))::int as "targetMin", "s"."version" as "version" from sub_delegation s
        where ("s"."delegation_id" = any(array[__r0__."id"]) and s.delegation_id = any($3::uuid[])) order by s.position, s.key) __l1__) __r1__) as "__f_subDelegations"
        from (select "d"."id" as "id", "d"."expo_id" as "expoId", "d"."key" as "key", "d"."name_zh" as "nameZh", "d"."name_en" as "nameEn", "d"."province_zh" as "provinceZh", "d"."province_en" as "provinceEn", "d"."registration_principle_zh" as "registrationPrincipleZh", "d"."registration_principle_en" as "registrationPrincipleEn", "d"."office_organisation_id" as "officeOrganisationId", "d"."version" as "version", (select coalesce(sum(coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)), 0) from sub_delegation s where s.delegation_id = d.id)::int as "targetTotal" from delegation d
        where ("d"."id" = any($4::uuid[]) and d.id = any($3::uuid[]))) __r0__;
