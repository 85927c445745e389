import { beforeAll, describe, expect, it } from 'vitest';
import {
  ApprovePurchaserDocument,
  InvitePurchaserDocument,
  PurchaserDocument,
  RecordBackgroundCheckDocument,
  RecordCreditCheckDocument,
  RegisterPurchaserDocument,
  ReportPurchasersDocument,
  SendBackPurchaserDocument,
  type DelegationHubClient,
} from '../../sdk/src/index.js';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { newCreditCode, newResidentId } from '../helpers/recruitment.js';
import { refusal } from '../helpers/refusals.js';
import { useTestServer } from '../helpers/server.js';

/**
 * The office's review tier (分级审核), through the SDK: a lead unit approves, the delegation office
 * sends the purchaser back with a reason, the lead approves again, the office reports it up. The
 * purchaser's history shows both tiers; nobody else may send back; a stale version is a CONFLICT;
 * only an APPROVED purchaser goes back.
 */

describe("the office's review tier", () => {
  const t = useTestServer();
  let qh: string;
  let office: DelegationHubClient;
  let lead: DelegationHubClient;
  let purchaserId: string;

  const purchaser = async () =>
    (await office.request(PurchaserDocument, { id: purchaserId })).purchaser!;
  const sendBack = (client: DelegationHubClient, version: number, reason = '材料不全') =>
    client.request(SendBackPurchaserDocument, { input: { purchaserId, version, reason } });
  const audited = async () =>
    (
      await t.sql.query(`select count(*)::int as n from audit_event where entity_id = $1`, [
        fromGlobalId(purchaserId)!.id,
      ])
    ).rows[0].n as number;

  beforeAll(async () => {
    qh = toGlobalId(
      'Delegation',
      (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id,
    );
    // a second delegation of the same expo, whose office reads none of Qinghai's purchasers
    await t.sql.query(
      `insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en)
       select expo_id, 'GS', '甘肃交易团', 'Gansu Delegation', '甘肃', 'Gansu' from delegation where key = 'QH'`,
    );
    office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    lead = await t.client('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
    const credit = await t.client('CREDIT_CHECKER', 'CIIE-5/QH');
    const background = await t.client('BACKGROUND_CHECKER', 'CIIE-5/QH');
    const { invitePurchaser } = await lead.request(InvitePurchaserDocument, {
      input: {
        delegationId: qh,
        organisation: {
          kind: 'ENTERPRISE',
          nameZh: '青海分级审核商贸有限公司',
          creditCode: newCreditCode(),
        },
      },
    });
    purchaserId = invitePurchaser.id;
    await lead.request(RegisterPurchaserDocument, {
      input: {
        purchaserId,
        category: 'IMPORT_TRADE',
        contact: { name: '李联系', mobile: '13800138000' },
        attendees: [{ name: '王采购', idNumber: newResidentId(), mobile: '13900139000' }],
      },
    });
    await credit.request(RecordCreditCheckDocument, { input: { purchaserId, result: 'PASSED' } });
    for (const a of (await purchaser()).attendees) {
      await background.request(RecordBackgroundCheckDocument, {
        input: { attendeeId: a.id, result: 'PASSED' },
      });
    }
    const { version } = await purchaser();
    await lead.request(ApprovePurchaserDocument, { input: { purchaserId, version } });
  });

  it('refuses, writing nothing: other roles, another delegation, a stale version, no reason', async () => {
    const p = await purchaser();
    expect(p.status).toBe('APPROVED');
    const before = await audited();
    for (const [role, scope] of [
      ['SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE'],
      ['MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM'],
      ['ANALYST', 'CIIE-5/QH'],
      ['EXPO_BUREAU', 'CIIE-5'],
      ['CREDIT_CHECKER', 'CIIE-5/QH'],
    ] as const) {
      expect(await refusal(sendBack(await t.client(role, scope), p.version))).toEqual({
        code: 'FORBIDDEN',
        field: undefined,
      });
    }
    // the office of another delegation finds no such purchaser
    const gansu = await t.client('DELEGATION_OFFICE', 'CIIE-5/GS');
    expect(await refusal(sendBack(gansu, p.version))).toEqual({
      code: 'NOT_FOUND',
      field: 'input.purchaserId',
    });
    expect(await refusal(sendBack(office, p.version - 1))).toEqual({
      code: 'CONFLICT',
      field: 'input.version',
      currentVersion: p.version,
    });
    // the reason is required, and normalised as every text input: one that shows nothing is none
    expect(await refusal(sendBack(office, p.version, ' \u200b '))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    expect(await purchaser()).toEqual(p);
    expect(await audited()).toBe(before);
  });

  it('sends back, the lead approves again, the office reports up; the history shows both tiers', async () => {
    const approved = await purchaser();
    const { sendBackPurchaser: back } = await sendBack(
      office,
      approved.version,
      '\u200b 联系人电话有误，请核实 ',
    );
    expect(back).toMatchObject({ status: 'REGISTERED', approvedAt: null });
    expect(back.version).toBeGreaterThan(approved.version);
    // once back, it is not APPROVED: nothing to send back, nothing to report
    expect(await refusal(sendBack(office, back.version))).toEqual({
      code: 'INVALID_TRANSITION',
      field: undefined,
    });
    expect(
      await refusal(
        office.request(ReportPurchasersDocument, {
          input: { delegationId: qh, purchaserIds: [purchaserId] },
        }),
      ),
    ).toMatchObject({ code: 'INVALID_TRANSITION' });
    // the lead reviews it again: its checks still count
    const { approvePurchaser: again } = await lead.request(ApprovePurchaserDocument, {
      input: { purchaserId, version: back.version },
    });
    expect(again.status).toBe('APPROVED');
    await office.request(ReportPurchasersDocument, {
      input: { delegationId: qh, purchaserIds: [purchaserId] },
    });
    // a reported purchaser is the bureau's now: it cannot be sent back
    const reported = await purchaser();
    expect(reported.status).toBe('REPORTED');
    expect(await refusal(sendBack(office, reported.version))).toEqual({
      code: 'INVALID_TRANSITION',
      field: undefined,
    });

    const review = reported.history
      .filter((e) => /approve|sendBack|report/.test(e.action))
      .map((e) => ({
        action: e.action,
        actor: e.actor,
        tier: e.after?.tier,
        status: e.after?.status,
        reason: e.after?.reason,
      }));
    expect(review).toEqual([
      {
        action: 'purchaser.approve',
        actor: expect.stringContaining('SUB_DELEGATION_LEAD'),
        tier: 'LEAD_UNIT',
        status: 'APPROVED',
        reason: undefined,
      },
      {
        action: 'purchaser.sendBack',
        actor: expect.stringContaining('DELEGATION_OFFICE'),
        tier: 'DELEGATION_OFFICE',
        status: 'REGISTERED',
        reason: '联系人电话有误，请核实',
      },
      {
        action: 'purchaser.approve',
        actor: expect.stringContaining('SUB_DELEGATION_LEAD'),
        tier: 'LEAD_UNIT',
        status: 'APPROVED',
        reason: undefined,
      },
      {
        action: 'purchaser.report',
        actor: expect.stringContaining('DELEGATION_OFFICE'),
        tier: 'DELEGATION_OFFICE',
        status: 'REPORTED',
        reason: undefined,
      },
    ]);
    // the lead unit reads why it came back
    const { purchaser: seen } = await lead.request(PurchaserDocument, { id: purchaserId });
    expect(seen!.history.map((e) => e.action)).toContain('purchaser.sendBack');
  });
});
