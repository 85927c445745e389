import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  mayReviewAsLead,
  mayTradeFor,
  readsPurchaser,
  requireInDelegation,
  TradeRules,
} from '../../server/src/auth/policy.js';
import { Role } from '../../server/src/auth/roles.js';
import {
  checkedScope,
  inDelegationScope,
  leadScope,
  tradeScope,
} from '../../server/src/auth/scope.js';
import { Viewer, VIEWER_SQL, type Grant } from '../../server/src/auth/viewer.js';
import { sql, type SQL } from '../../server/src/db/sql.js';
import { fromGlobalId, globalIdSql, toGlobalId } from '../../server/src/graphql/relay.js';
import { PurchaserStatus } from '../../server/src/modules/purchaser/purchaser.enums.js';
import {
  requireStep,
  stepSql,
  STEPS,
  type PurchaserStep,
} from '../../server/src/modules/purchaser/purchaser.rules.js';
import {
  approvableSql,
  blockersOf,
  type BlockerState,
} from '../../server/src/modules/purchaser/review.service.js';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { newCreditCode, OPS, registration } from '../helpers/recruitment.js';
import { post, useTestServer } from '../helpers/server.js';
import { grantOf } from '../helpers/grants.js';
import { earlierEdition, exhibitorsInAreas } from '../helpers/trade.js';

// Issue #17, "writes in one round trip": recordDeal is one statement whatever its outcome, and
// writes nothing when refused; the rule of who writes trade records is the same in the
// statement as in JavaScript.

const RECORD = `mutation Record($i: RecordDealInput!) { recordDeal(input: $i) { id amountUsd usdRate status } }`;

/** Every statement the server sends PostgreSQL, on any connection (its read pool and MikroORM's). */
let sent: string[] | null = null;
const query = pg.Client.prototype.query;
beforeAll(() => {
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    sent?.push(typeof first === 'string' ? first : (first?.text ?? String(first)));
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof query;
});
afterAll(() => {
  pg.Client.prototype.query = query;
});

describe('writes in one round trip', () => {
  // the notification worker and reminder scheduler send statements of their own, on their own
  // schedule (a reject wakes the worker): off here, where every statement sent is counted
  const t = useTestServer({ webhookWorker: false, reminderIntervalMs: 0 });
  const counts = async () =>
    (
      await t.sql.query(
        `select (select count(*)::int from deal) as deals, (select count(*)::int from audit_event) as events`,
      )
    ).rows[0] as { deals: number; events: number };

  /** Runs one request, with the statements the server sent for it besides reading who the token is. */
  const traced = async (token: string, variables: Record<string, unknown>) => {
    sent = [];
    try {
      const result = await post(t.url, RECORD, variables, { authorization: `Bearer ${token}` });
      return { result, statements: sent.filter((text) => text !== VIEWER_SQL) };
    } finally {
      sent = null;
    }
  };

  it('records a deal in one statement, whatever the outcome, and writes nothing when refused', async () => {
    const office = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
    const analyst = await t.token('ANALYST', 'CIIE-5/QH');
    const p = await approvedPurchaser(t.sql, { subDelegation: 'SCIENCE' });
    const purchaser = toGlobalId('Purchaser', p.purchaser);
    const [exhibitor, second] = await exhibitorsInAreas(t.sql, 'one trip');
    const registered = await approvedPurchaser(t.sql);
    await t.sql.query(`update purchaser set status = 'REGISTERED' where id = $1`, [
      registered.purchaser,
    ]);
    await earlierEdition(t, 'ONE_TRIP', 'Elsewhere GmbH');
    const foreign = (await t.sql.query(`select id from exhibitor where name_en = 'Elsewhere GmbH'`))
      .rows[0].id;
    await t.sql.query(
      `insert into exchange_rate (expo_id, currency, usd_rate) values ($1, 'GBP', 1.25)
       on conflict (expo_id, currency) do update set usd_rate = excluded.usd_rate`,
      [p.expo],
    );
    await t.sql.query(`delete from exchange_rate where expo_id = $1 and currency = 'ISK'`, [
      p.expo,
    ]);
    const match = async (status: string, withExhibitor: string) =>
      toGlobalId(
        'ExhibitorMatch',
        (
          await t.sql.query(
            `insert into exhibitor_match (delegation_id, purchaser_id, exhibitor_id, status, score,
               purchaser_accepted_at, exhibitor_accepted_at)
             values ($1, $2, $3, $4, 0.5, now(), case when $4 <> 'PROPOSED' then now() end)
             returning id`,
            [p.delegation, p.purchaser, withExhibitor, status],
          )
        ).rows[0].id,
      );
    const deal = (more: Record<string, unknown>) => ({
      i: { purchaserId: purchaser, goods: 'barley', amount: '100', currency: 'USD', ...more },
    });

    const cases: {
      name: string;
      as: string;
      variables: Record<string, unknown>;
      refused?: Record<string, unknown>;
      events?: number;
    }[] = [
      { name: 'in USD', as: office, variables: deal({}) },
      { name: "at the expo's rate", as: office, variables: deal({ currency: 'GBP' }) },
      {
        name: 'with an exhibitor',
        as: office,
        variables: deal({ exhibitorId: toGlobalId('Exhibitor', exhibitor!) }),
      },
      { name: 'signed', as: office, variables: deal({ signedOn: '2022-11-07' }) },
      {
        name: 'from a match (which moves to DEAL, audited)',
        as: office,
        variables: {
          i: {
            matchId: await match('ACCEPTED', exhibitor!),
            goods: 'looms',
            amount: '5',
            currency: 'USD',
          },
        },
        events: 2,
      },
      {
        name: 'a purchaser that is none',
        as: office,
        variables: deal({ purchaserId: toGlobalId('Purchaser', randomUUID()) }),
        refused: { code: 'NOT_FOUND', field: 'input.purchaserId' },
      },
      {
        name: 'by a reader who may not write',
        as: analyst,
        variables: deal({}),
        refused: { code: 'FORBIDDEN' },
      },
      {
        name: 'for a purchaser not admitted',
        as: office,
        variables: deal({ purchaserId: toGlobalId('Purchaser', registered.purchaser) }),
        refused: { code: 'BAD_USER_INPUT', field: 'input.purchaserId' },
      },
      {
        name: 'from a match not agreed',
        as: office,
        variables: {
          i: {
            matchId: await match('PROPOSED', second!),
            goods: 'x',
            amount: '5',
            currency: 'USD',
          },
        },
        refused: { code: 'INVALID_TRANSITION', currentState: 'PROPOSED' },
      },
      {
        name: 'with an exhibitor of another expo',
        as: office,
        variables: deal({ exhibitorId: toGlobalId('Exhibitor', foreign) }),
        refused: { code: 'BAD_USER_INPUT', field: 'input.exhibitorId' },
      },
      {
        name: 'without goods',
        as: office,
        variables: deal({ goods: ' ' }),
        refused: { code: 'BAD_USER_INPUT', field: 'input.goods' },
      },
      {
        name: 'in a currency the expo has no rate for',
        as: office,
        variables: deal({ currency: 'ISK' }),
        refused: { code: 'BAD_USER_INPUT', field: 'input.currency' },
      },
      {
        name: 'at a rate too large for its USD amount',
        as: office,
        variables: deal({ currency: 'GBP', amount: '999999999999999999.99' }),
        refused: { code: 'BAD_USER_INPUT', field: 'input.amount' },
      },
      {
        name: 'signed in the future',
        as: office,
        variables: deal({ signedOn: '2999-01-01' }),
        refused: { code: 'BAD_USER_INPUT', field: 'input.signedOn' },
      },
    ];
    for (const c of cases) {
      const before = await counts();
      const { result, statements } = await traced(c.as, c.variables);
      const after = await counts();
      // besides reading who the token is (cached for a few seconds, so not on every request)
      // written: that one statement; refused: at most it (a role that never writes deals is
      // refused before any)
      const most = c.refused ? 1 : undefined;
      if (most) expect(statements.length, c.name).toBeLessThanOrEqual(most);
      else expect(statements, c.name).toHaveLength(1);
      expect(Number(result.headers.get('x-sql-statements')), c.name).toBe(statements.length);
      if (c.refused) {
        expect(result.body.errors?.[0]?.extensions, c.name).toMatchObject(c.refused);
        expect(after, `${c.name}: nothing written`).toEqual(before);
      } else {
        expect(result.body.errors, c.name).toBeUndefined();
        expect(after, c.name).toEqual({
          deals: before.deals + 1,
          events: before.events + (c.events ?? 1),
        });
      }
    }
    const moved = await t.sql.query(
      `select m.status, m.version, e.after->>'dealId' as "dealId", d.id as deal
       from exhibitor_match m join audit_event e on e.entity_id = m.id and e.action = 'match.deal'
       join deal d on d.match_id = m.id where m.purchaser_id = $1`,
      [p.purchaser],
    );
    expect(moved.rows).toHaveLength(1);
    expect(moved.rows[0]).toMatchObject({ status: 'DEAL', version: 2 });
    expect(moved.rows[0].dealId).toBe(moved.rows[0].deal);
  });

  it('moves a deal in one statement (then reads it back), and writes nothing when refused', async () => {
    const office = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
    const analyst = await t.token('ANALYST', 'CIIE-5/QH');
    const p = await approvedPurchaser(t.sql, { subDelegation: 'SCIENCE' });
    const id = (
      await t.sql.query(
        `insert into deal (delegation_id, expo_id, purchaser_id, goods, amount, currency, usd_rate, amount_usd)
         values ($1, $2, $3, 'wool', 10, 'USD', 1, 10) returning id`,
        [p.delegation, p.expo, p.purchaser],
      )
    ).rows[0].id;
    const gid = toGlobalId('Deal', id);
    const SIGN = `mutation($i: SignDealInput!) { signDeal(input: $i) { id status version signedOn } }`;
    const START = `mutation($id: ID!, $v: Int!) { startDealExecution(id: $id, version: $v) { id status version } }`;
    const state = async () =>
      (
        await t.sql.query(
          `select d.status, d.version, d.signed_on as "signedOn",
             (select count(*)::int from audit_event where entity_id = d.id) as events
           from deal d where d.id = $1`,
          [id],
        )
      ).rows[0];
    const cases: {
      name: string;
      token: string;
      document: string;
      variables: Record<string, unknown>;
      refused?: Record<string, unknown>;
    }[] = [
      {
        name: 'signed in the future',
        token: office,
        document: SIGN,
        variables: { i: { id: gid, version: 1, signedOn: '2999-01-01' } },
        refused: { code: 'BAD_USER_INPUT', field: 'input.signedOn' },
      },
      {
        name: 'started before it is signed',
        token: office,
        document: START,
        variables: { id: gid, v: 1 },
        refused: { code: 'INVALID_TRANSITION', currentState: 'INTENDED' },
      },
      {
        name: 'at a stale version',
        token: office,
        document: SIGN,
        variables: { i: { id: gid, version: 7, signedOn: '2022-11-07' } },
        refused: { code: 'CONFLICT', field: 'input.version', currentVersion: 1 },
      },
      {
        name: 'by a reader who may not write',
        token: analyst,
        document: SIGN,
        variables: { i: { id: gid, version: 1, signedOn: '2022-11-07' } },
        refused: { code: 'FORBIDDEN' },
      },
      {
        name: 'a deal that is none',
        token: office,
        document: START,
        variables: { id: toGlobalId('Deal', randomUUID()), v: 1 },
        refused: { code: 'NOT_FOUND' },
      },
      {
        name: 'signed',
        token: office,
        document: SIGN,
        variables: { i: { id: gid, version: 1, signedOn: '2022-11-07' } },
      },
      { name: 'started', token: office, document: START, variables: { id: gid, v: 2 } },
    ];
    for (const c of cases) {
      const before = await state();
      sent = [];
      let statements: string[];
      let result;
      try {
        result = await post(t.url, c.document, c.variables, { authorization: `Bearer ${c.token}` });
        statements = sent.filter((text) => text !== VIEWER_SQL);
      } finally {
        sent = null;
      }
      const after = await state();
      if (c.refused) {
        expect(result.body.errors?.[0]?.extensions, c.name).toMatchObject(c.refused);
        expect(statements.length, c.name).toBeLessThanOrEqual(1);
        expect(after, `${c.name}: nothing written`).toEqual(before);
      } else {
        expect(result.body.errors, c.name).toBeUndefined();
        // the move, and the deal read back as the answer
        expect(statements, c.name).toHaveLength(2);
        expect(after, c.name).toMatchObject({
          version: before.version + 1,
          events: before.events + 1,
        });
      }
    }
    expect(await state()).toEqual({
      status: 'EXECUTING',
      version: 3,
      signedOn: '2022-11-07',
      events: 2,
    });
    const events = await t.sql.query(
      `select action, before, after from audit_event where entity_id = $1 order by at`,
      [id],
    );
    expect(events.rows).toEqual([
      {
        action: 'deal.signed',
        before: { status: 'INTENDED' },
        after: { status: 'SIGNED', signedOn: '2022-11-07' },
      },
      { action: 'deal.executing', before: { status: 'SIGNED' }, after: { status: 'EXECUTING' } },
    ]);
  });

  it('the statement and mayTradeFor agree on who writes trade records, for every role and scope', async () => {
    // purchasers of two sub-delegations, besides any others
    await approvedPurchaser(t.sql, { subDelegation: 'SCIENCE' });
    await approvedPurchaser(t.sql, { subDelegation: 'HEALTH' });
    const { rows: purchasers } = await t.sql.query(
      `select p.id as "purchaserId", p.delegation_id as "delegationId",
         p.sub_delegation_id as "subDelegationId", d.expo_id as "expoId",
         p.invited_by_organisation_id as "invitedByOrganisationId"
       from purchaser p join delegation d on d.id = p.delegation_id
       where p.sub_delegation_id is not null order by p.created_at limit 40`,
    );
    expect(purchasers.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [
      purchasers[0]!,
      purchasers.find((x) => x.subDelegationId !== purchasers[0]!.subDelegationId)!,
    ];
    const { rows: expoDelegations } = await t.sql.query(
      `select array_agg(id) as ids from delegation where expo_id = $1`,
      [a.expoId],
    );
    const grant = grantOf;
    // every role, bound each way a grant binds: to a delegation, expo-wide, to a sub-delegation,
    // to a purchaser, to an organisation (a member unit: the one that invited a, or another)
    const bindings: Partial<Grant>[] = [
      { delegationId: a.delegationId },
      { expoId: a.expoId, expoDelegationIds: expoDelegations[0].ids },
      { delegationId: a.delegationId, subDelegationId: a.subDelegationId, leadId: randomUUID() },
      { delegationId: a.delegationId, purchaserId: a.purchaserId },
      {
        delegationId: b.delegationId,
        subDelegationId: b.subDelegationId,
        purchaserId: b.purchaserId,
      },
      { delegationId: a.delegationId, organisationId: a.invitedByOrganisationId },
      { delegationId: a.delegationId, organisationId: randomUUID() },
    ];
    let compared = 0;
    for (const role of Object.values(Role)) {
      for (const binding of bindings) {
        const viewer = new Viewer({ id: randomUUID(), name: role }, [grant(role, binding)]);
        for (const [kind, rule] of Object.entries(TradeRules)) {
          const { rows } = await t.sql.query(
            ...(() => {
              const { text, values } = sql.compile(
                sql`select p.id, ${tradeScope(viewer, rule)} as may from purchaser p
                    where p.id = any(${sql.value(purchasers.map((x) => x.purchaserId))}::uuid[])`,
              );
              return [text, values as unknown[]] as const;
            })(),
          );
          const inSql = new Map(rows.map((r) => [r.id, r.may]));
          for (const owner of purchasers) {
            expect(inSql.get(owner.purchaserId), `${role} ${JSON.stringify(binding)} ${kind}`).toBe(
              mayTradeFor(viewer, owner, rule),
            );
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBe(
      Object.values(Role).length *
        bindings.length *
        Object.keys(TradeRules).length *
        purchasers.length,
    );
    // the member unit that invited a purchaser writes its needs, and only its needs
    const unit = new Viewer({ id: randomUUID(), name: 'unit' }, [
      grant(Role.MEMBER_UNIT, bindings[5]!),
    ]);
    expect(mayTradeFor(unit, a, TradeRules.needs)).toBe(true);
    expect(mayTradeFor(unit, a, TradeRules.decisions)).toBe(false);
    expect(mayTradeFor(unit, a, TradeRules.matchmaking)).toBe(false);
  });
});

describe('recruitment writes in one round trip', () => {
  // the notification worker and reminder scheduler send statements of their own, on their own
  // schedule (a reject wakes the worker): off here, where every statement sent is counted
  const t = useTestServer({ webhookWorker: false, reminderIntervalMs: 0 });
  // what the benchmark's W1 asks
  const APPROVE = `mutation($input: ApprovePurchaserInput!) { approvePurchaser(input: $input) { id status version } }`;

  /** One request, with the statements the server sent for it besides reading who the token is. */
  const traced = async (token: string, document: string, variables: Record<string, unknown>) => {
    sent = [];
    try {
      const result = await post(t.url, document, variables, { authorization: `Bearer ${token}` });
      const statements = sent.filter((text) => text !== VIEWER_SQL);
      expect(Number(result.headers.get('x-sql-statements'))).toBe(statements.length);
      return { result, statements };
    } finally {
      sent = null;
    }
  };
  const state = async (id: string) =>
    (
      await t.sql.query(
        `select p.status, p.version, p.rejection_reason as "rejectionReason",
           p.approved_at is not null as approved,
           (select count(*)::int from audit_event where entity_id = p.id) as events
         from purchaser p where p.id = $1`,
        [id],
      )
    ).rows[0];
  const events = async () =>
    (await t.sql.query(`select count(*)::int as n from audit_event`)).rows[0].n as number;

  /** A purchaser the HEALTH lead invited and registered; `checked`: its checks passed. */
  const registered = async (checked: boolean) => {
    const qh = (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id;
    const lead = await t.token('SUB_DELEGATION_LEAD', 'CIIE-5/QH/HEALTH/HEALTH');
    const call = async (token: string, document: string, input: Record<string, unknown>) => {
      const { body } = await post(t.url, document, { input }, { authorization: `Bearer ${token}` });
      expect(body.errors).toBeUndefined();
      return Object.values(body.data as Record<string, any>)[0];
    };
    const invited = await call(lead, OPS.invite, {
      delegationId: toGlobalId('Delegation', qh),
      organisation: {
        kind: 'ENTERPRISE',
        nameZh: `一趟审核-${randomUUID().slice(0, 8)}`,
        creditCode: newCreditCode(),
      },
    });
    const reg = await call(lead, OPS.register, registration(invited.id));
    let version: number = reg.version;
    if (checked) {
      await call(await t.token('CREDIT_CHECKER', 'CIIE-5/QH'), OPS.creditCheck, {
        purchaserId: invited.id,
        result: 'PASSED',
      });
      const bg = await call(await t.token('BACKGROUND_CHECKER', 'CIIE-5/QH'), OPS.backgroundCheck, {
        attendeeId: reg.attendees[0].id,
        result: 'PASSED',
      });
      version = bg.attendee.purchaser.version;
    }
    return { gid: invited.id as string, id: fromGlobalId(invited.id)!.id, version };
  };

  it('approves in one statement, refuses in at most one, writing nothing', async () => {
    const lead = await t.token('SUB_DELEGATION_LEAD', 'CIIE-5/QH/HEALTH/HEALTH');
    const otherLead = await t.token('SUB_DELEGATION_LEAD', 'CIIE-5/QH/HEALTH/DRUGS');
    const p = await registered(true);
    const unchecked = await registered(false);
    const approve = (purchaserId: string, version: number) => ({
      input: { purchaserId, version },
    });
    const cases: {
      name: string;
      as: string;
      id: string;
      variables: Record<string, unknown>;
      refused?: Record<string, unknown>;
      message?: string;
    }[] = [
      {
        name: 'a purchaser that is none',
        as: lead,
        id: p.id,
        variables: approve(toGlobalId('Purchaser', randomUUID()), p.version),
        refused: { code: 'NOT_FOUND', field: 'input.purchaserId' },
      },
      {
        name: 'by a lead unit it is not attributed to',
        as: otherLead,
        id: p.id,
        variables: approve(p.gid, p.version),
        refused: { code: 'FORBIDDEN' },
        message:
          'Only the lead unit the purchaser is attributed to (any lead of its sub-delegation, where they share one target) may approve it',
      },
      {
        name: 'at a stale version',
        as: lead,
        id: p.id,
        variables: approve(p.gid, p.version - 1),
        refused: { code: 'CONFLICT', field: 'input.version', currentVersion: p.version },
        message: `This purchaser was changed by someone else (you sent version ${p.version - 1}, it is now ${p.version}): reload it and try again`,
      },
      {
        name: 'before its checks passed',
        as: lead,
        id: unchecked.id,
        variables: approve(unchecked.gid, unchecked.version),
        refused: {
          code: 'INVALID_TRANSITION',
          status: 'REGISTERED',
          blockers: ['no credit check yet', '1 attendee(s) without a background check'],
        },
        message:
          'Cannot approve yet: no credit check yet; 1 attendee(s) without a background check',
      },
      { name: 'approved', as: lead, id: p.id, variables: approve(p.gid, p.version) },
      {
        name: 'once approved',
        as: lead,
        id: p.id,
        variables: approve(p.gid, p.version + 1),
        refused: { code: 'INVALID_TRANSITION', status: 'APPROVED', allowedFrom: ['REGISTERED'] },
        message: 'Cannot approve a purchaser that is APPROVED (only when REGISTERED)',
      },
    ];
    for (const c of cases) {
      const before = { row: await state(c.id), events: await events() };
      const { result, statements } = await traced(c.as, APPROVE, c.variables);
      const after = { row: await state(c.id), events: await events() };
      if (c.refused) {
        expect(result.body.errors?.[0]?.extensions, c.name).toMatchObject(c.refused);
        if (c.message) expect(result.body.errors?.[0]?.message, c.name).toBe(c.message);
        expect(statements.length, c.name).toBeLessThanOrEqual(1);
        expect(after, `${c.name}: nothing written`).toEqual(before);
      } else {
        expect(result.body.errors, c.name).toBeUndefined();
        expect(result.body.data.approvePurchaser).toMatchObject({
          status: 'APPROVED',
          version: p.version + 1,
        });
        expect(statements, c.name).toHaveLength(1);
        expect(after, c.name).toEqual({
          row: {
            ...before.row,
            status: 'APPROVED',
            version: p.version + 1,
            approved: true,
            events: before.row.events + 1,
          },
          events: before.events + 1,
        });
      }
    }
    const lastEvent = await t.sql.query(
      `select action, actor, entity_type as "entityType", delegation_id as "delegationId", before, after
       from audit_event where entity_id = $1 order by at desc limit 1`,
      [p.id],
    );
    const { rows } = await t.sql.query(
      `select delegation_id, sub_delegation_id, lead_id, category from purchaser where id = $1`,
      [p.id],
    );
    const row = rows[0];
    const snapshot = {
      category: row.category,
      subDelegationId: toGlobalId('SubDelegation', row.sub_delegation_id),
      leadId: toGlobalId('SubDelegationLead', row.lead_id),
      rejectionReason: null,
    };
    expect(lastEvent.rows[0]).toMatchObject({
      action: 'purchaser.approve',
      entityType: 'Purchaser',
      delegationId: row.delegation_id,
      before: { status: 'REGISTERED', ...snapshot },
      after: { status: 'APPROVED', ...snapshot, tier: 'LEAD_UNIT' },
    });
  });

  it('rejects and sends back in one statement, refuses in at most one, writing nothing', async () => {
    const lead = await t.token('SUB_DELEGATION_LEAD', 'CIIE-5/QH/HEALTH/HEALTH');
    const otherLead = await t.token('SUB_DELEGATION_LEAD', 'CIIE-5/QH/HEALTH/DRUGS');
    const office = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
    const REJECT = `mutation($input: RejectPurchaserInput!) { rejectPurchaser(input: $input) { id status version rejectionReason } }`;
    const SEND_BACK = `mutation($input: SendBackPurchaserInput!) { sendBackPurchaser(input: $input) { id status version approvedAt } }`;
    const toReject = await registered(false);
    const toSendBack = await registered(true);
    const approved = await post(
      t.url,
      APPROVE,
      { input: { purchaserId: toSendBack.gid, version: toSendBack.version } },
      { authorization: `Bearer ${lead}` },
    );
    expect(approved.body.errors).toBeUndefined();
    const v = { reject: toReject.version, sendBack: toSendBack.version + 1 };
    const input = (p: { gid: string }, version: number, reason = '材料不全') => ({
      input: { purchaserId: p.gid, version, reason },
    });
    const cases: {
      name: string;
      as: string;
      document: string;
      p: { id: string; gid: string };
      variables: Record<string, unknown>;
      refused?: Record<string, unknown>;
      written?: Record<string, unknown>;
      most?: number;
    }[] = [
      {
        name: 'rejected without a reason (before any statement)',
        as: lead,
        document: REJECT,
        p: toReject,
        variables: input(toReject, v.reject, ' '),
        refused: { code: 'BAD_USER_INPUT', field: 'input.reason' },
        most: 0,
      },
      {
        name: 'rejected by a lead unit it is not attributed to',
        as: otherLead,
        document: REJECT,
        p: toReject,
        variables: input(toReject, v.reject),
        refused: { code: 'FORBIDDEN' },
      },
      {
        name: 'rejected at a stale version',
        as: lead,
        document: REJECT,
        p: toReject,
        variables: input(toReject, v.reject + 1),
        refused: { code: 'CONFLICT', field: 'input.version', currentVersion: v.reject },
      },
      {
        name: 'rejected',
        as: lead,
        document: REJECT,
        p: toReject,
        variables: input(toReject, v.reject),
        written: { status: 'REJECTED', rejectionReason: '材料不全' },
      },
      {
        name: 'rejected once rejected',
        as: lead,
        document: REJECT,
        p: toReject,
        variables: input(toReject, v.reject + 1),
        refused: { code: 'INVALID_TRANSITION', status: 'REJECTED' },
      },
      {
        name: 'sent back at a stale version',
        as: office,
        document: SEND_BACK,
        p: toSendBack,
        variables: input(toSendBack, v.sendBack - 1),
        refused: { code: 'CONFLICT', field: 'input.version', currentVersion: v.sendBack },
      },
      {
        name: 'sent back',
        as: office,
        document: SEND_BACK,
        p: toSendBack,
        variables: input(toSendBack, v.sendBack, '  补充材料 '),
        written: { status: 'REGISTERED', approved: false },
      },
      {
        name: 'sent back once registered again',
        as: office,
        document: SEND_BACK,
        p: toSendBack,
        variables: input(toSendBack, v.sendBack + 1),
        refused: { code: 'INVALID_TRANSITION', status: 'REGISTERED', allowedFrom: ['APPROVED'] },
      },
    ];
    for (const c of cases) {
      const before = { row: await state(c.p.id), events: await events() };
      const { result, statements } = await traced(c.as, c.document, c.variables);
      const after = { row: await state(c.p.id), events: await events() };
      if (c.refused) {
        expect(result.body.errors?.[0]?.extensions, c.name).toMatchObject(c.refused);
        expect(statements.length, c.name).toBeLessThanOrEqual(c.most ?? 1);
        expect(after, `${c.name}: nothing written`).toEqual(before);
      } else {
        expect(result.body.errors, c.name).toBeUndefined();
        expect(statements, c.name).toHaveLength(1);
        expect(after, c.name).toEqual({
          row: {
            ...before.row,
            ...c.written,
            version: before.row.version + 1,
            events: before.row.events + 1,
          },
          events: before.events + 1,
        });
      }
    }
    const last = async (id: string) =>
      (
        await t.sql.query(
          `select action, before, after from audit_event where entity_id = $1 order by at desc limit 1`,
          [id],
        )
      ).rows[0];
    expect(await last(toReject.id)).toMatchObject({
      action: 'purchaser.reject',
      before: { status: 'REGISTERED', rejectionReason: null },
      after: { status: 'REJECTED', rejectionReason: '材料不全', tier: 'LEAD_UNIT' },
    });
    expect(await last(toSendBack.id)).toMatchObject({
      action: 'purchaser.sendBack',
      before: { status: 'APPROVED', tier: 'LEAD_UNIT' },
      after: { status: 'REGISTERED', tier: 'DELEGATION_OFFICE', reason: '补充材料' },
    });
  });

  it('the statement and policy.ts agree on who reviews, who sends back and who reads, for every role and scope', async () => {
    const { rows: leads } = await t.sql.query(
      `select l.id as "leadId", l.sub_delegation_id as "subDelegationId", l.delegation_id as "delegationId",
         s.key as sub
       from sub_delegation_lead l join sub_delegation s on s.id = l.sub_delegation_id
       join delegation d on d.id = l.delegation_id
       where d.key = 'QH' and s.key in ('HEALTH', 'INDUSTRY', 'COMMERCE') order by s.key, l.position`,
    );
    const inviter = (await t.sql.query(`select id from organisation where key = 'COMMERCE'`))
      .rows[0].id;
    // a purchaser attributed to each lead unit of three sub-delegations, and one to none
    for (const lead of [...leads, { ...leads[0], leadId: null }]) {
      await t.sql.query(
        `with o as (insert into organisation (kind, name_zh) values ('ENTERPRISE', $1) returning id)
         insert into purchaser (delegation_id, organisation_id, sub_delegation_id, lead_id,
           invited_by_organisation_id, category, status)
         select $2, o.id, $3, $4, $5, 'IMPORT_TRADE', 'REGISTERED' from o`,
        [
          `审核规则-${randomUUID().slice(0, 8)}`,
          lead.delegationId,
          lead.subDelegationId,
          lead.leadId,
          inviter,
        ],
      );
    }
    const { rows: purchasers } = await t.sql.query(
      `select p.id, p.delegation_id as "delegationId", p.sub_delegation_id as "subDelegationId",
         p.lead_id as "leadId", p.invited_by_organisation_id as "invitedByOrganisationId",
         d.expo_id as "expoId"
       from purchaser p join delegation d on d.id = p.delegation_id
       where p.sub_delegation_id = any($1::uuid[])`,
      [leads.map((l) => l.subDelegationId)],
    );
    const [health, other] = [leads[0]!, leads.find((l) => l.sub !== leads[0]!.sub)!];
    const expoDelegations = (
      await t.sql.query(`select array_agg(id) as ids from delegation where expo_id = $1`, [
        purchasers[0]!.expoId,
      ])
    ).rows[0].ids;
    const grant = grantOf;
    const bindings: Partial<Grant>[] = [
      { delegationId: health.delegationId },
      { expoId: purchasers[0]!.expoId, expoDelegationIds: expoDelegations },
      {
        delegationId: health.delegationId,
        subDelegationId: health.subDelegationId,
        leadId: health.leadId,
      },
      {
        delegationId: health.delegationId,
        subDelegationId: health.subDelegationId,
        leadId: health.leadId,
        sharedTarget: true,
      },
      {
        delegationId: other.delegationId,
        subDelegationId: other.subDelegationId,
        leadId: other.leadId,
      },
      { delegationId: health.delegationId, organisationId: inviter },
      { delegationId: health.delegationId, purchaserId: purchasers[0]!.id },
    ];
    const allowed = (work: () => void) => {
      try {
        work();
        return true;
      } catch {
        return false;
      }
    };
    const rules: {
      name: string;
      sql: (viewer: Viewer) => SQL;
      js: (viewer: Viewer, p: (typeof purchasers)[number]) => boolean;
    }[] = [
      { name: 'leadScope', sql: (v) => leadScope(v), js: (v, p) => mayReviewAsLead(v, p) },
      {
        name: 'inDelegationScope (office)',
        sql: (v) => inDelegationScope(v, [Role.DELEGATION_OFFICE], sql`p.delegation_id`),
        js: (v, p) =>
          allowed(() => requireInDelegation(v, p.delegationId, [Role.DELEGATION_OFFICE], 'x')),
      },
      {
        name: 'inDelegationScope (checkers)',
        sql: (v) =>
          inDelegationScope(
            v,
            [Role.CREDIT_CHECKER, Role.BACKGROUND_CHECKER],
            sql`p.delegation_id`,
          ),
        js: (v, p) =>
          allowed(() =>
            requireInDelegation(
              v,
              p.delegationId,
              [Role.CREDIT_CHECKER, Role.BACKGROUND_CHECKER],
              'x',
            ),
          ),
      },
      { name: 'checkedScope', sql: (v) => checkedScope(v), js: (v, p) => readsPurchaser(v, p) },
    ];
    let compared = 0;
    const seen = new Map<string, Set<boolean>>();
    for (const role of Object.values(Role)) {
      for (const binding of bindings) {
        const viewer = new Viewer({ id: randomUUID(), name: role }, [grant(role, binding)]);
        for (const rule of rules) {
          const { text, values } = sql.compile(
            sql`select p.id, coalesce(${rule.sql(viewer)}, false) as may from purchaser p
                where p.id = any(${sql.value(purchasers.map((x) => x.id))}::uuid[])`,
          );
          const { rows } = await t.sql.query(text, values as unknown[]);
          const inSql = new Map(rows.map((r) => [r.id, r.may]));
          for (const p of purchasers) {
            const js = rule.js(viewer, p);
            expect(inSql.get(p.id), `${rule.name}: ${role} ${JSON.stringify(binding)}`).toBe(js);
            if (!seen.has(rule.name)) seen.set(rule.name, new Set());
            seen.get(rule.name)!.add(js);
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBe(
      Object.values(Role).length * bindings.length * rules.length * purchasers.length,
    );
    // each rule both allowed and refused somewhere
    for (const rule of rules)
      expect([...seen.get(rule.name)!].sort(), rule.name).toEqual([false, true]);
  });

  it('the statement and JavaScript agree on global IDs, approval blockers and the state machine', async () => {
    const ids = [randomUUID(), randomUUID(), null];
    // a type long enough that PostgreSQL's base64 would break the line
    const types = [
      'SubDelegation',
      'SubDelegationLead',
      'ExhibitorMatchFollowUpOfAnEarlierEdition',
    ];
    for (const type of types) {
      const { text, values } = sql.compile(
        sql`select ${globalIdSql(type, sql`x.id`)} as gid
            from unnest(${sql.value(ids)}::uuid[]) with ordinality x(id, n) order by n`,
      );
      const { rows } = await t.sql.query(text, values as unknown[]);
      expect(rows.map((r) => r.gid)).toEqual(ids.map((id) => (id ? toGlobalId(type, id) : null)));
    }

    const states: BlockerState[] = [];
    for (const credit of [null, 'PASSED', 'FAILED'])
      for (const attendees of [0, 1, 3])
        for (const unchecked of [0, 1])
          for (const failed of [0, 1]) states.push({ credit, attendees, unchecked, failed });
    const { text, values } = sql.compile(
      sql`select coalesce(${approvableSql()}, false) as approvable
          from rows from (jsonb_to_recordset(${sql.value(JSON.stringify(states))}::jsonb)
            as (credit text, attendees int, unchecked int, failed int))
            with ordinality s(credit, attendees, unchecked, failed, n) order by n`,
    );
    const { rows } = await t.sql.query(text, values as unknown[]);
    expect(rows.map((r) => r.approvable)).toEqual(states.map((s) => blockersOf(s).length === 0));
    expect(rows.some((r) => r.approvable)).toBe(true);

    for (const step of Object.keys(STEPS) as PurchaserStep[]) {
      const statuses = Object.values(PurchaserStatus);
      const compiled = sql.compile(
        sql`select ${stepSql(step, sql`x.status`)} as may
            from unnest(${sql.value(statuses)}::text[]) with ordinality x(status, n) order by n`,
      );
      const may = (await t.sql.query(compiled.text, compiled.values as unknown[])).rows;
      expect(
        may.map((r) => r.may),
        step,
      ).toEqual(
        statuses.map((status) => {
          try {
            requireStep(step, status);
            return true;
          } catch {
            return false;
          }
        }),
      );
    }
  });
});
