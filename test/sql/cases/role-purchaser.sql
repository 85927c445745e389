-- statement 1 of 3
-- values [["<uuid>"],["<uuid>"]]
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

-- statement 2 of 3
-- values [false,[],[],[],["<uuid>"],false,[],[],[],["<uuid>"]]
select __r0."id", __r0."amountUsd", __r0."purchaserId", __r0."matchId", __e0."id" as "__e0.id", __e0."delegationId" as "__e0.delegationId", __e0."organisationId" as "__e0.organisationId", __e0."subDelegationId" as "__e0.subDelegationId", __e0."leadId" as "__e0.leadId", __e0."invitedByOrganisationId" as "__e0.invitedByOrganisationId", __e0."category" as "__e0.category", __e0."status" as "__e0.status", __e0."contactPersonId" as "__e0.contactPersonId", __e0."rejectionReason" as "__e0.rejectionReason", __e0."invitedAt" as "__e0.invitedAt", __e0."registeredAt" as "__e0.registeredAt", __e0."approvedAt" as "__e0.approvedAt", __e0."reportedAt" as "__e0.reportedAt", __e0."reportBatchId" as "__e0.reportBatchId", __e0."version" as "__e0.version", __e0."createdAt" as "__e0.createdAt", __e0."updatedAt" as "__e0.updatedAt", __e1."id" as "__e1.id", __e1."nameZh" as "__e1.nameZh", __e2."id" as "__e2.id", __e2."needId" as "__e2.needId", __e2."exhibitorId" as "__e2.exhibitorId", __e2."status" as "__e2.status", __e3."id" as "__e3.id", __e3."title" as "__e3.title", __e3."budgetAmount" as "__e3.budgetAmount", __e4."id" as "__e4.id", __e4."nameEn" as "__e4.nameEn" from (select x.*
    from (select dl.id, dl.purchaser_id as "purchaserId", dl.match_id as "matchId", dl.amount_usd as "amountUsd", dl.status, dl.created_at as "createdAt", dl.updated_at as "updatedAt" from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where (($1::boolean
    or p.delegation_id = any($2::uuid[])
    or p.sub_delegation_id = any($3::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($4::text[])
    or p.id = any($5::uuid[])) or exists (
    select 1 from delegation own join expo own_expo on own_expo.id = own.expo_id,
      delegation later join expo later_expo on later_expo.id = later.expo_id
    where own.id = dl.delegation_id and later.id = any($2::uuid[])
      and later.province_en = own.province_en and later_expo.starts_on > own_expo.starts_on)) and true and true) x
    where true order by x."createdAt" desc, x."id" asc limit 21) __r0 left join lateral (select p.id, p.delegation_id as "delegationId", p.organisation_id as "organisationId", p.sub_delegation_id as "subDelegationId", p.lead_id as "leadId", p.invited_by_organisation_id as "invitedByOrganisationId", p.category, p.status, p.contact_person_id as "contactPersonId", p.rejection_reason as "rejectionReason", p.invited_at as "invitedAt", p.registered_at as "registeredAt", p.approved_at as "approvedAt", p.reported_at as "reportedAt", p.report_batch_id as "reportBatchId", p.version, p.created_at as "createdAt", p.updated_at as "updatedAt" from purchaser p
        where p.id = any(array[__r0."purchaserId"]::uuid[]) and ($6::boolean
    or p.delegation_id = any($7::uuid[])
    or p.sub_delegation_id = any($8::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($9::text[])
    or p.id = any($10::uuid[]))) __e0 on true
left join lateral (select o.id, o.key, o.kind, o.name_zh as "nameZh", o.name_en as "nameEn", o.credit_code as "creditCode" from organisation o where o.id = any(array[__e0."organisationId"]::uuid[])) __e1 on true
left join lateral (select m.id, m.delegation_id as "delegationId", m.purchaser_id as "purchaserId", m.need_id as "needId", m.exhibitor_id as "exhibitorId", m.status, m.score::float8 as "score", m.reasons, m.decline_reason as "declineReason", m.version, m.created_at as "createdAt", m.updated_at as "updatedAt" from exhibitor_match m join purchaser p on p.id = m.purchaser_id
        where m.id = any(array[__r0."matchId"]::uuid[]) and ($6::boolean
    or p.delegation_id = any($7::uuid[])
    or p.sub_delegation_id = any($8::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($9::text[])
    or p.id = any($10::uuid[]))) __e2 on true
left join lateral (select n.id, n.delegation_id as "delegationId", n.purchaser_id as "purchaserId", n.exhibition_area_id as "exhibitionAreaId", n.title, n.description, trim_scale(n.quantity) as "quantity", n.unit, n.budget_amount as "budgetAmount", n.budget_currency as "budgetCurrency", n.preferred_countries::text[] as "preferredCountries", n.deadline, n.status, n.close_reason as "closeReason", n.published_at as "publishedAt", n.closed_at as "closedAt", n.version, n.created_at as "createdAt", n.updated_at as "updatedAt" from procurement_need n join purchaser p on p.id = n.purchaser_id
        where n.id = any(array[__e2."needId"]::uuid[]) and ($6::boolean
    or p.delegation_id = any($7::uuid[])
    or p.sub_delegation_id = any($8::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($9::text[])
    or p.id = any($10::uuid[]))) __e3 on true
left join lateral (select x.id, x.expo_id as "expoId", x.exhibition_area_id as "exhibitionAreaId", x.name_en as "nameEn", x.name_zh as "nameZh", x.country, x.booth, x.products, x.contact_name as "contactName", x.contact_email as "contactEmail", x.contact_phone as "contactPhone", x.version, x.created_at as "createdAt", x.updated_at as "updatedAt" from exhibitor x where x.id = any(array[__e2."exhibitorId"]::uuid[])) __e4 on true
       order by __r0."createdAt" desc, __r0."id" asc;

-- statement 3 of 3
-- values [false,[],[],[],["<uuid>"]]
select __r0."id", __r0."status", __r0."score", __r0."exhibitorId", __e0."id" as "__e0.id", __e0."nameEn" as "__e0.nameEn", __e0."country" as "__e0.country" from (select x.*
    from (select m.id, m.exhibitor_id as "exhibitorId", m.status, m.score::float8 as "score", m.created_at as "createdAt", m.updated_at as "updatedAt" from exhibitor_match m join purchaser p on p.id = m.purchaser_id and p.delegation_id = m.delegation_id where ($1::boolean
    or p.delegation_id = any($2::uuid[])
    or p.sub_delegation_id = any($3::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($4::text[])
    or p.id = any($5::uuid[])) and true and true) x
    where true order by x."createdAt" desc, x."id" asc limit 11) __r0 left join lateral (select x.id, x.expo_id as "expoId", x.exhibition_area_id as "exhibitionAreaId", x.name_en as "nameEn", x.name_zh as "nameZh", x.country, x.booth, x.products, x.contact_name as "contactName", x.contact_email as "contactEmail", x.contact_phone as "contactPhone", x.version, x.created_at as "createdAt", x.updated_at as "updatedAt" from exhibitor x where x.id = any(array[__r0."exhibitorId"]::uuid[])) __e0 on true
       order by __r0."createdAt" desc, __r0."id" asc;
