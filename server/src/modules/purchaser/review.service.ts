import { readsPurchaser, requireInDelegation, requireLeadOf } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError, ErrorCode, notFound } from '../../graphql/errors.js';
import { requireVersion } from '../shared/transaction.js';
import { Attendee } from './attendee.entity.js';
import { BackgroundCheck } from './background-check.entity.js';
import { CreditCheck } from './credit-check.entity.js';
import { CheckResult, PurchaserStatus } from './purchaser.enums.js';
import { note as cleanNote, reason as cleanReason, requireStep } from './purchaser.rules.js';
import {
  auditPurchaser,
  gid,
  loadPurchaser,
  purchaserTransaction,
  PURCHASER_VERSION,
  REVIEW_TIER,
  scopeOf,
  snapshot,
  type Em,
} from './purchaser.write.js';
import type { PurchaserCommand } from './registration.service.js';

/**
 * Checks and review: Market Regulation's credit checks, Public Security's background checks,
 * and the lead unit's decision (approve when the checks passed, or reject with a reason).
 */

/** What still stands in the way of approval; empty when the checks all passed. */
export async function approvalBlockers(em: Em, purchaserId: string): Promise<string[]> {
  const [row] = await em.execute<
    { credit: string | null; attendees: number; unchecked: number; failed: number }[]
  >(
    `select
       (select c.result from credit_check c where c.purchaser_id = ?
         order by c.checked_at desc, c.result limit 1) as credit,
       count(a.id)::int as attendees,
       count(a.id) filter (where b.result is null)::int as unchecked,
       count(a.id) filter (where b.result = 'FAILED')::int as failed
     from (select 1) one
     left join attendee a on a.purchaser_id = ?
     left join lateral (select b.result from background_check b where b.attendee_id = a.id
       order by b.checked_at desc, b.result limit 1) b on true`,
    [purchaserId, purchaserId],
  );
  return blockersOf(row!);
}

/** Reasons, in words, from the latest credit check and each attendee's latest background check. */
export function blockersOf(state: {
  credit: string | null;
  attendees: number;
  unchecked: number;
  failed: number;
}): string[] {
  const blockers: string[] = [];
  if (state.credit === null) blockers.push('no credit check yet');
  else if (state.credit !== CheckResult.PASSED) blockers.push('the credit check failed');
  if (state.attendees === 0) blockers.push('no attendees');
  if (state.unchecked > 0)
    blockers.push(`${state.unchecked} attendee(s) without a background check`);
  if (state.failed > 0) blockers.push(`${state.failed} attendee(s) failed the background check`);
  return blockers;
}

export async function approvePurchaser(
  em: Em,
  viewer: Viewer,
  input: PurchaserCommand & { version: number },
): Promise<string> {
  return purchaserTransaction(em, async (tx) => {
    const p = await loadPurchaser(tx, viewer, input.purchaserId);
    requireLeadOf(viewer, scopeOf(p), 'approve it');
    requireVersion(p, input.version, PURCHASER_VERSION);
    requireStep('approve', p.status);
    const blockers = await approvalBlockers(tx, p.id);
    if (blockers.length) {
      throw new AppError(
        ErrorCode.INVALID_TRANSITION,
        `Cannot approve yet: ${blockers.join('; ')}`,
        {
          status: p.status,
          blockers,
        },
      );
    }
    const before = snapshot(p);
    p.status = PurchaserStatus.APPROVED;
    p.approvedAt = new Date();
    auditPurchaser(tx, viewer, p, 'approve', before, snapshot(p, { tier: REVIEW_TIER.LEAD_UNIT }));
    return p.id;
  });
}

export async function rejectPurchaser(
  em: Em,
  viewer: Viewer,
  input: PurchaserCommand & { version: number; reason: string },
): Promise<string> {
  const why = cleanReason(input.reason, 'reason', true)!;
  return purchaserTransaction(em, async (tx) => {
    const p = await loadPurchaser(tx, viewer, input.purchaserId);
    requireLeadOf(viewer, scopeOf(p), 'reject it');
    requireVersion(p, input.version, PURCHASER_VERSION);
    requireStep('reject', p.status);
    const before = snapshot(p);
    p.status = PurchaserStatus.REJECTED;
    p.rejectionReason = why;
    auditPurchaser(tx, viewer, p, 'reject', before, snapshot(p, { tier: REVIEW_TIER.LEAD_UNIT }));
    return p.id;
  });
}

/**
 * The office's review tier (分级审核): the DELEGATION_OFFICE of the purchaser's delegation (or
 * ADMIN) sends an APPROVED purchaser, not yet reported, back to its lead unit with a reason.
 * APPROVED → REGISTERED: the lead reviews it again (approve or reject), the checks still count.
 * The reason is in the audit event (Purchaser.history), beside the lead's approval.
 */
export async function sendBackPurchaser(
  em: Em,
  viewer: Viewer,
  input: PurchaserCommand & { version: number; reason: string },
): Promise<string> {
  const why = cleanReason(input.reason, 'reason', true)!;
  return purchaserTransaction(em, async (tx) => {
    const p = await loadPurchaser(tx, viewer, input.purchaserId);
    requireInDelegation(
      viewer,
      p.delegation.id,
      [Role.DELEGATION_OFFICE],
      'send purchasers back to their lead unit',
    );
    requireVersion(p, input.version, PURCHASER_VERSION);
    requireStep('sendBack', p.status);
    const before = snapshot(p, { tier: REVIEW_TIER.LEAD_UNIT });
    p.status = PurchaserStatus.REGISTERED;
    p.approvedAt = null;
    auditPurchaser(
      tx,
      viewer,
      p,
      'sendBack',
      before,
      snapshot(p, { tier: REVIEW_TIER.DELEGATION_OFFICE, reason: why }),
    );
    return p.id;
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
      return check.id;
    },
    CHECKED_ATTENDEE,
    CHECK_RETRIES,
  );
}
