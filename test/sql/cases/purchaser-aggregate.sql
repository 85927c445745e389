-- statement 1 of 1
-- values [["<uuid>"],["<uuid>"]]
select __g__.*, __sub_delegation_by_id__."id" as "__e0.id", __sub_delegation_by_id__."key" as "__e0.key"
        from (select p.sub_delegation_id as "subDelegationId", p.category as "category", count(*)::int as count from purchaser p join organisation o on o.id = p.organisation_id left join sub_delegation_lead gl on gl.id = p.lead_id where "p"."delegation_id" = any($1::uuid[]) group by 1, 2 order by 1 nulls last, 2 nulls last) __g__ left join lateral (select "s"."id" as "id", "s"."delegation_id" as "delegationId", "s"."key" as "key", "s"."name_zh" as "nameZh", "s"."name_en" as "nameEn", "s"."focus" as "focus", "s"."receives_unassigned" as "receivesUnassigned", "s"."shared_target_min" as "sharedTargetMin", "s"."shared_target_of" as "sharedTargetOf", (coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0))::int as "targetMin" from sub_delegation s
        where ("s"."id" = any(array[__g__."subDelegationId"]) and s.delegation_id = any($2::uuid[]))) __sub_delegation_by_id__ on true order by __g__."subDelegationId" nulls last, __g__."category" nulls last;
