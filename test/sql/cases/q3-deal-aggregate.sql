-- statement 1 of 1
-- values ["<uuid>"]
select __g__.*, __sub_delegation_by_id__."id" as "__e0.id", __area_by_id__."id" as "__e1.id"
        from (select p.sub_delegation_id as "subDelegationId", coalesce(ar.parent_id, ar.id) as "exhibitionAreaId", TRUE as "inTotals", (count(*))::int as "count", coalesce(sum(dl.amount_usd), 0)::numeric(20, 2)::text as "sumUsd", round(avg(dl.amount_usd), 2)::text as "avgUsd", (min(dl.amount_usd))::text as "minUsd", (max(dl.amount_usd))::text as "maxUsd" from deal dl
  join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id
  left join sub_delegation_lead l on l.id = p.lead_id and l.delegation_id = p.delegation_id
  left join exhibitor x on x.id = dl.exhibitor_id
  left join exhibition_area ar on ar.id = coalesce(dl.exhibition_area_id, x.exhibition_area_id)
      where (("dl"."delegation_id" = $1::uuid) and dl.status not in ('CANCELLED')) group by 1, 2 order by 1 nulls last, 2 nulls last) __g__ left join lateral (select "s"."id" as "id", "s"."delegation_id" as "delegationId", "s"."key" as "key", "s"."name_zh" as "nameZh", "s"."name_en" as "nameEn", "s"."focus" as "focus", "s"."receives_unassigned" as "receivesUnassigned", "s"."shared_target_min" as "sharedTargetMin", "s"."shared_target_of" as "sharedTargetOf", (coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0))::int as "targetMin", "s"."version" as "version" from sub_delegation s
        where "s"."id" = __g__."subDelegationId" offset 0) __sub_delegation_by_id__ on true
left join lateral (select "a"."id" as "id", "a"."expo_id" as "expoId", "a"."parent_id" as "parentId", "a"."key" as "key", "a"."kind" as "kind", "a"."name_zh" as "nameZh", "a"."name_en" as "nameEn" from exhibition_area a
        where "a"."id" = __g__."exhibitionAreaId" offset 0) __area_by_id__ on true order by __g__."subDelegationId" nulls last, __g__."exhibitionAreaId" nulls last;
