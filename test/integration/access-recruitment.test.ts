import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import {
  asUser,
  idsOf,
  inChunks,
  newCreditCode,
  ok,
  OPS,
  registration,
  tableCounts,
} from '../helpers/recruitment.js';
import { post, useTestServer, type Gql, type GqlResult } from '../helpers/server.js';

/**
 * Who may do what in recruitment: every role × every recruitment operation, on purchasers of
 * Commerce & Trade invited by Culture & Tourism. Besides the nine roles bound to the purchaser's
 * own scopes, "other" callers hold the same roles elsewhere: they cannot even read the
 * purchaser, so it is NOT_FOUND to them (FORBIDDEN is for those who read it but may not act).
 */
type Caller =
  | 'ANONYMOUS'
  | 'ADMIN'
  | 'EXPO_BUREAU'
  | 'DELEGATION_OFFICE'
  | 'SUB_DELEGATION_LEAD'
  | 'MEMBER_UNIT'
  | 'CREDIT_CHECKER'
  | 'BACKGROUND_CHECKER'
  | 'PURCHASER'
  | 'ANALYST'
  | 'OTHER_LEAD'
  | 'OTHER_MEMBER_UNIT'
  | 'OTHER_PURCHASER'
  | 'OTHER_OFFICE';
const CALLERS: Caller[] = [
  'ANONYMOUS',
  'ADMIN',
  'EXPO_BUREAU',
  'DELEGATION_OFFICE',
  'SUB_DELEGATION_LEAD',
  'MEMBER_UNIT',
  'CREDIT_CHECKER',
  'BACKGROUND_CHECKER',
  'PURCHASER',
  'ANALYST',
  'OTHER_LEAD',
  'OTHER_MEMBER_UNIT',
  'OTHER_PURCHASER',
  'OTHER_OFFICE',
];
const SCOPES: Record<
  Exclude<Caller, 'ANONYMOUS' | 'PURCHASER' | 'OTHER_PURCHASER'>,
  [string, string | undefined]
> = {
  ADMIN: ['ADMIN', undefined],
  EXPO_BUREAU: ['EXPO_BUREAU', 'CIIE-5'],
  DELEGATION_OFFICE: ['DELEGATION_OFFICE', 'CIIE-5/QH'],
  SUB_DELEGATION_LEAD: ['SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE'],
  MEMBER_UNIT: ['MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM'],
  CREDIT_CHECKER: ['CREDIT_CHECKER', 'CIIE-5/QH'],
  BACKGROUND_CHECKER: ['BACKGROUND_CHECKER', 'CIIE-5/QH'],
  ANALYST: ['ANALYST', 'CIIE-5/QH'],
  OTHER_LEAD: ['SUB_DELEGATION_LEAD', 'CIIE-5/QH/EDUCATION'],
  OTHER_MEMBER_UNIT: ['MEMBER_UNIT', 'CIIE-5/QH/HEALTH'],
  OTHER_OFFICE: ['DELEGATION_OFFICE', 'CIIE-5/GS'],
};

type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED';
const outcome = (r: GqlResult): string =>
  r.body.errors ? (r.body.errors[0].extensions?.code as string) : 'ok';
/** The field a NOT_FOUND names (the outcome otherwise). */
const notFoundField = (r: GqlResult): string =>
  outcome(r) === 'NOT_FOUND' ? r.body.errors![0].extensions.field : outcome(r);

/** The outcome of a role-restricted operation on the fixture purchaser. */
function expectation(allowed: Caller[], roleAllowed: Caller[]): (c: Caller) => Outcome {
  return (c) => {
    if (c === 'ANONYMOUS') return 'UNAUTHENTICATED';
    if (allowed.includes(c)) return 'ok';
    // the role may take the step somewhere, but this purchaser is outside its scope
    if (roleAllowed.includes(c)) return 'NOT_FOUND';
    return 'FORBIDDEN';
  };
}

/** Roles that read the fixture purchaser (and so get FORBIDDEN, not NOT_FOUND, when refused). */
const READERS: Caller[] = [
  'ADMIN',
  'EXPO_BUREAU',
  'DELEGATION_OFFICE',
  'SUB_DELEGATION_LEAD',
  'MEMBER_UNIT',
  'CREDIT_CHECKER',
  'BACKGROUND_CHECKER',
  'PURCHASER',
  'ANALYST',
];

describe('recruitment access: every role × every recruitment operation', () => {
  const t = useTestServer();
  let ids: Awaited<ReturnType<typeof idsOf>>;
  let gs: { id: string; gid: string; sub: string };
  let seq = 0;

  beforeAll(async () => {
    ids = await idsOf(t);
    // a second delegation of the same expo, whose office is hosted by Commerce too
    const d = await t.sql
      .query(`insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en, office_organisation_id)
      select expo_id, 'GS', '甘肃交易团', 'Gansu Delegation', '甘肃', 'Gansu', (select id from organisation where key = 'COMMERCE')
      from delegation where key = 'QH' returning id`);
    const id = d.rows[0].id as string;
    const s = await t.sql.query(
      `insert into sub_delegation (delegation_id, key, name_zh, name_en, receives_unassigned) values ($1, 'COMMERCE', '商贸分团', 'Commerce', true) returning id`,
      [id],
    );
    await t.sql.query(
      `insert into sub_delegation_lead (delegation_id, sub_delegation_id, organisation_id, target_min) select $1, $2, id, 10 from organisation where key = 'COMMERCE'`,
      [id, s.rows[0].id],
    );
    await t.sql.query(
      `insert into member_unit (delegation_id, organisation_id, hosts_office) select $1, id, true from organisation where key = 'COMMERCE'`,
      [id],
    );
    gs = { id, gid: toGlobalId('Delegation', id), sub: toGlobalId('SubDelegation', s.rows[0].id) };
  });

  const as = (role: string, scope?: string): Gql => t.as(role as never, scope);
  const office = () => as('DELEGATION_OFFICE', 'CIIE-5/QH');
  const culture = () => as('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
  const lead = () => as('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');

  /** A purchaser of Commerce & Trade invited by Culture & Tourism, in `state`. */
  async function fixture(state: 'INVITED' | 'REGISTERED' | 'CHECKED' | 'REJECTED' | 'APPROVED') {
    const creditCode = newCreditCode();
    const p = ok(
      await culture()(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          organisation: { kind: 'ENTERPRISE', nameZh: `矩阵${seq++}`, creditCode },
        },
      }),
      'invitePurchaser',
    );
    const fx = { id: p.id as string, creditCode, attendeeId: '', version: p.version as number };
    if (state === 'INVITED') return fx;
    const reg = ok(
      await culture()(OPS.register, { input: registration(p.id) }),
      'registerPurchaser',
    );
    fx.attendeeId = reg.attendees[0].id;
    fx.version = reg.version;
    if (state === 'REGISTERED') return fx;
    ok(
      await as('CREDIT_CHECKER', 'CIIE-5/QH')(OPS.creditCheck, {
        input: { purchaserId: p.id, result: 'PASSED' },
      }),
      'recordCreditCheck',
    );
    const bg = ok(
      await as('BACKGROUND_CHECKER', 'CIIE-5/QH')(OPS.backgroundCheck, {
        input: { attendeeId: fx.attendeeId, result: 'PASSED' },
      }),
      'recordBackgroundCheck',
    );
    fx.version = bg.attendee.purchaser.version;
    if (state === 'CHECKED') return fx;
    const decided = ok(
      state === 'REJECTED'
        ? await lead()(OPS.reject, {
            input: { purchaserId: p.id, version: fx.version, reason: '退回' },
          })
        : await lead()(OPS.approve, { input: { purchaserId: p.id, version: fx.version } }),
      state === 'REJECTED' ? 'rejectPurchaser' : 'approvePurchaser',
    );
    fx.version = decided.version;
    return fx;
  }
  type Fixture = Awaited<ReturnType<typeof fixture>>;

  /** The caller, bound to the fixture when it is the purchaser itself. */
  async function caller(c: Caller, fx: Fixture | null): Promise<Gql> {
    if (c === 'ANONYMOUS') return (q, v) => post(t.url, q, v);
    if (c === 'PURCHASER' && fx)
      return asUser(t, 'PURCHASER', `CIIE-5/QH/${fx.creditCode}`, `buyer-${fx.creditCode}`);
    if (c === 'PURCHASER' || c === 'OTHER_PURCHASER')
      return as('PURCHASER', `CIIE-5/QH/${(await otherPurchaser()).creditCode}`);
    const [role, scope] = SCOPES[c];
    return as(role, scope);
  }

  let other: Promise<Fixture> | undefined;
  const otherPurchaser = () => (other ??= fixture('INVITED'));

  const REGISTRANTS: Caller[] = [
    'ADMIN',
    'DELEGATION_OFFICE',
    'SUB_DELEGATION_LEAD',
    'MEMBER_UNIT',
    'PURCHASER',
  ];
  const REGISTRANT_ROLES: Caller[] = [
    ...REGISTRANTS,
    'OTHER_LEAD',
    'OTHER_MEMBER_UNIT',
    'OTHER_PURCHASER',
    'OTHER_OFFICE',
  ];

  const operations: {
    name: string;
    state: Parameters<typeof fixture>[0] | null;
    run: (as: Gql, fx: Fixture) => Promise<GqlResult>;
    expected: (c: Caller) => Outcome;
    /** The input path a NOT_FOUND names: the ID of the record the caller cannot read. */
    notFound?: string;
  }[] = [
    {
      name: 'invitePurchaser',
      state: null,
      notFound: 'input.delegationId',
      run: async (gql) =>
        gql(OPS.invite, {
          input: {
            delegationId: ids.qhGid,
            subDelegationId: await ids.sub('COMMERCE'),
            organisation: {
              kind: 'ENTERPRISE',
              nameZh: `受邀${seq++}`,
              creditCode: newCreditCode(),
            },
          },
        }),
      expected: (c) =>
        c === 'ANONYMOUS'
          ? 'UNAUTHENTICATED'
          : ['ADMIN', 'DELEGATION_OFFICE', 'SUB_DELEGATION_LEAD', 'MEMBER_UNIT'].includes(c)
            ? 'ok'
            : c === 'OTHER_MEMBER_UNIT' || c === 'OTHER_LEAD'
              ? 'FORBIDDEN' // Health invites into Health, Education's lead into Education
              : c === 'OTHER_OFFICE'
                ? 'NOT_FOUND' // another delegation
                : 'FORBIDDEN',
    },
    {
      name: 'registerPurchaser',
      notFound: 'input.purchaserId',
      state: 'INVITED',
      run: (gql, fx) => gql(OPS.register, { input: registration(fx.id) }),
      expected: expectation(REGISTRANTS, REGISTRANT_ROLES),
    },
    {
      name: 'updatePurchaser',
      notFound: 'input.purchaserId',
      state: 'REGISTERED',
      run: (gql, fx) => gql(OPS.update, { input: { purchaserId: fx.id, category: 'SERVICE' } }),
      expected: expectation(REGISTRANTS, REGISTRANT_ROLES),
    },
    {
      name: 'withdrawPurchaser',
      notFound: 'input.purchaserId',
      state: 'REGISTERED',
      run: (gql, fx) => gql(OPS.withdraw, { input: { purchaserId: fx.id, reason: '撤回' } }),
      expected: expectation(REGISTRANTS, REGISTRANT_ROLES),
    },
    {
      name: 'resubmitPurchaser',
      notFound: 'input.purchaserId',
      state: 'REJECTED',
      run: (gql, fx) => gql(OPS.resubmit, { input: { purchaserId: fx.id } }),
      expected: expectation(REGISTRANTS, REGISTRANT_ROLES),
    },
    {
      name: 'recordCreditCheck',
      state: 'REGISTERED',
      run: (gql, fx) => gql(OPS.creditCheck, { input: { purchaserId: fx.id, result: 'PASSED' } }),
      expected: expectation(['ADMIN', 'CREDIT_CHECKER'], []),
    },
    {
      name: 'recordBackgroundCheck',
      state: 'REGISTERED',
      run: (gql, fx) =>
        gql(OPS.backgroundCheck, { input: { attendeeId: fx.attendeeId, result: 'PASSED' } }),
      expected: expectation(['ADMIN', 'BACKGROUND_CHECKER'], []),
    },
    {
      name: 'approvePurchaser',
      notFound: 'input.purchaserId',
      state: 'CHECKED',
      run: (gql, fx) => gql(OPS.approve, { input: { purchaserId: fx.id, version: fx.version } }),
      expected: expectation(['ADMIN', 'SUB_DELEGATION_LEAD'], ['OTHER_LEAD']),
    },
    {
      name: 'rejectPurchaser',
      notFound: 'input.purchaserId',
      state: 'CHECKED',
      run: (gql, fx) =>
        gql(OPS.reject, { input: { purchaserId: fx.id, version: fx.version, reason: '不符' } }),
      expected: expectation(['ADMIN', 'SUB_DELEGATION_LEAD'], ['OTHER_LEAD']),
    },
    {
      name: 'reportPurchasers',
      notFound: 'input.delegationId',
      state: 'APPROVED',
      run: (gql, fx) =>
        gql(OPS.report, { input: { delegationId: ids.qhGid, purchaserIds: [fx.id] } }),
      expected: expectation(['ADMIN', 'DELEGATION_OFFICE'], ['OTHER_OFFICE']),
    },
  ];

  it('mutations: allowed callers succeed; the others get FORBIDDEN (they read the purchaser), NOT_FOUND naming its ID (they do not) or UNAUTHENTICATED, and nothing is written', async () => {
    for (const op of operations) {
      const fixtures = await inChunks(CALLERS, CALLERS.length, () =>
        op.state ? fixture(op.state) : Promise.resolve(null),
      );
      await inChunks(CALLERS, CALLERS.length, async (c, i) => {
        const fx = fixtures[i]!;
        const gql = await caller(c, fx);
        const before = fx ? ok(await office()(OPS.purchaser, { id: fx.id }), 'purchaser') : null;
        const audits = fx
          ? (
              await t.sql.query(`select count(*)::int as n from audit_event where entity_id = $1`, [
                Buffer.from(fx.id, 'base64url').toString().split(':')[1],
              ])
            ).rows[0].n
          : 0;
        const result = await op.run(gql, fx!);
        const want = op.expected(c);
        expect([op.name, c, outcome(result)]).toEqual([op.name, c, want]);
        // the same answer as for an ID that names nothing: the record's ID is the field at fault
        if (want === 'NOT_FOUND')
          expect([op.name, c, result.body.errors![0].extensions.field]).toEqual([
            op.name,
            c,
            op.notFound,
          ]);
        if (want !== 'ok' && fx) {
          const after = ok(await office()(OPS.purchaser, { id: fx.id }), 'purchaser');
          expect([op.name, c, after.version, after.status]).toEqual([
            op.name,
            c,
            before.version,
            before.status,
          ]);
          const now = (
            await t.sql.query(`select count(*)::int as n from audit_event where entity_id = $1`, [
              Buffer.from(fx.id, 'base64url').toString().split(':')[1],
            ])
          ).rows[0].n;
          expect([op.name, c, now]).toEqual([op.name, c, audits]);
        }
      });
    }
    // nothing was invited by a refused caller
    const { rows } = await t.sql.query(
      `select count(*)::int as n from organisation where name_zh like '受邀%'`,
    );
    expect(rows[0].n).toBe(CALLERS.filter((c) => operations[0]!.expected(c) === 'ok').length);
  }, 120_000);

  it('reads: a purchaser reads as missing outside the scope; lists, progress and batches by role', async () => {
    const fx = await fixture('APPROVED');
    ok(
      await office()(OPS.report, { input: { delegationId: ids.qhGid, purchaserIds: [fx.id] } }),
      'reportPurchasers',
    );
    const READ = `query($id: ID!) { purchaser(id: $id) { id } node(id: $id) { id } }`;
    const LIST = `query($d: ID) { purchasers(delegationId: $d, first: 500) { edges { node { id } } } }`;
    const PROGRESS = `query($d: ID!) { recruitmentProgress(delegationId: $d) { target } }`;
    const BATCHES = `query($d: ID!) { purchaserReportBatches(delegationId: $d) { purchaserCount } }`;
    // the checkers read purchasers for their checks (not through node(), which keeps the common scope)
    const nodeReaders: Caller[] = READERS.filter(
      (c) => c !== 'CREDIT_CHECKER' && c !== 'BACKGROUND_CHECKER',
    );
    const progress: Caller[] = [
      'ADMIN',
      'EXPO_BUREAU',
      'DELEGATION_OFFICE',
      'SUB_DELEGATION_LEAD',
      'MEMBER_UNIT',
      'ANALYST',
      'OTHER_LEAD',
      'OTHER_MEMBER_UNIT',
    ];
    const batches: Caller[] = ['ADMIN', 'EXPO_BUREAU', 'DELEGATION_OFFICE', 'ANALYST'];
    for (const c of CALLERS) {
      const gql = await caller(c, fx);
      const read = await gql(READ, { id: fx.id });
      if (c === 'ANONYMOUS') {
        expect(outcome(read)).toBe('UNAUTHENTICATED');
        continue;
      }
      expect([c, read.body.data.purchaser !== null]).toEqual([c, READERS.includes(c)]);
      expect([c, read.body.data.node !== null]).toEqual([c, nodeReaders.includes(c)]);
      const list = ok(await gql(LIST, { d: ids.qhGid }), 'purchasers');
      expect([c, list.edges.some((e: any) => e.node.id === fx.id)]).toEqual([
        c,
        READERS.includes(c),
      ]);
      const p = await gql(PROGRESS, { d: ids.qhGid });
      if (progress.includes(c))
        expect([c, p.body.data.recruitmentProgress.target]).toEqual([c, 174]);
      else if (c === 'OTHER_OFFICE')
        expect([c, p.body.data.recruitmentProgress]).toEqual([c, null]);
      else expect([c, outcome(p)]).toEqual([c, 'FORBIDDEN']);
      const b = await gql(BATCHES, { d: ids.qhGid });
      if (batches.includes(c))
        expect([c, b.body.data.purchaserReportBatches.length > 0]).toEqual([c, true]);
      else if (c === 'OTHER_OFFICE')
        expect([c, b.body.data.purchaserReportBatches]).toEqual([c, []]);
      else expect([c, outcome(b)]).toEqual([c, 'FORBIDDEN']);
    }
  });

  it('no read or write crosses delegations', async () => {
    const qh = await fixture('APPROVED');
    const gsOffice = as('DELEGATION_OFFICE', 'CIIE-5/GS');
    // Gansu invites an organisation that is Qinghai's purchaser already: another delegation, no clash
    const qhOrg = ok(await office()(OPS.purchaser, { id: qh.id }), 'purchaser').organisation;
    const gsPurchaser = ok(
      await gsOffice(OPS.invite, {
        input: { delegationId: gs.gid, subDelegationId: gs.sub, creditCode: qhOrg.creditCode },
      }),
      'invitePurchaser',
    );
    expect(gsPurchaser.organisation.id).toBe(qhOrg.id);
    const before = await tableCounts(t);

    // Gansu's office neither reads nor writes Qinghai's purchasers
    expect(ok(await gsOffice(OPS.purchaser, { id: qh.id }), 'purchaser')).toBeNull();
    const gsWrites = [
      await gsOffice(OPS.withdraw, { input: { purchaserId: qh.id } }),
      await gsOffice(OPS.report, { input: { delegationId: ids.qhGid, purchaserIds: [qh.id] } }),
      await gsOffice(OPS.report, { input: { delegationId: gs.gid, purchaserIds: [qh.id] } }),
      await gsOffice(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          subDelegationId: await ids.sub('COMMERCE'),
          creditCode: newCreditCode(),
        },
      }),
    ];
    expect(gsWrites.map(notFoundField)).toEqual([
      'input.purchaserId',
      'input.delegationId',
      'input.purchaserIds.0',
      'input.delegationId',
    ]);

    // nor does any Qinghai role read or write Gansu's
    for (const c of [
      'DELEGATION_OFFICE',
      'SUB_DELEGATION_LEAD',
      'MEMBER_UNIT',
      'CREDIT_CHECKER',
      'BACKGROUND_CHECKER',
      'ANALYST',
    ] as const) {
      const gql = as(...SCOPES[c]);
      expect([c, ok(await gql(OPS.purchaser, { id: gsPurchaser.id }), 'purchaser')]).toEqual([
        c,
        null,
      ]);
      const list = ok(
        await gql(`query($d: ID!) { purchasers(delegationId: $d) { totalCount } }`, { d: gs.gid }),
        'purchasers',
      );
      expect([c, list.totalCount]).toEqual([c, 0]);
    }
    const qhWrites = [
      await office()(OPS.register, { input: registration(gsPurchaser.id) }),
      await as('CREDIT_CHECKER', 'CIIE-5/QH')(OPS.creditCheck, {
        input: { purchaserId: gsPurchaser.id, result: 'PASSED' },
      }),
      await lead()(OPS.approve, {
        input: { purchaserId: gsPurchaser.id, version: gsPurchaser.version },
      }),
      await office()(OPS.report, { input: { delegationId: gs.gid } }),
      await culture()(OPS.invite, { input: { delegationId: gs.gid, creditCode: newCreditCode() } }),
    ];
    expect(qhWrites.map(notFoundField)).toEqual([
      'input.purchaserId',
      'input.purchaserId',
      'input.purchaserId',
      'input.delegationId',
      'input.delegationId',
    ]);
    expect(await tableCounts(t)).toEqual(before);

    // the expo bureau reads both delegations' purchasers
    const bureau = as('EXPO_BUREAU', 'CIIE-5');
    expect(ok(await bureau(OPS.purchaser, { id: gsPurchaser.id }), 'purchaser').id).toBe(
      gsPurchaser.id,
    );
    expect(ok(await bureau(OPS.purchaser, { id: qh.id }), 'purchaser').id).toBe(qh.id);
  });
});
