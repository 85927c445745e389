-- statement 1 of 2
-- values ["<uuid>","<uuid>"]
select 1 from delegation d where (d.id = $1::uuid and d.id = $2::uuid);

-- statement 2 of 2
-- values ["<uuid>",["APPROVED","REPORTED"],"<uuid>"]
select
  __p__."id" as "purchaserId",
  __p__."sub_delegation_id" as "subDelegationId",
  __p__."invited_by_organisation_id" as "invitedByOrganisationId",
  __p__."category" as "category",
  __p__."registration_number" as "registrationNumber",
  __s__."name_zh" as "subDelegationZh",
  __o__."name_zh" as "organisationZh",
  __o__."name_en" as "organisationEn",
  __o__."kind" as "organisationKind",
  __o__."credit_code" as "creditCode",
  __c__."name" as "contactName",
  __c__."mobile" as "contactMobile",
  __c__."phone" as "contactPhone",
  __c__."email" as "contactEmail",
  __a__."id" as "attendeeId",
  __ap__."name" as "attendeeName",
  __ap__."id_number" as "idNumber",
  __a__."job_title" as "jobTitle",
  __ap__."mobile" as "attendeeMobile",
  __ap__."phone" as "attendeePhone",
  __ap__."email" as "attendeeEmail"
from purchaser __p__
join organisation __o__ on __o__."id" = __p__."organisation_id"
join sub_delegation __s__ on __s__."id" = __p__."sub_delegation_id"
left join person __c__ on __c__."id" = __p__."contact_person_id"
left join attendee __a__ on __a__."purchaser_id" = __p__."id"
left join person __ap__ on __ap__."id" = __a__."person_id"
where (__p__."delegation_id" = $1::uuid and __p__."status" = any($2::text[]) and __p__."sub_delegation_id" = $3::uuid)
order by __p__."id", __a__."id";
