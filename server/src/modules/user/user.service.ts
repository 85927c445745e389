import {
  ForeignKeyConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  readsPurchaser,
  requireMayGrant,
  requireMayManageUser,
  type PurchaserScope,
} from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import { issueToken, type IssuedToken, type SigningKey } from '../../auth/tokens.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { flushWrites, type Versioned } from '../shared/transaction.js';
import { AppUser } from './app-user.entity.js';
import { RevokedToken } from './revoked-token.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { msg, type Message } from '../../i18n/message.js';

/**
 * Users the viewer reads (as `node(id)` does): those of the delegations whose structure it reads,
 * an edition's users (exhibitors' representatives) its EXPO_BUREAU; users bound to neither only
 * ADMIN reads.
 */
function readsUserOf(
  viewer: Viewer,
  { delegationId, expoId }: { delegationId: string | null; expoId: string | null },
): boolean {
  return (
    viewer.isAdmin ||
    (delegationId !== null && viewer.readsDelegation(delegationId)) ||
    (expoId !== null && viewer.bureauExpoIds.includes(expoId))
  );
}

/**
 * What the user mutations take: uuids, never global IDs. Fields at fault are named relative to
 * the command (`name`, `expoId`); the resolver maps global IDs and roots the paths at `input`.
 */
export interface NewUser {
  name: string;
  delegationId: string | null;
  /** An edition's user (an exhibitor's representative), managed by its EXPO_BUREAU. */
  expoId?: string | null;
}

export interface GrantCommand {
  userId: string;
  role: Role;
  expoId?: string | null;
  delegationId?: string | null;
  subDelegationId?: string | null;
  leadOrganisationId?: string | null;
  organisationId?: string | null;
  purchaserId?: string | null;
  exhibitorId?: string | null;
  /**
   * Uuids known to name no record without looking (the resolver's stand-ins for IDs that are not
   * IDs of their type): a scope is refused as soon as it is read, before the role's other
   * fields are checked; others only when looked up.
   */
  knownMissing?: ReadonlySet<string>;
}

/** A user as policy sees it; NOT_FOUND when missing or outside the viewer's read scope. */
async function loadUser(em: EntityManager, viewer: Viewer, id: string) {
  const user = await em.findOne(AppUser, { id });
  const delegationId = user?.delegation?.id ?? null;
  const expoId = user?.expo?.id ?? null;
  if (!user || !readsUserOf(viewer, { delegationId, expoId })) throw notFound('User', id);
  return { user, delegationId, expoId };
}

/** The delegation of a row the viewer reads (a delegation, a sub-delegation); NOT_FOUND otherwise. */
async function delegationOfRow(
  em: EntityManager,
  viewer: Viewer,
  sql: string,
  id: string,
  what: string,
): Promise<string> {
  const [row] = await em.getConnection().execute<{ delegation_id: string }[]>(sql, [id]);
  if (!row || !viewer.readsDelegation(row.delegation_id)) throw notFound(what, id);
  return row.delegation_id;
}

/**
 * Flushes a user write: a duplicate is CONFLICT at `duplicate.field`; a user changed meanwhile,
 * the version CONFLICT.
 */
function flushMapped(
  em: EntityManager,
  duplicate: { field: string; message: Message },
  at: Versioned = { what: 'The user', field: duplicate.field },
): Promise<void> {
  return flushWrites(em, {
    ...at,
    mapError: (error) => {
      if (error instanceof UniqueConstraintViolationException) {
        return new AppError(ErrorCode.CONFLICT, duplicate.message, { field: duplicate.field });
      }
      if (error instanceof ForeignKeyConstraintViolationException) {
        return badInput('', msg`A referenced record does not exist`);
      }
      return undefined;
    },
  });
}

export async function createUser(
  em: EntityManager,
  viewer: Viewer,
  input: NewUser,
): Promise<AppUser> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 200)
    throw badInput('name', msg`name must have 1 to 200 characters`);
  const delegationId = input.delegationId;
  const expoId = input.expoId ?? null;
  if (delegationId && expoId)
    throw badInput('expoId', msg`Give delegationId or expoId: a user has one manager, not both`);
  if (!viewer.isAdmin && !delegationId && !expoId) {
    throw badInput(
      'delegationId',
      msg`delegationId is required: users belong to a delegation (or expoId: an exhibitor's representative)`,
    );
  }
  if (expoId) {
    const [row] = await em.getConnection().execute('select 1 from expo where id = ?', [expoId]);
    if (!row) throw notFound('Expo', expoId);
  }
  if (delegationId) {
    await delegationOfRow(
      em,
      viewer,
      'select id as delegation_id from delegation where id = ?',
      delegationId,
      'Delegation',
    );
  }
  requireMayManageUser(viewer, { delegationId, expoId });
  const user = em.create(AppUser, { name, delegation: delegationId, expo: expoId });
  audit(em, {
    actor: viewer.actor,
    action: 'user.create',
    entityType: 'User',
    entityId: user.id,
    delegationId,
    after: { name, ...(expoId ? { expoId } : {}) },
  });
  await flushMapped(em, { field: 'name', message: msg`A user with this name exists already` });
  return user;
}

const SCOPE_FIELDS = [
  'expoId',
  'delegationId',
  'subDelegationId',
  'organisationId',
  'purchaserId',
  'exhibitorId',
] as const;
type ScopeField = (typeof SCOPE_FIELDS)[number];

/** Which scope fields each role takes: required, and optional (ANALYST takes one of two). */
const ROLE_SCOPE: Record<Role, { required: ScopeField[]; oneOf?: ScopeField[] }> = {
  [Role.ADMIN]: { required: [] },
  [Role.EXPO_BUREAU]: { required: ['expoId'] },
  [Role.DELEGATION_OFFICE]: { required: ['delegationId'] },
  [Role.CREDIT_CHECKER]: { required: ['delegationId'] },
  [Role.BACKGROUND_CHECKER]: { required: ['delegationId'] },
  [Role.SUB_DELEGATION_LEAD]: { required: ['subDelegationId'] },
  [Role.MEMBER_UNIT]: { required: ['delegationId', 'organisationId'] },
  [Role.PURCHASER]: { required: ['purchaserId'] },
  [Role.ANALYST]: { required: [], oneOf: ['expoId', 'delegationId'] },
  // the grant carries the exhibitor's edition too
  [Role.EXHIBITOR]: { required: ['exhibitorId'] },
};

/**
 * The lead unit a SUB_DELEGATION_LEAD grant acts for: `leadOrganisationId` among the
 * sub-delegation's leads, or its only lead.
 */
async function leadUnitOf(
  em: EntityManager,
  input: GrantCommand,
  subDelegationId: string | null,
): Promise<string | null> {
  if (input.role !== Role.SUB_DELEGATION_LEAD) {
    if (input.leadOrganisationId != null)
      throw badInput('leadOrganisationId', msg`${input.role} is not bound to a lead unit`);
    return null;
  }
  const organisationId = input.leadOrganisationId ?? null;
  const leads = await em.getConnection().execute<{ id: string; orgId: string; key: string }[]>(
    `select l.id, l.organisation_id as "orgId", coalesce(o.key, o.credit_code, o.name_zh) as key
     from sub_delegation_lead l join organisation o on o.id = l.organisation_id
     where l.sub_delegation_id = ? order by l.position, l.id`,
    [subDelegationId],
  );
  const keys = leads.map((l) => l.key).join(', ');
  if (organisationId) {
    const lead = leads.find((l) => l.orgId === organisationId);
    if (!lead) {
      // an ID that names no organisation is NOT_FOUND, as everywhere; one that is not a lead here
      // is input at fault
      const found = await em
        .getConnection()
        .execute(`select 1 from organisation where id = ?`, [organisationId]);
      if (found.length === 0) throw notFound('Organisation', organisationId);
      throw badInput(
        'leadOrganisationId',
        msg`This organisation is not a lead unit of the sub-delegation${leads.length ? msg`: choose one of ${keys}` : ''}`,
      );
    }
    return lead.id;
  }
  if (leads.length === 1) return leads[0]!.id;
  throw badInput(
    'leadOrganisationId',
    leads.length
      ? msg`The sub-delegation has several lead units (${keys}): leadOrganisationId says which one the grant acts for`
      : msg`The sub-delegation has no lead unit to act for`,
  );
}

export async function grantRole(
  em: EntityManager,
  viewer: Viewer,
  input: GrantCommand,
): Promise<RoleGrant> {
  const {
    user,
    delegationId: userDelegationId,
    expoId: userExpoId,
  } = await loadUser(em, viewer, input.userId);
  const rule = ROLE_SCOPE[input.role];
  const allowed = new Set([...rule.required, ...(rule.oneOf ?? [])]);
  const ids: Partial<Record<ScopeField, string>> = {};
  for (const field of SCOPE_FIELDS) {
    const value = input[field];
    if (value == null) continue;
    if (!allowed.has(field))
      throw badInput(field, msg`${input.role} is not bound to ${field.replace(/Id$/, '')}`);
    if (input.knownMissing?.has(value)) throw notFound(field.replace(/Id$/, ''), value);
    ids[field] = value;
  }
  for (const field of rule.required) {
    if (!ids[field]) throw badInput(field, msg`${input.role} needs ${field}`);
  }
  if (rule.oneOf && rule.oneOf.filter((f) => ids[f]).length !== 1) {
    throw badInput(
      rule.oneOf[0]!,
      msg`${input.role} needs exactly one of ${rule.oneOf.join(', ')}`,
    );
  }
  // every scope named is a record the viewer reads (NOT_FOUND otherwise); a sub-delegation or
  // a purchaser belongs to one delegation: the grant carries it too
  let delegationId = ids.delegationId ?? null;
  const conn = em.getConnection();
  if (ids.expoId) {
    const [row] = await conn.execute('select 1 from expo where id = ?', [ids.expoId]);
    if (!row) throw notFound('Expo', ids.expoId);
  }
  if (ids.delegationId) {
    await delegationOfRow(
      em,
      viewer,
      'select id as delegation_id from delegation where id = ?',
      ids.delegationId,
      'Delegation',
    );
  }
  if (ids.subDelegationId) {
    delegationId = await delegationOfRow(
      em,
      viewer,
      'select delegation_id from sub_delegation where id = ?',
      ids.subDelegationId,
      'Sub-delegation',
    );
  }
  if (ids.organisationId) {
    const [row] = await conn.execute('select 1 from organisation where id = ?', [
      ids.organisationId,
    ]);
    if (!row) throw notFound('Organisation', ids.organisationId);
  }
  if (ids.purchaserId) {
    const [purchaser] = await conn.execute<PurchaserScope[]>(
      `select id, delegation_id as "delegationId", sub_delegation_id as "subDelegationId",
         invited_by_organisation_id as "invitedByOrganisationId" from purchaser where id = ?`,
      [ids.purchaserId],
    );
    if (!purchaser || !readsPurchaser(viewer, purchaser))
      throw notFound('Purchaser', ids.purchaserId);
    delegationId = purchaser.delegationId;
  }
  // an exhibitor is expo reference data: every signed-in viewer reads it
  let expoId = ids.expoId ?? null;
  if (ids.exhibitorId) {
    const [row] = await conn.execute<{ expo_id: string }[]>(
      'select expo_id from exhibitor where id = ?',
      [ids.exhibitorId],
    );
    if (!row) throw notFound('Exhibitor', ids.exhibitorId);
    expoId = row.expo_id;
  }
  if (ids.organisationId && delegationId) {
    const [row] = await conn.execute(
      'select 1 from member_unit where delegation_id = ? and organisation_id = ?',
      [delegationId, ids.organisationId],
    );
    if (!row)
      throw badInput(
        'organisationId',
        msg`This organisation is not a member unit of the delegation`,
      );
  }
  requireMayManageUser(viewer, { delegationId: userDelegationId, expoId: userExpoId });
  requireMayGrant(viewer, { role: input.role, delegationId, expoId });
  const leadId = await leadUnitOf(em, input, ids.subDelegationId ?? null);
  const grant = em.create(RoleGrant, {
    user,
    role: input.role,
    expo: expoId,
    exhibitor: ids.exhibitorId ?? null,
    delegation: delegationId,
    subDelegation: ids.subDelegationId ?? null,
    lead: leadId,
    organisation: ids.organisationId ?? null,
    purchaser: ids.purchaserId ?? null,
    grantedBy: viewer.actor,
  });
  audit(em, {
    actor: viewer.actor,
    action: 'role.grant',
    entityType: 'RoleGrant',
    entityId: grant.id,
    delegationId,
    after: { userId: user.id, role: input.role, ...ids, delegationId, leadId, expoId },
  });
  await flushMapped(em, { field: 'role', message: msg`The user holds this grant already` });
  return grant;
}

export async function revokeRole(em: EntityManager, viewer: Viewer, id: string): Promise<string> {
  const grant = await em.findOne(RoleGrant, { id }, { populate: ['user'] });
  // a grant reads as its user does (`User.grants`)
  const owner = {
    delegationId: grant?.user.getEntity().delegation?.id ?? null,
    expoId: grant?.user.getEntity().expo?.id ?? null,
  };
  if (!grant || !readsUserOf(viewer, owner)) throw notFound('Role grant', id);
  const delegationId = grant.delegation?.id ?? null;
  requireMayManageUser(viewer, owner);
  requireMayGrant(viewer, { role: grant.role, delegationId, expoId: grant.expo?.id ?? null });
  audit(em, {
    actor: viewer.actor,
    action: 'role.revoke',
    entityType: 'RoleGrant',
    entityId: grant.id,
    delegationId,
    before: { userId: grant.user.id, role: grant.role, delegationId },
  });
  em.remove(grant);
  await flushWrites(em, { what: 'The role grant', field: 'grantId' });
  return grant.id;
}

export async function issueUserToken(
  em: EntityManager,
  viewer: Viewer,
  key: SigningKey,
  input: { userId: string; hours: number },
): Promise<IssuedToken> {
  if (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > 720) {
    throw badInput('hours', msg`hours must be between 1 and 720`);
  }
  const { user, delegationId, expoId } = await loadUser(em, viewer, input.userId);
  requireMayManageUser(viewer, { delegationId, expoId });
  if (user.disabled) throw badInput('userId', msg`This user is disabled`);
  const issued = await issueToken(key, user.id, input.hours * 3600);
  audit(em, {
    actor: viewer.actor,
    action: 'token.issue',
    entityType: 'User',
    entityId: user.id,
    delegationId,
    after: { jti: issued.jti, expiresAt: issued.expiresAt.toISOString() },
  });
  await flushWrites(em, { what: 'The user', field: 'userId' });
  return issued;
}

/** Revokes one token by id: your own, or one of a user you manage. */
export async function revokeToken(
  em: EntityManager,
  viewer: Viewer,
  input: { jti: string; userId?: string | null },
): Promise<boolean> {
  if (!/^[0-9a-f-]{36}$/.test(input.jti)) throw badInput('jti', msg`jti is not a token id`);
  let userId = viewer.user?.id ?? null;
  if (input.jti !== viewer.jti) {
    if (!input.userId)
      throw badInput('userId', msg`userId is needed to revoke a token other than your own`);
    const { user, delegationId, expoId } = await loadUser(em, viewer, input.userId);
    requireMayManageUser(viewer, { delegationId, expoId });
    userId = user.id;
  }
  await em.upsert(RevokedToken, {
    jti: input.jti,
    user: userId,
    // tokens live at most 720 hours
    expiresAt: new Date(Date.now() + 720 * 3600 * 1000),
  });
  audit(em, {
    actor: viewer.actor,
    action: 'token.revoke',
    entityType: 'User',
    entityId: userId!,
    after: { jti: input.jti },
  });
  await flushWrites(em, { what: 'The token', field: 'jti' });
  return true;
}

export async function setUserDisabled(
  em: EntityManager,
  viewer: Viewer,
  userId: string,
  disabled: boolean,
): Promise<AppUser> {
  const { user, delegationId, expoId } = await loadUser(em, viewer, userId);
  requireMayManageUser(viewer, { delegationId, expoId });
  if (user.id === viewer.user?.id && disabled)
    throw badInput('userId', msg`You cannot disable yourself`);
  const before = user.disabled;
  user.disabled = disabled;
  audit(em, {
    actor: viewer.actor,
    action: 'user.disable',
    entityType: 'User',
    entityId: user.id,
    delegationId,
    before: { disabled: before },
    after: { disabled },
  });
  await flushWrites(em, { what: 'The user', field: 'userId' });
  return user;
}
