import { selectList } from '../../graphql/columns.js';
import type { ByIdRelation, ManyRelation } from '../../graphql/loaders.js';
import type {
  Delegation,
  DelegationContact,
  LeadingGroupMember,
  MemberUnit,
  Responsibility,
  SubDelegation,
  SubDelegationLead,
} from './delegation.type.js';

/** Rows of delegations the viewer reads: `$n` holds their ids, or null for every delegation. */
export const inDelegations = (column: string, n = 2) =>
  `($${n}::uuid[] is null or ${column} = any($${n}::uuid[]))`;

const SUB_TARGET = `coalesce(s.shared_target_min,
  (select sum(l.target_min) from sub_delegation_lead l where l.sub_delegation_id = s.id), 0)`;

export const DELEGATION_SELECT = selectList('delegation', 'd', [
  'id',
  'expoId',
  'key',
  'nameZh',
  'nameEn',
  'provinceZh',
  'provinceEn',
  'registrationPrincipleZh',
  'registrationPrincipleEn',
  'officeOrganisationId',
  [
    'targetTotal',
    `(select coalesce(sum(${SUB_TARGET}), 0) from sub_delegation s where s.delegation_id = d.id)::int`,
    'int',
  ],
]);
export const DELEGATION_COLUMNS = DELEGATION_SELECT.text;

const SUB_DELEGATION_SELECT = selectList('sub_delegation', 's', [
  'id',
  'delegationId',
  'key',
  'nameZh',
  'nameEn',
  'focus',
  'receivesUnassigned',
  'sharedTargetMin',
  'sharedTargetOf',
  ['targetMin', `(${SUB_TARGET})::int`, 'int'],
]);
const SUB_DELEGATION_COLUMNS = SUB_DELEGATION_SELECT.text;

const LEAD_SELECT = selectList('sub_delegation_lead', 'l', [
  'id',
  'delegationId',
  'subDelegationId',
  'organisationId',
  'targetMin',
  'targetOf',
]);
const LEAD_COLUMNS = LEAD_SELECT.text;

const MEMBER_COLUMNS = `m.id, m.delegation_id as "delegationId", m.member_unit_id as "memberUnitId",
  m.person_id as "personId", u.organisation_id as "organisationId", m.role,
  m.title_zh as "titleZh", m.title_en as "titleEn"`;

const UNIT_COLUMNS = `u.id, u.delegation_id as "delegationId", u.organisation_id as "organisationId",
  u.liaison_person_id as "liaisonPersonId", u.hosts_office as "hostsOffice"`;

const RESPONSIBILITY_COLUMNS = `r.id, r.delegation_id as "delegationId",
  r.member_unit_id as "memberUnitId", u.organisation_id as "organisationId",
  r.duty_en as "dutyEn", r.duty_zh as "dutyZh"`;

export const DELEGATION_LIST_SQL = `select ${DELEGATION_COLUMNS} from delegation d
  join expo e on e.id = d.expo_id`;

export const delegationById: ByIdRelation<Delegation> = {
  name: 'delegationById',
  columns: DELEGATION_SELECT,
  typename: 'Delegation',
  scope: 'delegation',
  sql: `select ${DELEGATION_COLUMNS} from delegation d
        where d.id = any($1::uuid[]) and ${inDelegations('d.id')}`,
};

export const delegationsByExpo: ManyRelation<Delegation> = {
  name: 'delegationsByExpo',
  key: 'expoId',
  scope: 'delegation',
  sql: `select ${DELEGATION_COLUMNS} from delegation d
        where d.expo_id = any($1::uuid[]) and ${inDelegations('d.id')} order by d.key`,
};

export const subDelegationById: ByIdRelation<SubDelegation> = {
  name: 'subDelegationById',
  columns: SUB_DELEGATION_SELECT,
  typename: 'SubDelegation',
  scope: 'delegation',
  sql: `select ${SUB_DELEGATION_COLUMNS} from sub_delegation s
        where s.id = any($1::uuid[]) and ${inDelegations('s.delegation_id')}`,
};

export const subDelegationsByDelegation: ManyRelation<SubDelegation> = {
  name: 'subDelegationsByDelegation',
  columns: SUB_DELEGATION_SELECT,
  key: 'delegationId',
  scope: 'delegation',
  sql: `select ${SUB_DELEGATION_COLUMNS} from sub_delegation s
        where s.delegation_id = any($1::uuid[]) and ${inDelegations('s.delegation_id')}
        order by s.position, s.key`,
};

export const leadById: ByIdRelation<SubDelegationLead> = {
  name: 'leadById',
  columns: LEAD_SELECT,
  typename: 'SubDelegationLead',
  scope: 'delegation',
  sql: `select ${LEAD_COLUMNS} from sub_delegation_lead l
        where l.id = any($1::uuid[]) and ${inDelegations('l.delegation_id')}`,
};

export const leadsBySubDelegation: ManyRelation<SubDelegationLead> = {
  name: 'leadsBySubDelegation',
  key: 'subDelegationId',
  scope: 'delegation',
  sql: `select ${LEAD_COLUMNS} from sub_delegation_lead l
        where l.sub_delegation_id = any($1::uuid[]) and ${inDelegations('l.delegation_id')}
        order by l.position`,
};

export const leadingGroupByDelegation: ManyRelation<LeadingGroupMember> = {
  name: 'leadingGroupByDelegation',
  key: 'delegationId',
  scope: 'delegation',
  sql: `select ${MEMBER_COLUMNS} from leading_group_member m
        join member_unit u on u.id = m.member_unit_id
        where m.delegation_id = any($1::uuid[]) and ${inDelegations('m.delegation_id')}
        order by array_position(array['LEADER','DEPUTY_LEADER','SECRETARY_GENERAL','MEMBER'],
          m.role), m.position`,
};

export const leadingGroupMemberById: ByIdRelation<LeadingGroupMember> = {
  name: 'leadingGroupMemberById',
  typename: 'LeadingGroupMember',
  scope: 'delegation',
  sql: `select ${MEMBER_COLUMNS} from leading_group_member m
        join member_unit u on u.id = m.member_unit_id
        where m.id = any($1::uuid[]) and ${inDelegations('m.delegation_id')}`,
};

export const memberUnitsByDelegation: ManyRelation<MemberUnit> = {
  name: 'memberUnitsByDelegation',
  key: 'delegationId',
  scope: 'delegation',
  sql: `select ${UNIT_COLUMNS} from member_unit u
        where u.delegation_id = any($1::uuid[]) and ${inDelegations('u.delegation_id')}
        order by u.position`,
};

export const memberUnitById: ByIdRelation<MemberUnit> = {
  name: 'memberUnitById',
  typename: 'MemberUnit',
  scope: 'delegation',
  sql: `select ${UNIT_COLUMNS} from member_unit u
        where u.id = any($1::uuid[]) and ${inDelegations('u.delegation_id')}`,
};

export const responsibilitiesByDelegation: ManyRelation<Responsibility> = {
  name: 'responsibilitiesByDelegation',
  key: 'delegationId',
  scope: 'delegation',
  sql: `select ${RESPONSIBILITY_COLUMNS} from responsibility r
        join member_unit u on u.id = r.member_unit_id
        where r.delegation_id = any($1::uuid[]) and ${inDelegations('r.delegation_id')}
        order by u.position, r.position`,
};

export const responsibilitiesByMemberUnit: ManyRelation<Responsibility> = {
  name: 'responsibilitiesByMemberUnit',
  key: 'memberUnitId',
  scope: 'delegation',
  sql: `select ${RESPONSIBILITY_COLUMNS} from responsibility r
        join member_unit u on u.id = r.member_unit_id
        where r.member_unit_id = any($1::uuid[]) and ${inDelegations('r.delegation_id')}
        order by r.position`,
};

export const responsibilityById: ByIdRelation<Responsibility> = {
  name: 'responsibilityById',
  typename: 'Responsibility',
  scope: 'delegation',
  sql: `select ${RESPONSIBILITY_COLUMNS} from responsibility r
        join member_unit u on u.id = r.member_unit_id
        where r.id = any($1::uuid[]) and ${inDelegations('r.delegation_id')}`,
};

export const contactsByDelegation: ManyRelation<DelegationContact> = {
  name: 'contactsByDelegation',
  key: 'delegationId',
  scope: 'delegation',
  sql: `select c.delegation_id as "delegationId", c.person_id as "personId", c.role,
          c.label_zh as "labelZh", c.fax
        from delegation_contact c
        where c.delegation_id = any($1::uuid[]) and ${inDelegations('c.delegation_id')}
        order by c.position`,
};
