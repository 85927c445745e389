-- statement 1 of 1
-- values [false,["<uuid>"],[],[],[]]
select m.status as "status", count(*)::int as count, round(avg(m.score), 4)::text as "avgScore" from exhibitor_match m join purchaser p on p.id = m.purchaser_id and p.delegation_id = m.delegation_id join exhibitor gx on gx.id = m.exhibitor_id join exhibition_area ga on ga.id = gx.exhibition_area_id where ($1::boolean
    or p.delegation_id = any($2::uuid[])
    or p.sub_delegation_id = any($3::uuid[])
    or (p.delegation_id::text || ':' || p.invited_by_organisation_id::text) = any($4::text[])
    or p.id = any($5::uuid[])) and true
     group by 1 order by 1 nulls last;
