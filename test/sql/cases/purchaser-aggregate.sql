-- statement 1 of 1
-- values [false,["<uuid>"],[],[],[],["<uuid>"],["<uuid>"]]
select __g.*, __e0."id" as "__e0.id", __e0."key" as "__e0.key" from (select p.sub_delegation_id as "subDelegationId", p.category as "category", count(*)::int as count from purchaser p join organisation o on o.id = p.organisation_id left join sub_delegation_lead gl on gl.id = p.lead_id where (($1::boolean
    or p.delegation_id = any($2::uuid[])
    or p.sub_delegation_id = any($3::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($4::text[])
    or p.id = any($5::uuid[])) or p.delegation_id = any($6::uuid[])) and true
     group by 1, 2 order by 1 nulls last, 2 nulls last) __g left join lateral (select s.id, s.delegation_id as "delegationId", s.key, s.name_zh as "nameZh", s.name_en as "nameEn", s.focus, s.receives_unassigned as "receivesUnassigned", s.shared_target_min as "sharedTargetMin", s.shared_target_of as "sharedTargetOf", (coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0))::int as "targetMin", s.version from sub_delegation s
        where s.id = any(array[__g."subDelegationId"]::uuid[]) and ($7::uuid[] is null or s.delegation_id = any($7::uuid[]))) __e0 on true order by __g."subDelegationId" nulls last, __g."category" nulls last;
