-- statement 1 of 2
-- values [["<uuid>","<uuid>","<uuid>","<uuid>"],["<uuid>"]]
select p.id, p.delegation_id as "delegationId", p.organisation_id as "organisationId", p.name, p.phone, p.mobile, p.email, o.id as "purchaserId", o.sub_delegation_id as "subDelegationId", o.invited_by_organisation_id as "invitedByOrganisationId" from person p left join lateral (
    select u.id, u.sub_delegation_id, u.invited_by_organisation_id from purchaser u
    where u.contact_person_id = p.id
    union all
    select u.id, u.sub_delegation_id, u.invited_by_organisation_id
    from attendee a join purchaser u on u.id = a.purchaser_id
    where a.person_id = p.id
    limit 1
  ) o on true
        where p.id = any($1::uuid[]) and ($2::uuid[] is null or p.delegation_id = any($2::uuid[]));

-- statement 2 of 2
-- values [["<uuid>"],["<uuid>"],false,["<uuid>"],[],[],[],false,["<uuid>"],[],[],[],false,["<uuid>"],[],[],[],["<uuid>"],["<uuid>"]]
select __r0.*, (select coalesce(json_agg(json_build_array(array[__r1."id"::text, __r1."key"::text], (select coalesce(json_agg(json_build_array(array[__r2."id"::text, __r2."delegationId"::text, __r2."organisationId"::text, __r2."subDelegationId"::text, __r2."leadId"::text, __r2."invitedByOrganisationId"::text, __r2."category"::text, __r2."status"::text, __r2."contactPersonId"::text, __r2."rejectionReason"::text, __r2."invitedAt"::text, __r2."registeredAt"::text, __r2."approvedAt"::text, __r2."reportedAt"::text, __r2."reportBatchId"::text, __r2."version"::text, __r2."createdAt"::text, __r2."updatedAt"::text, __r2."organisationNameZh"::text], (select coalesce(json_agg(json_build_array(array[__r3."id"::text, __r3."amountUsd"::text, __r3."exhibitorId"::text, __r3."matchId"::text, __e3_0."id"::text, __e3_0."expoId"::text, __e3_0."exhibitionAreaId"::text, __e3_0."nameEn"::text, __e3_0."nameZh"::text, __e3_0."country"::text, __e3_0."booth"::text, __e3_0."products"::text, __e3_0."contactName"::text, __e3_0."contactEmail"::text, __e3_0."contactPhone"::text, __e3_0."version"::text, __e3_0."createdAt"::text, __e3_0."updatedAt"::text, __e3_1."id"::text, __e3_1."needId"::text, __e3_1."status"::text, __e3_2."id"::text, __e3_2."title"::text]) order by __r3."createdAt" desc, __r3."id" asc), '[]'::json)
      from (select __x3.*
    from (select dl.id, dl.exhibitor_id as "exhibitorId", dl.match_id as "matchId", dl.amount_usd as "amountUsd", dl.status, dl.created_at as "createdAt", dl.updated_at as "updatedAt" from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where dl.purchaser_id = __r2."id" and (($8::boolean
    or p.delegation_id = any($9::uuid[])
    or p.sub_delegation_id = any($10::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($11::text[])
    or p.id = any($12::uuid[])) or exists (
    select 1 from delegation own join expo own_expo on own_expo.id = own.expo_id,
      delegation later join expo later_expo on later_expo.id = later.expo_id
    where own.id = dl.delegation_id and later.id = any($9::uuid[])
      and later.province_en = own.province_en and later_expo.starts_on > own_expo.starts_on)) and true) __x3
    where true order by __x3."createdAt" desc, __x3."id" asc limit 6) __r3
      left join lateral (select x.id, x.expo_id as "expoId", x.exhibition_area_id as "exhibitionAreaId", x.name_en as "nameEn", x.name_zh as "nameZh", x.country, x.booth, x.products, x.contact_name as "contactName", x.contact_email as "contactEmail", x.contact_phone as "contactPhone", x.version, x.created_at as "createdAt", x.updated_at as "updatedAt" from exhibitor x where x.id = any(array[__r3."exhibitorId"]::uuid[])) __e3_0 on true
left join lateral (select m.id, m.delegation_id as "delegationId", m.purchaser_id as "purchaserId", m.need_id as "needId", m.exhibitor_id as "exhibitorId", m.status, m.score::float8 as "score", m.reasons, m.decline_reason as "declineReason", m.version, m.created_at as "createdAt", m.updated_at as "updatedAt" from exhibitor_match m join purchaser p on p.id = m.purchaser_id
        where m.id = any(array[__r3."matchId"]::uuid[]) and ($3::boolean
    or p.delegation_id = any($4::uuid[])
    or p.sub_delegation_id = any($5::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($6::text[])
    or p.id = any($7::uuid[]))) __e3_1 on true
left join lateral (select n.id, n.delegation_id as "delegationId", n.purchaser_id as "purchaserId", n.exhibition_area_id as "exhibitionAreaId", n.title, n.description, trim_scale(n.quantity) as "quantity", n.unit, n.budget_amount as "budgetAmount", n.budget_currency as "budgetCurrency", n.preferred_countries::text[] as "preferredCountries", n.deadline, n.status, n.close_reason as "closeReason", n.published_at as "publishedAt", n.closed_at as "closedAt", n.version, n.created_at as "createdAt", n.updated_at as "updatedAt" from procurement_need n join purchaser p on p.id = n.purchaser_id
        where n.id = any(array[__e3_1."needId"]::uuid[]) and ($3::boolean
    or p.delegation_id = any($4::uuid[])
    or p.sub_delegation_id = any($5::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($6::text[])
    or p.id = any($7::uuid[]))) __e3_2 on true)) order by __r2."invitedAt" asc, __r2."id" asc), '[]'::json)
      from (select __x2.*
    from (select p.id, p.delegation_id as "delegationId", p.organisation_id as "organisationId", p.sub_delegation_id as "subDelegationId", p.lead_id as "leadId", p.invited_by_organisation_id as "invitedByOrganisationId", p.category, p.status, p.contact_person_id as "contactPersonId", p.rejection_reason as "rejectionReason", p.invited_at as "invitedAt", p.registered_at as "registeredAt", p.approved_at as "approvedAt", p.reported_at as "reportedAt", p.report_batch_id as "reportBatchId", p.version, p.created_at as "createdAt", p.updated_at as "updatedAt", o.name_zh as "organisationNameZh" from purchaser p join organisation o on o.id = p.organisation_id where p.sub_delegation_id = __r1."id" and (($13::boolean
    or p.delegation_id = any($14::uuid[])
    or p.sub_delegation_id = any($15::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($16::text[])
    or p.id = any($17::uuid[])) or p.delegation_id = any($18::uuid[])) and true) __x2
    where true order by __x2."invitedAt" asc, __x2."id" asc limit 21) __r2
      ), (select count(*)::int from purchaser p join organisation o on o.id = p.organisation_id where p.sub_delegation_id = __r1."id" and (($13::boolean
    or p.delegation_id = any($14::uuid[])
    or p.sub_delegation_id = any($15::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($16::text[])
    or p.id = any($17::uuid[])) or p.delegation_id = any($18::uuid[])) and true)) order by __r1.__n), '[]'::json)
        from (select __l1.*, row_number() over () as __n from (select s.id, s.delegation_id as "delegationId", s.key, s.name_zh as "nameZh", s.name_en as "nameEn", s.focus, s.receives_unassigned as "receivesUnassigned", s.shared_target_min as "sharedTargetMin", s.shared_target_of as "sharedTargetOf", (coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0))::int as "targetMin", s.version from sub_delegation s
        where s.delegation_id = any(array[__r0."id"]::uuid[]) and ($19::uuid[] is null or s.delegation_id = any($19::uuid[]))
        order by s.position, s.key) __l1) __r1
        ) as "__f_subDelegations" from (select d.id, d.expo_id as "expoId", d.key, d.name_zh as "nameZh", d.name_en as "nameEn", d.province_zh as "provinceZh", d.province_en as "provinceEn", d.registration_principle_zh as "registrationPrincipleZh", d.registration_principle_en as "registrationPrincipleEn", d.office_organisation_id as "officeOrganisationId", (select coalesce(sum(coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)), 0) from sub_delegation s where s.delegation_id = d.id)::int as "targetTotal" from delegation d
        where d.id = any($1::uuid[]) and ($2::uuid[] is null or d.id = any($2::uuid[]))) __r0;
