-- statement 1 of 2
-- values ["<uuid>","<uuid>","<uuid>"]
select __r0__."id", __r0__."number", __r0__."title", __r0__."frozenAt", __r0__."delegationId", __delegation_by_id__."id" as "__e0.id", __delegation_by_id__."key" as "__e0.key"
       from (select __x__.*
    from (select "rp"."id" as "id", "rp"."delegation_id" as "delegationId", "rp"."number" as "number", "rp"."title" as "title", "rp"."frozen_at" as "frozenAt" from progress_report rp where (rp.delegation_id = $1::uuid and "rp"."delegation_id" = $2::uuid)) __x__
    order by __x__."number" desc, __x__."id" asc limit 11) __r0__ left join lateral (select "d"."id" as "id", "d"."expo_id" as "expoId", "d"."key" as "key", "d"."name_zh" as "nameZh", "d"."name_en" as "nameEn", "d"."province_zh" as "provinceZh", "d"."province_en" as "provinceEn", "d"."registration_principle_zh" as "registrationPrincipleZh", "d"."registration_principle_en" as "registrationPrincipleEn", "d"."office_organisation_id" as "officeOrganisationId", "d"."version" as "version", (select coalesce(sum(coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)), 0) from sub_delegation s where s.delegation_id = d.id)::int as "targetTotal" from delegation d
        where ("d"."id" = __r0__."delegationId" and d.id = $3::uuid) offset 0) __delegation_by_id__ on true
       order by __r0__."number" desc, __r0__."id" asc;

-- statement 2 of 2
-- values ["<uuid>","<uuid>"]
select count(*)::int as n from progress_report rp where (rp.delegation_id = $1::uuid and "rp"."delegation_id" = $2::uuid);
