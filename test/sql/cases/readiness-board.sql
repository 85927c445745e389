-- statement 1 of 5
-- values ["<uuid>","{ISSUED,COLLECTED}",true]
select count(*)::int as n from attendee a join purchaser p on p.id = a.purchaser_id
    join person pe on pe.id = a.person_id where ("a"."delegation_id" = $1::uuid) and ((not (coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) and exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($2::text[])) and exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') and exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id"))) = $3::boolean));

-- statement 2 of 5
-- values ["<uuid>",["<uuid>"]]
select d.id from delegation d where (d.id = $1::uuid and d.id = any($2::uuid[]));

-- statement 3 of 5
-- values ["{ISSUED,COLLECTED}","<uuid>","{ISSUED,COLLECTED}",true]
select __x__."id", __x__."name", __x__."backgroundCheckPassed", __x__."certificateIssued", __x__."ticketIssued", __x__."roomAssigned"
    from (select "a"."id" as "id", pe.name as "name", coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) as "backgroundCheckPassed", exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($1::text[])) as "certificateIssued", exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') as "ticketIssued", exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id")) as "roomAssigned" from attendee a join purchaser p on p.id = a.purchaser_id
    join person pe on pe.id = a.person_id where ("a"."delegation_id" = $2::uuid) and ((not (coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) and exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($3::text[])) and exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') and exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id"))) = $4::boolean))) __x__
    order by __x__."name" asc, __x__."id" asc limit 21;

-- statement 4 of 5
-- values ["{ISSUED,COLLECTED}","{ISSUED,COLLECTED}","{ISSUED,COLLECTED}","<uuid>"]
select count(*)::int as attendees,
  count(*) filter (where coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false))::int as "backgroundCheckPassed",
  count(*) filter (where exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($1::text[])))::int as "certificateIssued",
  count(*) filter (where exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED'))::int as "ticketIssued",
  count(*) filter (where exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id")))::int as "roomAssigned",
  count(*) filter (where (coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) and exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($2::text[])) and exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') and exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id"))))::int as ready,
  count(*) filter (where not (coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) and exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($3::text[])) and exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') and exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id"))))::int as "notReady" from attendee a join purchaser p on p.id = a.purchaser_id
    join person pe on pe.id = a.person_id  where ("a"."delegation_id" = $4::uuid);

-- statement 5 of 5
-- values ["{ISSUED,COLLECTED}","{ISSUED,COLLECTED}","{ISSUED,COLLECTED}","<uuid>"]
select p.sub_delegation_id as "subDelegationId", count(*)::int as attendees,
  count(*) filter (where coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false))::int as "backgroundCheckPassed",
  count(*) filter (where exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($1::text[])))::int as "certificateIssued",
  count(*) filter (where exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED'))::int as "ticketIssued",
  count(*) filter (where exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id")))::int as "roomAssigned",
  count(*) filter (where (coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) and exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($2::text[])) and exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') and exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id"))))::int as ready,
  count(*) filter (where not (coalesce((select b.result = 'PASSED' from background_check b
    where b.attendee_id = "a"."id" order by b.checked_at desc, b.result limit 1), false) and exists (select 1 from admission_certificate ac where ac.attendee_id = "a"."id"
    and ac.status = any($3::text[])) and exists (select 1 from trip tk where tk.attendee_id = "a"."id"
    and tk.direction = 'OUTBOUND' and tk.status = 'ISSUED') and exists (select 1 from room_assignment ra where ra.attendee_id = "a"."id"
    and ra.night = (select fe.starts_on - 1 from delegation fd join expo fe on fe.id = fd.expo_id
    where fd.id = "a"."delegation_id"))))::int as "notReady" from attendee a join purchaser p on p.id = a.purchaser_id
    join person pe on pe.id = a.person_id  where ("a"."delegation_id" = $4::uuid) group by 1 order by 1 nulls last;
