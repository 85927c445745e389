import { describe, expect, it } from 'vitest';
import {
  ApprovePurchaserDocument,
  DealTotalsDocument,
  InvitePurchaserDocument,
  PurchaserDocument,
  RecordBackgroundCheckDocument,
  RecordCreditCheckDocument,
  RecordDealDocument,
  RegisterPurchaserDocument,
  ReportPurchasersDocument,
  RecruitmentProgressDocument,
} from '../../sdk/src/index.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { newCreditCode, newResidentId } from '../helpers/recruitment.js';
import { useTestServer } from '../helpers/server.js';

describe('a delegation at work, through the SDK only', () => {
  const t = useTestServer();

  it('recruits a purchaser tier by tier, then watches its deal arrive in the live totals', async () => {
    const qh = toGlobalId(
      'Delegation',
      (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id,
    );
    const unit = await t.client('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
    const lead = await t.client('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
    const credit = await t.client('CREDIT_CHECKER', 'CIIE-5/QH');
    const background = await t.client('BACKGROUND_CHECKER', 'CIIE-5/QH');
    const office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');

    // Culture & Tourism leads no sub-delegation: its purchaser lands in Commerce & Trade
    const { invitePurchaser: invited } = await unit.request(InvitePurchaserDocument, {
      input: {
        delegationId: qh,
        organisation: {
          kind: 'ENTERPRISE',
          nameZh: '青海文旅商贸有限公司',
          creditCode: newCreditCode(),
        },
      },
    });
    expect(invited).toMatchObject({ status: 'INVITED', subDelegation: { key: 'COMMERCE' } });

    const { registerPurchaser: registered } = await unit.request(RegisterPurchaserDocument, {
      input: {
        purchaserId: invited.id,
        category: 'IMPORT_TRADE',
        contact: { name: '李联系', mobile: '13800138000', email: 'li@example.cn' },
        attendees: [
          {
            name: '王采购',
            idNumber: newResidentId(),
            jobTitle: '采购经理',
            mobile: '13900139000',
          },
        ],
      },
    });
    expect(registered.status).toBe('REGISTERED');

    await credit.request(RecordCreditCheckDocument, {
      input: { purchaserId: invited.id, result: 'PASSED' },
    });
    const { purchaser } = await background.request(PurchaserDocument, { id: invited.id });
    for (const attendee of purchaser!.attendees) {
      await background.request(RecordBackgroundCheckDocument, {
        input: { attendeeId: attendee.id, result: 'PASSED' },
      });
    }
    const { purchaser: checked } = await lead.request(PurchaserDocument, { id: invited.id });
    expect(checked!.approvalBlockers).toEqual([]);
    const { approvePurchaser: approved } = await lead.request(ApprovePurchaserDocument, {
      input: { purchaserId: invited.id, version: checked!.version },
    });
    expect(approved.status).toBe('APPROVED');
    const { reportPurchasers: batch } = await office.request(ReportPurchasersDocument, {
      input: { delegationId: qh, purchaserIds: [invited.id] },
    });
    expect(batch.purchaserCount).toBe(1);

    const { recruitmentProgress } = await office.request(RecruitmentProgressDocument, {
      delegationId: qh,
    });
    const commerce = recruitmentProgress!.subDelegations.find(
      (s) => s.subDelegation?.key === 'COMMERCE',
    )!;
    expect(commerce).toMatchObject({ reported: 1, target: 70, targetMet: false });

    // live totals: first the current state, then the new deal, exactly
    const totals = office.subscribe(DealTotalsDocument, {
      delegationId: qh,
      groupBy: ['SUB_DELEGATION'],
    });
    const first = await totals.next();
    expect(first.value?.dealTotals.groups).toEqual([]);
    await office.request(RecordDealDocument, {
      input: { purchaserId: invited.id, goods: '藏毯原料', amount: '0.10', currency: 'USD' },
    });
    await office.request(RecordDealDocument, {
      input: { purchaserId: invited.id, goods: '藏毯原料', amount: '0.20', currency: 'USD' },
    });
    let latest = (await totals.next()).value!;
    while (latest.dealTotals.groups[0]?.count !== 2) latest = (await totals.next()).value!;
    expect(latest.dealTotals.groups[0]).toMatchObject({ count: 2, sumUsd: '0.30' });
    await totals.return?.();
    office.dispose();
  });
});
