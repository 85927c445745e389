import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayTradeFor } from '../../server/src/auth/policy.js';
import { Role } from '../../server/src/auth/roles.js';
import { tradeScope } from '../../server/src/auth/scope.js';
import { Viewer, VIEWER_SQL, type Grant } from '../../server/src/auth/viewer.js';
import { sql } from '../../server/src/db/sql.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { post, useTestServer } from '../helpers/server.js';
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
  const t = useTestServer();
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
    await earlierEdition(t.sql, 'ONE_TRIP', 'Elsewhere GmbH');
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
            `insert into exhibitor_match (delegation_id, purchaser_id, exhibitor_id, status, score)
             values ($1, $2, $3, $4, 0.5) returning id`,
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
         p.sub_delegation_id as "subDelegationId", d.expo_id as "expoId"
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
    const grant = (role: Role, more: Partial<Grant>): Grant => ({
      id: randomUUID(),
      role,
      expoId: null,
      delegationId: null,
      subDelegationId: null,
      leadId: null,
      sharedTarget: false,
      organisationId: null,
      purchaserId: null,
      expoDelegationIds: null,
      ...more,
    });
    // every role, bound each way a grant binds: to a delegation, expo-wide, to a sub-delegation,
    // to a purchaser
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
    ];
    let compared = 0;
    for (const role of Object.values(Role)) {
      for (const binding of bindings) {
        const viewer = new Viewer({ id: randomUUID(), name: role }, [grant(role, binding)]);
        for (const purchaserMay of [true, false]) {
          const { rows } = await t.sql.query(
            ...(() => {
              const { text, values } = sql.compile(
                sql`select p.id, ${tradeScope(viewer, purchaserMay)} as may from purchaser p
                    where p.id = any(${sql.value(purchasers.map((x) => x.purchaserId))}::uuid[])`,
              );
              return [text, values as unknown[]] as const;
            })(),
          );
          const inSql = new Map(rows.map((r) => [r.id, r.may]));
          for (const owner of purchasers) {
            expect(
              inSql.get(owner.purchaserId),
              `${role} ${JSON.stringify(binding)} purchaserMay=${purchaserMay}`,
            ).toBe(mayTradeFor(viewer, owner, purchaserMay));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBe(Object.values(Role).length * bindings.length * 2 * purchasers.length);
  });
});
