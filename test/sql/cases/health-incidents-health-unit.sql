-- statement 1 of 2
-- values ["<uuid>","<uuid>",["OPEN","RESPONDED"]]
select __x__."id", __x__."status", __x__."description", __x__."openedAt", __x__."timeToRespond"
    from (select "hi"."id" as "id", "hi"."description" as "description", "hi"."status" as "status", "hi"."opened_at" as "openedAt", (extract(epoch from hi.responded_at - hi.opened_at))::int as "timeToRespond" from health_incident hi where (exists (select 1 from service_unit su where su.delegation_id = "hi"."delegation_id"
      and su.duty = 'HEALTH'
      and (su.delegation_id = $1::uuid and su.organisation_id = $2::uuid)) and ("hi"."status" = any($3::text[])))) __x__
    order by __x__."openedAt" desc, __x__."id" asc limit 21;

-- statement 2 of 2
-- values ["<uuid>","<uuid>",["OPEN","RESPONDED"]]
select count(*)::int as n from health_incident hi where (exists (select 1 from service_unit su where su.delegation_id = "hi"."delegation_id"
      and su.duty = 'HEALTH'
      and (su.delegation_id = $1::uuid and su.organisation_id = $2::uuid)) and ("hi"."status" = any($3::text[])));
