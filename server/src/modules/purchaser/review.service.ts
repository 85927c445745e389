import {
  notInDelegation,
  notTheLead,
  readsPurchaser,
  requireInDelegation,
} from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import { checkedScope, inDelegationScope, leadScope } from '../../auth/scope.js';
import type { Viewer } from '../../auth/viewer.js';
import { and, column, sql, type SQL } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { AppError, ErrorCode, notFound } from '../../graphql/errors.js';
import { NotificationKind } from '../notification/notification.enums.js';
import { enqueueCheckFailed, purchaserEventsCte } from '../notification/outbox.js';
import { allHold, checkColumns, firstRefusal, type Check } from '../shared/checked-write.js';
import { versionCheck } from '../shared/transaction.js';
import { Attendee } from './attendee.entity.js';
import { BackgroundCheck } from './background-check.entity.js';
import { CreditCheck } from './credit-check.entity.js';
import { CheckResult, PurchaserStatus } from './purchaser.enums.js';
import { PURCHASER_SELECT } from './purchaser.loader.js';
import {
  note as cleanNote,
  reason as cleanReason,
  requireStep,
  stepRefused,
  stepSql,
} from './purchaser.rules.js';
import type { Purchaser as PurchaserRow } from './purchaser.type.js';
import {
  auditPurchaser,
  gid,
  loadPurchaser,
  purchaserTransaction,
  PURCHASER_VERSION,
  REVIEW_TIER,
  scopeOf,
  snapshotSql,
  type Em,
} from './purchaser.write.js';
import type { PurchaserCommand } from './registration.service.js';
import { msg } from '../../i18n/message.js';

/**
 * Checks and review: Market Regulation's credit checks, Public Security's background checks,
 * and the lead unit's decision (approve when the checks passed, or reject with a reason).
 */

/**
 * What stands in the way of approval, as the review statement reads it for the purchaser `p`:
 * the latest credit check's result (`credit`), the attendees, those whose latest background
 * check is none (`unchecked`) or FAILED (`failed`).
 */
const BLOCKER_STATE = sql`cross join lateral (
    select
      (select c.result from credit_check c where c.purchaser_id = p.id
        order by c.checked_at desc, c.result limit 1) as credit,
      count(a.id)::int as attendees,
      count(a.id) filter (where b.result is null)::int as unchecked,
      count(a.id) filter (where b.result = ${sql.value(CheckResult.FAILED)})::int as failed
    from attendee a
    left join lateral (select b.result from background_check b where b.attendee_id = a.id
      order by b.checked_at desc, b.result limit 1) b on true
    where a.purchaser_id = p.id
  ) s`;

/** What {@link blockersOf} reads. */
export interface BlockerState {
  credit: string | null;
  attendees: number;
  unchecked: number;
  failed: number;
}

/** Reasons, in words, from the latest credit check and each attendee's latest background check. */
export function blockersOf(state: BlockerState): string[] {
  const blockers: string[] = [];
  if (state.credit === null) blockers.push('no credit check yet');
  else if (state.credit !== CheckResult.PASSED) blockers.push('the credit check failed');
  if (state.attendees === 0) blockers.push('no attendees');
  if (state.unchecked > 0)
    blockers.push(`${state.unchecked} attendee(s) without a background check`);
  if (state.failed > 0) blockers.push(`${state.failed} attendee(s) failed the background check`);
  return blockers;
}

/**
 * {@link blockersOf} finds none, as SQL over the state `s` ({@link BLOCKER_STATE}); a test holds
 * the two equal over every kind of state.
 */
export function approvableSql(s: string | symbol = 's'): SQL {
  return sql`(${column(s, 'credit')} = ${sql.value(CheckResult.PASSED)}
    and ${column(s, 'attendees')} > 0 and ${column(s, 'unchecked')} = 0 and ${column(s, 'failed')} = 0)`;
}

/** A review's context: who asks, and the pool its one statement runs on. */
export type ReviewContext = Pick<Context, 'viewer' | 'query'>;

/** What a review statement answers: the purchaser as written (null: nothing written), and what it found. */
type ReviewAnswer = { [K in keyof PurchaserRow]: PurchaserRow[K] | null } & {
  foundId: string | null;
  foundStatus: PurchaserStatus;
  foundVersion: number;
} & Partial<BlockerState> &
  Record<string, unknown>;

/** A review step of a purchaser, made by {@link review}. */
interface ReviewStep {
  step: 'approve' | 'reject' | 'sendBack';
  /** Who may take it, as SQL over the purchaser `p`, and the refusal of anyone else. */
  who: SQL;
  refuseWho: () => Error;
  /** The version the client reviewed. */
  version: number | null | undefined;
  /** Whether the approval blockers must be none (they are read as `s`). */
  blockers?: boolean;
  /** The columns it sets, over the purchaser `p` as it was. */
  set: SQL;
  /** What the audit event adds to the purchaser's snapshot before and after. */
  before?: Record<string, SQL>;
  after: Record<string, SQL>;
  /** The notification it writes in the same statement (a CTE over `m`), if any. */
  event?: SQL;
}

const tierSql = (tier: keyof typeof REVIEW_TIER) => sql`${sql.value(REVIEW_TIER[tier])}::text`;

/**
 * A review (approve, reject, send back) in one statement (one round trip, autocommit), as
 * recordDeal: the purchaser read within what the viewer reads (`readsPurchaser`: the checkers'
 * scope) and locked; the step, its version moved on and its audit event written only where
 * every check holds: who may take it, the version reviewed, the state machine (`STEPS`),
 * for an approval no blockers; the first that fails, in that order, the refusal, and nothing is
 * written. Answers the purchaser as written, which the viewer reads.
 */
async function review(
  ctx: ReviewContext,
  purchaserId: string,
  r: ReviewStep,
): Promise<PurchaserRow> {
  const checks: Check<ReviewAnswer>[] = [
    { name: 'who', holds: r.who, refuse: r.refuseWho },
    versionCheck(sql`p.version`, r.version, PURCHASER_VERSION, 'foundVersion'),
    {
      name: 'step',
      holds: stepSql(r.step, sql`p.status`),
      refuse: (a) => stepRefused(r.step, a.foundStatus),
    },
  ];
  if (r.blockers) {
    checks.push({
      name: 'blockers',
      holds: approvableSql(),
      refuse: (a) => {
        const blockers = blockersOf(a as ReviewAnswer & BlockerState);
        return new AppError(
          ErrorCode.INVALID_TRANSITION,
          msg`Cannot approve yet: ${blockers.join('; ')}`,
          { status: a.foundStatus, blockers },
        );
      },
    });
  }
  const actor = sql`${sql.value(ctx.viewer.actor)}::text`;
  const action = sql`${sql.value(`purchaser.${r.step}`)}::text`;
  const [answer] = await ctx.query<ReviewAnswer>(
    sql`with party as (
      select p.id as "foundId", p.status as "foundStatus", p.version as "foundVersion",
        ${snapshotSql('p', r.before)} as "snapshotBefore",
        ${r.blockers ? sql`s.credit, s.attendees, s.unchecked, s.failed,` : sql.blank}
        ${checkColumns(checks)}
      from purchaser p ${r.blockers ? BLOCKER_STATE : sql.blank}
      where ${and([sql`p.id = ${sql.value(purchaserId)}::uuid`, checkedScope(ctx.viewer)])}
      for no key update of p
    ),
    m as (
      update purchaser p set ${r.set}, version = p.version + 1, updated_at = now()
      from party where p.id = party."foundId" and ${allHold(checks)}
      returning p.*
    ),
    m_event as (
      insert into audit_event (delegation_id, actor, action, entity_type, entity_id, before, after)
      select m.delegation_id, ${actor}, ${action}, 'Purchaser', m.id, party."snapshotBefore",
        ${snapshotSql('m', r.after)}
      from m, party
    )${r.event ?? sql.blank}
    select party.*, ${PURCHASER_SELECT.sql}
    from (select) one left join party on true left join m p on true`,
  );
  if (answer!.id != null) {
    return Object.fromEntries(
      PURCHASER_SELECT.items.map(({ name }) => [name, answer![name]]),
    ) as unknown as PurchaserRow;
  }
  if (answer!.foundId == null) throw notFound('Purchaser', purchaserId);
  throw (
    firstRefusal(checks, answer!) ??
    new Error(`${r.step}Purchaser: every check held, yet the purchaser was not reviewed`)
  );
}

/**
 * Approves a REGISTERED purchaser whose checks passed: the lead unit it is attributed to
 * (`leadScope`), at the version reviewed. One statement (see {@link review}).
 */
export function approvePurchaser(
  ctx: ReviewContext,
  input: PurchaserCommand & { version: number },
): Promise<PurchaserRow> {
  return review(ctx, input.purchaserId, {
    step: 'approve',
    who: leadScope(ctx.viewer),
    refuseWho: () => notTheLead('approve it'),
    version: input.version,
    blockers: true,
    set: sql`status = ${sql.value(PurchaserStatus.APPROVED)}::text, approved_at = now()`,
    after: { tier: tierSql('LEAD_UNIT') },
  });
}

/** Rejects a REGISTERED purchaser with a reason: the lead unit, as {@link approvePurchaser}. */
export function rejectPurchaser(
  ctx: ReviewContext,
  input: PurchaserCommand & { version: number; reason: string },
): Promise<PurchaserRow> {
  const why = cleanReason(input.reason, 'reason', true)!;
  return review(ctx, input.purchaserId, {
    step: 'reject',
    who: leadScope(ctx.viewer),
    refuseWho: () => notTheLead('reject it'),
    version: input.version,
    set: sql`status = ${sql.value(PurchaserStatus.REJECTED)}::text, rejection_reason = ${sql.value(why)}::text`,
    after: { tier: tierSql('LEAD_UNIT') },
    event: purchaserEventsCte(NotificationKind.PURCHASER_REJECTED, {
      reason: sql`m.rejection_reason`,
    }),
  });
}

/**
 * The office's review tier (分级审核): the DELEGATION_OFFICE of the purchaser's delegation (or
 * ADMIN) sends an APPROVED purchaser, not yet reported, back to its lead unit with a reason.
 * APPROVED → REGISTERED: the lead reviews it again (approve or reject), the checks still count.
 * The reason is in the audit event (Purchaser.history), beside the lead's approval.
 */
export function sendBackPurchaser(
  ctx: ReviewContext,
  input: PurchaserCommand & { version: number; reason: string },
): Promise<PurchaserRow> {
  const why = cleanReason(input.reason, 'reason', true)!;
  const roles = [Role.DELEGATION_OFFICE];
  const what = 'send purchasers back to their lead unit';
  return review(ctx, input.purchaserId, {
    step: 'sendBack',
    who: inDelegationScope(ctx.viewer, roles, sql`p.delegation_id`),
    refuseWho: () => notInDelegation(roles, what),
    version: input.version,
    set: sql`status = ${sql.value(PurchaserStatus.REGISTERED)}::text, approved_at = null`,
    before: { tier: tierSql('LEAD_UNIT') },
    after: {
      tier: tierSql('DELEGATION_OFFICE'),
      reason: sql`${sql.value(why)}::text`,
    },
    event: purchaserEventsCte(NotificationKind.PURCHASER_SENT_BACK, {
      reason: sql`${sql.value(why)}::text`,
    }),
  });
}

/** A check result moves the purchaser's version on: a reviewer's stale view cannot approve. */
const CHECK_RETRIES = 3;
/** A check takes no version: a CONFLICT (after the retries) names the record checked. */
const CHECKED_PURCHASER = { what: 'This purchaser', field: 'purchaserId' };
const CHECKED_ATTENDEE = { what: 'The purchaser of this attendee', field: 'attendeeId' };

export async function recordCreditCheck(
  em: Em,
  viewer: Viewer,
  input: { purchaserId: string; result: CheckResult; note?: string | null },
): Promise<string> {
  const text = cleanNote(input.note, 'note');
  return purchaserTransaction(
    em,
    async (tx) => {
      const p = await loadPurchaser(tx, viewer, input.purchaserId);
      requireInDelegation(viewer, p.delegation.id, [Role.CREDIT_CHECKER], 'record credit checks');
      requireStep('creditCheck', p.status);
      const check = tx.create(CreditCheck, {
        delegation: p.delegation.id,
        purchaser: p,
        result: input.result,
        note: text,
        checkedBy: viewer.actor,
      });
      p.updatedAt = new Date();
      auditPurchaser(
        tx,
        viewer,
        p,
        'creditCheck',
        { status: p.status },
        {
          status: p.status,
          creditCheckId: gid('CreditCheck', check.id),
          result: input.result,
        },
      );
      if (input.result === CheckResult.FAILED)
        await enqueueCheckFailed(tx, {
          kind: 'credit',
          checkId: check.id,
          delegationId: p.delegation.id,
          purchaserId: p.id,
          note: text,
        });
      return check.id;
    },
    CHECKED_PURCHASER,
    CHECK_RETRIES,
  );
}

export async function recordBackgroundCheck(
  em: Em,
  viewer: Viewer,
  input: { attendeeId: string; result: CheckResult; note?: string | null },
): Promise<string> {
  const text = cleanNote(input.note, 'note');
  const { attendeeId } = input;
  return purchaserTransaction(
    em,
    async (tx) => {
      const attendee = await tx.findOne(Attendee, { id: attendeeId }, { populate: ['purchaser'] });
      const p = attendee?.purchaser.getEntity();
      if (!attendee || !p || !readsPurchaser(viewer, scopeOf(p)))
        throw notFound('Attendee', attendeeId);
      requireInDelegation(
        viewer,
        p.delegation.id,
        [Role.BACKGROUND_CHECKER],
        'record background checks',
      );
      requireStep('backgroundCheck', p.status, 'an attendee of a purchaser');
      const check = tx.create(BackgroundCheck, {
        delegation: p.delegation.id,
        attendee,
        result: input.result,
        note: text,
        checkedBy: viewer.actor,
      });
      p.updatedAt = new Date();
      auditPurchaser(
        tx,
        viewer,
        p,
        'backgroundCheck',
        { status: p.status },
        {
          status: p.status,
          attendeeId: gid('Attendee', attendee.id),
          backgroundCheckId: gid('BackgroundCheck', check.id),
          result: input.result,
        },
      );
      if (input.result === CheckResult.FAILED)
        await enqueueCheckFailed(tx, {
          kind: 'background',
          checkId: check.id,
          delegationId: p.delegation.id,
          purchaserId: p.id,
          attendeeId,
          note: text,
        });
      return check.id;
    },
    CHECKED_ATTENDEE,
    CHECK_RETRIES,
  );
}
