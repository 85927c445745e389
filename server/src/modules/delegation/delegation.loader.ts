import { delegationScope } from '../../auth/scope.js';
import type { Viewer } from '../../auth/viewer.js';
import { sql, type SQL } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, type Rows } from '../../graphql/loaders.js';
import type {
  Delegation,
  DelegationContact,
  LeadingGroupMember,
  MemberUnit,
  Responsibility,
  SubDelegation,
  SubDelegationLead,
} from './delegation.type.js';

const SUB_TARGET = sql`coalesce(s.shared_target_min,
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
  'version',
  [
    'targetTotal',
    sql`(select coalesce(sum(${SUB_TARGET}), 0) from sub_delegation s where s.delegation_id = d.id)::int`,
    'int',
  ],
]);

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
  ['targetMin', sql`(${SUB_TARGET})::int`, 'int'],
  'version',
]);

const LEAD_SELECT = selectList('sub_delegation_lead', 'l', [
  'id',
  'delegationId',
  'subDelegationId',
  'organisationId',
  'targetMin',
  'targetOf',
  'version',
]);

const MEMBER_SELECT = selectList('leading_group_member', 'm', [
  'id',
  'delegationId',
  'memberUnitId',
  'personId',
  ['organisationId', sql`u.organisation_id`, 'uuid'],
  'role',
  'titleZh',
  'titleEn',
  'version',
]);

const UNIT_SELECT = selectList('member_unit', 'u', [
  'id',
  'delegationId',
  'organisationId',
  'liaisonPersonId',
  'designatedPersonId',
  'hostsOffice',
  'version',
]);

const RESPONSIBILITY_SELECT = selectList('responsibility', 'r', [
  'id',
  'delegationId',
  'memberUnitId',
  ['organisationId', sql`u.organisation_id`, 'uuid'],
  'dutyEn',
  'dutyZh',
  'version',
]);

/** Rows of delegations whose structure the viewer reads. */
const inDelegation =
  (delegationId: SQL) =>
  (viewer: Viewer): SQL =>
    delegationScope(viewer, delegationId);

export const DELEGATIONS: Rows = {
  typename: 'Delegation',
  alias: 'd',
  from: sql`delegation d`,
  columns: DELEGATION_SELECT,
  scope: inDelegation(sql`d.id`),
};

const SUB_DELEGATIONS: Rows = {
  typename: 'SubDelegation',
  alias: 's',
  from: sql`sub_delegation s`,
  columns: SUB_DELEGATION_SELECT,
  scope: inDelegation(sql`s.delegation_id`),
};

const LEADS: Rows = {
  typename: 'SubDelegationLead',
  alias: 'l',
  from: sql`sub_delegation_lead l`,
  columns: LEAD_SELECT,
  scope: inDelegation(sql`l.delegation_id`),
};

const LEADING_GROUP: Rows = {
  typename: 'LeadingGroupMember',
  alias: 'm',
  from: sql`leading_group_member m join member_unit u on u.id = m.member_unit_id`,
  columns: MEMBER_SELECT,
  scope: inDelegation(sql`m.delegation_id`),
};

const MEMBER_UNITS: Rows = {
  typename: 'MemberUnit',
  alias: 'u',
  from: sql`member_unit u`,
  columns: UNIT_SELECT,
  scope: inDelegation(sql`u.delegation_id`),
};

const RESPONSIBILITIES: Rows = {
  typename: 'Responsibility',
  alias: 'r',
  from: sql`responsibility r join member_unit u on u.id = r.member_unit_id`,
  columns: RESPONSIBILITY_SELECT,
  scope: inDelegation(sql`r.delegation_id`),
};

const CONTACT_SELECT = selectList('delegation_contact', 'c', [
  'delegationId',
  'personId',
  'role',
  'labelZh',
  'fax',
]);

const CONTACTS: Rows = {
  typename: 'DelegationContact',
  alias: 'c',
  from: sql`delegation_contact c`,
  columns: CONTACT_SELECT,
  scope: inDelegation(sql`c.delegation_id`),
};

export const delegationById = byId<Delegation>('delegationById', DELEGATIONS);
export const delegationsByExpo = byParent<Delegation>(
  'delegationsByExpo',
  DELEGATIONS,
  'expoId',
  sql`d.key`,
);
export const subDelegationById = byId<SubDelegation>('subDelegationById', SUB_DELEGATIONS);
export const subDelegationsByDelegation = byParent<SubDelegation>(
  'subDelegationsByDelegation',
  SUB_DELEGATIONS,
  'delegationId',
  sql`s.position, s.key`,
);
export const leadById = byId<SubDelegationLead>('leadById', LEADS);
export const leadsBySubDelegation = byParent<SubDelegationLead>(
  'leadsBySubDelegation',
  LEADS,
  'subDelegationId',
  sql`l.position`,
);
export const leadingGroupByDelegation = byParent<LeadingGroupMember>(
  'leadingGroupByDelegation',
  LEADING_GROUP,
  'delegationId',
  sql`array_position(array['LEADER','DEPUTY_LEADER','SECRETARY_GENERAL','MEMBER'], m.role),
    m.position`,
);
export const leadingGroupMemberById = byId<LeadingGroupMember>(
  'leadingGroupMemberById',
  LEADING_GROUP,
);
export const memberUnitsByDelegation = byParent<MemberUnit>(
  'memberUnitsByDelegation',
  MEMBER_UNITS,
  'delegationId',
  sql`u.position`,
);
export const memberUnitById = byId<MemberUnit>('memberUnitById', MEMBER_UNITS);
export const responsibilitiesByDelegation = byParent<Responsibility>(
  'responsibilitiesByDelegation',
  RESPONSIBILITIES,
  'delegationId',
  sql`u.position, r.position`,
);
export const responsibilitiesByMemberUnit = byParent<Responsibility>(
  'responsibilitiesByMemberUnit',
  RESPONSIBILITIES,
  'memberUnitId',
  sql`r.position`,
);
export const responsibilityById = byId<Responsibility>('responsibilityById', RESPONSIBILITIES);
export const contactsByDelegation = byParent<DelegationContact>(
  'contactsByDelegation',
  CONTACTS,
  'delegationId',
  sql`c.position`,
);
