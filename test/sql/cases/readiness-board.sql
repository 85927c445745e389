-- statement 1 of 5
-- values ["<uuid>","<uuid>"]
select d.id from delegation d where (d.id = $1::uuid and d.id = $2::uuid);

-- statement 2 of 5
-- values ["{ISSUED,COLLECTED}","<uuid>","{ISSUED,COLLECTED}",true]
select __x__."id", __x__."name", __x__."backgroundCheckPassed", __x__."certificateIssued", __x__."ticketIssued", __x__."roomAssigned"
    from (select "a"."id" as "id", pe.name as "name", rd.bg as "backgroundCheckPassed", rd.certificate as "certificateIssued", rd.ticket as "ticketIssued", rd.room as "roomAssigned" from attendee a join purchaser p on p.id = a.purchaser_id
    join person pe on pe.id = a.person_id cross join lateral (select coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) as bg,
    exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($1::text[])) as certificate, exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') as ticket,
    exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id")) as room offset 0) rd where ("a"."delegation_id" = $2::uuid) and ((not (coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) and exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($3::text[])) and exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') and exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id"))) = $4::boolean))) __x__
    order by __x__."name" asc, __x__."id" asc limit 21;

-- statement 3 of 5
-- values ["{ISSUED,COLLECTED}","<uuid>","{ISSUED,COLLECTED}",true]
select count(*)::int as n from attendee a join purchaser p on p.id = a.purchaser_id
    join person pe on pe.id = a.person_id cross join lateral (select coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) as bg,
    exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($1::text[])) as certificate, exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') as ticket,
    exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id")) as room offset 0) rd where ("a"."delegation_id" = $2::uuid) and ((not (coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) and exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($3::text[])) and exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') and exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id"))) = $4::boolean));

-- statement 4 of 5
-- values ["{ISSUED,COLLECTED}","<uuid>"]
select count(*)::int as attendees,
  count(*) filter (where rd.bg)::int as "backgroundCheckPassed",
  count(*) filter (where rd.certificate)::int as "certificateIssued",
  count(*) filter (where rd.ticket)::int as "ticketIssued",
  count(*) filter (where rd.room)::int as "roomAssigned",
  count(*) filter (where (rd.bg and rd.certificate and rd.ticket and rd.room))::int as ready,
  count(*) filter (where not (rd.bg and rd.certificate and rd.ticket and rd.room))::int as "notReady" from attendee a join purchaser p on p.id = a.purchaser_id
    join person pe on pe.id = a.person_id cross join lateral (select coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) as bg,
    exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($1::text[])) as certificate, exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') as ticket,
    exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id")) as room offset 0) rd  where ("a"."delegation_id" = $2::uuid);

-- statement 5 of 5
-- values ["{ISSUED,COLLECTED}","<uuid>"]
select p.sub_delegation_id as "subDelegationId", count(*)::int as attendees,
  count(*) filter (where rd.bg)::int as "backgroundCheckPassed",
  count(*) filter (where rd.certificate)::int as "certificateIssued",
  count(*) filter (where rd.ticket)::int as "ticketIssued",
  count(*) filter (where rd.room)::int as "roomAssigned",
  count(*) filter (where (rd.bg and rd.certificate and rd.ticket and rd.room))::int as ready,
  count(*) filter (where not (rd.bg and rd.certificate and rd.ticket and rd.room))::int as "notReady" from attendee a join purchaser p on p.id = a.purchaser_id
    join person pe on pe.id = a.person_id cross join lateral (select coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) as bg,
    exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($1::text[])) as certificate, exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') as ticket,
    exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id")) as room offset 0) rd  where ("a"."delegation_id" = $2::uuid) group by 1 order by 1 nulls last;
