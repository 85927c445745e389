import { beforeAll, describe, expect, it } from 'vitest';
import {
  ApprovePurchaserDocument,
  CloseProcurementNeedDocument,
  CreateProcurementNeedDocument,
  DelegationHubError,
  InvitePurchaserDocument,
  ProcurementNeedsDocument,
  ProposeMatchDocument,
  PublishProcurementNeedDocument,
  PurchaserDocument,
  RecordBackgroundCheckDocument,
  RecordCreditCheckDocument,
  RecordDealDocument,
  RegisterPurchaserDocument,
  UpdateProcurementNeedDocument,
  WithdrawPurchaserDocument,
  type DelegationHubClient,
} from '../../sdk/src/index.js';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { newCreditCode, newResidentId } from '../helpers/recruitment.js';
import { useTestServer } from '../helpers/server.js';
import { countOf, seeded, tradePurchaser } from '../helpers/trade.js';

const uuid = (gid: string) => fromGlobalId(gid)!.id;

/** The DelegationHubError a request must fail with. */
async function refusal(request: Promise<unknown>): Promise<DelegationHubError> {
  const error = await request.then(
    (data) => {
      throw new Error(`expected a refusal, got ${JSON.stringify(data)}`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DelegationHubError);
  return error as DelegationHubError;
}

describe('needs from member units (五(九) 参会注册、需求发布), drafted before approval', () => {
  const t = useTestServer();
  let ids: Awaited<ReturnType<typeof seeded>>;
  let unit: DelegationHubClient;
  let otherUnit: DelegationHubClient;
  let exhibitor: string;

  /** A purchaser the unit invites and registers (INVITED, then REGISTERED), through the SDK. */
  async function invited(by: DelegationHubClient, nameZh: string) {
    const { invitePurchaser } = await by.request(InvitePurchaserDocument, {
      input: {
        delegationId: ids.delegation,
        organisation: { kind: 'ENTERPRISE', nameZh, creditCode: newCreditCode() },
      },
    });
    return invitePurchaser;
  }

  async function register(by: DelegationHubClient, purchaserId: string) {
    const { registerPurchaser } = await by.request(RegisterPurchaserDocument, {
      input: {
        purchaserId,
        category: 'IMPORT_TRADE',
        contact: { name: '马联系', mobile: '13800138001' },
        attendees: [{ name: '韩采购', idNumber: newResidentId(), mobile: '13900139001' }],
      },
    });
    return registerPurchaser;
  }

  /** Checks passed and the lead unit's approval, as the delegation's checkers and lead give them. */
  async function approve(purchaserId: string) {
    const credit = await t.client('CREDIT_CHECKER', 'CIIE-5/QH');
    const background = await t.client('BACKGROUND_CHECKER', 'CIIE-5/QH');
    const lead = await t.client('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
    await credit.request(RecordCreditCheckDocument, { input: { purchaserId, result: 'PASSED' } });
    const { purchaser } = await background.request(PurchaserDocument, { id: purchaserId });
    for (const attendee of purchaser!.attendees) {
      await background.request(RecordBackgroundCheckDocument, {
        input: { attendeeId: attendee.id, result: 'PASSED' },
      });
    }
    const { purchaser: checked } = await lead.request(PurchaserDocument, { id: purchaserId });
    const { approvePurchaser } = await lead.request(ApprovePurchaserDocument, {
      input: { purchaserId, version: checked!.version },
    });
    expect(approvePurchaser.status).toBe('APPROVED');
  }

  beforeAll(async () => {
    ids = await seeded(t.sql);
    // Culture & Tourism leads no sub-delegation: its purchasers register in Commerce & Trade
    unit = await t.client('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
    otherUnit = await t.client('MEMBER_UNIT', 'CIIE-5/QH/FEDERATION');
    const { rows } = await t.sql.query(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, products)
       select $1, id, 'Alpine Carpets GmbH', 'AT', 'carpets, wool' from exhibition_area
       where expo_id = $1 and key = 'CONSUMER_GOODS' returning id`,
      [ids.expoId],
    );
    exhibitor = toGlobalId('Exhibitor', rows[0].id);
  });

  it('a member unit drafts a need before approval, publishes it once approved, and closes it', async () => {
    const purchaser = await invited(unit, '青海藏毯文化有限公司');
    expect(purchaser.status).toBe('INVITED');

    // drafted while the purchaser is only invited
    const { createProcurementNeed: draft } = await unit.request(CreateProcurementNeedDocument, {
      input: {
        purchaserId: purchaser.id,
        title: '羊毛原料',
        budgetAmount: '50000',
        budgetCurrency: 'EUR',
      },
    });
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, budgetAmount: '50000.00' });
    const { updateProcurementNeed: changed } = await unit.request(UpdateProcurementNeedDocument, {
      input: {
        id: draft.id,
        version: draft.version,
        title: '新西兰羊毛原料',
        preferredCountries: ['NZ'],
      },
    });
    expect(changed).toMatchObject({
      title: '新西兰羊毛原料',
      version: 2,
      preferredCountries: ['NZ'],
    });

    // not published before the purchaser is approved: the state machine's refusal, nothing written
    const events = await countOf(t.sql, 'audit_event');
    const early = await refusal(
      unit.request(PublishProcurementNeedDocument, { id: draft.id, version: changed.version }),
    );
    expect(early).toMatchObject({ code: 'INVALID_TRANSITION', field: 'id' });
    expect(early.message).toBe(
      'Cannot publish a need of a purchaser that is INVITED (only when APPROVED or REPORTED)',
    );
    expect(await countOf(t.sql, 'audit_event')).toBe(events);
    await register(unit, purchaser.id);
    const registered = await refusal(
      unit.request(PublishProcurementNeedDocument, { id: draft.id, version: changed.version }),
    );
    expect(registered).toMatchObject({ code: 'INVALID_TRANSITION', field: 'id' });
    expect(registered.errors[0]!.extensions).toMatchObject({
      currentState: 'REGISTERED',
      allowedFrom: ['APPROVED', 'REPORTED'],
    });
    const still = await t.sql.query(`select status, version from procurement_need where id = $1`, [
      uuid(draft.id),
    ]);
    expect(still.rows[0]).toEqual({ status: 'DRAFT', version: 2 });

    await approve(purchaser.id);
    const { publishProcurementNeed: published } = await unit.request(
      PublishProcurementNeedDocument,
      { id: draft.id, version: changed.version },
    );
    expect(published).toMatchObject({ status: 'PUBLISHED', version: 3 });
    const { procurementNeeds } = await unit.request(ProcurementNeedsDocument, {
      filter: { purchaser: { eq: purchaser.id } },
    });
    expect(procurementNeeds.nodes.map((n) => [n.id, n.status])).toEqual([[draft.id, 'PUBLISHED']]);
    const { closeProcurementNeed: closed } = await unit.request(CloseProcurementNeedDocument, {
      input: { id: draft.id, version: published.version, reason: 'FULFILLED' },
    });
    expect(closed).toMatchObject({ status: 'CLOSED', closeReason: 'FULFILLED' });
    const audited = await t.sql.query(
      `select action, actor from audit_event where entity_type = 'ProcurementNeed' and entity_id = $1 order by at`,
      [uuid(closed.id)],
    );
    expect(audited.rows.map((r) => r.action)).toEqual([
      'need.create',
      'need.update',
      'need.publish',
      'need.close',
    ]);
    expect(
      audited.rows.every((r) => r.actor.startsWith('MEMBER_UNIT@CIIE-5/QH/CULTURE_TOURISM')),
    ).toBe(true);
  });

  it('only for the purchasers it invited: another unit, and any other purchaser, are NOT_FOUND', async () => {
    const mine = await invited(unit, '青海唐卡艺术有限公司');
    const { createProcurementNeed: need } = await unit.request(CreateProcurementNeedDocument, {
      input: { purchaserId: mine.id, title: '矿物颜料' },
    });
    // a purchaser the Commerce department invited, approved
    const commerce = await tradePurchaser(t.sql, {
      key: 'NMU_COMMERCE',
      subDelegation: 'COMMERCE',
    });
    const before = await countOf(t.sql, 'procurement_need');

    const theirs = await refusal(
      unit.request(CreateProcurementNeedDocument, {
        input: { purchaserId: commerce.gid, title: '地毯' },
      }),
    );
    expect(theirs).toMatchObject({ code: 'NOT_FOUND', field: 'input.purchaserId' });
    const other = await refusal(
      otherUnit.request(CreateProcurementNeedDocument, {
        input: { purchaserId: mine.id, title: '地毯' },
      }),
    );
    expect(other).toMatchObject({ code: 'NOT_FOUND', field: 'input.purchaserId' });
    const change = await refusal(
      otherUnit.request(UpdateProcurementNeedDocument, {
        input: { id: need.id, version: need.version, title: '地毯' },
      }),
    );
    expect(change).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    const close = await refusal(
      otherUnit.request(CloseProcurementNeedDocument, {
        input: { id: need.id, version: need.version, reason: 'CANCELLED' },
      }),
    );
    expect(close).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    const { procurementNeeds } = await otherUnit.request(ProcurementNeedsDocument, {});
    expect(procurementNeeds.totalCount).toBe(0);
    expect(await countOf(t.sql, 'procurement_need')).toBe(before);

    // needs only: matches and deals stay with the matchmakers (the domain's MEMBER_UNIT row)
    await register(unit, mine.id);
    await approve(mine.id);
    const { publishProcurementNeed: published } = await unit.request(
      PublishProcurementNeedDocument,
      { id: need.id, version: need.version },
    );
    expect(published.status).toBe('PUBLISHED');
    expect(
      await refusal(
        unit.request(ProposeMatchDocument, { input: { needId: need.id, exhibitorId: exhibitor } }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refusal(
        unit.request(RecordDealDocument, {
          input: { purchaserId: mine.id, goods: '颜料', amount: '10', currency: 'USD' },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });

    // not for a purchaser that withdrew
    const gone = await invited(unit, '青海撤回有限公司');
    await unit.request(WithdrawPurchaserDocument, {
      input: { purchaserId: gone.id, version: gone.version, reason: '不参加' },
    });
    expect(
      await refusal(
        unit.request(CreateProcurementNeedDocument, {
          input: { purchaserId: gone.id, title: '地毯' },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.purchaserId' });
    expect(await countOf(t.sql, 'procurement_need')).toBe(before);
  });
});
