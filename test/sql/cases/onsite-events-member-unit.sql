-- statement 1 of 4
-- values ["<uuid>"]
select __x__.*
    from (select "ev"."id" as "id", "ev"."delegation_id" as "delegationId", "ev"."kind" as "kind", "ev"."title" as "title", "ev"."starts_at" as "startsAt", "ev"."ends_at" as "endsAt", "ev"."place" as "place", ev.organiser_organisation_id as "organiserId", "ev"."created_by" as "createdBy", "ev"."version" as "version", "ev"."created_at" as "createdAt", "ev"."updated_at" as "updatedAt" from onsite_event ev where ev.delegation_id = $1::uuid) __x__
    order by __x__."startsAt" asc, __x__."id" asc limit 21;

-- statement 2 of 4
-- values ["<uuid>"]
select count(*)::int as n from onsite_event ev where ev.delegation_id = $1::uuid;

-- statement 3 of 4
-- values [["<uuid>"],"<uuid>","<uuid>"]
select "dl"."id" as "id", "dl"."delegation_id" as "delegationId", "dl"."expo_id" as "expoId", "dl"."purchaser_id" as "purchaserId", "dl"."exhibitor_id" as "exhibitorId", "dl"."match_id" as "matchId", "dl"."exhibition_area_id" as "exhibitionAreaId", dl.event_id as "eventId", "dl"."goods" as "goods", "dl"."amount" as "amount", "dl"."currency" as "currency", "dl"."usd_rate" as "usdRate", "dl"."amount_usd" as "amountUsd", "dl"."status" as "status", "dl"."signed_on" as "signedOn", "dl"."version" as "version", "dl"."created_at" as "createdAt", "dl"."updated_at" as "updatedAt" from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id
        where (dl.event_id = any($1::uuid[]) and ("p"."delegation_id" = $2::uuid and "p"."invited_by_organisation_id" = $3::uuid)) order by dl.signed_on nulls last, dl.created_at, dl.id;

-- statement 4 of 4
-- values [["<uuid>"],"<uuid>"]
select "op"."id" as "id", "op"."delegation_id" as "delegationId", op.event_id as "eventId", "op"."kind" as "kind", op.purchaser_id as "purchaserId", op.exhibitor_id as "exhibitorId", "op"."guest_name" as "guestName", "op"."added_by" as "addedBy", "op"."created_at" as "createdAt" from onsite_participant op
        where (op.event_id = any($1::uuid[]) and op.delegation_id = $2::uuid) order by op.created_at, op.id;
