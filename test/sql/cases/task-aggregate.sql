-- statement 1 of 1
-- values ["Asia/Shanghai","{DONE}","<uuid>"]
select t.status as "status", ("t"."deadline" < (now() at time zone $1)::date and "t"."status" <> all($2::text[])) as "overdue", count(*)::int as count from task t  where ("t"."delegation_id" = $3::uuid) group by 1, 2 order by 1 nulls last, 2 nulls last;
