-- statement 1 of 2
-- values ["<uuid>","<uuid>","OPEN"]
select __x__."id", __x__."goods", __x__."hsCode", __x__."question", __x__."status"
    from (select "cc"."id" as "id", "cc"."goods" as "goods", "cc"."hs_code" as "hsCode", "cc"."question" as "question", "cc"."status" as "status", "cc"."created_at" as "createdAt" from customs_consultation cc join purchaser p on p.id = cc.purchaser_id where ((("p"."delegation_id" = $1::uuid and "p"."invited_by_organisation_id" = $2::uuid) or exists (select 1 from service_unit su where su.delegation_id = cc.delegation_id
      and su.duty = 'CUSTOMS'
      and (su.delegation_id = $1::uuid and su.organisation_id = $2::uuid))) and ("cc"."status" = $3::text))) __x__
    order by __x__."createdAt" asc, __x__."id" asc limit 21;

-- statement 2 of 2
-- values ["<uuid>","<uuid>","OPEN"]
select count(*)::int as n from customs_consultation cc join purchaser p on p.id = cc.purchaser_id where ((("p"."delegation_id" = $1::uuid and "p"."invited_by_organisation_id" = $2::uuid) or exists (select 1 from service_unit su where su.delegation_id = cc.delegation_id
      and su.duty = 'CUSTOMS'
      and (su.delegation_id = $1::uuid and su.organisation_id = $2::uuid))) and ("cc"."status" = $3::text));
