-- statement 1 of 2
-- values ["<uuid>","<uuid>"]
select __r0__."id", __r0__."status", __r0__."category", __r0__."organisationId", __r0__."subDelegationId", __organisation_by_id__."id" as "__e0.id", __organisation_by_id__."nameZh" as "__e0.nameZh", __organisation_by_id__."creditCode" as "__e0.creditCode", __sub_delegation_by_id__."id" as "__e1.id", __sub_delegation_by_id__."delegationId" as "__e1.delegationId", __sub_delegation_by_id__."key" as "__e1.key", __sub_delegation_by_id__."nameZh" as "__e1.nameZh", __sub_delegation_by_id__."nameEn" as "__e1.nameEn", __sub_delegation_by_id__."focus" as "__e1.focus", __sub_delegation_by_id__."receivesUnassigned" as "__e1.receivesUnassigned", __sub_delegation_by_id__."sharedTargetMin" as "__e1.sharedTargetMin", __sub_delegation_by_id__."sharedTargetOf" as "__e1.sharedTargetOf", __sub_delegation_by_id__."targetMin" as "__e1.targetMin", __sub_delegation_by_id__."version" as "__e1.version", (select coalesce(json_agg(json_build_array(array[__r1__."id"::text, __r1__."amountUsd"::text]) order by __r1__."createdAt" desc, __r1__."id" asc), '[]'::json)
      from (select __x1__.*
    from (select "dl"."id" as "id", "dl"."amount_usd" as "amountUsd", "dl"."status" as "status", "dl"."created_at" as "createdAt", "dl"."updated_at" as "updatedAt" from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where (FALSE and "dl"."purchaser_id" = __r0__."id")) __x1__
    order by __x1__."createdAt" desc, __x1__."id" asc limit 6) __r1__) as "__f_deals"
       from (select __x__.*
    from (select "p"."id" as "id", "p"."organisation_id" as "organisationId", "p"."sub_delegation_id" as "subDelegationId", "p"."category" as "category", "p"."status" as "status", "p"."invited_at" as "invitedAt", "p"."updated_at" as "updatedAt", o.name_zh as "organisationNameZh" from purchaser p join organisation o on o.id = p.organisation_id where "p"."delegation_id" = $1::uuid) __x__
    order by __x__."invitedAt" asc, __x__."id" asc limit 21) __r0__ left join lateral (select "o"."id" as "id", "o"."key" as "key", "o"."kind" as "kind", "o"."name_zh" as "nameZh", "o"."name_en" as "nameEn", "o"."credit_code" as "creditCode" from organisation o
        where "o"."id" = __r0__."organisationId" offset 0) __organisation_by_id__ on true
left join lateral (select "s"."id" as "id", "s"."delegation_id" as "delegationId", "s"."key" as "key", "s"."name_zh" as "nameZh", "s"."name_en" as "nameEn", "s"."focus" as "focus", "s"."receives_unassigned" as "receivesUnassigned", "s"."shared_target_min" as "sharedTargetMin", "s"."shared_target_of" as "sharedTargetOf", (coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0))::int as "targetMin", "s"."version" as "version" from sub_delegation s
        where ("s"."id" = __r0__."subDelegationId" and s.delegation_id = $2::uuid) offset 0) __sub_delegation_by_id__ on true
       order by __r0__."invitedAt" asc, __r0__."id" asc;

-- statement 2 of 2
-- values [["<uuid>"],"<uuid>"]
select "d"."id" as "id", "d"."expo_id" as "expoId", "d"."key" as "key", "d"."name_zh" as "nameZh", "d"."name_en" as "nameEn", "d"."province_zh" as "provinceZh", "d"."province_en" as "provinceEn", "d"."registration_principle_zh" as "registrationPrincipleZh", "d"."registration_principle_en" as "registrationPrincipleEn", "d"."office_organisation_id" as "officeOrganisationId", "d"."version" as "version", (select coalesce(sum(coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)), 0) from sub_delegation s where s.delegation_id = d.id)::int as "targetTotal" from delegation d
        where ("d"."id" = any($1::uuid[]) and d.id = $2::uuid);
