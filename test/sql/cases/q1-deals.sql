-- statement 1 of 1
-- values ["<uuid>",true,[],[],[],[],null]
select __r0."id", __r0."amountUsd", __r0."status", __r0."purchaserId", __r0."exhibitorId", __e0."id" as "__e0.id", __e0."organisationId" as "__e0.organisationId", __e0."subDelegationId" as "__e0.subDelegationId", __e1."id" as "__e1.id", __e1."nameZh" as "__e1.nameZh", __e2."id" as "__e2.id", __e2."nameEn" as "__e2.nameEn", __e3."id" as "__e3.id", __e3."nameEn" as "__e3.nameEn", __e3."country" as "__e3.country" from (select x.*
    from (select dl.id, dl.purchaser_id as "purchaserId", dl.exhibitor_id as "exhibitorId", dl.amount_usd as "amountUsd", dl.status, dl.created_at as "createdAt", dl.updated_at as "updatedAt" from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where true and (dl.delegation_id = $1::uuid) and true) x
    where true order by x."createdAt" desc, x."id" desc limit 101) __r0 left join lateral (select p.id, p.delegation_id as "delegationId", p.organisation_id as "organisationId", p.sub_delegation_id as "subDelegationId", p.lead_id as "leadId", p.invited_by_organisation_id as "invitedByOrganisationId", p.category, p.status, p.contact_person_id as "contactPersonId", p.rejection_reason as "rejectionReason", p.invited_at as "invitedAt", p.registered_at as "registeredAt", p.approved_at as "approvedAt", p.reported_at as "reportedAt", p.report_batch_id as "reportBatchId", p.version, p.created_at as "createdAt", p.updated_at as "updatedAt" from purchaser p
        where p.id = any(array[__r0."purchaserId"]::uuid[]) and ($2::boolean
    or p.delegation_id = any($3::uuid[])
    or p.sub_delegation_id = any($4::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($5::text[])
    or p.id = any($6::uuid[]))) __e0 on true
left join lateral (select o.id, o.key, o.kind, o.name_zh as "nameZh", o.name_en as "nameEn", o.credit_code as "creditCode" from organisation o where o.id = any(array[__e0."organisationId"]::uuid[])) __e1 on true
left join lateral (select s.id, s.delegation_id as "delegationId", s.key, s.name_zh as "nameZh", s.name_en as "nameEn", s.focus, s.receives_unassigned as "receivesUnassigned", s.shared_target_min as "sharedTargetMin", s.shared_target_of as "sharedTargetOf", (coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0))::int as "targetMin", s.version from sub_delegation s
        where s.id = any(array[__e0."subDelegationId"]::uuid[]) and ($7::uuid[] is null or s.delegation_id = any($7::uuid[]))) __e2 on true
left join lateral (select x.id, x.expo_id as "expoId", x.exhibition_area_id as "exhibitionAreaId", x.name_en as "nameEn", x.name_zh as "nameZh", x.country, x.booth, x.products, x.contact_name as "contactName", x.contact_email as "contactEmail", x.contact_phone as "contactPhone", x.version, x.created_at as "createdAt", x.updated_at as "updatedAt" from exhibitor x where x.id = any(array[__r0."exhibitorId"]::uuid[])) __e3 on true
       order by __r0."createdAt" desc, __r0."id" desc;
