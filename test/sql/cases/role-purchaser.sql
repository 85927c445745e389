-- statement 1 of 3
-- values ["<uuid>"]
select __r0__."id", __r0__."amountUsd", __r0__."purchaserId", __r0__."matchId", __purchaser_by_id__."id" as "__e0.id", __purchaser_by_id__."delegationId" as "__e0.delegationId", __purchaser_by_id__."organisationId" as "__e0.organisationId", __purchaser_by_id__."subDelegationId" as "__e0.subDelegationId", __purchaser_by_id__."leadId" as "__e0.leadId", __purchaser_by_id__."invitedByOrganisationId" as "__e0.invitedByOrganisationId", __purchaser_by_id__."category" as "__e0.category", __purchaser_by_id__."status" as "__e0.status", __purchaser_by_id__."contactPersonId" as "__e0.contactPersonId", __purchaser_by_id__."rejectionReason" as "__e0.rejectionReason", __purchaser_by_id__."registrationNumber" as "__e0.registrationNumber", __purchaser_by_id__."invitedAt" as "__e0.invitedAt", __purchaser_by_id__."registeredAt" as "__e0.registeredAt", __purchaser_by_id__."approvedAt" as "__e0.approvedAt", __purchaser_by_id__."reportedAt" as "__e0.reportedAt", __purchaser_by_id__."reportBatchId" as "__e0.reportBatchId", __purchaser_by_id__."version" as "__e0.version", __purchaser_by_id__."createdAt" as "__e0.createdAt", __purchaser_by_id__."updatedAt" as "__e0.updatedAt", __organisation_by_id__."id" as "__e1.id", __organisation_by_id__."nameZh" as "__e1.nameZh", __match_by_id__."id" as "__e2.id", __match_by_id__."needId" as "__e2.needId", __match_by_id__."exhibitorId" as "__e2.exhibitorId", __match_by_id__."status" as "__e2.status", __need_by_id__."id" as "__e3.id", __need_by_id__."title" as "__e3.title", __need_by_id__."budgetAmount" as "__e3.budgetAmount", __exhibitor_by_id__."id" as "__e4.id", __exhibitor_by_id__."nameEn" as "__e4.nameEn"
       from (select __x__.*
    from (select "dl"."id" as "id", "dl"."purchaser_id" as "purchaserId", "dl"."match_id" as "matchId", "dl"."amount_usd" as "amountUsd", "dl"."status" as "status", "dl"."created_at" as "createdAt", "dl"."updated_at" as "updatedAt" from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where "p"."id" = $1::uuid) __x__
    order by __x__."createdAt" desc, __x__."id" asc limit 21) __r0__ left join lateral (select "p"."id" as "id", "p"."delegation_id" as "delegationId", "p"."organisation_id" as "organisationId", "p"."sub_delegation_id" as "subDelegationId", "p"."lead_id" as "leadId", "p"."invited_by_organisation_id" as "invitedByOrganisationId", "p"."category" as "category", "p"."status" as "status", "p"."contact_person_id" as "contactPersonId", "p"."rejection_reason" as "rejectionReason", "p"."registration_number" as "registrationNumber", "p"."invited_at" as "invitedAt", "p"."registered_at" as "registeredAt", "p"."approved_at" as "approvedAt", "p"."reported_at" as "reportedAt", "p"."report_batch_id" as "reportBatchId", "p"."version" as "version", "p"."created_at" as "createdAt", "p"."updated_at" as "updatedAt" from purchaser p
        where ("p"."id" = __r0__."purchaserId" and "p"."id" = $1::uuid) offset 0) __purchaser_by_id__ on true
left join lateral (select "o"."id" as "id", "o"."key" as "key", "o"."kind" as "kind", "o"."name_zh" as "nameZh", "o"."name_en" as "nameEn", "o"."credit_code" as "creditCode" from organisation o
        where "o"."id" = __purchaser_by_id__."organisationId" offset 0) __organisation_by_id__ on true
left join lateral (select "m"."id" as "id", "m"."delegation_id" as "delegationId", "m"."purchaser_id" as "purchaserId", "m"."need_id" as "needId", "m"."exhibitor_id" as "exhibitorId", "m"."status" as "status", m.score::float8 as "score", "m"."reasons" as "reasons", "m"."suggested_at" as "suggestedAt", "m"."decline_reason" as "declineReason", "m"."purchaser_accepted_at" as "purchaserAcceptedAt", "m"."exhibitor_accepted_at" as "exhibitorAcceptedAt", "m"."version" as "version", "m"."created_at" as "createdAt", "m"."updated_at" as "updatedAt" from exhibitor_match m
    join purchaser p on p.id = m.purchaser_id and p.delegation_id = m.delegation_id
        where ("m"."id" = __r0__."matchId" and "p"."id" = $1::uuid) offset 0) __match_by_id__ on true
left join lateral (select "n"."id" as "id", "n"."delegation_id" as "delegationId", "n"."purchaser_id" as "purchaserId", "n"."exhibition_area_id" as "exhibitionAreaId", "n"."title" as "title", "n"."description" as "description", trim_scale(n.quantity) as "quantity", "n"."unit" as "unit", "n"."budget_amount" as "budgetAmount", "n"."budget_currency" as "budgetCurrency", n.preferred_countries::text[] as "preferredCountries", "n"."deadline" as "deadline", "n"."status" as "status", "n"."close_reason" as "closeReason", "n"."published_at" as "publishedAt", "n"."closed_at" as "closedAt", "n"."version" as "version", "n"."created_at" as "createdAt", "n"."updated_at" as "updatedAt" from procurement_need n
    join purchaser p on p.id = n.purchaser_id and p.delegation_id = n.delegation_id
        where ("n"."id" = __match_by_id__."needId" and "p"."id" = $1::uuid) offset 0) __need_by_id__ on true
left join lateral (select "x"."id" as "id", "x"."expo_id" as "expoId", "x"."exhibition_area_id" as "exhibitionAreaId", "x"."name_en" as "nameEn", "x"."name_zh" as "nameZh", "x"."country" as "country", "x"."booth" as "booth", "x"."products" as "products", "x"."contact_name" as "contactName", "x"."contact_email" as "contactEmail", "x"."contact_phone" as "contactPhone", "x"."version" as "version", "x"."created_at" as "createdAt", "x"."updated_at" as "updatedAt" from exhibitor x
        where "x"."id" = __match_by_id__."exhibitorId" offset 0) __exhibitor_by_id__ on true
       order by __r0__."createdAt" desc, __r0__."id" asc;

-- statement 2 of 3
-- values ["<uuid>"]
select __r0__."id", __r0__."status", __r0__."score", __r0__."exhibitorId", __exhibitor_by_id__."id" as "__e0.id", __exhibitor_by_id__."nameEn" as "__e0.nameEn", __exhibitor_by_id__."country" as "__e0.country"
       from (select __x__.*
    from (select "m"."id" as "id", "m"."exhibitor_id" as "exhibitorId", "m"."status" as "status", m.score::float8 as "score", "m"."created_at" as "createdAt", "m"."updated_at" as "updatedAt" from exhibitor_match m
    join purchaser p on p.id = m.purchaser_id and p.delegation_id = m.delegation_id where "p"."id" = $1::uuid) __x__
    order by __x__."createdAt" desc, __x__."id" asc limit 11) __r0__ left join lateral (select "x"."id" as "id", "x"."expo_id" as "expoId", "x"."exhibition_area_id" as "exhibitionAreaId", "x"."name_en" as "nameEn", "x"."name_zh" as "nameZh", "x"."country" as "country", "x"."booth" as "booth", "x"."products" as "products", "x"."contact_name" as "contactName", "x"."contact_email" as "contactEmail", "x"."contact_phone" as "contactPhone", "x"."version" as "version", "x"."created_at" as "createdAt", "x"."updated_at" as "updatedAt" from exhibitor x
        where "x"."id" = __r0__."exhibitorId" offset 0) __exhibitor_by_id__ on true
       order by __r0__."createdAt" desc, __r0__."id" asc;

-- statement 3 of 3
-- values [["<uuid>"],"<uuid>"]
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
