-- statement 1 of 2
-- values ["<uuid>","<uuid>","<uuid>","<uuid>"]
select __x__.*, __x__."id"::text as "__c0"
    from (select n.id as "id", "n"."delegation_id" as "delegationId", "n"."kind" as "kind", "n"."subject" as "subject", "n"."audience" as "audience", "n"."unit_organisation_id" as "unitOrganisationId", "n"."purchaser_id" as "purchaserId", "n"."payload" as "payload", "n"."created_at" as "createdAt" from notification_event n
    left join purchaser np on np.id = n.purchaser_id and np.delegation_id = n.delegation_id where ((("n"."delegation_id" = $1::uuid and "n"."unit_organisation_id" = $2::uuid) or ("np"."delegation_id" = $1::uuid and "np"."invited_by_organisation_id" = $2::uuid) or (n.audience = 'DELEGATION' and n.delegation_id = $3::uuid)) and (n.id > coalesce((select m.up_to from notification_read_mark m where m.user_id = $4::uuid), 0)
    and not exists (select 1 from notification_read r where r.user_id = $4::uuid and r.event_id = n.id)))) __x__
    order by __x__."id" desc limit 21;

-- statement 2 of 2
-- values ["<uuid>","<uuid>","<uuid>","<uuid>"]
select count(*)::int as n from notification_event n
    left join purchaser np on np.id = n.purchaser_id and np.delegation_id = n.delegation_id where ((("n"."delegation_id" = $1::uuid and "n"."unit_organisation_id" = $2::uuid) or ("np"."delegation_id" = $1::uuid and "np"."invited_by_organisation_id" = $2::uuid) or (n.audience = 'DELEGATION' and n.delegation_id = $3::uuid)) and (n.id > coalesce((select m.up_to from notification_read_mark m where m.user_id = $4::uuid), 0)
    and not exists (select 1 from notification_read r where r.user_id = $4::uuid and r.event_id = n.id)));
