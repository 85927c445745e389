-- statement 1 of 4
-- values ["CIIE-5"]
select e.id, e.key, e.edition, e.name_zh as "nameZh", e.name_en as "nameEn", e.starts_on as "startsOn", e.ends_on as "endsOn", e.venue_zh as "venueZh", e.venue_en as "venueEn", e.website, e.reporting_currency as "reportingCurrency", e.business_exhibition_area_m2 as "businessExhibitionAreaM2" from expo e where e.key = $1;

-- statement 2 of 4
-- values [["<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>"],false,["<uuid>"],[],[],[],["<uuid>"],false,["<uuid>"],[],[],[]]
select x.*, parent.id as __parent
         from unnest($1::uuid[]) with ordinality as parent(id, ord)
         left join lateral (
           select __r0."id", __r0."organisationId", __e0."id" as "__e0.id", __e0."nameZh" as "__e0.nameZh", (select coalesce(json_agg(json_build_array(array[__r1."id"::text, __r1."amountUsd"::text]) order by __r1."createdAt" desc, __r1."id" asc), '[]'::json)
      from (select __x1.*
    from (select dl.id, dl.amount_usd as "amountUsd", dl.status, dl.created_at as "createdAt", dl.updated_at as "updatedAt" from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where dl.purchaser_id = __r0."id" and (($8::boolean
    or p.delegation_id = any($9::uuid[])
    or p.sub_delegation_id = any($10::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($11::text[])
    or p.id = any($12::uuid[])) or exists (
    select 1 from delegation own join expo own_expo on own_expo.id = own.expo_id,
      delegation later join expo later_expo on later_expo.id = later.expo_id
    where own.id = dl.delegation_id and later.id = any($9::uuid[])
      and later.province_en = own.province_en and later_expo.starts_on > own_expo.starts_on)) and true) __x1
    where true order by __x1."createdAt" desc, __x1."id" asc limit 4) __r1
      ) as "__f_deals",
             -- the page's order, numbered: what it hands back need not hold its ordering keys
             row_number() over (order by __r0."invitedAt" asc, __r0."id" asc) as __n
           from (select x.*
    from (select p.id, p.organisation_id as "organisationId", p.status, p.invited_at as "invitedAt", p.updated_at as "updatedAt", o.name_zh as "organisationNameZh" from purchaser p join organisation o on o.id = p.organisation_id where p.sub_delegation_id = parent.id and (($2::boolean
    or p.delegation_id = any($3::uuid[])
    or p.sub_delegation_id = any($4::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($5::text[])
    or p.id = any($6::uuid[])) or p.delegation_id = any($7::uuid[])) and true) x
    where true order by x."invitedAt" asc, x."id" asc limit 11) __r0
           left join lateral (select o.id, o.key, o.kind, o.name_zh as "nameZh", o.name_en as "nameEn", o.credit_code as "creditCode" from organisation o where o.id = any(array[__r0."organisationId"]::uuid[])) __e0 on true
         ) x on true
         
         order by parent.ord, x.__n;

-- statement 3 of 4
-- values [["<uuid>"],["<uuid>"]]
select d.id, d.expo_id as "expoId", d.key, d.name_zh as "nameZh", d.name_en as "nameEn", d.province_zh as "provinceZh", d.province_en as "provinceEn", d.registration_principle_zh as "registrationPrincipleZh", d.registration_principle_en as "registrationPrincipleEn", d.office_organisation_id as "officeOrganisationId", (select coalesce(sum(coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)), 0) from sub_delegation s where s.delegation_id = d.id)::int as "targetTotal" from delegation d
        where d.expo_id = any($1::uuid[]) and ($2::uuid[] is null or d.id = any($2::uuid[])) order by d.key;

-- statement 4 of 4
-- values [["<uuid>"],["<uuid>"]]
select s.id, s.delegation_id as "delegationId", s.key, s.name_zh as "nameZh", s.name_en as "nameEn", s.focus, s.receives_unassigned as "receivesUnassigned", s.shared_target_min as "sharedTargetMin", s.shared_target_of as "sharedTargetOf", (coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0))::int as "targetMin", s.version from sub_delegation s
        where s.delegation_id = any($1::uuid[]) and ($2::uuid[] is null or s.delegation_id = any($2::uuid[]))
        order by s.position, s.key;
