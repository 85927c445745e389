-- statement 1 of 2
-- values ["<uuid>","<uuid>",["REQUESTED","BOOKED"]]
select __x__."id", __x__."travellerName", __x__."direction", __x__."travelDate", __x__."serviceNumber", __x__."seat", __x__."status"
    from (select "tr"."id" as "id", pe.name as "travellerName", "tr"."direction" as "direction", "tr"."travel_date" as "travelDate", "tr"."service_number" as "serviceNumber", "tr"."seat" as "seat", "tr"."status" as "status", "tr"."created_at" as "createdAt" from trip tr join attendee a on a.id = tr.attendee_id
    join purchaser p on p.id = a.purchaser_id join person pe on pe.id = a.person_id where ((("p"."delegation_id" = $1::uuid and "p"."invited_by_organisation_id" = $2::uuid) or exists (select 1 from service_unit su where su.delegation_id = tr.delegation_id
      and su.duty = 'TICKETING'
      and (su.delegation_id = $1::uuid and su.organisation_id = $2::uuid))) and ("tr"."status" = any($3::text[])))) __x__
    order by __x__."travelDate" asc, __x__."serviceNumber" asc, __x__."id" asc limit 21;

-- statement 2 of 2
-- values ["<uuid>","<uuid>",["REQUESTED","BOOKED"]]
select count(*)::int as n from trip tr join attendee a on a.id = tr.attendee_id
    join purchaser p on p.id = a.purchaser_id join person pe on pe.id = a.person_id where ((("p"."delegation_id" = $1::uuid and "p"."invited_by_organisation_id" = $2::uuid) or exists (select 1 from service_unit su where su.delegation_id = tr.delegation_id
      and su.duty = 'TICKETING'
      and (su.delegation_id = $1::uuid and su.organisation_id = $2::uuid))) and ("tr"."status" = any($3::text[])));
