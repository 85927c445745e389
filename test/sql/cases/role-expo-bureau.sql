-- statement 1 of 4
-- values ["CIIE-5"]
select "e"."id" as "id", "e"."key" as "key", "e"."edition" as "edition", "e"."name_zh" as "nameZh", "e"."name_en" as "nameEn", "e"."starts_on" as "startsOn", "e"."ends_on" as "endsOn", "e"."venue_zh" as "venueZh", "e"."venue_en" as "venueEn", "e"."website" as "website", "e"."reporting_currency" as "reportingCurrency", "e"."business_exhibition_area_m2" as "businessExhibitionAreaM2", "e"."version" as "version" from expo e 
    where e.key = $1;

-- statement 2 of 4
-- values [["<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>","<uuid>"],"<uuid>","<uuid>"]
select __x__.*, __parent__.id as __parent
         from unnest($1::uuid[]) with ordinality as __parent__(id, ord)
         left join lateral (
           select __r0__."id", __r0__."organisationId", __organisation_by_id__."id" as "__e0.id", __organisation_by_id__."nameZh" as "__e0.nameZh", (select coalesce(json_agg(json_build_array(array[__r1__."id"::text, __r1__."amountUsd"::text]) order by __r1__."createdAt" desc, __r1__."id" asc), '[]'::json)
      from (select __x1__.*
    from (select "dl"."id" as "id", "dl"."amount_usd" as "amountUsd", "dl"."status" as "status", "dl"."created_at" as "createdAt", "dl"."updated_at" as "updatedAt" from deal dl join purchaser p on p.id = dl.purchaser_id and p.delegation_id = dl.delegation_id where ("dl"."delegation_id" = $2::uuid and "dl"."purchaser_id" = __r0__."id")) __x1__
    order by __x1__."createdAt" desc, __x1__."id" asc limit 4) __r1__) as "__f_deals", row_number() over (order by __r0__."invitedAt" asc, __r0__."id" asc) as __n
           from (select __x_2.*
    from (select "p"."id" as "id", "p"."organisation_id" as "organisationId", "p"."status" as "status", "p"."invited_at" as "invitedAt", "p"."updated_at" as "updatedAt", o.name_zh as "organisationNameZh" from purchaser p join organisation o on o.id = p.organisation_id where ("p"."delegation_id" = $3::uuid and "p"."sub_delegation_id" = __parent__."id")) __x_2
    order by __x_2."invitedAt" asc, __x_2."id" asc limit 11) __r0__
           left join lateral (select "o"."id" as "id", "o"."key" as "key", "o"."kind" as "kind", "o"."name_zh" as "nameZh", "o"."name_en" as "nameEn", "o"."credit_code" as "creditCode" from organisation o
        where "o"."id" = __r0__."organisationId" offset 0) __organisation_by_id__ on true
         ) __x__ on true
         
         order by __parent__.ord, __x__.__n;

-- statement 3 of 4
-- values [["<uuid>"],"<uuid>"]
select "d"."id" as "id", "d"."expo_id" as "expoId", "d"."key" as "key", "d"."name_zh" as "nameZh", "d"."name_en" as "nameEn", "d"."province_zh" as "provinceZh", "d"."province_en" as "provinceEn", "d"."registration_principle_zh" as "registrationPrincipleZh", "d"."registration_principle_en" as "registrationPrincipleEn", "d"."office_organisation_id" as "officeOrganisationId", "d"."version" as "version", (select coalesce(sum(coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)), 0) from sub_delegation s where s.delegation_id = d.id)::int as "targetTotal" from delegation d
        where ("d"."expo_id" = any($1::uuid[]) and d.id = $2::uuid) order by d.key;

-- statement 4 of 4
-- values [["<uuid>"],"<uuid>"]
select "s"."id" as "id", "s"."delegation_id" as "delegationId", "s"."key" as "key", "s"."name_zh" as "nameZh", "s"."name_en" as "nameEn", "s"."focus" as "focus", "s"."receives_unassigned" as "receivesUnassigned", "s"."shared_target_min" as "sharedTargetMin", "s"."shared_target_of" as "sharedTargetOf", (coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0))::int as "targetMin", "s"."version" as "version" from sub_delegation s
        where ("s"."delegation_id" = any($1::uuid[]) and s.delegation_id = $2::uuid) order by s.position, s.key;
