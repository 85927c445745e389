import { AppError, badInput, ErrorCode } from '../graphql/errors.js';
import { Role } from './roles.js';
import type { Grant, Viewer } from './viewer.js';
import { msg, type Text } from '../i18n/message.js';

/**
 * Scope rules for writes, in one place (contact fields are masked by masking.ts). Services call
 * these; reads are limited by the SQL predicates the loaders apply.
 *
 * A write first loads each record it names within the viewer's read scope: one it may not read
 * is `notFound(what, uuid)`, the very answer for one that does not exist. Only then do these
 * rules speak, with FORBIDDEN, about records the viewer reads but may not change.
 */

export function forbidden(message: Text): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message);
}

/**
 * The delegations in which the viewer holds one of these roles (null: every one, for ADMIN), as
 * `Viewer.grantsFor` covers a delegation: bound to it, or expo-wide over it. The one rule:
 * {@link requireInDelegation} tests a delegation against it in JavaScript, `inDelegationScope`
 * (scope.ts) composes it as SQL for a write that checks in its own statement.
 */
export function delegationsWithRoles(viewer: Viewer, roles: readonly Role[]): string[] | null {
  if (viewer.isAdmin) return null;
  return [
    ...new Set(
      viewer.grants
        .filter((g) => roles.includes(g.role))
        .flatMap((g) => [g.delegationId, ...(g.expoDelegationIds ?? [])])
        .filter((id): id is string => id !== null),
    ),
  ];
}

/** The FORBIDDEN of {@link requireInDelegation}. */
export function notInDelegation(roles: readonly Role[], what: string): AppError {
  return forbidden(msg`Only ${roles.join(', ')} of this delegation may ${what}`);
}

/** The viewer holds one of these roles for this delegation (ADMIN always does). */
export function requireInDelegation(
  viewer: Viewer,
  delegationId: string,
  roles: readonly Role[],
  what: string,
): void {
  const delegationIds = delegationsWithRoles(viewer, roles);
  if (delegationIds !== null && !delegationIds.includes(delegationId)) {
    throw notInDelegation(roles, what);
  }
}

/** Roles granted at delegation level or below, which a delegation office manages. */
const OFFICE_MANAGED = new Set([
  Role.DELEGATION_OFFICE,
  Role.SUB_DELEGATION_LEAD,
  Role.MEMBER_UNIT,
  Role.CREDIT_CHECKER,
  Role.BACKGROUND_CHECKER,
  Role.PURCHASER,
  Role.ANALYST,
]);

/**
 * Nobody grants above their own scope: ADMIN grants anything; a delegation office grants roles
 * bound inside its delegation (an expo-wide ANALYST or EXPO_BUREAU grant is above it); the
 * EXPO_BUREAU of an edition grants EXHIBITOR for the exhibitors of that edition (`expoId`: the
 * exhibitor's), and nothing else.
 */
export function requireMayGrant(
  viewer: Viewer,
  grant: { role: Role; delegationId: string | null; expoId?: string | null },
): void {
  if (viewer.isAdmin) return;
  if (grant.role === Role.EXHIBITOR) {
    if (grant.expoId && viewer.bureauExpoIds.includes(grant.expoId)) return;
    throw forbidden(
      msg`Granting EXHIBITOR is for the EXPO_BUREAU of the exhibitor's edition, or ADMIN`,
    );
  }
  const inside = grant.delegationId !== null && OFFICE_MANAGED.has(grant.role);
  if (!inside || viewer.grantsFor(grant.delegationId!, Role.DELEGATION_OFFICE).length === 0) {
    throw forbidden(msg`Granting ${grant.role} here is above your scope`);
  }
}

/**
 * Users are managed by the office of the delegation they belong to, an edition's users
 * (exhibitors' representatives, `expoId`) by the EXPO_BUREAU of that edition, and all by ADMIN.
 */
export function requireMayManageUser(
  viewer: Viewer,
  user: { delegationId: string | null; expoId?: string | null },
): void {
  if (viewer.isAdmin) return;
  if (user.expoId) {
    if (viewer.bureauExpoIds.includes(user.expoId)) return;
    throw forbidden(msg`Only the EXPO_BUREAU of the user's edition, or ADMIN, manages this user`);
  }
  if (
    !user.delegationId ||
    viewer.grantsFor(user.delegationId, Role.DELEGATION_OFFICE).length === 0
  ) {
    throw forbidden(msg`Only the office of the user's delegation, or ADMIN, manages this user`);
  }
}

/** Reference data of an expo (exhibitors, exchange rates): its EXPO_BUREAU, or ADMIN. */
export function requireExpoBureau(viewer: Viewer, expoId: string, what: string): void {
  if (viewer.isAdmin) return;
  if (!viewer.grants.some((g) => g.role === Role.EXPO_BUREAU && g.expoId === expoId)) {
    throw forbidden(msg`Only the EXPO_BUREAU of this expo, or ADMIN, may ${what}`);
  }
}

/**
 * A new expo edition: ADMIN, or an EXPO_BUREAU (of any edition: the bureau prepares the next one,
 * and is made the bureau of the edition it creates).
 */
export function requireMayCreateExpo(viewer: Viewer): void {
  if (viewer.isAdmin) return;
  if (!viewer.hasRole(Role.EXPO_BUREAU)) {
    throw forbidden(msg`Only an EXPO_BUREAU, or ADMIN, may create an expo edition`);
  }
}

/** The purchaser a trade record (need, match, meeting, deal) belongs to, as policy sees it. */
export interface TradeOwner {
  purchaserId: string;
  delegationId: string;
  subDelegationId: string;
  /** The member unit that invited the purchaser (the one that reads it, as MEMBER_UNIT). */
  invitedByOrganisationId: string;
}

/**
 * Who writes a kind of trade record of a purchaser, besides ADMIN, the office of its delegation
 * and the leads of its sub-delegation: the purchaser itself, the member unit that invited it.
 */
export interface TradeRule {
  readonly purchaser: boolean;
  readonly memberUnit: boolean;
}

export const TradeRules = {
  /** Proposing matches, keeping suggestions, scheduling and recording meetings: matchmakers. */
  matchmaking: { purchaser: false, memberUnit: false },
  /** Accepting and declining matches; recording, moving and following up deals. */
  decisions: { purchaser: true, memberUnit: false },
  /**
   * Needs (drafted, changed, published, closed): also the member unit that invited the purchaser
   * (五(九): 参会注册、需求发布), for exactly the purchasers it reads.
   */
  needs: { purchaser: true, memberUnit: true },
  /**
   * Trips of its attendees (requested, cancelled): the purchaser's organisers, the purchaser
   * itself and the member unit that invited it (五(一): travel arranged for whom they organised).
   */
  travel: { purchaser: true, memberUnit: true },
} as const satisfies Record<string, TradeRule>;

/**
 * Who writes a purchaser's trade records of a kind ({@link TradeRule}), as the lists a purchaser
 * must be in (null: anyone, for ADMIN): the delegations of the viewer's DELEGATION_OFFICE grants,
 * the sub-delegations it leads (SUB_DELEGATION_LEAD), where the rule says so the purchasers it is
 * (PURCHASER) and the member units it acts for (MEMBER_UNIT: `Viewer.memberUnitKeys`,
 * `delegationId:organisationId`, the very keys it reads purchasers by). The one rule: {@link mayTradeFor}
 * tests a record against it in JavaScript, `tradeScope` (scope.ts) composes it as SQL for a
 * write that checks in its own statement.
 */
export interface TradeWriters {
  delegationIds: string[];
  subDelegationIds: string[];
  purchaserIds: string[];
  memberUnitKeys: string[];
}

export function tradeWriters(viewer: Viewer, rule: TradeRule): TradeWriters | null {
  if (viewer.isAdmin) return null;
  const ids = (role: Role, of: (g: Grant) => readonly (string | null)[]) => [
    ...new Set(
      viewer.grants
        .filter((g) => g.role === role)
        .flatMap(of)
        .filter((id): id is string => id !== null),
    ),
  ];
  return {
    // as Viewer.grantsFor covers a delegation: bound to it, or expo-wide over it
    delegationIds: ids(Role.DELEGATION_OFFICE, (g) =>
      g.delegationId ? [g.delegationId] : (g.expoDelegationIds ?? []),
    ),
    subDelegationIds: ids(Role.SUB_DELEGATION_LEAD, (g) => [g.subDelegationId]),
    purchaserIds: rule.purchaser ? ids(Role.PURCHASER, (g) => [g.purchaserId]) : [],
    // exactly the purchasers the unit reads (readsPurchaser, purchaserScope)
    memberUnitKeys: rule.memberUnit ? viewer.memberUnitKeys : [],
  };
}

/** Writes on a purchaser's trade records of the kind `rule` says (see {@link tradeWriters}). */
export function mayTradeFor(viewer: Viewer, owner: TradeOwner, rule: TradeRule): boolean {
  const writers = tradeWriters(viewer, rule);
  return (
    writers === null ||
    writers.delegationIds.includes(owner.delegationId) ||
    writers.subDelegationIds.includes(owner.subDelegationId) ||
    writers.purchaserIds.includes(owner.purchaserId) ||
    writers.memberUnitKeys.includes(`${owner.delegationId}:${owner.invitedByOrganisationId}`)
  );
}

/** The FORBIDDEN of a trade write the viewer may not make ({@link mayTradeFor}). */
export function tradeForbidden(what: string, rule: TradeRule): AppError {
  return forbidden(msg`Only ${tradeWritersNamed(rule)} or ADMIN may ${what}`);
}

/** Who writes a purchaser's records of a kind besides ADMIN, in words. */
function tradeWritersNamed(rule: TradeRule): string {
  return [
    'DELEGATION_OFFICE',
    "SUB_DELEGATION_LEAD of the purchaser's sub-delegation",
    ...(rule.purchaser ? ['the purchaser itself'] : []),
    ...(rule.memberUnit ? ['the MEMBER_UNIT that invited it'] : []),
  ].join(', ');
}

export function requireMayTradeFor(
  viewer: Viewer,
  owner: TradeOwner,
  what: string,
  rule: TradeRule,
): void {
  if (!mayTradeFor(viewer, owner, rule)) throw tradeForbidden(what, rule);
}

/** The two sides of a match and of its meetings; each accepts for itself. */
export enum TradeSide {
  /** Those who act for the purchaser: see {@link TradeRules} (ADMIN too). */
  PURCHASER_SIDE = 'PURCHASER_SIDE',
  /** The representatives of the match's exhibitor (EXHIBITOR; ADMIN too). */
  EXHIBITOR_SIDE = 'EXHIBITOR_SIDE',
}

/** A match (or a meeting of it) as the side rule sees it: its purchaser and its exhibitor. */
export interface MatchParties extends TradeOwner {
  exhibitorId: string;
}

/**
 * The side the viewer acts for on a match, for a write of kind `rule` (`what` names it): the
 * one rule every two-sided write (proposing, accepting and declining matches and meetings)
 * applies.
 * - PURCHASER_SIDE: whoever writes the purchaser's records of that kind ({@link mayTradeFor});
 * - EXHIBITOR_SIDE: an EXHIBITOR of the match's exhibitor;
 * - ADMIN acts for either side (as does anyone holding grants on both): `side` says which; left
 *   out, the side the write leaves no doubt about (`fallback`: the side whose acceptance a
 *   match or meeting awaits; the purchaser's side for a proposal, as before the exhibitor side
 *   existed). Without one, BAD_USER_INPUT at `field`.
 * A `side` the viewer does not act for, or none at all, is FORBIDDEN.
 */
export function sideOf(
  viewer: Viewer,
  match: MatchParties,
  rule: TradeRule,
  what: string,
  side: TradeSide | null | undefined,
  fallback: TradeSide | null = null,
  field = 'side',
): TradeSide {
  const sides: TradeSide[] = [];
  if (viewer.isAdmin || mayTradeFor(viewer, match, rule)) sides.push(TradeSide.PURCHASER_SIDE);
  if (viewer.isAdmin || viewer.exhibitorIds.includes(match.exhibitorId))
    sides.push(TradeSide.EXHIBITOR_SIDE);
  if (side) {
    if (sides.includes(side)) return side;
    throw forbidden(
      msg`You do not act for the ${side} of this match, so you may not ${what} for it`,
    );
  }
  if (sides.length === 1) return sides[0]!;
  if (sides.length === 2 && fallback) return fallback;
  if (sides.length === 2)
    throw badInput(field, msg`You act for both sides of this match: say which one you ${what} for`);
  throw forbidden(
    msg`Only the purchaser's side (${tradeWritersNamed(rule)}), an EXHIBITOR of the match's exhibitor, or ADMIN may ${what}`,
  );
}

/** The other side. */
export function otherSide(side: TradeSide): TradeSide {
  return side === TradeSide.PURCHASER_SIDE ? TradeSide.EXHIBITOR_SIDE : TradeSide.PURCHASER_SIDE;
}

/**
 * Follow-up records on a deal: whoever writes the deal (the purchaser included), and the office
 * of a delegation of the same province at a later expo (`successorDelegationIds`), which carries
 * on the deals of earlier editions until they are carried out.
 */
export function requireMayFollowUpDeal(
  viewer: Viewer,
  owner: TradeOwner,
  successorDelegationIds: readonly string[],
): void {
  if (mayTradeFor(viewer, owner, TradeRules.decisions)) return;
  const successorOffice = (id: string) => viewer.grantsFor(id, Role.DELEGATION_OFFICE).length > 0;
  if (successorDelegationIds.some(successorOffice)) return;
  throw forbidden(
    msg`Only those who write the deal, or the office of the same province's delegation at a later expo, may follow it up`,
  );
}

/** The columns of a purchaser-level row that decide who reads and writes it. */
export interface PurchaserScope {
  id: string;
  delegationId: string;
  subDelegationId: string;
  /** The lead unit (sub_delegation_lead) it is attributed to: the one that reviews it. */
  leadId: string | null;
  invitedByOrganisationId: string;
}

/**
 * Reads this purchaser: the same rule as `purchaserScope` (auth/scope.ts), plus the credit and background
 * checkers of its delegation (they read what a check needs).
 */
export function readsPurchaser(viewer: Viewer, p: PurchaserScope): boolean {
  if (viewer.isAdmin) return true;
  return (
    viewer.checkDelegationIds!.includes(p.delegationId) ||
    viewer.subDelegationIds.includes(p.subDelegationId) ||
    viewer.memberUnitKeys.includes(`${p.delegationId}:${p.invitedByOrganisationId}`) ||
    viewer.purchaserIds.includes(p.id)
  );
}

/**
 * Registers, updates, withdraws or resubmits this purchaser: the purchaser itself, the member
 * unit that invited it, a lead of its sub-delegation, the office of its delegation (and ADMIN).
 */
export function requireMayEditPurchaser(viewer: Viewer, p: PurchaserScope, what: string): void {
  if (viewer.isAdmin) return;
  if (viewer.grantsFor(p.delegationId, Role.DELEGATION_OFFICE).length > 0) return;
  if (viewer.purchaserIds.includes(p.id)) return;
  if (leadsPurchaser(viewer, p)) return;
  // not attributed yet (invited by the office into a co-led sub-delegation): any of its leads
  if (p.leadId === null && viewer.subDelegationIds.includes(p.subDelegationId)) return;
  if (viewer.memberUnitKeys.includes(`${p.delegationId}:${p.invitedByOrganisationId}`)) return;
  throw forbidden(
    msg`Only the purchaser, the member unit that invited it, the lead unit it is attributed to or the delegation office may ${what}`,
  );
}

/**
 * Whom the viewer reviews as a lead unit (注册报名后由各分团牵头单位进行审核: each lead reviews
 * the purchasers it organised, which count towards its own target): the purchasers of the
 * sub-delegations where the leads it acts for share one target (Industry: Industry & IT with
 * SASAC), and those attributed to a lead unit it acts for (`subDelegationId:leadId`). The one
 * rule: {@link leadsPurchaser} tests a record against it in JavaScript, `leadScope` (scope.ts)
 * composes it as SQL for a review that checks in its own statement.
 */
export interface LeadReviewers {
  sharedSubDelegationIds: string[];
  leadKeys: string[];
}

export function leadReviewers(viewer: Viewer): LeadReviewers {
  const units = viewer.leadUnits;
  return {
    sharedSubDelegationIds: [
      ...new Set(units.filter((u) => u.sharedTarget).map((u) => u.subDelegationId)),
    ],
    leadKeys: [...new Set(units.map((u) => `${u.subDelegationId}:${u.leadId}`))],
  };
}

/** Acts as a lead unit for this purchaser: see {@link leadReviewers}. */
export function leadsPurchaser(
  viewer: Viewer,
  p: { subDelegationId: string; leadId: string | null },
): boolean {
  const reviewers = leadReviewers(viewer);
  return (
    reviewers.sharedSubDelegationIds.includes(p.subDelegationId) ||
    (p.leadId !== null && reviewers.leadKeys.includes(`${p.subDelegationId}:${p.leadId}`))
  );
}

/** Approves or rejects this purchaser: see {@link leadsPurchaser} (ADMIN always). */
export function mayReviewAsLead(
  viewer: Viewer,
  p: { subDelegationId: string; leadId: string | null },
): boolean {
  return viewer.isAdmin || leadsPurchaser(viewer, p);
}

/** The FORBIDDEN of a lead's review the viewer may not make ({@link mayReviewAsLead}). */
export function notTheLead(what: string): AppError {
  return forbidden(
    msg`Only the lead unit the purchaser is attributed to (any lead of its sub-delegation, where they share one target) may ${what}`,
  );
}

/** Member-unit organisations the viewer acts for in this delegation. */
export function memberUnitOrganisationsIn(viewer: Viewer, delegationId: string): string[] {
  return viewer
    .grantsFor(delegationId, Role.MEMBER_UNIT)
    .flatMap((g) => (g.organisationId ? [g.organisationId] : []));
}

/**
 * How the viewer writes a delegation's tasks and problems (of the member unit `organisationId`):
 * `office` (the delegation's DELEGATION_OFFICE, or ADMIN: everything), `unit` (that member
 * unit's own MEMBER_UNIT grant: the status and progress of its tasks, its problems), or null (a
 * reader only: the expo bureau, analysts). The rows themselves are read through `unitWorkScope`
 * (scope.ts) first, so a unit never reaches another unit's.
 */
export function taskWriter(
  viewer: Viewer,
  delegationId: string,
  organisationId: string,
): 'office' | 'unit' | null {
  const offices = delegationsWithRoles(viewer, [Role.DELEGATION_OFFICE]);
  if (offices === null || offices.includes(delegationId)) return 'office';
  const unit = viewer.grants.some(
    (g) =>
      g.role === Role.MEMBER_UNIT &&
      g.delegationId === delegationId &&
      g.organisationId === organisationId,
  );
  return unit ? 'unit' : null;
}

/** The member units (organisation ids) of a delegation the viewer acts for as MEMBER_UNIT. */
export function ownUnits(viewer: Viewer, delegationId: string): string[] {
  return viewer.grants
    .filter(
      (g) => g.role === Role.MEMBER_UNIT && g.delegationId === delegationId && g.organisationId,
    )
    .map((g) => g.organisationId!);
}
