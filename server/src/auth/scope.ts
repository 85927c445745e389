import { and, column, or, sql, type SQL } from '../db/sql.js';
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
 * - the exhibitor side (EXHIBITOR, `Viewer.exhibitorIds`): the published needs of its areas in
 *   the delegations of its edition ({@link needScope}); its exhibitor's matches past suggestion,
 *   meetings and deals ({@link exhibitorScope}); the purchasers of those, the purchaser's row
 *   alone ({@link matchedPurchaserScope}); nothing else of a delegation.
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

function valueOf(viewer: Viewer, name: string, value: string | readonly string[], type: SQL): SQL {
  let mine = values.get(viewer);
  if (!mine) values.set(viewer, (mine = new Map()));
  let node = mine.get(name);
  if (!node) mine.set(name, (node = sql`${sql.value(value as string | string[])}::${type}`));
  return node;
}

const uuid = sql`uuid`;
const uuids = sql`uuid[]`;

/**
 * `expression = any(ids)`, or false for no ids; `expression = id` for one. One id is the common
 * case (an office, a lead, a member unit of one delegation), and as an array parameter the
 * planner costs it as about ten ids: a named statement's generic plan then looked dearer than
 * the custom plans, and PostgreSQL planned the statement anew at every execution (Q3 as the
 * office: a millisecond of planning a request).
 */
function anyOf(viewer: Viewer, name: string, expression: SQL, ids: readonly string[]): SQL {
  if (ids.length === 0) return sql.false;
  if (ids.length === 1) return sql`${expression} = ${valueOf(viewer, `${name}=`, ids[0]!, uuid)}`;
  return sql`${expression} = any(${valueOf(viewer, name, ids, uuids)})`;
}

/**
 * Rows whose pair of uuid columns (`first`, `second`) is one of `keys` (`first:second`, e.g. a
 * member unit `delegationId:organisationId`): each column in its own set, which an index on the
 * two serves and a generic plan keeps, and the pair itself only when the two sets admit more
 * pairs than `keys` holds.
 */
function pairOf(
  viewer: Viewer,
  name: string,
  first: SQL,
  second: SQL,
  keys: readonly string[],
): SQL {
  if (keys.length === 0) return sql.false;
  const firsts = [...new Set(keys.map((key) => key.split(':')[0]!))];
  const seconds = [...new Set(keys.map((key) => key.split(':')[1]!))];
  const each = sql`${anyOf(viewer, `${name}:first`, first, firsts)} and ${anyOf(viewer, `${name}:second`, second, seconds)}`;
  if (firsts.length * seconds.length === new Set(keys).size) return sql`(${each})`;
  return sql`(${each} and (${first}::text || ':' || ${second}::text) = any(${valueOf(viewer, name, keys, sql`text[]`)}))`;
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

/**
 * Rows of the exhibitors the viewer represents (EXHIBITOR), over `exhibitorId` (SQL of the row's
 * exhibitor): false for every other viewer, so that or'ed with a purchaser-side scope it leaves
 * that scope's statement as it was.
 */
export function exhibitorScope(viewer: Viewer, exhibitorId: SQL): SQL {
  return anyOf(viewer, 'exhibitors', exhibitorId, viewer.exhibitorIds);
}

/**
 * Matches the viewer reads, over match alias `m` and its purchaser `p`: those of purchasers it
 * reads, and its exhibitor's matches once proposed (a SUGGESTED match is the matchmakers' own
 * list, not yet put to the exhibitor).
 */
export function matchScope(
  viewer: Viewer,
  m: string | symbol = 'm',
  p: string | symbol = 'p',
): SQL {
  if (viewer.isAdmin) return sql.true;
  return once(viewer, 'match', `${String(m)}/${String(p)}`, () =>
    or([
      purchaserScope(viewer, p),
      viewer.exhibitorIds.length === 0
        ? sql.false
        : sql`(${exhibitorScope(viewer, column(m, 'exhibitor_id'))} and ${column(m, 'status')} <> 'SUGGESTED')`,
    ]),
  );
}

/**
 * Rows of a match the viewer's exhibitor takes part in (meetings, deals: alias `t` with an
 * `exhibitor_id`), or of purchasers it reads (`p`).
 */
export function exhibitorTradeScope(
  viewer: Viewer,
  t: string | symbol,
  p: string | symbol = 'p',
): SQL {
  if (viewer.isAdmin) return sql.true;
  return once(viewer, 'exhibitorTrade', `${String(t)}/${String(p)}`, () =>
    or([purchaserScope(viewer, p), exhibitorScope(viewer, column(t, 'exhibitor_id'))]),
  );
}

/**
 * Deals the viewer reads as a list, a node or a total: {@link dealScope}, and the deals of the
 * exhibitors it represents (EXHIBITOR: its own deals, whichever delegation made them). Their
 * follow-ups stay with the purchaser's side (`dealScope`).
 */
export function dealReadScope(
  viewer: Viewer,
  dl: string | symbol = 'dl',
  p: string | symbol = 'p',
): SQL {
  if (viewer.isAdmin) return sql.true;
  return once(viewer, 'dealRead', `${String(dl)}/${String(p)}`, () =>
    or([dealScope(viewer, dl, p), exhibitorScope(viewer, column(dl, 'exhibitor_id'))]),
  );
}

/**
 * Purchasers (alias `p`) the viewer reads as the other party of its exhibitor's matches (past
 * suggestion) or deals: the purchaser's own row, for its name; nothing under it (attendees,
 * needs, checks, history) follows from this.
 */
export function matchedPurchaserScope(viewer: Viewer, p: string | symbol = 'p'): SQL {
  if (viewer.exhibitorIds.length === 0) return sql.false;
  return once(viewer, 'matchedPurchaser', p, () => {
    const mine = valueOf(viewer, 'exhibitors', viewer.exhibitorIds, uuids);
    return sql`(exists (select 1 from exhibitor_match em where em.purchaser_id = ${column(p, 'id')}
      and em.exhibitor_id = any(${mine}) and em.status <> 'SUGGESTED')
      or exists (select 1 from deal ed where ed.purchaser_id = ${column(p, 'id')}
      and ed.exhibitor_id = any(${mine})))`;
  });
}

/**
 * Needs the viewer reads, over need alias `n` and its purchaser `p`: those of purchasers it
 * reads, and for an exhibitor the PUBLISHED needs placed in its areas (`Viewer.needAreaIds`) in
 * the delegations of its edition. Drafts and closed needs stay with the purchaser's side.
 */
export function needScope(viewer: Viewer, n: string | symbol = 'n', p: string | symbol = 'p'): SQL {
  if (viewer.isAdmin) return sql.true;
  return once(viewer, 'need', `${String(n)}/${String(p)}`, () =>
    or([
      purchaserScope(viewer, p),
      viewer.needAreaIds.length === 0
        ? sql.false
        : sql`(${column(n, 'status')} = 'PUBLISHED' and ${and([
            anyOf(
              viewer,
              'exhibitorDelegations',
              column(n, 'delegation_id'),
              viewer.exhibitorDelegationIds,
            ),
            anyOf(viewer, 'needAreas', column(n, 'exhibition_area_id'), viewer.needAreaIds),
          ])})`,
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
  return pairOf(
    viewer,
    name,
    column(p, 'delegation_id'),
    column(p, 'invited_by_organisation_id'),
    keys,
  );
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
    pairOf(
      viewer,
      'leadUnits',
      column(p, 'sub_delegation_id'),
      column(p, 'lead_id'),
      reviewers.leadKeys,
    ),
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
      pairOf(
        viewer,
        'memberUnits',
        column(t, 'delegation_id'),
        column(t, unitColumn),
        viewer.memberUnitKeys,
      ),
    ]),
  );
}

/**
 * Circulars (通报, alias `c` with `id` and `delegation_id`) the viewer reads: every one of a
 * delegation it reads in full (its office, the expo bureau, analysts; ADMIN all), and those
 * addressed to a member unit it acts for (a MEMBER_UNIT grant, `Viewer.memberUnitKeys`). A
 * circular sent to other units reads as missing. Its recipients are read by
 * {@link unitWorkScope}: a unit sees its own row of the circular, the office every one.
 */
export function circularScope(viewer: Viewer, c: string | symbol = 'c'): SQL {
  if (viewer.isAdmin) return sql.true;
  return once(viewer, 'circular', c, () =>
    or([
      fullDelegationScope(viewer, column(c, 'delegation_id')),
      viewer.memberUnitKeys.length === 0
        ? sql.false
        : sql`exists (select 1 from circular_recipient cu where cu.circular_id = ${column(c, 'id')}
            and ${pairOf(viewer, 'memberUnits', sql`cu.delegation_id`, sql`cu.organisation_id`, viewer.memberUnitKeys)})`,
    ]),
  );
}

/**
 * Whether the viewer acts for a service unit of `duty` in the delegation `delegationId` (SQL of
 * a uuid): a MEMBER_UNIT grant of a member unit that serves that duty there (`service_unit`, set
 * by the office; the plan's railway for TICKETING, its Commerce unit for LOGISTICS). ADMIN always;
 * false for a viewer with no member-unit grant, so that its statements stay as they were.
 */
export function serviceUnitScope(viewer: Viewer, duty: string, delegationId: SQL): SQL {
  if (viewer.isAdmin) return sql.true;
  if (viewer.memberUnitKeys.length === 0) return sql.false;
  return once(
    viewer,
    `serviceUnit:${duty}`,
    delegationId,
    () => sql`exists (select 1 from service_unit su where su.delegation_id = ${delegationId}
      and su.duty = ${sql.literal(duty)}
      and ${pairOf(viewer, 'memberUnits', sql`su.delegation_id`, sql`su.organisation_id`, viewer.memberUnitKeys)})`,
  );
}

/**
 * A delegation's service queue of `duty` (room blocks, meals…: alias `t` with `delegation_id`) as
 * the viewer reads it: all of a delegation it reads in full (its office, the expo bureau,
 * analysts), and the queue of the service units it acts for ({@link serviceUnitScope}).
 */
export function serviceQueueScope(viewer: Viewer, duty: string, t: string | symbol): SQL {
  if (viewer.isAdmin) return sql.true;
  return or([
    fullDelegationScope(viewer, column(t, 'delegation_id')),
    serviceUnitScope(viewer, duty, column(t, 'delegation_id')),
  ]);
}

/**
 * Who works a delegation's service queue of `duty` (SQL over `delegationId`): the holders of
 * `roles` there (the office: `inDelegationScope`) and its service units of that duty.
 */
export function serviceWriterScope(
  viewer: Viewer,
  duty: string,
  delegationId: SQL,
  roles: readonly Role[],
): SQL {
  return or([
    inDelegationScope(viewer, roles, delegationId),
    serviceUnitScope(viewer, duty, delegationId),
  ]);
}

/**
 * Requests to a delegation's service department of `duty` (funding to FINANCE…: alias `t` with
 * `delegation_id` and the asking member unit's organisation in `unitColumn`, null when the
 * office asked) as the viewer reads them: all of a delegation it reads in full (its office, the
 * expo bureau, analysts), those its own member unit asked ({@link unitWorkScope}), and the queue
 * of the service units of `duty` it acts for ({@link serviceUnitScope}). Any other unit (the
 * railway, for funding) reads them as missing.
 */
export function serviceRequestScope(
  viewer: Viewer,
  duty: string,
  t: string | symbol,
  unitColumn: string,
): SQL {
  if (viewer.isAdmin) return sql.true;
  return or([
    unitWorkScope(viewer, t, unitColumn),
    serviceUnitScope(viewer, duty, column(t, 'delegation_id')),
  ]);
}

/**
 * A service department's log of the delegation's stay (health incidents: alias `t` with
 * `delegation_id` and `sub_delegation_id`) as the viewer reads it: the queue's readers
 * ({@link serviceQueueScope}: the delegation's full readers, its service units of `duty`), and
 * a sub-delegation's lead the entries of the sub-delegations it leads.
 */
export function serviceLogScope(viewer: Viewer, duty: string, t: string | symbol): SQL {
  if (viewer.isAdmin) return sql.true;
  return or([
    serviceQueueScope(viewer, duty, t),
    viewer.subDelegationIds.length === 0
      ? sql.false
      : sql`${column(t, 'sub_delegation_id')} = any(${sql.value(viewer.subDelegationIds)}::uuid[])`,
  ]);
}
