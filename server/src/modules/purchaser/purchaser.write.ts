import { FlushMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { readsPurchaser, type PurchaserScope } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError, ErrorCode, notFound } from '../../graphql/errors.js';
import { globalIdSql, toGlobalId } from '../../graphql/relay.js';
import { column, list, sql, type SQL } from '../../db/sql.js';
import { audit } from '../audit/audit.service.js';
import { inTransaction, type Versioned } from '../shared/transaction.js';
import { Purchaser } from './purchaser.entity.js';
import { msg } from '../../i18n/message.js';

/**
 * What every purchaser write shares: its transaction, loading the purchaser it changes, the
 * scope policy reads, and the audit event it leaves. Services take domain IDs (UUIDs) and name
 * input fields relative to their command (`version`, `attendees.0.name`); the resolver maps
 * global IDs and roots the paths at `input`.
 */

export type Em = EntityManager;

/** Where the CONFLICT of a purchaser changed meanwhile points: the version the client sent. */
export const PURCHASER_VERSION: Versioned = { what: 'This purchaser', field: 'version' };

export const alreadyRegistered = (field?: string) =>
  new AppError(
    ErrorCode.ALREADY_REGISTERED,
    msg`This organisation is a purchaser of this delegation already`,
    field ? { field } : {},
  );

/** The database's unique constraints, as the client's errors. */
function uniqueViolation(error: unknown): Error | undefined {
  if (!(error instanceof UniqueConstraintViolationException)) return undefined;
  if (/purchaser_delegation_id_organisation_id/.test(error.message)) return alreadyRegistered();
  if (/purchaser_registration_number_uq/.test(error.message)) {
    return new AppError(
      ErrorCode.CONFLICT,
      msg`This registration number was given to another purchaser of this delegation at the same time`,
      { field: 'number' },
    );
  }
  if (/credit_code/.test(error.message)) {
    return new AppError(
      ErrorCode.CONFLICT,
      msg`An organisation with this credit code was registered at the same time: try again`,
      { field: 'creditCode' },
    );
  }
  return undefined;
}

/**
 * Runs `work` in one transaction on a fresh fork, flushed once at the end (the version moves on
 * once): see {@link inTransaction}. `retries` when the caller gave no version of its own.
 */
export function purchaserTransaction<T>(
  em: Em,
  work: (tx: Em) => Promise<T>,
  conflict: Versioned = PURCHASER_VERSION,
  retries = 0,
): Promise<T> {
  return inTransaction(
    em,
    { ...conflict, retries, flushMode: FlushMode.COMMIT, mapError: uniqueViolation },
    work,
  );
}

export function scopeOf(p: Purchaser): PurchaserScope {
  return {
    id: p.id,
    delegationId: p.delegation.id,
    subDelegationId: p.subDelegation.id,
    leadId: p.lead?.id ?? null,
    invitedByOrganisationId: p.invitedByOrganisation.id,
  };
}

/** The purchaser, if the viewer reads it; NOT_FOUND otherwise (whether or not it exists). */
export async function loadPurchaser(em: Em, viewer: Viewer, id: string): Promise<Purchaser> {
  const purchaser = await em.findOne(Purchaser, { id });
  if (!purchaser || !readsPurchaser(viewer, scopeOf(purchaser))) throw notFound('Purchaser', id);
  return purchaser;
}

/**
 * A sub-delegation and a lead organisation asked for by uuid name records the viewer reads:
 * NOT_FOUND otherwise, before any rule on where a purchaser may go.
 */
export async function requireKnown(
  em: Em,
  viewer: Viewer,
  subDelegationId: string | null,
  leadOrganisationId: string | null,
): Promise<void> {
  if (subDelegationId) {
    const [sub] = await em.execute<{ delegation_id: string }[]>(
      'select delegation_id from sub_delegation where id = ?',
      [subDelegationId],
    );
    if (!sub || !viewer.readsDelegation(sub.delegation_id))
      throw notFound('Sub-delegation', subDelegationId);
  }
  if (leadOrganisationId) {
    const [organisation] = await em.execute('select 1 from organisation where id = ?', [
      leadOrganisationId,
    ]);
    if (!organisation) throw notFound('Organisation', leadOrganisationId);
  }
}

export const gid = (type: string, id: string | null | undefined) =>
  id ? toGlobalId(type, id) : null;

/** Which tier of review (分级审核) a review event in a purchaser's history belongs to. */
export const REVIEW_TIER = {
  LEAD_UNIT: 'LEAD_UNIT',
  DELEGATION_OFFICE: 'DELEGATION_OFFICE',
} as const;

/**
 * What an audit event records of a purchaser: its state, never personal data. Each field once:
 * its column, for a reference the type of its global ID, and the entity's value; {@link snapshot}
 * takes the entity's, {@link snapshotSql} the columns' (for a write made in one statement).
 */
const SNAPSHOT: {
  key: string;
  column: string;
  node?: string;
  of: (p: Purchaser) => string | null;
}[] = [
  { key: 'status', column: 'status', of: (p) => p.status },
  { key: 'category', column: 'category', of: (p) => p.category },
  {
    key: 'subDelegationId',
    column: 'sub_delegation_id',
    node: 'SubDelegation',
    of: (p) => p.subDelegation.id,
  },
  { key: 'leadId', column: 'lead_id', node: 'SubDelegationLead', of: (p) => p.lead?.id ?? null },
  { key: 'rejectionReason', column: 'rejection_reason', of: (p) => p.rejectionReason },
];

export function snapshot(
  p: Purchaser,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    ...Object.fromEntries(
      SNAPSHOT.map(({ key, node, of }) => [key, node ? gid(node, of(p)) : of(p)]),
    ),
    ...extra,
  };
}

/** {@link snapshot} as a jsonb of the purchaser row `p` (an alias), with `extra` SQL values. */
export function snapshotSql(p: string | symbol, extra: Record<string, SQL> = {}): SQL {
  const fields = [
    ...SNAPSHOT.map(({ key, column: name, node }): [string, SQL] => [
      key,
      node ? globalIdSql(node, column(p, name)) : column(p, name),
    ]),
    ...Object.entries(extra),
  ];
  return sql`jsonb_build_object(${list(fields.map(([key, value]) => sql`${sql.literal(key)}, ${value}`))})`;
}

export function auditPurchaser(
  em: Em,
  viewer: Viewer,
  p: Purchaser,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): void {
  audit(em, {
    actor: viewer.actor,
    action: `purchaser.${action}`,
    entityType: 'Purchaser',
    entityId: p.id,
    delegationId: p.delegation.id,
    before,
    after,
  });
}
