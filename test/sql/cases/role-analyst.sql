-- statement 1 of 3
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

-- statement 2 of 3
-- values [false,["<uuid>"],[],[],[],["<uuid>"],false,["<uuid>"],[],[],[]]
select __r0."id", __r0."amountUsd", __r0."delegationId", __r0."purchaserId", __r0."exhibitorId", __e0."id" as "__e0.id", __e0."key" as "__e0.key", __e1."id" as "__e1.id", __e1."delegationId" as "__e1.delegationId", __e1."organisationId" as "__e1.organisationId", __e1."subDelegationId" as "__e1.subDelegationId", __e1."leadId" as "__e1.leadId", __e1."invitedByOrganisationId" as "__e1.invitedByOrganisationId", __e1."category" as "__e1.category", __e1."status" as "__e1.status", __e1."contactPersonId" as "__e1.contactPersonId", __e1."rejectionReason" as "__e1.rejectionReason", __e1."invitedAt" as "__e1.invitedAt", __e1."registeredAt" as "__e1.registeredAt", __e1."approvedAt" as "__e1.approvedAt", __e1."reportedAt" as "__e1.reportedAt", __e1."reportBatchId" as "__e1.reportBatchId", __e1."version" as "__e1.version", __e1."createdAt" as "__e1.createdAt", __e1."updatedAt" as "__e1.updatedAt", __e2."id" as "__e2.id", __e2."nameZh" as "__e2.nameZh", __e3."id" as "__e3.id", __e3."expoId" as "__e3.expoId", __e3."exhibitionAreaId" as "__e3.exhibitionAreaId", __e3."nameEn" as "__e3.nameEn", __e3."nameZh" as "__e3.nameZh", __e3."country" as "__e3.country", __e3."booth" as "__e3.booth", __e3."products" as "__e3.products", __e3."contactName" as "__e3.contactName", __e3."contactEmail" as "__e3.contactEmail", __e3."contactPhone" as "__e3.contactPhone", __e3."version" as "__e3.version", __e3."createdAt" as "__e3.createdAt", __e3."updatedAt" as "__e3.updatedAt" from (select x.*
    from (select dl.id, dl.delegation_id as "delegationId", dl.purchaser_id as "purchaserId", dl.exhibitor_id as "exhibitorId", dl.amount_usd as "amountUsd", dl.status, dl.created_at as "createdAt", dl.updated_at as "updatedAt" from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where (($1::boolean
    or p.delegation_id = any($2::uuid[])
    or p.sub_delegation_id = any($3::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($4::text[])
    or p.id = any($5::uuid[])) or exists (
    select 1 from delegation own join expo own_expo on own_expo.id = own.expo_id,
      delegation later join expo later_expo on later_expo.id = later.expo_id
    where own.id = dl.delegation_id and later.id = any($2::uuid[])
      and later.province_en = own.province_en and later_expo.starts_on > own_expo.starts_on)) and true and true) x
    where true order by x."amountUsd" desc, x."id" asc limit 51) __r0 left join lateral (select d.id, d.expo_id as "expoId", d.key, d.name_zh as "nameZh", d.name_en as "nameEn", d.province_zh as "provinceZh", d.province_en as "provinceEn", d.registration_principle_zh as "registrationPrincipleZh", d.registration_principle_en as "registrationPrincipleEn", d.office_organisation_id as "officeOrganisationId", d.version, (select coalesce(sum(coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)), 0) from sub_delegation s where s.delegation_id = d.id)::int as "targetTotal" from delegation d
        where d.id = any(array[__r0."delegationId"]::uuid[]) and ($6::uuid[] is null or d.id = any($6::uuid[]))) __e0 on true
left join lateral (select p.id, p.delegation_id as "delegationId", p.organisation_id as "organisationId", p.sub_delegation_id as "subDelegationId", p.lead_id as "leadId", p.invited_by_organisation_id as "invitedByOrganisationId", p.category, p.status, p.contact_person_id as "contactPersonId", p.rejection_reason as "rejectionReason", p.invited_at as "invitedAt", p.registered_at as "registeredAt", p.approved_at as "approvedAt", p.reported_at as "reportedAt", p.report_batch_id as "reportBatchId", p.version, p.created_at as "createdAt", p.updated_at as "updatedAt" from purchaser p
        where p.id = any(array[__r0."purchaserId"]::uuid[]) and ($7::boolean
    or p.delegation_id = any($8::uuid[])
    or p.sub_delegation_id = any($9::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($10::text[])
    or p.id = any($11::uuid[]))) __e1 on true
left join lateral (select o.id, o.key, o.kind, o.name_zh as "nameZh", o.name_en as "nameEn", o.credit_code as "creditCode" from organisation o where o.id = any(array[__e1."organisationId"]::uuid[])) __e2 on true
left join lateral (select x.id, x.expo_id as "expoId", x.exhibition_area_id as "exhibitionAreaId", x.name_en as "nameEn", x.name_zh as "nameZh", x.country, x.booth, x.products, x.contact_name as "contactName", x.contact_email as "contactEmail", x.contact_phone as "contactPhone", x.version, x.created_at as "createdAt", x.updated_at as "updatedAt" from exhibitor x where x.id = any(array[__r0."exhibitorId"]::uuid[])) __e3 on true
       order by __r0."amountUsd" desc, __r0."id" asc;

-- statement 3 of 3
-- values [false,["<uuid>"],[],[],[]]
select count(*)::int as n from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where (($1::boolean
    or p.delegation_id = any($2::uuid[])
    or p.sub_delegation_id = any($3::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($4::text[])
    or p.id = any($5::uuid[])) or exists (
    select 1 from delegation own join expo own_expo on own_expo.id = own.expo_id,
      delegation later join expo later_expo on later_expo.id = later.expo_id
    where own.id = dl.delegation_id and later.id = any($2::uuid[])
      and later.province_en = own.province_en and later_expo.starts_on > own_expo.starts_on)) and true and true;
