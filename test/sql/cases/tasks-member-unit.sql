-- statement 1 of 4
-- values ["<uuid>","<uuid>","<uuid>","Asia/Shanghai","{DONE}",true]
select count(*)::int as n from task t where (("t"."delegation_id" = $1::uuid and "t"."owner_organisation_id" = $2::uuid) and ("t"."delegation_id" = $3::uuid) and (("t"."deadline" < (now() at time zone $4)::date and "t"."status" <> all($5::text[])) = $6::boolean));

-- statement 2 of 4
-- values ["Asia/Shanghai","{DONE}","<uuid>","<uuid>","<uuid>","Asia/Shanghai","{DONE}",true]
select __r0__."id", __r0__."title", __r0__."deadline", __r0__."status", __r0__."overdue", __r0__."percent", __r0__."ownerOrganisationId", __organisation_by_id__."id" as "__e0.id", __organisation_by_id__."key" as "__e0.key"
       from (select __x__.*
    from (select "t"."id" as "id", "t"."owner_organisation_id" as "ownerOrganisationId", "t"."title" as "title", "t"."deadline" as "deadline", "t"."status" as "status", "t"."created_at" as "createdAt", "t"."updated_at" as "updatedAt", ("t"."deadline" < (now() at time zone $1)::date and "t"."status" <> all($2::text[])) as "overdue", (select pr.percent from task_progress pr
      where pr.task_id = t.id and pr.percent is not null
      order by pr.created_at desc, pr.id desc limit 1) as "percent" from task t where (("t"."delegation_id" = $3::uuid and "t"."owner_organisation_id" = $4::uuid) and ("t"."delegation_id" = $5::uuid) and (("t"."deadline" < (now() at time zone $6)::date and "t"."status" <> all($7::text[])) = $8::boolean))) __x__
    order by __x__."deadline" asc, __x__."createdAt" asc, __x__."id" asc limit 21) __r0__ left join lateral (select "o"."id" as "id", "o"."key" as "key", "o"."kind" as "kind", "o"."name_zh" as "nameZh", "o"."name_en" as "nameEn", "o"."credit_code" as "creditCode" from organisation o
        where "o"."id" = __r0__."ownerOrganisationId" offset 0) __organisation_by_id__ on true
       order by __r0__."deadline" asc, __r0__."createdAt" asc, __r0__."id" asc;

-- statement 3 of 4
-- values [["<uuid>"],"<uuid>"]
select "d"."id" as "id", "d"."expo_id" as "expoId", "d"."key" as "key", "d"."name_zh" as "nameZh", "d"."name_en" as "nameEn", "d"."province_zh" as "provinceZh", "d"."province_en" as "provinceEn", "d"."registration_principle_zh" as "registrationPrincipleZh", "d"."registration_principle_en" as "registrationPrincipleEn", "d"."office_organisation_id" as "officeOrganisationId", "d"."version" as "version", (select coalesce(sum(coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)), 0) from sub_delegation s where s.delegation_id = d.id)::int as "targetTotal" from delegation d
        where ("d"."id" = any($1::uuid[]) and d.id = $2::uuid);

-- statement 4 of 4
-- values [["<uuid>"],"Asia/Shanghai","{DONE}","<uuid>","<uuid>"]
select __x__.*, __parent__.id as __parent
         from unnest($1::uuid[]) with ordinality as __parent__(id, ord)
         left join lateral (
           select __r0__."id", __r0__."overdue", row_number() over (order by __r0__."deadline" asc, __r0__."createdAt" asc, __r0__."id" asc) as __n
           from (select __x_2.*
    from (select "t"."id" as "id", "t"."title" as "title", "t"."deadline" as "deadline", "t"."status" as "status", "t"."created_at" as "createdAt", "t"."updated_at" as "updatedAt", ("t"."deadline" < (now() at time zone $2)::date and "t"."status" <> all($3::text[])) as "overdue" from task t where (("t"."delegation_id" = $4::uuid and "t"."owner_organisation_id" = $5::uuid) and "t"."delegation_id" = __parent__."id")) __x_2
    order by __x_2."deadline" asc, __x_2."createdAt" asc, __x_2."id" asc limit 6) __r0__
           
         ) __x__ on true
         
         order by __parent__.ord, __x__.__n;
