import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { post, useTestServer } from '../helpers/server.js';
import { countOf, failure, ok, seeded, tradePurchaser } from '../helpers/trade.js';

const RECORD = `mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }`;
const CREATE_USER = `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`;
const GRANT = `mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`;
const ISSUE = `mutation($i: IssueTokenInput!) { issueToken(input: $i) { token jti } }`;
const REVOKE_TOKEN = `mutation($jti: ID!, $u: ID) { revokeToken(jti: $jti, userId: $u) }`;

/**
 * Services take uuids; the resolvers decode the global IDs. Where a service checks the records
 * its IDs name in an order of its own (recordDeal, the user mutations), an ID that is not an ID
 * of its type fails at the step where the service once decoded it itself: mostly where a missing
 * one fails, after the checks that come first (InOrderIds, relay.ts). These answers are the ones
 * the services gave when they decoded global IDs themselves.
 */
describe('an ID that is not one fails at the step of the service that looks at it', () => {
  const t = useTestServer();
  let ids: Awaited<ReturnType<typeof seeded>>;
  let trading: Awaited<ReturnType<typeof tradePurchaser>>;
  let registered: Awaited<ReturnType<typeof tradePurchaser>>;
  const office = () => t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
  const admin = () => t.as('ADMIN');

  /** For an ID of `type`: one that names nothing, and one that is no ID at all. */
  const unnamed = (type: string) => ({
    missing: toGlobalId(type, randomUUID()),
    'not an ID': 'not-an-id',
  });

  const tables = ['deal', 'exhibitor_match', 'app_user', 'role_grant', 'audit_event'];
  const snapshot = async () =>
    Object.fromEntries(
      await Promise.all(tables.map(async (table) => [table, await countOf(t.sql, table)])),
    );

  beforeAll(async () => {
    ids = await seeded(t.sql);
    trading = await tradePurchaser(t.sql, { key: 'ORDER_BUYER', subDelegation: 'ECOLOGY' });
    registered = await tradePurchaser(t.sql, { key: 'ORDER_NEWCOMER', subDelegation: 'ECOLOGY' });
    await t.sql.query(`update purchaser set status = 'REGISTERED' where id = $1`, [registered.id]);
    // the users behind the tokens exist before any snapshot
    await Promise.all([t.token('DELEGATION_OFFICE', 'CIIE-5/QH'), t.token('ADMIN')]);
  });

  /**
   * Each case: a request whose ID at `path` is replaced by a missing one and by one that is no
   * ID; both answer `expected` (the check that comes first), and nothing is written.
   */
  async function expectSameAnswer(
    gql: ReturnType<typeof office>,
    document: string,
    vars: (id: string) => Record<string, unknown>,
    type: string,
    expected: Record<string, unknown>,
  ) {
    const before = await snapshot();
    for (const [kind, id] of Object.entries(unnamed(type))) {
      const { code, field } = failure(await gql(document, vars(id))).extensions;
      expect([kind, { code, field }]).toEqual([kind, expected]);
    }
    expect(await snapshot()).toEqual(before);
  }

  const deal = { goods: 'valves', amount: '100', currency: 'USD' };

  it('recordDeal: its four IDs in the order of its checks', async () => {
    // the exhibitor is looked up after the purchaser is found trading
    await expectSameAnswer(
      office(),
      RECORD,
      (id) => ({ i: { ...deal, purchaserId: registered.gid, exhibitorId: id } }),
      'Exhibitor',
      { code: 'BAD_USER_INPUT', field: 'input.purchaserId' },
    );
    // the area after the exhibitor
    await expectSameAnswer(
      office(),
      RECORD,
      (id) => ({
        i: {
          ...deal,
          purchaserId: trading.gid,
          exhibitorId: toGlobalId('Exhibitor', randomUUID()),
          exhibitionAreaId: id,
        },
      }),
      'ExhibitionArea',
      { code: 'NOT_FOUND', field: 'input.exhibitorId' },
    );
    // a deal from a match takes no exhibitor: that is said before the match is looked up
    await expectSameAnswer(
      office(),
      RECORD,
      (id) => ({ i: { ...deal, matchId: id, exhibitorId: toGlobalId('Exhibitor', randomUUID()) } }),
      'ExhibitorMatch',
      { code: 'BAD_USER_INPUT', field: 'input.exhibitorId' },
    );
    // the area after the match
    await expectSameAnswer(
      office(),
      RECORD,
      (id) => ({
        i: { ...deal, matchId: toGlobalId('ExhibitorMatch', randomUUID()), exhibitionAreaId: id },
      }),
      'ExhibitionArea',
      { code: 'NOT_FOUND', field: 'input.matchId' },
    );
    // reached, an ID that is not one says so, at its path
    const before = await snapshot();
    const error = failure(
      await office()(RECORD, { i: { ...deal, purchaserId: trading.gid, exhibitionAreaId: 'x' } }),
    );
    expect(error).toMatchObject({
      message: 'input.exhibitionAreaId is not the ID of an ExhibitionArea',
      extensions: { code: 'NOT_FOUND', field: 'input.exhibitionAreaId' },
    });
    expect(await snapshot()).toEqual(before);
    // and the same request with a real area records the deal
    const recorded = ok(
      await office()(RECORD, {
        i: { ...deal, purchaserId: trading.gid, exhibitionAreaId: ids.area.TECH_EQUIPMENT },
      }),
    ).recordDeal;
    expect(recorded.id).toBeTruthy();
  });

  it('the user mutations: their IDs in the order of their checks', async () => {
    // createUser checks the name before it looks up the delegation
    await expectSameAnswer(
      office(),
      CREATE_USER,
      (id) => ({ i: { name: 'n'.repeat(201), delegationId: id } }),
      'Delegation',
      { code: 'BAD_USER_INPUT', field: 'input.name' },
    );
    // issueToken checks the hours before it looks up the user
    await expectSameAnswer(office(), ISSUE, (id) => ({ i: { userId: id, hours: 0 } }), 'User', {
      code: 'BAD_USER_INPUT',
      field: 'input.hours',
    });
    // grantRole looks up the user first, the lead unit last
    await expectSameAnswer(
      admin(),
      GRANT,
      (id) => ({
        i: {
          userId: toGlobalId('User', randomUUID()),
          role: 'SUB_DELEGATION_LEAD',
          subDelegationId: ids.subDelegation.ECOLOGY,
          leadOrganisationId: id,
        },
      }),
      'Organisation',
      { code: 'NOT_FOUND', field: 'input.userId' },
    );
    const user = ok(
      await office()(CREATE_USER, { i: { name: 'Order Clerk', delegationId: ids.delegation } }),
    ).createUser;
    await expectSameAnswer(
      admin(),
      GRANT,
      (id) => ({
        i: {
          userId: user.id,
          role: 'DELEGATION_OFFICE',
          delegationId: ids.delegation,
          leadOrganisationId: id,
        },
      }),
      'Organisation',
      { code: 'BAD_USER_INPUT', field: 'input.leadOrganisationId' },
    );
    // grantRole read its scope IDs one by one, each refused there when it was no ID, before the
    // role's other rules (ANALYST: exactly one of expoId, delegationId); a missing one only when
    // looked up, after them
    const analyst = (expoId: string) => ({
      i: { userId: user.id, role: 'ANALYST', expoId, delegationId: ids.delegation },
    });
    const before = await snapshot();
    expect(failure(await admin()(GRANT, analyst('not-an-id')))).toMatchObject({
      message: 'input.expoId is not the ID of an Expo',
      extensions: { code: 'NOT_FOUND', field: 'input.expoId' },
    });
    expect(
      failure(await admin()(GRANT, analyst(toGlobalId('Expo', randomUUID())))).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expoId' });
    expect(await snapshot()).toEqual(before);
    // revokeToken looks the user up only for a token other than your own: for your own, an
    // unnamed user is not looked at
    for (const [kind, id] of Object.entries(unnamed('User'))) {
      const issued = ok(await office()(ISSUE, { i: { userId: user.id, hours: 1 } })).issueToken;
      const own = await post(
        t.url,
        REVOKE_TOKEN,
        { jti: issued.jti, u: id },
        { authorization: `Bearer ${issued.token}` },
      );
      expect([kind, ok(own).revokeToken]).toEqual([kind, true]);
    }
  });
});
