-- statement 1 of 1
-- values ["<uuid>"]
select m.status as "status", count(*)::int as count, round(avg(m.score), 4)::text as "avgScore" from exhibitor_match m
    join purchaser p on p.id = m.purchaser_id and p.delegation_id = m.delegation_id join exhibitor gx on gx.id = m.exhibitor_id join exhibition_area ga on ga.id = gx.exhibition_area_id where "p"."delegation_id" = $1::uuid group by 1 order by 1 nulls last;
