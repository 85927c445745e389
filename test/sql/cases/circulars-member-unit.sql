-- statement 1 of 2
-- values ["<uuid>","<uuid>"]
select __x__."id", __x__."title", __x__."sentAt", __x__."unacknowledgedCount"
    from (select "c"."id" as "id", "c"."title" as "title", "c"."sent_at" as "sentAt", (select count(*)::int from circular_recipient ur
    where ur.circular_id = "c"."id" and not exists (
      select 1 from circular_acknowledgement ua
      where ua.circular_id = ur.circular_id and ua.organisation_id = ur.organisation_id)) as "unacknowledgedCount" from circular c where exists (select 1 from circular_recipient cu where cu.circular_id = "c"."id"
            and (cu.delegation_id = $1::uuid and cu.organisation_id = $2::uuid))) __x__
    order by __x__."sentAt" desc, __x__."id" asc limit 11;

-- statement 2 of 2
-- values ["<uuid>","<uuid>"]
select count(*)::int as n from circular c where exists (select 1 from circular_recipient cu where cu.circular_id = "c"."id"
            and (cu.delegation_id = $1::uuid and cu.organisation_id = $2::uuid));
