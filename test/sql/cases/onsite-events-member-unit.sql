-- statement 1 of 2
-- values [["<uuid>"]]
select __x__.*
    from (select "ev"."id" as "id", "ev"."delegation_id" as "delegationId", "ev"."kind" as "kind", "ev"."title" as "title", "ev"."starts_at" as "startsAt", "ev"."ends_at" as "endsAt", "ev"."place" as "place", ev.organiser_organisation_id as "organiserId", "ev"."created_by" as "createdBy", "ev"."version" as "version", "ev"."created_at" as "createdAt", "ev"."updated_at" as "updatedAt" from onsite_event ev where ev.delegation_id = any($1::uuid[])) __x__
    order by __x__."startsAt" asc, __x__."id" asc limit 21;

-- statement 2 of 2
-- values [["<uuid>"]]
select count(*)::int as n from onsite_event ev where ev.delegation_id = any($1::uuid[]);
