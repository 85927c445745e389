import { beforeAll, describe, expect, it } from 'vitest';
import {
  ApprovePurchaserDocument,
  CloseProcurementNeedDocument,
  CreateProcurementNeedDocument,
  DelegationHubError,
  InvitePurchaserDocument,
  ProcurementNeedsDocument,
  AcceptMatchDocument,
  ExhibitorMatchesDocument,
  ProposeMatchDocument,
  PublishProcurementNeedDocument,
  RefreshSuggestionsDocument,
  SuggestedExhibitorsDocument,
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

  describe('suggestions kept and matches without a need', () => {
    let office: DelegationHubClient;
    let buyer: Awaited<ReturnType<typeof tradePurchaser>>;
    let need: { id: string; version: number };
    /** Exhibitors by English name, as global IDs. */
    const x: Record<string, string> = {};

    /** An exhibitor of CIIE-5, written straight to the database. */
    async function exhibitorRow(nameEn: string, area: string, country: string, products: string) {
      const { rows } = await t.sql.query(
        `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, products)
         select $1, id, $3, $4, $5 from exhibition_area where expo_id = $1 and key = $2 returning id`,
        [ids.expoId, area, nameEn, country, products],
      );
      x[nameEn] = toGlobalId('Exhibitor', rows[0].id);
    }

    /** The need's matches as the database holds them: exhibitor name, status, version, id. */
    async function stored() {
      const { rows } = await t.sql.query(
        `select x.name_en as exhibitor, m.status, m.version, m.id, m.score::text as score,
           m.suggested_at is not null as "suggestedAt"
         from exhibitor_match m join exhibitor x on x.id = m.exhibitor_id
         where m.need_id = $1 order by x.name_en`,
        [uuid(need.id)],
      );
      return rows;
    }

    beforeAll(async () => {
      office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
      buyer = await tradePurchaser(t.sql, { key: 'NMU_BUYER', subDelegation: 'COMMERCE' });
      await exhibitorRow('Kiwi Wool Ltd', 'CONSUMER_GOODS', 'NZ', 'wool yarn, carpets');
      await exhibitorRow('Persian Rugs Co', 'CONSUMER_GOODS', 'IR', 'carpets, rugs');
      await exhibitorRow('Andes Alpaca SA', 'CONSUMER_GOODS', 'PE', 'alpaca wool');
      await exhibitorRow('Robo Arms AG', 'TECH_EQUIPMENT', 'DE', 'industrial robots');
      const { createProcurementNeed } = await office.request(CreateProcurementNeedDocument, {
        input: {
          purchaserId: buyer.gid,
          title: 'Wool carpets',
          description: 'hand-knotted wool carpets',
          exhibitionAreaId: ids.area.CONSUMER_GOODS,
          preferredCountries: ['NZ'],
        },
      });
      const { publishProcurementNeed } = await office.request(PublishProcurementNeedDocument, {
        id: createProcurementNeed.id,
        version: createProcurementNeed.version,
      });
      need = publishProcurementNeed;
    });

    it('keeps suggestions as SUGGESTED matches, refreshed on demand, and proposes one without a second row', async () => {
      // ranked on the fly until suggestions are kept
      const { suggestedExhibitors: live } = await office.request(SuggestedExhibitorsDocument, {
        needId: need.id,
      });
      const ranking = live.map((s) => [s.exhibitor.nameEn, s.score]);
      expect(ranking.map(([name]) => name)).toEqual([
        'Kiwi Wool Ltd',
        'Alpine Carpets GmbH',
        'Andes Alpaca SA',
        'Persian Rugs Co',
      ]);
      expect(live.every((s) => s.match === null)).toBe(true);
      expect(await stored()).toEqual([]);

      const { refreshSuggestions: kept } = await office.request(RefreshSuggestionsDocument, {
        needId: need.id,
      });
      expect(kept.map((m) => [m.exhibitor.nameEn, m.score])).toEqual(ranking);
      expect(kept.every((m) => m.status === 'SUGGESTED' && m.suggestedAt !== null)).toBe(true);
      expect(kept[0]!.reasons).toEqual(live[0]!.reasons);
      // listed through the matches connection, by status; the purchaser reads them too
      const purchaser = await t.client('PURCHASER', 'CIIE-5/QH/NMU_BUYER');
      const { exhibitorMatches } = await purchaser.request(ExhibitorMatchesDocument, {
        filter: { need: { eq: need.id }, status: { eq: 'SUGGESTED' } },
        orderBy: [{ field: 'CREATED_AT', direction: 'ASC' }],
      });
      expect(exhibitorMatches.totalCount).toBe(4);
      expect(new Set(exhibitorMatches.nodes.map((m) => m.id))).toEqual(
        new Set(kept.map((m) => m.id)),
      );

      // the suggestion query answers from the kept rows: a new exhibitor is not in it until a refresh
      await exhibitorRow('Tibet Wool Carpets NZ', 'CONSUMER_GOODS', 'NZ', 'wool carpets');
      const { suggestedExhibitors: fromKept } = await office.request(SuggestedExhibitorsDocument, {
        needId: need.id,
      });
      expect(fromKept.map((s) => [s.exhibitor.nameEn, s.score, s.match?.id])).toEqual(
        kept.map((m) => [m.exhibitor.nameEn, m.score, m.id]),
      );

      // proposing a suggested exhibitor turns its SUGGESTED match into PROPOSED: the same row
      const alpine = kept.find((m) => m.exhibitor.nameEn === 'Alpine Carpets GmbH')!;
      const { proposeMatch: proposed } = await office.request(ProposeMatchDocument, {
        input: { needId: need.id, exhibitorId: x['Kiwi Wool Ltd']! },
      });
      const kiwi = kept.find((m) => m.exhibitor.nameEn === 'Kiwi Wool Ltd')!;
      expect(proposed).toMatchObject({
        id: kiwi.id,
        status: 'PROPOSED',
        version: kiwi.version + 1,
        score: kiwi.score,
        reasons: kiwi.reasons,
      });
      expect(proposed.suggestedAt).toBe(kiwi.suggestedAt);
      const declined = await t.sql.query(
        `update exhibitor_match set status = 'DECLINED', decline_reason = 'no stock', version = version + 1
         where id = $1 returning version`,
        [uuid(alpine.id)],
      );
      const before = await stored();
      expect(before.map((r) => [r.exhibitor, r.status])).toEqual([
        ['Alpine Carpets GmbH', 'DECLINED'],
        ['Andes Alpaca SA', 'SUGGESTED'],
        ['Kiwi Wool Ltd', 'PROPOSED'],
        ['Persian Rugs Co', 'SUGGESTED'],
      ]);

      // a refresh replaces the SUGGESTED rows only: the proposed and declined matches stay as
      // they are; of the SUGGESTED ones, those ranked again keep their match; the new exhibitor comes in
      const { refreshSuggestions: again } = await office.request(RefreshSuggestionsDocument, {
        needId: need.id,
        first: 2,
      });
      expect(again.map((m) => m.exhibitor.nameEn)).toEqual([
        'Tibet Wool Carpets NZ',
        'Andes Alpaca SA',
      ]);
      const after = await stored();
      expect(after.map((r) => [r.exhibitor, r.status])).toEqual([
        ['Alpine Carpets GmbH', 'DECLINED'],
        ['Andes Alpaca SA', 'SUGGESTED'],
        ['Kiwi Wool Ltd', 'PROPOSED'],
        ['Tibet Wool Carpets NZ', 'SUGGESTED'],
      ]);
      const row = (rows: typeof after, name: string) => rows.find((r) => r.exhibitor === name)!;
      expect(row(after, 'Kiwi Wool Ltd')).toEqual(row(before, 'Kiwi Wool Ltd'));
      expect(row(after, 'Alpine Carpets GmbH')).toEqual(row(before, 'Alpine Carpets GmbH'));
      expect(row(after, 'Alpine Carpets GmbH').version).toBe(declined.rows[0].version);
      expect(row(after, 'Andes Alpaca SA').id).toBe(row(before, 'Andes Alpaca SA').id);
      // and the suggestion query lists them all with their matches, best first
      const { suggestedExhibitors: now } = await office.request(SuggestedExhibitorsDocument, {
        needId: need.id,
      });
      expect(now.map((s) => [s.exhibitor.nameEn, s.match!.status])).toEqual([
        ['Kiwi Wool Ltd', 'PROPOSED'],
        ['Tibet Wool Carpets NZ', 'SUGGESTED'],
        ['Alpine Carpets GmbH', 'DECLINED'],
        ['Andes Alpaca SA', 'SUGGESTED'],
      ]);
      const refreshed = await t.sql.query(
        `select count(*)::int as n from audit_event where action = 'need.suggestionsRefreshed' and entity_id = $1`,
        [uuid(need.id)],
      );
      expect(refreshed.rows[0].n).toBe(2);
    });

    it('refreshes suggestions for the matchmakers only, of a published need', async () => {
      const before = await stored();
      for (const [role, scope] of [
        ['PURCHASER', 'CIIE-5/QH/NMU_BUYER'],
        ['MEMBER_UNIT', 'CIIE-5/QH/COMMERCE'],
        ['ANALYST', 'CIIE-5/QH'],
      ] as const) {
        const client = await t.client(role, scope);
        expect(
          await refusal(client.request(RefreshSuggestionsDocument, { needId: need.id })),
          role,
        ).toMatchObject({ code: 'FORBIDDEN' });
      }
      const health = await t.client('SUB_DELEGATION_LEAD', 'CIIE-5/QH/HEALTH/HEALTH');
      expect(
        await refusal(health.request(RefreshSuggestionsDocument, { needId: need.id })),
      ).toMatchObject({ code: 'NOT_FOUND', field: 'needId' });
      const lead = await t.client('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
      const { createProcurementNeed: draft } = await lead.request(CreateProcurementNeedDocument, {
        input: { purchaserId: buyer.gid, title: 'Wool yarn' },
      });
      expect(
        await refusal(lead.request(RefreshSuggestionsDocument, { needId: draft.id })),
      ).toMatchObject({ code: 'INVALID_TRANSITION' });
      expect(
        await refusal(lead.request(RefreshSuggestionsDocument, { needId: need.id, first: 0 })),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(await stored()).toEqual(before);
      const { refreshSuggestions } = await lead.request(RefreshSuggestionsDocument, {
        needId: need.id,
        first: 1,
      });
      expect(refreshSuggestions.map((m) => m.exhibitor.nameEn)).toEqual(['Tibet Wool Carpets NZ']);
    });

    it('proposes a match for a purchaser without a need, exactly one of needId and purchaserId', async () => {
      const matches = async () => countOf(t.sql, 'exhibitor_match');
      const count = await matches();
      const neither = await refusal(
        office.request(ProposeMatchDocument, { input: { exhibitorId: x['Robo Arms AG']! } }),
      );
      expect(neither).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.needId' });
      const both = await refusal(
        office.request(ProposeMatchDocument, {
          input: { needId: need.id, purchaserId: buyer.gid, exhibitorId: x['Robo Arms AG']! },
        }),
      );
      expect(both).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.purchaserId' });
      expect(await matches()).toBe(count);

      const { proposeMatch: match } = await office.request(ProposeMatchDocument, {
        input: { purchaserId: buyer.gid, exhibitorId: x['Robo Arms AG']! },
      });
      expect(match).toMatchObject({
        status: 'PROPOSED',
        score: null,
        reasons: [],
        suggestedAt: null,
        exhibitor: { nameEn: 'Robo Arms AG' },
      });
      const twice = await refusal(
        office.request(ProposeMatchDocument, {
          input: { purchaserId: buyer.gid, exhibitorId: x['Robo Arms AG']! },
        }),
      );
      expect(twice).toMatchObject({ code: 'CONFLICT', field: 'input.exhibitorId' });
      // the same exhibitor for the purchaser's need is another match
      const { proposeMatch: forNeed } = await office.request(ProposeMatchDocument, {
        input: { needId: need.id, exhibitorId: x['Robo Arms AG']! },
      });
      expect(forNeed.id).not.toBe(match.id);

      // the purchaser's side accepted by proposing; the exhibitor's representative accepts it,
      // and the purchaser lists it without a need
      const purchaser = await t.client('PURCHASER', 'CIIE-5/QH/NMU_BUYER');
      const representative = await t.client('EXHIBITOR', 'CIIE-5/Robo Arms AG');
      const { acceptMatch } = await representative.request(AcceptMatchDocument, {
        id: match.id,
        version: match.version,
      });
      expect(acceptMatch.status).toBe('ACCEPTED');
      const { exhibitorMatches } = await purchaser.request(ExhibitorMatchesDocument, {
        filter: { need: { isNull: true } },
      });
      expect(exhibitorMatches.nodes.map((m) => [m.id, m.need, m.purchaser.id])).toEqual([
        [match.id, null, buyer.gid],
      ]);

      // refused, writing nothing: a purchaser not yet approved, one out of scope, another role
      const count2 = await matches();
      const pending = await invited(unit, '青海未审核有限公司');
      expect(
        await refusal(
          office.request(ProposeMatchDocument, {
            input: { purchaserId: pending.id, exhibitorId: x['Robo Arms AG']! },
          }),
        ),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.purchaserId' });
      const health = await t.client('SUB_DELEGATION_LEAD', 'CIIE-5/QH/HEALTH/HEALTH');
      expect(
        await refusal(
          health.request(ProposeMatchDocument, {
            input: { purchaserId: buyer.gid, exhibitorId: x['Kiwi Wool Ltd']! },
          }),
        ),
      ).toMatchObject({ code: 'NOT_FOUND', field: 'input.purchaserId' });
      expect(
        await refusal(
          purchaser.request(ProposeMatchDocument, {
            input: { purchaserId: buyer.gid, exhibitorId: x['Kiwi Wool Ltd']! },
          }),
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(await matches()).toBe(count2);
    });

    it('refreshes and a proposal at once: each waits for the other, one match per exhibitor', async () => {
      const at = await Promise.allSettled([
        office.request(RefreshSuggestionsDocument, { needId: need.id }),
        office.request(ProposeMatchDocument, {
          input: { needId: need.id, exhibitorId: x['Persian Rugs Co']! },
        }),
        office.request(RefreshSuggestionsDocument, { needId: need.id }),
      ]);
      expect(at.map((r) => (r.status === 'rejected' ? String(r.reason) : r.status))).toEqual([
        'fulfilled',
        'fulfilled',
        'fulfilled',
      ]);
      const rows = await stored();
      expect(new Set(rows.map((r) => r.exhibitor)).size).toBe(rows.length);
      expect(rows.map((r) => [r.exhibitor, r.status])).toEqual([
        ['Alpine Carpets GmbH', 'DECLINED'],
        ['Andes Alpaca SA', 'SUGGESTED'],
        ['Kiwi Wool Ltd', 'PROPOSED'],
        ['Persian Rugs Co', 'PROPOSED'],
        ['Robo Arms AG', 'PROPOSED'],
        ['Tibet Wool Carpets NZ', 'SUGGESTED'],
      ]);
    });
  });
});
