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
  'version',
]);
const SUB_DELEGATION_COLUMNS = SUB_DELEGATION_SELECT.text;

const LEAD_SELECT = selectList('sub_delegation_lead', 'l', [
  'id',
  'delegationId',
  'subDelegationId',
  'organisationId',
  'targetMin',
  'targetOf',
  'version',
]);
const LEAD_COLUMNS = LEAD_SELECT.text;

const MEMBER_SELECT = selectList('leading_group_member', 'm', [
  'id',
  'delegationId',
  'memberUnitId',
  'personId',
  ['organisationId', 'u.organisation_id', 'uuid'],
  'role',
  'titleZh',
  'titleEn',
  'version',
]);
const MEMBER_COLUMNS = MEMBER_SELECT.text;

const UNIT_SELECT = selectList('member_unit', 'u', [
  'id',
  'delegationId',
  'organisationId',
  'liaisonPersonId',
  'designatedPersonId',
  'hostsOffice',
  'version',
]);
const UNIT_COLUMNS = UNIT_SELECT.text;

const RESPONSIBILITY_SELECT = selectList('responsibility', 'r', [
  'id',
  'delegationId',
  'memberUnitId',
  ['organisationId', 'u.organisation_id', 'uuid'],
  'dutyEn',
  'dutyZh',
  'version',
]);
const RESPONSIBILITY_COLUMNS = RESPONSIBILITY_SELECT.text;

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
  columns: DELEGATION_SELECT,
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
  columns: LEAD_SELECT,
  key: 'subDelegationId',
  scope: 'delegation',
  sql: `select ${LEAD_COLUMNS} from sub_delegation_lead l
        where l.sub_delegation_id = any($1::uuid[]) and ${inDelegations('l.delegation_id')}
        order by l.position`,
};

export const leadingGroupByDelegation: ManyRelation<LeadingGroupMember> = {
  name: 'leadingGroupByDelegation',
  columns: MEMBER_SELECT,
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
  columns: MEMBER_SELECT,
  typename: 'LeadingGroupMember',
  scope: 'delegation',
  sql: `select ${MEMBER_COLUMNS} from leading_group_member m
        join member_unit u on u.id = m.member_unit_id
        where m.id = any($1::uuid[]) and ${inDelegations('m.delegation_id')}`,
};

export const memberUnitsByDelegation: ManyRelation<MemberUnit> = {
  name: 'memberUnitsByDelegation',
  columns: UNIT_SELECT,
  key: 'delegationId',
  scope: 'delegation',
  sql: `select ${UNIT_COLUMNS} from member_unit u
        where u.delegation_id = any($1::uuid[]) and ${inDelegations('u.delegation_id')}
        order by u.position`,
};

export const memberUnitById: ByIdRelation<MemberUnit> = {
  name: 'memberUnitById',
  columns: UNIT_SELECT,
  typename: 'MemberUnit',
  scope: 'delegation',
  sql: `select ${UNIT_COLUMNS} from member_unit u
        where u.id = any($1::uuid[]) and ${inDelegations('u.delegation_id')}`,
};

export const responsibilitiesByDelegation: ManyRelation<Responsibility> = {
  name: 'responsibilitiesByDelegation',
  columns: RESPONSIBILITY_SELECT,
  key: 'delegationId',
  scope: 'delegation',
  sql: `select ${RESPONSIBILITY_COLUMNS} from responsibility r
        join member_unit u on u.id = r.member_unit_id
        where r.delegation_id = any($1::uuid[]) and ${inDelegations('r.delegation_id')}
        order by u.position, r.position`,
};

export const responsibilitiesByMemberUnit: ManyRelation<Responsibility> = {
  name: 'responsibilitiesByMemberUnit',
  columns: RESPONSIBILITY_SELECT,
  key: 'memberUnitId',
  scope: 'delegation',
  sql: `select ${RESPONSIBILITY_COLUMNS} from responsibility r
        join member_unit u on u.id = r.member_unit_id
        where r.member_unit_id = any($1::uuid[]) and ${inDelegations('r.delegation_id')}
        order by r.position`,
};

export const responsibilityById: ByIdRelation<Responsibility> = {
  name: 'responsibilityById',
  columns: RESPONSIBILITY_SELECT,
  typename: 'Responsibility',
  scope: 'delegation',
  sql: `select ${RESPONSIBILITY_COLUMNS} from responsibility r
        join member_unit u on u.id = r.member_unit_id
        where r.id = any($1::uuid[]) and ${inDelegations('r.delegation_id')}`,
};

const CONTACT_SELECT = selectList('delegation_contact', 'c', [
  'delegationId',
  'personId',
  'role',
  'labelZh',
  'fax',
]);

export const contactsByDelegation: ManyRelation<DelegationContact> = {
  name: 'contactsByDelegation',
  columns: CONTACT_SELECT,
  key: 'delegationId',
  scope: 'delegation',
  sql: `select ${CONTACT_SELECT.text}
        from delegation_contact c
        where c.delegation_id = any($1::uuid[]) and ${inDelegations('c.delegation_id')}
        order by c.position`,
};
