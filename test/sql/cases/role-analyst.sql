-- statement 1 of 3
-- values ["<uuid>","<uuid>","<uuid>"]
select __r0__."id", __r0__."amountUsd", __r0__."delegationId", __r0__."purchaserId", __r0__."exhibitorId", __delegation_by_id__."id" as "__e0.id", __delegation_by_id__."key" as "__e0.key", __purchaser_by_id__."id" as "__e1.id", __purchaser_by_id__."delegationId" as "__e1.delegationId", __purchaser_by_id__."organisationId" as "__e1.organisationId", __purchaser_by_id__."subDelegationId" as "__e1.subDelegationId", __purchaser_by_id__."leadId" as "__e1.leadId", __purchaser_by_id__."invitedByOrganisationId" as "__e1.invitedByOrganisationId", __purchaser_by_id__."category" as "__e1.category", __purchaser_by_id__."status" as "__e1.status", __purchaser_by_id__."contactPersonId" as "__e1.contactPersonId", __purchaser_by_id__."rejectionReason" as "__e1.rejectionReason", __purchaser_by_id__."registrationNumber" as "__e1.registrationNumber", __purchaser_by_id__."invitedAt" as "__e1.invitedAt", __purchaser_by_id__."registeredAt" as "__e1.registeredAt", __purchaser_by_id__."approvedAt" as "__e1.approvedAt", __purchaser_by_id__."reportedAt" as "__e1.reportedAt", __purchaser_by_id__."reportBatchId" as "__e1.reportBatchId", __purchaser_by_id__."version" as "__e1.version", __purchaser_by_id__."createdAt" as "__e1.createdAt", __purchaser_by_id__."updatedAt" as "__e1.updatedAt", __organisation_by_id__."id" as "__e2.id", __organisation_by_id__."nameZh" as "__e2.nameZh", __exhibitor_by_id__."id" as "__e3.id", __exhibitor_by_id__."expoId" as "__e3.expoId", __exhibitor_by_id__."exhibitionAreaId" as "__e3.exhibitionAreaId", __exhibitor_by_id__."nameEn" as "__e3.nameEn", __exhibitor_by_id__."nameZh" as "__e3.nameZh", __exhibitor_by_id__."country" as "__e3.country", __exhibitor_by_id__."booth" as "__e3.booth", __exhibitor_by_id__."products" as "__e3.products", __exhibitor_by_id__."contactName" as "__e3.contactName", __exhibitor_by_id__."contactEmail" as "__e3.contactEmail", __exhibitor_by_id__."contactPhone" as "__e3.contactPhone", __exhibitor_by_id__."version" as "__e3.version", __exhibitor_by_id__."createdAt" as "__e3.createdAt", __exhibitor_by_id__."updatedAt" as "__e3.updatedAt"
       from (select __x__.*
    from (select "dl"."id" as "id", "dl"."delegation_id" as "delegationId", "dl"."purchaser_id" as "purchaserId", "dl"."exhibitor_id" as "exhibitorId", "dl"."amount_usd" as "amountUsd", "dl"."status" as "status", "dl"."created_at" as "createdAt", "dl"."updated_at" as "updatedAt" from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where "dl"."delegation_id" = $1::uuid) __x__
    order by __x__."amountUsd" desc, __x__."id" asc limit 51) __r0__ left join lateral (select "d"."id" as "id", "d"."expo_id" as "expoId", "d"."key" as "key", "d"."name_zh" as "nameZh", "d"."name_en" as "nameEn", "d"."province_zh" as "provinceZh", "d"."province_en" as "provinceEn", "d"."registration_principle_zh" as "registrationPrincipleZh", "d"."registration_principle_en" as "registrationPrincipleEn", "d"."office_organisation_id" as "officeOrganisationId", "d"."version" as "version", (select coalesce(sum(coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)), 0) from sub_delegation s where s.delegation_id = d.id)::int as "targetTotal" from delegation d
        where ("d"."id" = __r0__."delegationId" and d.id = $2::uuid) offset 0) __delegation_by_id__ on true
left join lateral (select "p"."id" as "id", "p"."delegation_id" as "delegationId", "p"."organisation_id" as "organisationId", "p"."sub_delegation_id" as "subDelegationId", "p"."lead_id" as "leadId", "p"."invited_by_organisation_id" as "invitedByOrganisationId", "p"."category" as "category", "p"."status" as "status", "p"."contact_person_id" as "contactPersonId", "p"."rejection_reason" as "rejectionReason", "p"."registration_number" as "registrationNumber", "p"."invited_at" as "invitedAt", "p"."registered_at" as "registeredAt", "p"."approved_at" as "approvedAt", "p"."reported_at" as "reportedAt", "p"."report_batch_id" as "reportBatchId", "p"."version" as "version", "p"."created_at" as "createdAt", "p"."updated_at" as "updatedAt" from purchaser p
        where ("p"."id" = __r0__."purchaserId" and "p"."delegation_id" = $3::uuid) offset 0) __purchaser_by_id__ on true
left join lateral (select "o"."id" as "id", "o"."key" as "key", "o"."kind" as "kind", "o"."name_zh" as "nameZh", "o"."name_en" as "nameEn", "o"."credit_code" as "creditCode" from organisation o
        where "o"."id" = __purchaser_by_id__."organisationId" offset 0) __organisation_by_id__ on true
left join lateral (select "x"."id" as "id", "x"."expo_id" as "expoId", "x"."exhibition_area_id" as "exhibitionAreaId", "x"."name_en" as "nameEn", "x"."name_zh" as "nameZh", "x"."country" as "country", "x"."booth" as "booth", "x"."products" as "products", "x"."contact_name" as "contactName", "x"."contact_email" as "contactEmail", "x"."contact_phone" as "contactPhone", "x"."version" as "version", "x"."created_at" as "createdAt", "x"."updated_at" as "updatedAt" from exhibitor x
        where "x"."id" = __r0__."exhibitorId" offset 0) __exhibitor_by_id__ on true
       order by __r0__."amountUsd" desc, __r0__."id" asc;

-- statement 2 of 3
-- values ["<uuid>"]
select count(*)::int as n from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where "dl"."delegation_id" = $1::uuid;

-- statement 3 of 3
-- values [["<uuid>","<uuid>","<uuid>","<uuid>"],"<uuid>"]
select "p"."id" as "id", "p"."delegation_id" as "delegationId", "p"."organisation_id" as "organisationId", "p"."name" as "name", "p"."phone" as "phone", "p"."mobile" as "mobile", "p"."email" as "email", o.id as "purchaserId", o.sub_delegation_id as "subDelegationId", o.invited_by_organisation_id as "invitedByOrganisationId" from person p left join lateral (
    select u.id, u.sub_delegation_id, u.invited_by_organisation_id from purchaser u
    where u.contact_person_id = p.id
    union all
    select u.id, u.sub_delegation_id, u.invited_by_organisation_id
    from attendee a join purchaser u on u.id = a.purchaser_id
    where a.person_id = p.id
    limit 1
  ) o on true
        where ("p"."id" = any($1::uuid[]) and p.delegation_id = $2::uuid);
