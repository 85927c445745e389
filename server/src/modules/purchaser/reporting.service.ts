import { LockMode, ref } from '@mikro-orm/core';
import { requireInDelegation } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/relay.js';
import { PurchaserReportBatch } from './purchaser-report-batch.entity.js';
import { Purchaser } from './purchaser.entity.js';
import { PurchaserStatus } from './purchaser.enums.js';
import { requireStep } from './purchaser.rules.js';
import {
  auditPurchaser,
  gid,
  purchaserTransaction,
  REVIEW_TIER,
  snapshot,
  type Em,
} from './purchaser.write.js';
import { msg } from '../../i18n/message.js';

/** Reporting up to the expo bureau: the office reports APPROVED purchasers as one batch. */

/** A purchaser reported changed meanwhile (the batch locks them, so only in theory). */
const REPORTED = { what: 'A purchaser reported', field: 'purchaserIds' };

export const MAX_REPORT_BATCH = 1000;

export async function reportPurchasers(
  em: Em,
  viewer: Viewer,
  input: { delegationId: string; purchaserIds?: string[] | null },
): Promise<string> {
  const { delegationId } = input;
  const [delegation] = viewer.readsDelegation(delegationId)
    ? await em.execute('select 1 from delegation where id = ?', [delegationId])
    : [];
  if (!delegation) throw notFound('Delegation', delegationId);
  requireInDelegation(
    viewer,
    delegationId,
    [Role.DELEGATION_OFFICE],
    'report purchasers to the expo bureau',
  );
  let ids: string[] | null = null;
  if (input.purchaserIds) {
    if (input.purchaserIds.length === 0 || input.purchaserIds.length > MAX_REPORT_BATCH) {
      throw badInput('purchaserIds', msg`Report 1 to ${MAX_REPORT_BATCH} purchasers at a time`);
    }
    ids = input.purchaserIds;
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) throw badInput(`purchaserIds.${i}`, msg`This purchaser is listed twice`);
      seen.add(id);
    });
  }
  return purchaserTransaction(
    em,
    async (tx) => {
      // locked: two offices reporting at once never report one purchaser twice
      const lock = { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } } as const;
      let purchasers: Purchaser[];
      if (ids) {
        purchasers = await tx.find(Purchaser, { id: { $in: ids } }, lock);
        const found = new Map(purchasers.map((p) => [p.id, p]));
        ids.forEach((id, i) => {
          const p = found.get(id);
          if (!p || p.delegation.id !== delegationId) {
            throw new AppError(ErrorCode.NOT_FOUND, msg`Purchaser not found in this delegation`, {
              field: `purchaserIds.${i}`,
            });
          }
          requireStep('report', p.status, `purchaser ${toGlobalId('Purchaser', id)}`);
        });
      } else {
        purchasers = await tx.find(
          Purchaser,
          { delegation: delegationId, status: PurchaserStatus.APPROVED },
          lock,
        );
        if (purchasers.length === 0)
          throw badInput('purchaserIds', msg`No approved purchasers to report`);
        if (purchasers.length > MAX_REPORT_BATCH) {
          throw badInput(
            'purchaserIds',
            msg`More than ${MAX_REPORT_BATCH} approved: list which to report`,
          );
        }
      }
      const reportedAt = new Date();
      const batch = tx.create(PurchaserReportBatch, {
        delegation: delegationId,
        reportedAt,
        reportedBy: viewer.actor,
        purchaserCount: purchasers.length,
      });
      for (const p of purchasers) {
        const before = snapshot(p);
        p.status = PurchaserStatus.REPORTED;
        p.reportedAt = reportedAt;
        p.reportBatch = ref(batch);
        auditPurchaser(
          tx,
          viewer,
          p,
          'report',
          before,
          snapshot(p, {
            tier: REVIEW_TIER.DELEGATION_OFFICE,
            reportBatchId: gid('PurchaserReportBatch', batch.id),
          }),
        );
      }
      return batch.id;
    },
    REPORTED,
  );
}
