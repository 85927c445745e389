-- statement 1 of 2
-- values [["<uuid>"],["<uuid>"]]
select d.id, d.expo_id as "expoId", d.key, d.name_zh as "nameZh", d.name_en as "nameEn", d.province_zh as "provinceZh", d.province_en as "provinceEn", d.registration_principle_zh as "registrationPrincipleZh", d.registration_principle_en as "registrationPrincipleEn", d.office_organisation_id as "officeOrganisationId", (select coalesce(sum(coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)), 0) from sub_delegation s where s.delegation_id = d.id)::int as "targetTotal" from delegation d
        where d.id = any($1::uuid[]) and ($2::uuid[] is null or d.id = any($2::uuid[]));

-- statement 2 of 2
-- values [false,[],[],[],[],["<uuid>"],["<uuid>"],false,[],[],[],[]]
select __r0."id", __r0."status", __r0."category", __r0."organisationId", __r0."subDelegationId", __e0."id" as "__e0.id", __e0."nameZh" as "__e0.nameZh", __e0."creditCode" as "__e0.creditCode", __e1."id" as "__e1.id", __e1."delegationId" as "__e1.delegationId", __e1."key" as "__e1.key", __e1."nameZh" as "__e1.nameZh", __e1."nameEn" as "__e1.nameEn", __e1."focus" as "__e1.focus", __e1."receivesUnassigned" as "__e1.receivesUnassigned", __e1."sharedTargetMin" as "__e1.sharedTargetMin", __e1."sharedTargetOf" as "__e1.sharedTargetOf", __e1."targetMin" as "__e1.targetMin", __e1."version" as "__e1.version", (select coalesce(json_agg(json_build_array(array[__r1."id"::text, __r1."amountUsd"::text]) order by __r1."createdAt" desc, __r1."id" asc), '[]'::json)
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
    where true order by __x1."createdAt" desc, __x1."id" asc limit 6) __r1
      ) as "__f_deals" from (select x.*
    from (select p.id, p.organisation_id as "organisationId", p.sub_delegation_id as "subDelegationId", p.category, p.status, p.invited_at as "invitedAt", p.updated_at as "updatedAt", o.name_zh as "organisationNameZh" from purchaser p join organisation o on o.id = p.organisation_id where (($1::boolean
    or p.delegation_id = any($2::uuid[])
    or p.sub_delegation_id = any($3::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($4::text[])
    or p.id = any($5::uuid[])) or p.delegation_id = any($6::uuid[])) and true and true) x
    where true order by x."invitedAt" asc, x."id" asc limit 21) __r0 left join lateral (select o.id, o.key, o.kind, o.name_zh as "nameZh", o.name_en as "nameEn", o.credit_code as "creditCode" from organisation o where o.id = any(array[__r0."organisationId"]::uuid[])) __e0 on true
left join lateral (select s.id, s.delegation_id as "delegationId", s.key, s.name_zh as "nameZh", s.name_en as "nameEn", s.focus, s.receives_unassigned as "receivesUnassigned", s.shared_target_min as "sharedTargetMin", s.shared_target_of as "sharedTargetOf", (coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0))::int as "targetMin", s.version from sub_delegation s
        where s.id = any(array[__r0."subDelegationId"]::uuid[]) and ($7::uuid[] is null or s.delegation_id = any($7::uuid[]))) __e1 on true
       order by __r0."invitedAt" asc, __r0."id" asc;
