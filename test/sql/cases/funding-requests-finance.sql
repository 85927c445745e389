-- statement 1 of 3
-- values ["<uuid>","<uuid>",["SUBMITTED","APPROVED"]]
select __x__.*
    from (select "fr"."id" as "id", "fr"."delegation_id" as "delegationId", fr.requested_by_organisation_id as "requestingUnitId", "fr"."purpose" as "purpose", "fr"."amount_cny" as "amountCny", "fr"."status" as "status", "fr"."reject_reason" as "rejectReason", "fr"."requested_by" as "requestedBy", "fr"."reviewed_by" as "reviewedBy", "fr"."reviewed_at" as "reviewedAt", "fr"."paid_by" as "paidBy", "fr"."paid_at" as "paidAt", "fr"."version" as "version", "fr"."created_at" as "createdAt", "fr"."updated_at" as "updatedAt" from funding_request fr where ((("fr"."delegation_id" = $1::uuid and "fr"."requested_by_organisation_id" = $2::uuid) or exists (select 1 from service_unit su where su.delegation_id = "fr"."delegation_id"
      and su.duty = 'FINANCE'
      and (su.delegation_id = $1::uuid and su.organisation_id = $2::uuid))) and ("fr"."status" = any($3::text[])))) __x__
    order by __x__."createdAt" asc, __x__."id" asc limit 21;

-- statement 2 of 3
-- values ["<uuid>","<uuid>",["SUBMITTED","APPROVED"]]
select count(*)::int as n from funding_request fr where ((("fr"."delegation_id" = $1::uuid and "fr"."requested_by_organisation_id" = $2::uuid) or exists (select 1 from service_unit su where su.delegation_id = "fr"."delegation_id"
      and su.duty = 'FINANCE'
      and (su.delegation_id = $1::uuid and su.organisation_id = $2::uuid))) and ("fr"."status" = any($3::text[])));

-- statement 3 of 3
-- values [["<uuid>"]]
select "o"."id" as "id", "o"."key" as "key", "o"."kind" as "kind", "o"."name_zh" as "nameZh", "o"."name_en" as "nameEn", "o"."credit_code" as "creditCode" from organisation o
        where "o"."id" = any($1::uuid[]);
