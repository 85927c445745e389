import {
  CheckConstraintViolationException,
  FlushMode,
  ForeignKeyConstraintViolationException,
  LockMode,
  ref,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireInDelegation } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/relay.js';
import { audit } from '../audit/audit.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { cleanPerson } from '../person/person.rules.js';
import { inTransaction, requireVersion, type Versioned } from '../shared/transaction.js';
import { LeadingGroupRole } from './delegation.enums.js';
import { Delegation } from './delegation.entity.js';
import { LeadingGroupMember } from './leading-group-member.entity.js';
import { MemberUnit } from './member-unit.entity.js';
import { Responsibility } from './responsibility.entity.js';
import { SubDelegationLead } from './sub-delegation-lead.entity.js';
import { SubDelegation } from './sub-delegation.entity.js';
import { msg, type Text } from '../../i18n/message.js';

/**
 * A delegation's structure (领导小组, 成员单位, 交易分团 and their lead units and targets, 任务分工),
 * changed by the office of that delegation (and ADMIN). Services take domain IDs (UUIDs) and name
 * fields of their command (`version`, `person.name`); the resolver maps global IDs and roots the
 * paths at `input`. Every change runs in one transaction with its audit event, checks the version
 * the client saw, and writes nothing when refused.
 */

type Em = EntityManager;

/** A change the records of a delegation's recruitment depend on: refused, nothing written. */
export function inUse(field: string, message: Text): AppError {
  return new AppError(ErrorCode.IN_USE, message, { field });
}

const conflict = (field: string, message: Text) =>
  new AppError(ErrorCode.CONFLICT, message, { field });

// -------------------------------------------------------------------------------- commands

/** A person: one of the delegation's by ID, or a new one (name and contact data). */
export interface PersonRef {
  personId?: string | null;
  name?: string | null;
  phone?: string | null;
  mobile?: string | null;
  email?: string | null;
}

export interface TargetCommand {
  min: number;
  of?: string | null;
}

export interface AddLeadingGroupMemberCommand {
  memberUnitId: string;
  person: PersonRef;
  role: LeadingGroupRole;
  titleZh: string;
  titleEn?: string | null;
  position?: number | null;
}

export interface UpdateLeadingGroupMemberCommand {
  memberId: string;
  version: number;
  memberUnitId?: string | null;
  person?: PersonRef | null;
  role?: LeadingGroupRole | null;
  titleZh?: string | null;
  titleEn?: string | null;
  position?: number | null;
}

export interface AddMemberUnitCommand {
  delegationId: string;
  organisationId: string;
  liaison?: PersonRef | null;
  designatedPerson?: PersonRef | null;
  position?: number | null;
}

export interface UpdateMemberUnitCommand {
  memberUnitId: string;
  version: number;
  /** Absent: kept; null: cleared. */
  liaison?: PersonRef | null;
  designatedPerson?: PersonRef | null;
  position?: number | null;
}

export interface NewLeadCommand {
  organisationId: string;
  target?: TargetCommand | null;
}

export interface AddSubDelegationCommand {
  delegationId: string;
  key: string;
  nameZh: string;
  nameEn: string;
  focus?: string | null;
  sharedTarget?: TargetCommand | null;
  receivesUnassigned?: boolean | null;
  position?: number | null;
  leads?: NewLeadCommand[] | null;
}

export interface UpdateSubDelegationCommand {
  subDelegationId: string;
  version: number;
  key?: string | null;
  nameZh?: string | null;
  nameEn?: string | null;
  focus?: string | null;
  sharedTarget?: TargetCommand | null;
  receivesUnassigned?: boolean | null;
  position?: number | null;
}

export interface AddSubDelegationLeadCommand {
  subDelegationId: string;
  organisationId: string;
  target?: TargetCommand | null;
  position?: number | null;
}

export interface UpdateSubDelegationLeadCommand {
  leadId: string;
  version: number;
  target?: TargetCommand | null;
  position?: number | null;
}

export interface AddResponsibilityCommand {
  memberUnitId: string;
  dutyEn: string;
  dutyZh?: string | null;
  position?: number | null;
}

export interface UpdateResponsibilityCommand {
  responsibilityId: string;
  version: number;
  dutyEn?: string | null;
  dutyZh?: string | null;
  position?: number | null;
}

export interface RemoveCommand {
  id: string;
  version: number;
}

// ---------------------------------------------------------------------------------- shared

const VERSION = (what: string): Versioned => ({ what, field: 'version' });

/** The database's constraints, as the client's errors (a change made meanwhile by another). */
function constraintError(error: unknown): Error | undefined {
  const message = error instanceof Error ? error.message : '';
  if (error instanceof UniqueConstraintViolationException) {
    if (/member_unit_delegation_id_organisation_id/.test(message))
      return conflict('organisationId', msg`This organisation is a member unit already`);
    if (/sub_delegation_delegation_id_key_key/.test(message))
      return conflict('key', msg`The delegation has a sub-delegation with this key already`);
    if (/sub_delegation_lead_sub_delegation_id_organisation_id/.test(message))
      return conflict('organisationId', msg`This organisation leads the sub-delegation already`);
    if (/leading_group_member_delegation_id_person_id/.test(message))
      return conflict('person', msg`This person is in the leading group already`);
    if (/leading_group_one_leader|leading_group_one_secretary_general/.test(message))
      return conflict('role', msg`Someone was given this role meanwhile: reload and try again`);
    if (/sub_delegation_one_default/.test(message))
      return conflict('receivesUnassigned', msg`Another sub-delegation was set meanwhile: reload`);
    if (/responsibility_member_unit_id_position/.test(message))
      return conflict('position', msg`Another duty took this position meanwhile: reload`);
  }
  if (
    error instanceof CheckConstraintViolationException &&
    /leading_group_has_leader/.test(message)
  )
    return conflict('role', msg`The leading group would be left without a leader: reload`);
  if (error instanceof ForeignKeyConstraintViolationException)
    return inUse('', msg`Recorded work came to depend on this record meanwhile: reload`);
  return undefined;
}

/** One structure change: one transaction, flushed at the end (a version moves on once). */
function structureTransaction<T>(em: Em, what: string, work: (tx: Em) => Promise<T>) {
  return inTransaction(
    em,
    { ...VERSION(what), flushMode: FlushMode.COMMIT, mapError: constraintError },
    work,
  );
}

/**
 * The viewer changes this delegation's structure: a delegation it may not read is NOT_FOUND
 * (as `what` `id`, the record it named); one it reads but may not change is FORBIDDEN.
 */
function requireOffice(viewer: Viewer, delegationId: string, what: string, id: string): void {
  if (!viewer.readsDelegation(delegationId)) throw notFound(what, id);
  requireInDelegation(
    viewer,
    delegationId,
    [Role.DELEGATION_OFFICE],
    "change the delegation's structure",
  );
}

/**
 * The record of the structure a change names (NOT_FOUND outside the viewer's scope) and its
 * delegation, whose structure the viewer changes (requireOffice).
 */
async function inOffice<K extends Structure>(
  tx: Em,
  viewer: Viewer,
  type: K,
  id: string,
  lock = false,
): Promise<[RecordOf<K>, string]> {
  const { entity, name } = STRUCTURE[type];
  const found = await tx.findOne(
    entity as never,
    { id } as never,
    lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
  );
  const row = found as RecordOf<K> | null;
  if (!row || !viewer.readsDelegation(row.delegation.id)) throw notFound(name, id);
  const delegationId = row.delegation.id;
  requireOffice(viewer, delegationId, name, id);
  return [row, delegationId];
}

/** The record a change changes, as `inOffice`, locked for the change. */
const changing = <K extends Structure>(tx: Em, viewer: Viewer, type: K, id: string) =>
  inOffice(tx, viewer, type, id, true);

/** A record the change names beside the one it changes: readable, and of the same delegation. */
async function sibling<T extends { delegation: { id: string } }>(
  tx: Em,
  entity: new () => T,
  what: string,
  id: string,
  viewer: Viewer,
  delegationId: string,
  field: string,
): Promise<T> {
  const row = (await tx.findOne(entity as never, { id } as never)) as T | null;
  if (!row || !viewer.readsDelegation(row.delegation.id)) throw notFound(what, id);
  if (row.delegation.id !== delegationId)
    throw badInput(field, msg`This ${what.toLowerCase()} is of another delegation`);
  return row;
}

function text(
  value: string | null | undefined,
  field: string,
  max: number,
  required: boolean,
): string | null {
  const clean = value?.trim() ?? '';
  if (!clean) {
    if (required) throw badInput(field, msg`${field.split('.').pop()} is required`);
    return null;
  }
  if (clean.length > max)
    throw badInput(field, msg`${field.split('.').pop()} must have at most ${max} characters`);
  return clean;
}

function position(value: number | null | undefined, field = 'position'): number | null {
  if (value == null) return null;
  if (value < 0 || value > 10_000) throw badInput(field, msg`position must be 0 to 10000`);
  return value;
}

/** The next position after the last of `entity`'s rows matching `where`. */
async function nextPosition(tx: Em, table: string, column: string, id: string): Promise<number> {
  const [row] = await tx.execute<{ next: number }[]>(
    `select coalesce(max(position) + 1, 0)::int as next from ${table} where ${column} = ?`,
    [id],
  );
  return row?.next ?? 0;
}

const MAX_TARGET = 1_000_000;

function target(value: TargetCommand, field: string): { min: number; of: string | null } {
  if (value.min < 0)
    throw badInput(`${field}.min`, msg`A target may not be below zero: a minimum of purchasers`);
  if (value.min > MAX_TARGET)
    throw badInput(`${field}.min`, msg`A target may not be above ${MAX_TARGET}`);
  return { min: value.min, of: text(value.of, `${field}.of`, 200, false) };
}

const KEY = /^[A-Z0-9_]{1,40}$/;

function subDelegationKey(value: string, field = 'key'): string {
  const key = value.trim();
  if (!KEY.test(key))
    throw badInput(
      field,
      msg`key must be 1 to 40 capital letters, digits or underscores (e.g. HEALTH)`,
    );
  return key;
}

const gid = (type: string, id: string | null | undefined) => (id ? toGlobalId(type, id) : null);

function auditChange(
  tx: Em,
  viewer: Viewer,
  entityType: string,
  action: string,
  entityId: string,
  delegationId: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): void {
  const verb = entityType.charAt(0).toLowerCase() + entityType.slice(1);
  audit(tx, {
    actor: viewer.actor,
    action: `${verb}.${action}`,
    entityType,
    entityId,
    delegationId,
    before,
    after,
  });
}

/** The records of the structure: their entity, name (in NOT_FOUND) and audited snapshot. */
const STRUCTURE = {
  LeadingGroupMember: {
    entity: LeadingGroupMember,
    name: 'Leading group member',
    snapshot: memberSnapshot,
  },
  MemberUnit: { entity: MemberUnit, name: 'Member unit', snapshot: unitSnapshot },
  SubDelegation: { entity: SubDelegation, name: 'Sub-delegation', snapshot: subSnapshot },
  SubDelegationLead: { entity: SubDelegationLead, name: 'Lead unit', snapshot: leadSnapshot },
  Responsibility: { entity: Responsibility, name: 'Responsibility', snapshot: dutySnapshot },
};
type Structure = keyof typeof STRUCTURE;
type RecordOf<K extends Structure> = InstanceType<(typeof STRUCTURE)[K]['entity']>;
const snapshot = <K extends Structure>(type: K, row: RecordOf<K>) =>
  (STRUCTURE[type].snapshot as (row: RecordOf<K>) => Record<string, unknown>)(row);

/** Audits `row` as it is now: added, or updated from `before`. */
function auditSaved<K extends Structure>(
  tx: Em,
  viewer: Viewer,
  entityType: K,
  row: RecordOf<K>,
  delegationId: string,
  before: Record<string, unknown> | null,
): void {
  const after = snapshot(entityType, row);
  auditChange(
    tx,
    viewer,
    entityType,
    before ? 'update' : 'add',
    row.id,
    delegationId,
    before,
    after,
  );
}

/** Removes `row`, audited with what it was. */
function removeAudited<K extends Structure>(
  tx: Em,
  viewer: Viewer,
  entityType: K,
  row: RecordOf<K>,
  delegationId: string,
): void {
  const before = snapshot(entityType, row);
  auditChange(tx, viewer, entityType, 'remove', row.id, delegationId, before, null);
  tx.remove(row);
}

/**
 * The person a command names: one of this delegation's by ID (not a purchaser's contact or
 * attendee), or a new one of `organisationId`, audited. Errors name `at.personId`, `at.name`, …
 */
export async function personOf(
  tx: Em,
  viewer: Viewer,
  given: PersonRef,
  at: string,
  delegationId: string,
  organisationId: string,
): Promise<Person> {
  const newFields = (['name', 'phone', 'mobile', 'email'] as const).filter((k) => given[k] != null);
  if (given.personId) {
    if (newFields.length) {
      throw badInput(
        `${at}.${newFields[0]}`,
        msg`Give either personId (someone of the delegation) or a new person, not both`,
      );
    }
    const person = await tx.findOne(Person, { id: given.personId });
    const of = person?.delegation?.id;
    if (!person || (of != null && !viewer.readsDelegation(of)) || (of == null && !viewer.isAdmin))
      throw notFound('Person', given.personId);
    if (of !== delegationId)
      throw badInput(`${at}.personId`, msg`This person is not of the delegation`);
    const [purchaserOwned] = await tx.execute(
      `select 1 from purchaser where contact_person_id = ?
       union all select 1 from attendee where person_id = ? limit 1`,
      [person.id, person.id],
    );
    if (purchaserOwned) {
      throw badInput(
        `${at}.personId`,
        msg`This person is a purchaser's contact or attendee, not an official of the delegation`,
      );
    }
    return person;
  }
  if (!newFields.length) {
    throw badInput(`${at}`, msg`Give personId (someone of the delegation) or a new person (name)`);
  }
  const clean = cleanPerson(given, at);
  const person = tx.create(Person, {
    delegation: ref(Delegation, delegationId),
    organisation: ref(Organisation, organisationId),
    ...clean,
  });
  // the audit trail keeps who was added, not their contact data
  auditChange(tx, viewer, 'Person', 'create', person.id, delegationId, null, {
    name: clean.name,
    organisationId: gid('Organisation', organisationId),
  });
  return person;
}

// ---------------------------------------------------------------------------- leading group

const ROLE_NAMES: Record<LeadingGroupRole, string> = {
  LEADER: 'leader (组长)',
  DEPUTY_LEADER: 'deputy leader (副组长)',
  SECRETARY_GENERAL: 'secretary-general (秘书长)',
  MEMBER: 'member (成员)',
};

function memberSnapshot(m: LeadingGroupMember): Record<string, unknown> {
  return {
    memberUnitId: gid('MemberUnit', m.memberUnit.id),
    personId: gid('Person', m.person.id),
    role: m.role,
    titleZh: m.titleZh,
    titleEn: m.titleEn,
    position: m.position,
  };
}

/**
 * One leader, at most one secretary-general: `role` for `memberId` (null: a new member) in a
 * group whose other members hold `others`.
 */
function checkRole(
  role: LeadingGroupRole,
  current: LeadingGroupRole | null,
  others: LeadingGroupMember[],
): void {
  if (current === LeadingGroupRole.LEADER && role !== LeadingGroupRole.LEADER) {
    throw badInput(
      'role',
      msg`The leading group has exactly one leader: to hand the role over, give this member another person`,
    );
  }
  if (others.length === 0 && current === null && role !== LeadingGroupRole.LEADER) {
    throw badInput(
      'role',
      msg`The leading group has no leader yet: its first member is the LEADER`,
    );
  }
  const unique = [LeadingGroupRole.LEADER, LeadingGroupRole.SECRETARY_GENERAL];
  if (unique.includes(role) && role !== current && others.some((m) => m.role === role)) {
    throw badInput(
      'role',
      msg`The leading group has a ${ROLE_NAMES[role]} already: there is one ${ROLE_NAMES[role]} (change that member first)`,
    );
  }
}

export async function addLeadingGroupMember(
  em: Em,
  viewer: Viewer,
  input: AddLeadingGroupMemberCommand,
): Promise<string> {
  return structureTransaction(em, 'The leading group member', async (tx) => {
    const [unit, delegationId] = await inOffice(tx, viewer, 'MemberUnit', input.memberUnitId);
    const person = await personOf(
      tx,
      viewer,
      input.person,
      'person',
      delegationId,
      unit.organisation.id,
    );
    const titleZh = text(input.titleZh, 'titleZh', 200, true)!;
    const titleEn = text(input.titleEn, 'titleEn', 300, false);
    const group = await tx.find(
      LeadingGroupMember,
      { delegation: delegationId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    checkRole(input.role, null, group);
    if (group.some((m) => m.person.id === person.id))
      throw conflict('person.personId', msg`This person is in the leading group already`);
    const member = tx.create(LeadingGroupMember, {
      delegation: ref(Delegation, delegationId),
      memberUnit: unit,
      person,
      role: input.role,
      titleZh,
      titleEn,
      position:
        position(input.position) ??
        (await nextPosition(tx, 'leading_group_member', 'delegation_id', delegationId)),
    });
    auditSaved(tx, viewer, 'LeadingGroupMember', member, delegationId, null);
    return member.id;
  });
}

export async function updateLeadingGroupMember(
  em: Em,
  viewer: Viewer,
  input: UpdateLeadingGroupMemberCommand,
): Promise<string> {
  const what = 'This leading group member';
  return structureTransaction(em, what, async (tx) => {
    const [member, delegationId] = await changing(tx, viewer, 'LeadingGroupMember', input.memberId);
    const unit = input.memberUnitId
      ? await sibling(
          tx,
          MemberUnit,
          'Member unit',
          input.memberUnitId,
          viewer,
          delegationId,
          'memberUnitId',
        )
      : await tx.findOneOrFail(MemberUnit, { id: member.memberUnit.id });
    const person = input.person
      ? await personOf(tx, viewer, input.person, 'person', delegationId, unit.organisation.id)
      : null;
    requireVersion(member, input.version, VERSION(what));
    const before = memberSnapshot(member);
    if (input.role) {
      const others = await tx.find(
        LeadingGroupMember,
        { delegation: delegationId, id: { $ne: member.id } },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      checkRole(input.role, member.role, others);
      if (person && others.some((m) => m.person.id === person.id))
        throw conflict('person.personId', msg`This person is in the leading group already`);
      member.role = input.role;
    } else if (person) {
      const taken = await tx.count(LeadingGroupMember, {
        delegation: delegationId,
        person: person.id,
        id: { $ne: member.id },
      });
      if (taken)
        throw conflict('person.personId', msg`This person is in the leading group already`);
    }
    if (person) member.person = ref(person);
    if (input.memberUnitId) member.memberUnit = ref(unit);
    if (input.titleZh !== undefined) member.titleZh = text(input.titleZh, 'titleZh', 200, true)!;
    if (input.titleEn !== undefined) member.titleEn = text(input.titleEn, 'titleEn', 300, false);
    const at = position(input.position);
    if (at !== null) member.position = at;
    tx.persist(member);
    auditSaved(tx, viewer, 'LeadingGroupMember', member, delegationId, before);
    return member.id;
  });
}

/** Removes a member from the leading group; the leader only when it is the last member. */
export async function removeLeadingGroupMember(
  em: Em,
  viewer: Viewer,
  input: RemoveCommand,
): Promise<string> {
  const what = 'This leading group member';
  return structureTransaction(em, what, async (tx) => {
    const [member, delegationId] = await changing(tx, viewer, 'LeadingGroupMember', input.id);
    requireVersion(member, input.version, VERSION(what));
    if (member.role === LeadingGroupRole.LEADER) {
      const others = await tx.count(LeadingGroupMember, {
        delegation: delegationId,
        id: { $ne: member.id },
      });
      if (others > 0) {
        throw badInput(
          'memberId',
          msg`The leading group keeps exactly one leader: give this member another person instead of removing the leader`,
        );
      }
    }
    removeAudited(tx, viewer, 'LeadingGroupMember', member, delegationId);
    return delegationId;
  });
}

// ----------------------------------------------------------------------------- member units

function unitSnapshot(u: MemberUnit): Record<string, unknown> {
  return {
    organisationId: gid('Organisation', u.organisation.id),
    liaisonPersonId: gid('Person', u.liaisonPerson?.id),
    designatedPersonId: gid('Person', u.designatedPerson?.id),
    hostsOffice: u.hostsOffice,
    position: u.position,
  };
}

export async function addMemberUnit(
  em: Em,
  viewer: Viewer,
  input: AddMemberUnitCommand,
): Promise<string> {
  return structureTransaction(em, 'The member unit', async (tx) => {
    const { delegationId } = input;
    const delegation = await tx.findOne(Delegation, { id: delegationId });
    if (!delegation || !viewer.readsDelegation(delegationId))
      throw notFound('Delegation', delegationId);
    requireOffice(viewer, delegationId, 'Delegation', delegationId);
    const organisation = await tx.findOne(Organisation, { id: input.organisationId });
    if (!organisation) throw notFound('Organisation', input.organisationId);
    const liaison = input.liaison
      ? await personOf(tx, viewer, input.liaison, 'liaison', delegationId, organisation.id)
      : null;
    const designated = input.designatedPerson
      ? await personOf(
          tx,
          viewer,
          input.designatedPerson,
          'designatedPerson',
          delegationId,
          organisation.id,
        )
      : null;
    const taken = await tx.count(MemberUnit, {
      delegation: delegationId,
      organisation: organisation.id,
    });
    if (taken)
      throw conflict(
        'organisationId',
        msg`This organisation is a member unit of the delegation already`,
      );
    const unit = tx.create(MemberUnit, {
      delegation: ref(Delegation, delegationId),
      organisation,
      liaisonPerson: liaison,
      designatedPerson: designated,
      position:
        position(input.position) ??
        (await nextPosition(tx, 'member_unit', 'delegation_id', delegationId)),
    });
    auditSaved(tx, viewer, 'MemberUnit', unit, delegationId, null);
    return unit.id;
  });
}

export async function updateMemberUnit(
  em: Em,
  viewer: Viewer,
  input: UpdateMemberUnitCommand,
): Promise<string> {
  const what = 'This member unit';
  return structureTransaction(em, what, async (tx) => {
    const [unit, delegationId] = await changing(tx, viewer, 'MemberUnit', input.memberUnitId);
    const organisationId = unit.organisation.id;
    const liaison = input.liaison
      ? await personOf(tx, viewer, input.liaison, 'liaison', delegationId, organisationId)
      : input.liaison;
    const designated = input.designatedPerson
      ? await personOf(
          tx,
          viewer,
          input.designatedPerson,
          'designatedPerson',
          delegationId,
          organisationId,
        )
      : input.designatedPerson;
    requireVersion(unit, input.version, VERSION(what));
    const before = unitSnapshot(unit);
    if (liaison !== undefined) unit.liaisonPerson = liaison ? ref(liaison) : null;
    if (designated !== undefined) unit.designatedPerson = designated ? ref(designated) : null;
    const at = position(input.position);
    if (at !== null) unit.position = at;
    tx.persist(unit);
    auditSaved(tx, viewer, 'MemberUnit', unit, delegationId, before);
    return unit.id;
  });
}

/**
 * Removes a member unit and its duties: refused (IN_USE) while it hosts the office, stands for a
 * member of the leading group, leads a sub-delegation, invited purchasers, has users granted, or
 * owns tasks or raised problems.
 */
export async function removeMemberUnit(
  em: Em,
  viewer: Viewer,
  input: RemoveCommand,
): Promise<string> {
  const what = 'This member unit';
  return structureTransaction(em, what, async (tx) => {
    const [unit, delegationId] = await changing(tx, viewer, 'MemberUnit', input.id);
    requireVersion(unit, input.version, VERSION(what));
    const organisationId = unit.organisation.id;
    if (unit.hostsOffice)
      throw inUse('memberUnitId', msg`This member unit hosts the delegation office: it stays`);
    const [uses] = await tx.execute<
      {
        members: number;
        leads: number;
        purchasers: number;
        grants: number;
        tasks: number;
        problems: number;
      }[]
    >(
      `select
        (select count(*) from leading_group_member where member_unit_id = ?)::int as members,
        (select count(*) from sub_delegation_lead where delegation_id = ? and organisation_id = ?)::int as leads,
        (select count(*) from purchaser where delegation_id = ? and invited_by_organisation_id = ?)::int as purchasers,
        (select count(*) from role_grant where delegation_id = ? and organisation_id = ?)::int as grants,
        (select count(*) from task where delegation_id = ? and owner_organisation_id = ?)::int as tasks,
        (select count(*) from task_problem where delegation_id = ? and organisation_id = ?)::int as problems`,
      [unit.id, ...Array<string[]>(5).fill([delegationId, organisationId]).flat()],
    );
    const { members, leads, purchasers, grants, tasks, problems } = uses!;
    const reasons = [
      members && `${members} member(s) of the leading group stand for it`,
      leads && `it leads ${leads} sub-delegation(s)`,
      purchasers && `it invited ${purchasers} purchaser(s)`,
      grants && `${grants} user grant(s) act for it`,
      tasks && `it owns ${tasks} task(s)`,
      problems && `it raised ${problems} problem(s)`,
    ].filter(Boolean);
    if (reasons.length) {
      throw inUse('memberUnitId', msg`This member unit stays: ${reasons.join('; ')}`);
    }
    const duties = await tx.find(
      Responsibility,
      { memberUnit: unit.id },
      { orderBy: { position: 'asc' } },
    );
    auditChange(
      tx,
      viewer,
      'MemberUnit',
      'remove',
      unit.id,
      delegationId,
      {
        ...unitSnapshot(unit),
        responsibilities: duties.map((d) => ({ dutyEn: d.dutyEn, dutyZh: d.dutyZh })),
      },
      null,
    );
    for (const duty of duties) tx.remove(duty);
    tx.remove(unit);
    return delegationId;
  });
}

// ---------------------------------------------------------------------------- sub-delegations

function subSnapshot(s: SubDelegation): Record<string, unknown> {
  return {
    key: s.key,
    nameZh: s.nameZh,
    nameEn: s.nameEn,
    focus: s.focus,
    sharedTarget:
      s.sharedTargetMin == null ? null : { min: s.sharedTargetMin, of: s.sharedTargetOf },
    receivesUnassigned: s.receivesUnassigned,
    position: s.position,
  };
}

function leadSnapshot(l: SubDelegationLead): Record<string, unknown> {
  return {
    subDelegationId: gid('SubDelegation', l.subDelegation.id),
    organisationId: gid('Organisation', l.organisation.id),
    target: l.targetMin == null ? null : { min: l.targetMin, of: l.targetOf },
    position: l.position,
  };
}

/** A lead unit is a member unit of the delegation (BAD_USER_INPUT at `field` otherwise). */
async function requireMemberUnit(
  tx: Em,
  delegationId: string,
  organisationId: string,
  field: string,
) {
  const unit = await tx.count(MemberUnit, {
    delegation: delegationId,
    organisation: organisationId,
  });
  if (!unit) {
    throw badInput(
      field,
      msg`A lead unit is a member unit of the delegation: add it as a member unit first`,
    );
  }
}

/** Moves "receives unassigned purchasers" to `sub` from the sub-delegation that had it. */
async function takeUnassigned(tx: Em, viewer: Viewer, sub: SubDelegation, delegationId: string) {
  const previous = await tx.find(
    SubDelegation,
    { delegation: delegationId, receivesUnassigned: true, id: { $ne: sub.id } },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  for (const other of previous) {
    const before = subSnapshot(other);
    other.receivesUnassigned = false;
    auditSaved(tx, viewer, 'SubDelegation', other, delegationId, before);
  }
  if (previous.length) {
    // the partial unique index holds one at a time: clear the old one before setting the new
    await tx.flush();
  }
  sub.receivesUnassigned = true;
}

export async function addSubDelegation(
  em: Em,
  viewer: Viewer,
  input: AddSubDelegationCommand,
): Promise<string> {
  return structureTransaction(em, 'The sub-delegation', async (tx) => {
    const { delegationId } = input;
    const delegation = await tx.findOne(Delegation, { id: delegationId });
    if (!delegation || !viewer.readsDelegation(delegationId))
      throw notFound('Delegation', delegationId);
    requireOffice(viewer, delegationId, 'Delegation', delegationId);
    const leads = input.leads ?? [];
    const organisations: Organisation[] = [];
    for (const lead of leads) {
      const organisation = await tx.findOne(Organisation, { id: lead.organisationId });
      if (!organisation) throw notFound('Organisation', lead.organisationId);
      organisations.push(organisation);
    }
    const key = subDelegationKey(input.key);
    const nameZh = text(input.nameZh, 'nameZh', 200, true)!;
    const nameEn = text(input.nameEn, 'nameEn', 300, true)!;
    const focus = text(input.focus, 'focus', 2000, false);
    const shared = input.sharedTarget ? target(input.sharedTarget, 'sharedTarget') : null;
    const targets = leads.map((lead, i) =>
      lead.target ? target(lead.target, `leads.${i}.target`) : null,
    );
    if (shared) {
      const own = targets.findIndex((t) => t !== null);
      if (own >= 0) {
        throw badInput(
          `leads.${own}.target`,
          msg`The co-leads share the sub-delegation's target: leave their own targets out`,
        );
      }
    }
    const seen = new Set<string>();
    for (const [i, organisation] of organisations.entries()) {
      if (seen.has(organisation.id))
        throw badInput(
          `leads.${i}.organisationId`,
          msg`This organisation is named twice as a lead`,
        );
      seen.add(organisation.id);
      await requireMemberUnit(tx, delegationId, organisation.id, `leads.${i}.organisationId`);
    }
    if (await tx.count(SubDelegation, { delegation: delegationId, key }))
      throw conflict('key', msg`The delegation has a sub-delegation with this key already`);
    const existing = await tx.count(SubDelegation, { delegation: delegationId });
    if (existing === 0 && input.receivesUnassigned === false) {
      throw badInput(
        'receivesUnassigned',
        msg`A delegation's first sub-delegation receives the purchasers of units without one`,
      );
    }
    const sub = tx.create(SubDelegation, {
      delegation: ref(Delegation, delegationId),
      key,
      nameZh,
      nameEn,
      focus,
      sharedTargetMin: shared?.min ?? null,
      sharedTargetOf: shared?.of ?? null,
      position:
        position(input.position) ??
        (await nextPosition(tx, 'sub_delegation', 'delegation_id', delegationId)),
    });
    // exactly one sub-delegation receives them: the first one, or the one that takes it over
    if (input.receivesUnassigned || existing === 0)
      await takeUnassigned(tx, viewer, sub, delegationId);
    auditSaved(tx, viewer, 'SubDelegation', sub, delegationId, null);
    organisations.forEach((organisation, i) => {
      const lead = tx.create(SubDelegationLead, {
        delegation: ref(Delegation, delegationId),
        subDelegation: sub,
        organisation,
        targetMin: targets[i]?.min ?? null,
        targetOf: targets[i]?.of ?? null,
        position: i,
      });
      auditSaved(tx, viewer, 'SubDelegationLead', lead, delegationId, null);
    });
    return sub.id;
  });
}

export async function updateSubDelegation(
  em: Em,
  viewer: Viewer,
  input: UpdateSubDelegationCommand,
): Promise<string> {
  const what = 'This sub-delegation';
  return structureTransaction(em, what, async (tx) => {
    const [sub, delegationId] = await changing(tx, viewer, 'SubDelegation', input.subDelegationId);
    requireVersion(sub, input.version, VERSION(what));
    const before = subSnapshot(sub);
    if (input.key != null) {
      const key = subDelegationKey(input.key);
      if (key !== sub.key) {
        if (await tx.count(SubDelegation, { delegation: delegationId, key }))
          throw conflict('key', msg`The delegation has a sub-delegation with this key already`);
        sub.key = key;
      }
    }
    if (input.nameZh != null) sub.nameZh = text(input.nameZh, 'nameZh', 200, true)!;
    if (input.nameEn != null) sub.nameEn = text(input.nameEn, 'nameEn', 300, true)!;
    if (input.focus !== undefined) sub.focus = text(input.focus, 'focus', 2000, false);
    if (input.sharedTarget !== undefined) {
      const shared = input.sharedTarget ? target(input.sharedTarget, 'sharedTarget') : null;
      if (shared) {
        const withOwn = await tx.count(SubDelegationLead, {
          subDelegation: sub.id,
          targetMin: { $ne: null },
        });
        if (withOwn) {
          throw badInput(
            'sharedTarget',
            msg`Its leads have targets of their own: clear them (updateSubDelegationLead) before the co-leads share one`,
          );
        }
      }
      sub.sharedTargetMin = shared?.min ?? null;
      sub.sharedTargetOf = shared?.of ?? null;
    }
    if (input.receivesUnassigned === false && sub.receivesUnassigned) {
      throw badInput(
        'receivesUnassigned',
        msg`Exactly one sub-delegation receives the purchasers of units without one: set it on another instead`,
      );
    }
    if (input.receivesUnassigned && !sub.receivesUnassigned) {
      await takeUnassigned(tx, viewer, sub, delegationId);
    }
    const at = position(input.position);
    if (at !== null) sub.position = at;
    tx.persist(sub);
    auditSaved(tx, viewer, 'SubDelegation', sub, delegationId, before);
    return sub.id;
  });
}

/** Purchasers and grants that a sub-delegation or lead unit carries, in words (none: empty). */
async function recordedWork(tx: Em, column: 'sub_delegation_id' | 'lead_id', id: string) {
  const [row] = await tx.execute<{ purchasers: number; grants: number }[]>(
    `select (select count(*) from purchaser where ${column} = ?)::int as purchasers,
            (select count(*) from role_grant where ${column} = ?)::int as grants`,
    [id, id],
  );
  return [
    row!.purchasers && `${row!.purchasers} purchaser(s) are registered with it`,
    row!.grants && `${row!.grants} user grant(s) act for it`,
  ].filter(Boolean) as string[];
}

/**
 * Removes a sub-delegation and its lead units: refused (IN_USE) while it has purchasers or
 * grants, and while it receives the purchasers of units without one.
 */
export async function removeSubDelegation(
  em: Em,
  viewer: Viewer,
  input: RemoveCommand,
): Promise<string> {
  const what = 'This sub-delegation';
  return structureTransaction(em, what, async (tx) => {
    const [sub, delegationId] = await changing(tx, viewer, 'SubDelegation', input.id);
    requireVersion(sub, input.version, VERSION(what));
    const reasons = await recordedWork(tx, 'sub_delegation_id', sub.id);
    if (reasons.length)
      throw inUse('subDelegationId', msg`This sub-delegation stays: ${reasons.join('; ')}`);
    if (sub.receivesUnassigned) {
      throw inUse(
        'subDelegationId',
        msg`This sub-delegation receives the purchasers of units without one: set that on another first`,
      );
    }
    const leads = await tx.find(
      SubDelegationLead,
      { subDelegation: sub.id },
      { orderBy: { position: 'asc' } },
    );
    for (const lead of leads) {
      removeAudited(tx, viewer, 'SubDelegationLead', lead, delegationId);
    }
    removeAudited(tx, viewer, 'SubDelegation', sub, delegationId);
    return delegationId;
  });
}

export async function addSubDelegationLead(
  em: Em,
  viewer: Viewer,
  input: AddSubDelegationLeadCommand,
): Promise<string> {
  return structureTransaction(em, 'The sub-delegation', async (tx) => {
    const [sub, delegationId] = await inOffice(tx, viewer, 'SubDelegation', input.subDelegationId);
    const organisation = await tx.findOne(Organisation, { id: input.organisationId });
    if (!organisation) throw notFound('Organisation', input.organisationId);
    const own = input.target ? target(input.target, 'target') : null;
    if (own && sub.sharedTargetMin != null) {
      throw badInput(
        'target',
        msg`The co-leads of this sub-delegation share its target: a lead has none of its own`,
      );
    }
    await requireMemberUnit(tx, delegationId, organisation.id, 'organisationId');
    if (await tx.count(SubDelegationLead, { subDelegation: sub.id, organisation: organisation.id }))
      throw conflict('organisationId', msg`This organisation leads the sub-delegation already`);
    const lead = tx.create(SubDelegationLead, {
      delegation: ref(Delegation, delegationId),
      subDelegation: sub,
      organisation,
      targetMin: own?.min ?? null,
      targetOf: own?.of ?? null,
      position:
        position(input.position) ??
        (await nextPosition(tx, 'sub_delegation_lead', 'sub_delegation_id', sub.id)),
    });
    auditSaved(tx, viewer, 'SubDelegationLead', lead, delegationId, null);
    return lead.id;
  });
}

export async function updateSubDelegationLead(
  em: Em,
  viewer: Viewer,
  input: UpdateSubDelegationLeadCommand,
): Promise<string> {
  const what = 'This lead unit';
  return structureTransaction(em, what, async (tx) => {
    const [lead, delegationId] = await changing(tx, viewer, 'SubDelegationLead', input.leadId);
    requireVersion(lead, input.version, VERSION(what));
    const before = leadSnapshot(lead);
    if (input.target !== undefined) {
      const own = input.target ? target(input.target, 'target') : null;
      if (own) {
        const sub = await tx.findOneOrFail(SubDelegation, { id: lead.subDelegation.id });
        if (sub.sharedTargetMin != null) {
          throw badInput(
            'target',
            msg`The co-leads of this sub-delegation share its target: a lead has none of its own`,
          );
        }
      }
      lead.targetMin = own?.min ?? null;
      lead.targetOf = own?.of ?? null;
    }
    const at = position(input.position);
    if (at !== null) lead.position = at;
    tx.persist(lead);
    auditSaved(tx, viewer, 'SubDelegationLead', lead, delegationId, before);
    return lead.id;
  });
}

/** Removes a lead unit: refused (IN_USE) while purchasers are attributed to it or grants act for it. */
export async function removeSubDelegationLead(
  em: Em,
  viewer: Viewer,
  input: RemoveCommand,
): Promise<string> {
  const what = 'This lead unit';
  return structureTransaction(em, what, async (tx) => {
    const [lead, delegationId] = await changing(tx, viewer, 'SubDelegationLead', input.id);
    requireVersion(lead, input.version, VERSION(what));
    const reasons = await recordedWork(tx, 'lead_id', lead.id);
    if (reasons.length) throw inUse('leadId', msg`This lead unit stays: ${reasons.join('; ')}`);
    removeAudited(tx, viewer, 'SubDelegationLead', lead, delegationId);
    return lead.subDelegation.id;
  });
}

// ---------------------------------------------------------------------------- responsibilities

function dutySnapshot(r: Responsibility): Record<string, unknown> {
  return {
    memberUnitId: gid('MemberUnit', r.memberUnit.id),
    dutyEn: r.dutyEn,
    dutyZh: r.dutyZh,
    position: r.position,
  };
}

async function requireFreePosition(tx: Em, memberUnitId: string, at: number, except?: string) {
  const taken = await tx.count(Responsibility, {
    memberUnit: memberUnitId,
    position: at,
    ...(except ? { id: { $ne: except } } : {}),
  });
  if (taken) throw badInput('position', msg`Another duty of this member unit is at position ${at}`);
}

export async function addResponsibility(
  em: Em,
  viewer: Viewer,
  input: AddResponsibilityCommand,
): Promise<string> {
  return structureTransaction(em, 'The duty', async (tx) => {
    const [unit, delegationId] = await inOffice(tx, viewer, 'MemberUnit', input.memberUnitId);
    const dutyEn = text(input.dutyEn, 'dutyEn', 1000, true)!;
    const dutyZh = text(input.dutyZh, 'dutyZh', 1000, false);
    let at = position(input.position);
    if (at !== null) await requireFreePosition(tx, unit.id, at);
    at ??= await nextPosition(tx, 'responsibility', 'member_unit_id', unit.id);
    const duty = tx.create(Responsibility, {
      delegation: ref(Delegation, delegationId),
      memberUnit: unit,
      dutyEn,
      dutyZh,
      position: at,
    });
    auditSaved(tx, viewer, 'Responsibility', duty, delegationId, null);
    return duty.id;
  });
}

export async function updateResponsibility(
  em: Em,
  viewer: Viewer,
  input: UpdateResponsibilityCommand,
): Promise<string> {
  const what = 'This duty';
  return structureTransaction(em, what, async (tx) => {
    const [duty, delegationId] = await changing(
      tx,
      viewer,
      'Responsibility',
      input.responsibilityId,
    );
    requireVersion(duty, input.version, VERSION(what));
    const before = dutySnapshot(duty);
    if (input.dutyEn != null) duty.dutyEn = text(input.dutyEn, 'dutyEn', 1000, true)!;
    if (input.dutyZh !== undefined) duty.dutyZh = text(input.dutyZh, 'dutyZh', 1000, false);
    const at = position(input.position);
    if (at !== null && at !== duty.position) {
      await requireFreePosition(tx, duty.memberUnit.id, at, duty.id);
      duty.position = at;
    }
    tx.persist(duty);
    auditSaved(tx, viewer, 'Responsibility', duty, delegationId, before);
    return duty.id;
  });
}

export async function removeResponsibility(
  em: Em,
  viewer: Viewer,
  input: RemoveCommand,
): Promise<string> {
  const what = 'This duty';
  return structureTransaction(em, what, async (tx) => {
    const [duty, delegationId] = await changing(tx, viewer, 'Responsibility', input.id);
    requireVersion(duty, input.version, VERSION(what));
    removeAudited(tx, viewer, 'Responsibility', duty, delegationId);
    return duty.memberUnit.id;
  });
}
