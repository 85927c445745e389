-- statement 1 of 17
-- values ["CIIE-5","QH"]
select "d"."id" as "id", "d"."expo_id" as "expoId", "d"."key" as "key", "d"."name_zh" as "nameZh", "d"."name_en" as "nameEn", "d"."province_zh" as "provinceZh", "d"."province_en" as "provinceEn", "d"."registration_principle_zh" as "registrationPrincipleZh", "d"."registration_principle_en" as "registrationPrincipleEn", "d"."office_organisation_id" as "officeOrganisationId", "d"."version" as "version", (select coalesce(sum(coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)), 0) from sub_delegation s where s.delegation_id = d.id)::int as "targetTotal" from delegation d join expo e on e.id = d.expo_id
    where e.key = $1 and d.key = $2;

-- statement 2 of 17
-- values [["<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>"]]
select "p"."id" as "id", "p"."delegation_id" as "delegationId", "p"."organisation_id" as "organisationId", "p"."name" as "name", "p"."phone" as "phone", "p"."mobile" as "mobile", "p"."email" as "email", o.id as "purchaserId", o.sub_delegation_id as "subDelegationId", o.invited_by_organisation_id as "invitedByOrganisationId" from person p left join lateral (
    select u.id, u.sub_delegation_id, u.invited_by_organisation_id from purchaser u
    where u.contact_person_id = p.id
    union all
    select u.id, u.sub_delegation_id, u.invited_by_organisation_id
    from attendee a join purchaser u on u.id = a.purchaser_id
    where a.person_id = p.id
    limit 1
  ) o on true
        where "p"."id" = any($1::uuid[]);

-- statement 3 of 17
-- values [["<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>"]]
select "r"."id" as "id", "r"."delegation_id" as "delegationId", "r"."member_unit_id" as "memberUnitId", u.organisation_id as "organisationId", "r"."duty_en" as "dutyEn", "r"."duty_zh" as "dutyZh", "r"."version" as "version" from responsibility r join member_unit u on u.id = r.member_unit_id
        where "r"."member_unit_id" = any($1::uuid[]) order by r.position;

-- statement 4 of 17
-- values [["<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>"]]
select "o"."id" as "id", "o"."key" as "key", "o"."kind" as "kind", "o"."name_zh" as "nameZh", "o"."name_en" as "nameEn", "o"."credit_code" as "creditCode" from organisation o
        where "o"."id" = any($1::uuid[]);

-- statement 5 of 17
-- values [["<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>"]]
select "l"."id" as "id", "l"."delegation_id" as "delegationId", "l"."sub_delegation_id" as "subDelegationId", "l"."organisation_id" as "organisationId", "l"."target_min" as "targetMin", "l"."target_of" as "targetOf", "l"."version" as "version" from sub_delegation_lead l
        where "l"."sub_delegation_id" = any($1::uuid[]) order by l.position;

-- statement 6 of 17
-- values [["<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>"]]
select "a"."id" as "id", "a"."expo_id" as "expoId", "a"."parent_id" as "parentId", "a"."key" as "key", "a"."kind" as "kind", "a"."name_zh" as "nameZh", "a"."name_en" as "nameEn" from exhibition_area a
        where "a"."parent_id" = any($1::uuid[]) order by a.position, a.key;

-- statement 7 of 17
-- values [["<uuid>","<uuid>"]]
select "a"."id" as "id", "a"."expo_id" as "expoId", "a"."parent_id" as "parentId", "a"."key" as "key", "a"."kind" as "kind", "a"."name_zh" as "nameZh", "a"."name_en" as "nameEn" from exhibition_area a
        where "a"."id" = any($1::uuid[]);

-- statement 8 of 17
-- values [["<uuid>","<uuid>"]]
select "p"."id" as "id", "p"."delegation_id" as "delegationId", "p"."organisation_id" as "organisationId", "p"."name" as "name", "p"."phone" as "phone", "p"."mobile" as "mobile", "p"."email" as "email", o.id as "purchaserId", o.sub_delegation_id as "subDelegationId", o.invited_by_organisation_id as "invitedByOrganisationId" from person p left join lateral (
    select u.id, u.sub_delegation_id, u.invited_by_organisation_id from purchaser u
    where u.contact_person_id = p.id
    union all
    select u.id, u.sub_delegation_id, u.invited_by_organisation_id
    from attendee a join purchaser u on u.id = a.purchaser_id
    where a.person_id = p.id
    limit 1
  ) o on true
        where "p"."id" = any($1::uuid[]);

-- statement 9 of 17
-- values [["<uuid>"]]
select "a"."id" as "id", "a"."expo_id" as "expoId", "a"."parent_id" as "parentId", "a"."key" as "key", "a"."kind" as "kind", "a"."name_zh" as "nameZh", "a"."name_en" as "nameEn" from exhibition_area a
        where ("a"."expo_id" = any($1::uuid[]) and a.parent_id is null) order by a.position, a.key;

-- statement 10 of 17
-- values [["<uuid>"]]
select "c"."delegation_id" as "delegationId", "c"."person_id" as "personId", "c"."role" as "role", "c"."label_zh" as "labelZh", "c"."fax" as "fax" from delegation_contact c
        where "c"."delegation_id" = any($1::uuid[]) order by c.position;

-- statement 11 of 17
-- values [["<uuid>"]]
select "e"."id" as "id", "e"."key" as "key", "e"."edition" as "edition", "e"."name_zh" as "nameZh", "e"."name_en" as "nameEn", "e"."starts_on" as "startsOn", "e"."ends_on" as "endsOn", "e"."venue_zh" as "venueZh", "e"."venue_en" as "venueEn", "e"."website" as "website", "e"."reporting_currency" as "reportingCurrency", "e"."business_exhibition_area_m2" as "businessExhibitionAreaM2", "e"."version" as "version" from expo e
        where "e"."id" = any($1::uuid[]);

-- statement 12 of 17
-- values [["<uuid>"]]
select "m"."id" as "id", "m"."delegation_id" as "delegationId", "m"."member_unit_id" as "memberUnitId", "m"."person_id" as "personId", u.organisation_id as "organisationId", "m"."role" as "role", "m"."title_zh" as "titleZh", "m"."title_en" as "titleEn", "m"."version" as "version" from leading_group_member m join member_unit u on u.id = m.member_unit_id
        where "m"."delegation_id" = any($1::uuid[]) order by array_position(array['LEADER','DEPUTY_LEADER','SECRETARY_GENERAL','MEMBER'], m.role),
    m.position;

-- statement 13 of 17
-- values [["<uuid>"]]
select "o"."id" as "id", "o"."key" as "key", "o"."kind" as "kind", "o"."name_zh" as "nameZh", "o"."name_en" as "nameEn", "o"."credit_code" as "creditCode" from organisation o
        where "o"."id" = any($1::uuid[]);

-- statement 14 of 17
-- values [["<uuid>"]]
select "o"."id" as "id", "o"."key" as "key", "o"."kind" as "kind", "o"."name_zh" as "nameZh", "o"."name_en" as "nameEn", "o"."credit_code" as "creditCode" from organisation o
        where "o"."id" = any($1::uuid[]);

-- statement 15 of 17
-- values [["<uuid>"]]
select "r"."id" as "id", "r"."delegation_id" as "delegationId", "r"."member_unit_id" as "memberUnitId", u.organisation_id as "organisationId", "r"."duty_en" as "dutyEn", "r"."duty_zh" as "dutyZh", "r"."version" as "version" from responsibility r join member_unit u on u.id = r.member_unit_id
        where "r"."delegation_id" = any($1::uuid[]) order by u.position, r.position;

-- statement 16 of 17
-- values [["<uuid>"]]
select "s"."id" as "id", "s"."delegation_id" as "delegationId", "s"."key" as "key", "s"."name_zh" as "nameZh", "s"."name_en" as "nameEn", "s"."focus" as "focus", "s"."receives_unassigned" as "receivesUnassigned", "s"."shared_target_min" as "sharedTargetMin", "s"."shared_target_of" as "sharedTargetOf", (coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0))::int as "targetMin", "s"."version" as "version" from sub_delegation s
        where "s"."delegation_id" = any($1::uuid[]) order by s.position, s.key;

-- statement 17 of 17
-- values [["<uuid>"]]
select "u"."id" as "id", "u"."delegation_id" as "delegationId", "u"."organisation_id" as "organisationId", "u"."liaison_person_id" as "liaisonPersonId", "u"."designated_person_id" as "designatedPersonId", "u"."hosts_office" as "hostsOffice", "u"."version" as "version" from member_unit u
        where "u"."delegation_id" = any($1::uuid[]) order by u.position;
