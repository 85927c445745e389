import { column, or, sql, type SQL } from '../db/sql.js';
import { delegationsWithRoles, leadReviewers, tradeWriters, type TradeRule } from './policy.js';
import type { Role } from './roles.js';
import type { Viewer } from './viewer.js';

/*
 * What a viewer may read, as SQL predicates composed for that viewer. The rules (one place;
 * policy.ts holds the same rules for single records in JavaScript):
 * - delegation structure (sub-delegations, leads, leading group, units, people, users): rows of
 *   the delegations the viewer reads (`Viewer.delegationIds`);
 * - purchaser-level rows (purchasers, attendees, checks, needs, matches, meetings, deals,
 *   history): those of a purchaser the viewer reads: in a delegation it reads in full, in a
 *   sub-delegation it leads, invited by its member unit, or itself.
 * Each predicate holds only the conditions the viewer's grants give: an ADMIN's is `true`
 * itself, a delegation office's the one indexed condition on its delegations, so that
 * PostgreSQL plans each role's statement for what it reads, and keeps the plan (a condition
 * true or false only by its parameters would be re-planned on every run).
 */

/** Each of a viewer's scope values as one node, so a statement holds it once. */
const values = new WeakMap<Viewer, Map<string, SQL>>();

/**
 * A viewer's predicates, made once per viewer (a request's, or the authenticator's for a few
 * seconds) and kind and subject: fragments are values, and a nested query asks for the same
 * scope once per relation it reads.
 */
const made = new WeakMap<Viewer, Map<string, Map<unknown, SQL>>>();

function once(viewer: Viewer, kind: string, subject: unknown, make: () => SQL): SQL {
  let byKind = made.get(viewer);
  if (!byKind) made.set(viewer, (byKind = new Map()));
  let bySubject = byKind.get(kind);
  if (!bySubject) byKind.set(kind, (bySubject = new Map()));
  let predicate = bySubject.get(subject);
  if (!predicate) bySubject.set(subject, (predicate = make()));
  return predicate;
}

function valueOf(viewer: Viewer, name: string, value: readonly string[], type: SQL): SQL {
  let mine = values.get(viewer);
  if (!mine) values.set(viewer, (mine = new Map()));
  let node = mine.get(name);
  if (!node) mine.set(name, (node = sql`${sql.value(value as string[])}::${type}`));
  return node;
}

const uuids = sql`uuid[]`;

/** `expression = any(ids)`, or false for no ids. */
function anyOf(viewer: Viewer, name: string, expression: SQL, ids: readonly string[]): SQL {
  if (ids.length === 0) return sql.false;
  return sql`${expression} = any(${valueOf(viewer, name, ids, uuids)})`;
}

/** Rows whose delegation (`delegationId`, SQL of a uuid) the viewer reads the structure of. */
export function delegationScope(viewer: Viewer, delegationId: SQL): SQL {
  if (viewer.delegationIds === null) return sql.true;
  return once(viewer, 'delegation', delegationId, () =>
    anyOf(viewer, 'delegations', delegationId, viewer.delegationIds!),
  );
}

/** Rows of a delegation (`delegationId`) all of whose purchaser-level rows the viewer reads. */
export function fullDelegationScope(viewer: Viewer, delegationId: SQL): SQL {
  if (viewer.fullDelegationIds === null) return sql.true;
  return once(viewer, 'full', delegationId, () =>
    anyOf(viewer, 'full', delegationId, viewer.fullDelegationIds!),
  );
}

/**
 * Purchaser-level rows the viewer reads, over purchaser alias `p` (with delegation_id,
 * sub_delegation_id, invited_by_organisation_id and id).
 */
export function purchaserScope(viewer: Viewer, p: string | symbol = 'p'): SQL {
  if (viewer.isAdmin) return sql.true;
  return once(viewer, 'purchaser', p, () =>
    or([fullDelegationScope(viewer, column(p, 'delegation_id')), ...ownScope(viewer, p)]),
  );
}

/**
 * Deals the viewer reads, over deal alias `dl` and its purchaser `p`: of the delegations it reads
 * in full and of the earlier editions' delegations of the same provinces, which those follow up
 * until carried out (`Viewer.dealDelegationIds`), and of the purchasers it reads besides. The
 * delegation condition is on the deal's own column, so that the deal's delegation indexes serve
 * it.
 */
export function dealScope(
  viewer: Viewer,
  dl: string | symbol = 'dl',
  p: string | symbol = 'p',
): SQL {
  if (viewer.isAdmin) return sql.true;
  return once(viewer, 'deal', `${String(dl)}/${String(p)}`, () =>
    or([
      anyOf(viewer, 'dealDelegations', column(dl, 'delegation_id'), viewer.dealDelegationIds!),
      ...ownScope(viewer, p),
    ]),
  );
}

/** What a viewer reads of purchasers besides whole delegations: as a lead, a unit, itself. */
function ownScope(viewer: Viewer, p: string | symbol): SQL[] {
  return [
    anyOf(viewer, 'subDelegations', column(p, 'sub_delegation_id'), viewer.subDelegationIds),
    invitedBy(viewer, 'memberUnits', p, viewer.memberUnitKeys),
    anyOf(viewer, 'purchasers', column(p, 'id'), viewer.purchaserIds),
  ];
}

/** Purchasers (alias `p`) invited by one of these member units (`delegationId:organisationId`). */
function invitedBy(viewer: Viewer, name: string, p: string | symbol, keys: readonly string[]): SQL {
  if (keys.length === 0) return sql.false;
  return sql`(${column(p, 'delegation_id')}::text || ':' || ${column(p, 'invited_by_organisation_id')}::text) = any(${valueOf(viewer, name, keys, sql`text[]`)})`;
}

/**
 * Purchasers and their attendees and checks as the credit and background checkers of a
 * delegation read them too: the purchaser scope, with the delegations they check besides those
 * read in full (`Viewer.checkDelegationIds` holds both).
 */
export function checkedScope(viewer: Viewer, p: string | symbol = 'p'): SQL {
  if (viewer.checkDelegationIds === null) return sql.true;
  return once(viewer, 'checked', p, () =>
    or([
      anyOf(viewer, 'checked', column(p, 'delegation_id'), viewer.checkDelegationIds!),
      ...ownScope(viewer, p),
    ]),
  );
}

/**
 * Purchasers (alias `p`) whose trade records the viewer writes: `tradeWriters` (policy.ts, the
 * one rule `mayTradeFor` tests in JavaScript) as SQL, for a write that checks in its statement.
 */
export function tradeScope(viewer: Viewer, rule: TradeRule, p: string | symbol = 'p'): SQL {
  const writers = tradeWriters(viewer, rule);
  if (writers === null) return sql.true;
  return or([
    anyOf(viewer, 'officeDelegations', column(p, 'delegation_id'), writers.delegationIds),
    anyOf(viewer, 'ledSubDelegations', column(p, 'sub_delegation_id'), writers.subDelegationIds),
    anyOf(viewer, 'writtenPurchasers', column(p, 'id'), writers.purchaserIds),
    invitedBy(viewer, 'writingMemberUnits', p, writers.memberUnitKeys),
  ]);
}

/**
 * Purchasers (alias `p`) the viewer reviews as their lead unit, all for ADMIN: `leadReviewers`
 * (policy.ts, the one rule `mayReviewAsLead` tests in JavaScript) as SQL, for a review that
 * checks in its statement.
 */
export function leadScope(viewer: Viewer, p: string | symbol = 'p'): SQL {
  if (viewer.isAdmin) return sql.true;
  const reviewers = leadReviewers(viewer);
  return or([
    anyOf(
      viewer,
      'sharedTargetSubDelegations',
      column(p, 'sub_delegation_id'),
      reviewers.sharedSubDelegationIds,
    ),
    reviewers.leadKeys.length === 0
      ? sql.false
      : sql`(${column(p, 'sub_delegation_id')}::text || ':' || ${column(p, 'lead_id')}::text) = any(${valueOf(viewer, 'leadUnits', reviewers.leadKeys, sql`text[]`)})`,
  ]);
}

/**
 * Rows whose delegation (`delegationId`, SQL of a uuid) the viewer holds one of `roles` in:
 * `delegationsWithRoles` (policy.ts, the one rule `requireInDelegation` tests in JavaScript) as
 * SQL, for a write that checks in its statement.
 */
export function inDelegationScope(viewer: Viewer, roles: readonly Role[], delegationId: SQL): SQL {
  const delegationIds = delegationsWithRoles(viewer, roles);
  if (delegationIds === null) return sql.true;
  return anyOf(viewer, `delegationsAs:${[...roles].sort().join(',')}`, delegationId, delegationIds);
}

/**
 * A delegation's supervision rows (tasks and the problems units raise) the viewer reads, over
 * alias `t` with `delegation_id` and the member unit's organisation in `unitColumn`: every one
 * of a delegation it reads in full (its office, the expo bureau, analysts; ADMIN all), and those
 * of its own member unit (a MEMBER_UNIT grant, `Viewer.memberUnitKeys`). Another unit's rows
 * read as missing. `taskWriter` (policy.ts) says who of these may change one.
 */
export function unitWorkScope(
  viewer: Viewer,
  t: string | symbol = 't',
  unitColumn = 'owner_organisation_id',
): SQL {
  if (viewer.isAdmin) return sql.true;
  return once(viewer, 'unitWork', `${String(t)}/${unitColumn}`, () =>
    or([
      fullDelegationScope(viewer, column(t, 'delegation_id')),
      viewer.memberUnitKeys.length === 0
        ? sql.false
        : sql`(${column(t, 'delegation_id')}::text || ':' || ${column(t, unitColumn)}::text) = any(${valueOf(viewer, 'memberUnits', viewer.memberUnitKeys, sql`text[]`)})`,
    ]),
  );
}
