import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  asUser,
  failure,
  idsOf,
  newCreditCode,
  newResidentId,
  ok,
  OPS,
  registration,
  tableCounts,
} from '../helpers/recruitment.js';
import { waitingOnLock } from '../helpers/database.js';
import { useTestServer, type Gql, type GqlResult } from '../helpers/server.js';

type State = 'INVITED' | 'REGISTERED' | 'APPROVED' | 'REPORTED' | 'REJECTED' | 'WITHDRAWN';
type Step =
  | 'register'
  | 'update'
  | 'withdraw'
  | 'approve'
  | 'reject'
  | 'resubmit'
  | 'report'
  | 'creditCheck'
  | 'backgroundCheck';

/** The purchaser state machine of the domain README: from which states each step is allowed. */
const ALLOWED: Record<Step, State[]> = {
  register: ['INVITED'],
  update: ['REGISTERED', 'REJECTED'],
  withdraw: ['INVITED', 'REGISTERED', 'APPROVED', 'REJECTED'],
  approve: ['REGISTERED'],
  reject: ['REGISTERED'],
  resubmit: ['REJECTED'],
  report: ['APPROVED'],
  creditCheck: ['INVITED', 'REGISTERED', 'REJECTED'],
  backgroundCheck: ['REGISTERED', 'REJECTED'],
};
const STATES: State[] = ['INVITED', 'REGISTERED', 'APPROVED', 'REPORTED', 'REJECTED', 'WITHDRAWN'];

describe('recruitment rules: transitions, races, validation, nothing left behind', () => {
  const t = useTestServer();
  let ids: Awaited<ReturnType<typeof idsOf>>;
  let office: Gql, culture: Gql, lead: Gql, creditChecker: Gql, backgroundChecker: Gql;

  beforeAll(async () => {
    ids = await idsOf(t);
    office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    culture = t.as('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
    lead = t.as('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
    creditChecker = t.as('CREDIT_CHECKER', 'CIIE-5/QH');
    backgroundChecker = t.as('BACKGROUND_CHECKER', 'CIIE-5/QH');
  });

  const read = async (id: string) => ok(await office(OPS.purchaser, { id }), 'purchaser');

  async function invite(name = '企业', creditCode: string | null = newCreditCode()) {
    return ok(
      await culture(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          organisation: { kind: 'ENTERPRISE', nameZh: `${name}${Math.random()}`, creditCode },
        },
      }),
      'invitePurchaser',
    );
  }

  /** A registered purchaser whose checks passed: ready for review. Returns its latest state. */
  async function reviewable(attendees = 1) {
    const p = await invite();
    const reg = ok(
      await culture(OPS.register, { input: registration(p.id, {}, attendees) }),
      'registerPurchaser',
    );
    ok(
      await creditChecker(OPS.creditCheck, { input: { purchaserId: p.id, result: 'PASSED' } }),
      'recordCreditCheck',
    );
    for (const a of reg.attendees) {
      ok(
        await backgroundChecker(OPS.backgroundCheck, {
          input: { attendeeId: a.id, result: 'PASSED' },
        }),
        'recordBackgroundCheck',
      );
    }
    return read(p.id);
  }

  async function purchaserIn(state: State): Promise<{ id: string; attendeeId: string }> {
    if (state === 'INVITED') {
      const p = await invite();
      // an attendee entered directly, so that a background check has someone to check
      const { rows } = await t.sql.query(
        `with pe as (insert into person (delegation_id, name, id_number) values ($1, '预填', $3) returning id)
         insert into attendee (delegation_id, purchaser_id, person_id)
         select $1, $2, pe.id from pe returning id`,
        [ids.qh, Buffer.from(p.id, 'base64url').toString().split(':')[1], newResidentId()],
      );
      return { id: p.id, attendeeId: Buffer.from(`Attendee:${rows[0].id}`).toString('base64url') };
    }
    const p = await reviewable();
    const attendeeId = p.attendees[0].id;
    if (state === 'REGISTERED') return { id: p.id, attendeeId };
    if (state === 'WITHDRAWN') {
      ok(
        await culture(OPS.withdraw, { input: { purchaserId: p.id, reason: '不再参加' } }),
        'withdrawPurchaser',
      );
      return { id: p.id, attendeeId };
    }
    if (state === 'REJECTED') {
      ok(
        await lead(OPS.reject, {
          input: { purchaserId: p.id, version: p.version, reason: '不符合条件' },
        }),
        'rejectPurchaser',
      );
      return { id: p.id, attendeeId };
    }
    ok(
      await lead(OPS.approve, { input: { purchaserId: p.id, version: p.version } }),
      'approvePurchaser',
    );
    if (state === 'REPORTED') {
      ok(
        await office(OPS.report, { input: { delegationId: ids.qhGid, purchaserIds: [p.id] } }),
        'reportPurchasers',
      );
    }
    return { id: p.id, attendeeId };
  }

  async function take(step: Step, p: { id: string; attendeeId: string }): Promise<GqlResult> {
    const version = (await read(p.id)).version;
    switch (step) {
      case 'register':
        return office(OPS.register, { input: registration(p.id) });
      case 'update':
        return office(OPS.update, { input: { purchaserId: p.id, category: 'SERVICE' } });
      case 'withdraw':
        return office(OPS.withdraw, { input: { purchaserId: p.id } });
      case 'approve':
        return lead(OPS.approve, { input: { purchaserId: p.id, version } });
      case 'reject':
        return lead(OPS.reject, { input: { purchaserId: p.id, version, reason: '理由' } });
      case 'resubmit':
        return office(OPS.resubmit, { input: { purchaserId: p.id } });
      case 'report':
        return office(OPS.report, { input: { delegationId: ids.qhGid, purchaserIds: [p.id] } });
      case 'creditCheck':
        return creditChecker(OPS.creditCheck, { input: { purchaserId: p.id, result: 'PASSED' } });
      case 'backgroundCheck':
        return backgroundChecker(OPS.backgroundCheck, {
          input: { attendeeId: p.attendeeId, result: 'PASSED' },
        });
    }
  }

  it('refuses every step the state machine does not allow with INVALID_TRANSITION naming the current state, writing nothing', async () => {
    let refused = 0;
    for (const state of STATES) {
      const p = await purchaserIn(state);
      expect((await read(p.id)).status).toBe(state);
      for (const step of Object.keys(ALLOWED) as Step[]) {
        if (ALLOWED[step].includes(state)) continue;
        const before = await tableCounts(t);
        const error = failure(await take(step, p));
        expect([state, step, error.code, error.status]).toEqual([
          state,
          step,
          'INVALID_TRANSITION',
          state,
        ]);
        expect(error.message).toContain(state);
        expect([state, step, await tableCounts(t)]).toEqual([state, step, before]);
        refused += 1;
      }
    }
    // 6 states × 9 steps, of which 16 are allowed
    expect(refused).toBe(38);
  });

  it('takes every allowed step', async () => {
    for (const state of STATES) {
      for (const step of Object.keys(ALLOWED) as Step[]) {
        if (!ALLOWED[step].includes(state)) continue;
        const p = await purchaserIn(state);
        const result = await take(step, p);
        expect([state, step, result.body.errors]).toEqual([state, step, undefined]);
      }
    }
  });

  it('lets exactly one of two reviewers deciding at once win; the other gets CONFLICT', async () => {
    const reviewerA = asUser(t, 'SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE', 'reviewer-a');
    const reviewerB = asUser(t, 'SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE', 'reviewer-b');
    // tokens first, so that the decisions themselves race
    await reviewerA('{ viewer { user { name } } }');
    await reviewerB('{ viewer { user { name } } }');
    const rounds = await Promise.all(Array.from({ length: 6 }, () => reviewable()));
    const results = await Promise.all(
      rounds.map(async (p, i) => {
        const approve = { input: { purchaserId: p.id, version: p.version } };
        const reject = { input: { purchaserId: p.id, version: p.version, reason: '材料不全' } };
        // approve against reject, and approve against approve
        return Promise.all([
          reviewerA(OPS.approve, approve),
          i % 2 ? reviewerB(OPS.approve, approve) : reviewerB(OPS.reject, reject),
        ]);
      }),
    );
    for (const [i, [a, b]] of results.entries()) {
      const outcomes = [a, b]
        .map((r) => (r.body.errors ? r.body.errors[0].extensions.code : 'ok'))
        .sort();
      expect(outcomes).toEqual(['CONFLICT', 'ok']);
      const winner = (a.body.errors ? b : a).body.data;
      const status = (winner.approvePurchaser ?? winner.rejectPurchaser).status;
      const id = rounds[i]!.id;
      const now = await read(id);
      expect(now.status).toBe(status);
      expect(now.version).toBe(rounds[i]!.version + 1);
      const { rows } = await t.sql.query(
        `select count(*)::int as n from audit_event where entity_id = $1 and action in ('purchaser.approve', 'purchaser.reject')`,
        [Buffer.from(id, 'base64url').toString().split(':')[1]],
      );
      expect(rows[0].n).toBe(1);
    }
  });

  it('resolves a race in the database: both reviewers wait on the row, one update wins', async () => {
    const p = await reviewable();
    const uuid = Buffer.from(p.id, 'base64url').toString().split(':')[1];
    const reviewerA = asUser(t, 'SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE', 'reviewer-a');
    const reviewerB = asUser(t, 'SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE', 'reviewer-b');
    await reviewerA('{ viewer { user { name } } }');
    await reviewerB('{ viewer { user { name } } }');
    // hold the purchaser's row: both decisions wait for it (each one statement that locks the
    // row as it reads it, then checks and writes)
    const holder = new pg.Client({ connectionString: t.server.db.url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select 1 from purchaser where id = $1 for update', [uuid]);
      const racing = Promise.all([
        reviewerA(OPS.approve, { input: { purchaserId: p.id, version: p.version } }),
        reviewerB(OPS.reject, {
          input: { purchaserId: p.id, version: p.version, reason: '材料不全' },
        }),
      ]);
      await expect
        .poll(() => waitingOnLock(t.sql, 'purchaser'), {
          message: 'the two decisions both wait on the row',
          timeout: 5_000,
          interval: 25,
        })
        .toBe(2);
      await holder.query('commit');
      const [a, b] = await racing;
      const codes = [a, b]
        .map((r) => (r.body.errors ? r.body.errors[0].extensions.code : 'ok'))
        .sort();
      expect(codes).toEqual(['CONFLICT', 'ok']);
      // the second reads the row as the first left it: the same CONFLICT, with the version now
      const loser = (a.body.errors ?? b.body.errors)![0];
      expect(loser.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.version',
        currentVersion: p.version + 1,
      });
    } finally {
      await holder.end();
    }
    const { rows } = await t.sql.query(
      `select count(*)::int as n from audit_event where entity_id = $1 and action in ('purchaser.approve', 'purchaser.reject')`,
      [uuid],
    );
    expect(rows[0].n).toBe(1);
  });

  it('refuses a decision on a stale version, and moves the version on with every write', async () => {
    const p = await reviewable(2);
    // a background check recorded after the reviewer looked: the reviewer's view is stale
    ok(
      await backgroundChecker(OPS.backgroundCheck, {
        input: { attendeeId: p.attendees[0].id, result: 'FAILED', note: '需复核' },
      }),
      'recordBackgroundCheck',
    );
    const before = await tableCounts(t);
    expect(
      failure(await lead(OPS.approve, { input: { purchaserId: p.id, version: p.version } })),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(await tableCounts(t)).toEqual(before);
    // with the fresh version: the failed check blocks approval
    const fresh = await read(p.id);
    expect(fresh.approvalBlockers).toEqual(['1 attendee(s) failed the background check']);
    const blocked = failure(
      await lead(OPS.approve, { input: { purchaserId: p.id, version: fresh.version } }),
    );
    expect(blocked).toMatchObject({ code: 'INVALID_TRANSITION', status: 'REGISTERED' });
    expect(blocked.message).toContain('failed the background check');
    expect(await tableCounts(t)).toEqual(before);
    // the latest check counts
    ok(
      await backgroundChecker(OPS.backgroundCheck, {
        input: { attendeeId: p.attendees[0].id, result: 'PASSED' },
      }),
      'recordBackgroundCheck',
    );
    const passed = await read(p.id);
    expect(passed.version).toBe(fresh.version + 1);
    expect(
      ok(
        await lead(OPS.approve, { input: { purchaserId: p.id, version: passed.version } }),
        'approvePurchaser',
      ).status,
    ).toBe('APPROVED');
  });

  it('approves only with a passed credit check and every attendee background-checked and passed', async () => {
    const p = await invite();
    const reg = ok(
      await culture(OPS.register, { input: registration(p.id, {}, 2) }),
      'registerPurchaser',
    );
    const blockers = async () => (await read(p.id)).approvalBlockers;
    const tryApprove = async () =>
      failure(
        await lead(OPS.approve, {
          input: { purchaserId: p.id, version: (await read(p.id)).version },
        }),
      );
    expect(await blockers()).toEqual([
      'no credit check yet',
      '2 attendee(s) without a background check',
    ]);
    expect(await tryApprove()).toMatchObject({ code: 'INVALID_TRANSITION' });
    ok(
      await creditChecker(OPS.creditCheck, { input: { purchaserId: p.id, result: 'FAILED' } }),
      'recordCreditCheck',
    );
    ok(
      await backgroundChecker(OPS.backgroundCheck, {
        input: { attendeeId: reg.attendees[0].id, result: 'PASSED' },
      }),
      'recordBackgroundCheck',
    );
    expect(await blockers()).toEqual([
      'the credit check failed',
      '1 attendee(s) without a background check',
    ]);
    expect(await tryApprove()).toMatchObject({ code: 'INVALID_TRANSITION' });
    ok(
      await creditChecker(OPS.creditCheck, { input: { purchaserId: p.id, result: 'PASSED' } }),
      'recordCreditCheck',
    );
    expect(await blockers()).toEqual(['1 attendee(s) without a background check']);
    expect(await tryApprove()).toMatchObject({ code: 'INVALID_TRANSITION' });
    ok(
      await backgroundChecker(OPS.backgroundCheck, {
        input: { attendeeId: reg.attendees[1].id, result: 'PASSED' },
      }),
      'recordBackgroundCheck',
    );
    expect(await blockers()).toEqual([]);
    const version = (await read(p.id)).version;
    expect(
      ok(await lead(OPS.approve, { input: { purchaserId: p.id, version } }), 'approvePurchaser')
        .status,
    ).toBe('APPROVED');
  });

  it('updates a registration before approval: attendees matched by ID number keep their checks', async () => {
    const p = await reviewable(2);
    const keep = (
      await t.sql.query(
        `select pe.id_number from attendee a join person pe on pe.id = a.person_id where a.id = $1`,
        [Buffer.from(p.attendees[0].id, 'base64url').toString().split(':')[1]],
      )
    ).rows[0].id_number;
    const updated = ok(
      await culture(OPS.update, {
        input: {
          purchaserId: p.id,
          version: p.version,
          category: 'WHOLESALE_RETAIL',
          contact: { name: '李新联系', phone: '0971-6321489' },
          attendees: [
            { name: '保留者', idNumber: keep, jobTitle: '总经理' },
            { name: '新来者', idNumber: newResidentId() },
          ],
        },
      }),
      'updatePurchaser',
    );
    expect(updated.category).toBe('WHOLESALE_RETAIL');
    expect(updated.version).toBe(p.version + 1);
    expect(updated.attendees.map((a: any) => a.backgroundChecks.map((c: any) => c.result))).toEqual(
      [['PASSED'], []],
    );
    expect(updated.attendees[0].id).toBe(p.attendees[0].id);
    const { rows } = await t.sql.query(
      `select count(*)::int as n from attendee where purchaser_id = $1`,
      [Buffer.from(p.id, 'base64url').toString().split(':')[1]],
    );
    expect(rows[0].n).toBe(2);
    // the reviewer who saw the old version cannot decide on it
    expect(
      failure(
        await lead(OPS.reject, {
          input: { purchaserId: p.id, version: p.version, reason: '旧版本' },
        }),
      ),
    ).toMatchObject({ code: 'CONFLICT' });
    // nor can anyone update it once approved
    const fresh = await read(p.id);
    ok(
      await backgroundChecker(OPS.backgroundCheck, {
        input: { attendeeId: fresh.attendees[1].id, result: 'PASSED' },
      }),
      'recordBackgroundCheck',
    );
    ok(
      await lead(OPS.approve, {
        input: { purchaserId: p.id, version: (await read(p.id)).version },
      }),
      'approvePurchaser',
    );
    expect(
      failure(await culture(OPS.update, { input: { purchaserId: p.id, category: 'SERVICE' } })),
    ).toMatchObject({
      code: 'INVALID_TRANSITION',
      status: 'APPROVED',
    });
  });

  it('refuses the same organisation twice in one delegation with ALREADY_REGISTERED, writing nothing', async () => {
    const code = newCreditCode();
    await invite('重复企业', code);
    const before = await tableCounts(t);
    const again = [
      await t.as('MEMBER_UNIT', 'CIIE-5/QH/FEDERATION')(OPS.invite, {
        input: { delegationId: ids.qhGid, creditCode: code },
      }),
      await lead(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          organisation: { kind: 'ENTERPRISE', nameZh: '同码新名', creditCode: code },
        },
      }),
    ];
    expect(again.map((r) => failure(r).code)).toEqual(['ALREADY_REGISTERED', 'ALREADY_REGISTERED']);
    expect(failure(again[0]!).field).toBe('input.creditCode');
    expect(await tableCounts(t)).toEqual(before);
  });

  it('validates input, naming the field at fault, and writes nothing on any error', async () => {
    const withoutCode = await invite('无代码企业', null);
    const p = await invite();
    const institution = ok(
      await t.as('MEMBER_UNIT', 'CIIE-5/QH/EDUCATION')(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          organisation: { kind: 'INSTITUTION', nameZh: `某校${Math.random()}` },
        },
      }),
      'invitePurchaser',
    );
    const reviewed = await reviewable();
    const bad = registration(p.id, {}, 2);
    const cases: [string, () => Promise<GqlResult>, string][] = [
      [
        'a credit code with a wrong check character',
        () =>
          culture(OPS.invite, {
            input: {
              delegationId: ids.qhGid,
              organisation: {
                kind: 'ENTERPRISE',
                nameZh: '错码',
                creditCode: '91350100M000100Y44',
              },
            },
          }),
        'input.organisation.creditCode',
      ],
      [
        'a credit code too short',
        () => culture(OPS.invite, { input: { delegationId: ids.qhGid, creditCode: '9135' } }),
        'input.creditCode',
      ],
      [
        'an unknown credit code',
        () =>
          culture(OPS.invite, { input: { delegationId: ids.qhGid, creditCode: newCreditCode() } }),
        'input.creditCode',
      ],
      [
        'two organisations at once',
        () =>
          culture(OPS.invite, {
            input: {
              delegationId: ids.qhGid,
              creditCode: newCreditCode(),
              organisation: { kind: 'ENTERPRISE', nameZh: 'x' },
            },
          }),
        'input.organisation',
      ],
      [
        'an organisation name too long',
        () =>
          culture(OPS.invite, {
            input: {
              delegationId: ids.qhGid,
              organisation: { kind: 'ENTERPRISE', nameZh: '长'.repeat(201) },
            },
          }),
        'input.organisation.nameZh',
      ],
      [
        'a contact mobile that is not a number',
        () =>
          culture(OPS.register, { input: { ...bad, contact: { name: '张', mobile: 'call me' } } }),
        'input.contact.mobile',
      ],
      [
        'a contact without mobile or phone',
        () =>
          culture(OPS.register, { input: { ...bad, contact: { name: '张', email: 'a@b.cn' } } }),
        'input.contact.mobile',
      ],
      [
        'a contact name too long',
        () =>
          culture(OPS.register, {
            input: { ...bad, contact: { name: '名'.repeat(101), mobile: '13800138000' } },
          }),
        'input.contact.name',
      ],
      [
        'an attendee email without a domain',
        () =>
          culture(OPS.register, {
            input: {
              ...bad,
              attendees: [bad.attendees[0], { ...bad.attendees[1], email: 'wang@localhost' }],
            },
          }),
        'input.attendees.1.email',
      ],
      [
        'a resident ID number with a wrong check digit',
        () =>
          culture(OPS.register, {
            input: {
              ...bad,
              attendees: [
                {
                  ...bad.attendees[0],
                  idNumber: `${bad.attendees[0]!.idNumber.slice(0, 17)}${bad.attendees[0]!.idNumber.endsWith('0') ? '1' : '0'}`,
                },
              ],
            },
          }),
        'input.attendees.0.idNumber',
      ],
      [
        'one attendee twice',
        () =>
          culture(OPS.register, {
            input: {
              ...bad,
              attendees: [
                bad.attendees[0],
                { ...bad.attendees[1], idNumber: bad.attendees[0]!.idNumber },
              ],
            },
          }),
        'input.attendees.1.idNumber',
      ],
      [
        'a blank attendee name',
        () =>
          culture(OPS.register, {
            input: { ...bad, attendees: [{ ...bad.attendees[0], name: '  ' }] },
          }),
        'input.attendees.0.name',
      ],
      [
        'a job title too long',
        () =>
          culture(OPS.register, {
            input: { ...bad, attendees: [{ ...bad.attendees[0], jobTitle: '职'.repeat(101) }] },
          }),
        'input.attendees.0.jobTitle',
      ],
      [
        'no attendees',
        () => culture(OPS.register, { input: { ...bad, attendees: [] } }),
        'input.attendees',
      ],
      [
        'an enterprise category without a credit code',
        () => culture(OPS.register, { input: registration(withoutCode.id) }),
        'input.creditCode',
      ],
      [
        'an institution category for an enterprise',
        () => culture(OPS.register, { input: { ...bad, category: 'MEDICAL_INSTITUTION' } }),
        'input.category',
      ],
      [
        'a credit code unlike the registered one',
        () => culture(OPS.register, { input: { ...bad, creditCode: newCreditCode() } }),
        'input.creditCode',
      ],
      [
        'a rejection without a reason',
        () =>
          lead(OPS.reject, {
            input: { purchaserId: reviewed.id, version: reviewed.version, reason: ' ' },
          }),
        'input.reason',
      ],
      [
        'a note too long',
        () =>
          creditChecker(OPS.creditCheck, {
            input: { purchaserId: p.id, result: 'PASSED', note: '注'.repeat(2001) },
          }),
        'input.note',
      ],
      [
        'a batch naming one purchaser twice',
        () =>
          office(OPS.report, { input: { delegationId: ids.qhGid, purchaserIds: [p.id, p.id] } }),
        'input.purchaserIds.1',
      ],
    ];
    for (const [what, call, field] of cases) {
      const before = await tableCounts(t);
      const error = failure(await call());
      expect([what, error.code, error.field]).toEqual([what, 'BAD_USER_INPUT', field]);
      expect([what, await tableCounts(t)]).toEqual([what, before]);
    }
    // an ID of the wrong kind names no delegation: NOT_FOUND, with its field (test/integration/refusals.test.ts)
    const before = await tableCounts(t);
    const wrongKind = failure(
      await culture(OPS.invite, {
        input: { delegationId: p.id, organisation: { kind: 'ENTERPRISE', nameZh: 'x' } },
      }),
    );
    expect([wrongKind.code, wrongKind.field, wrongKind.message]).toEqual([
      'NOT_FOUND',
      'input.delegationId',
      'input.delegationId is not the ID of a Delegation',
    ]);
    expect(await tableCounts(t)).toEqual(before);
    // and what passes: an institution without a code, an enterprise giving its code at registration
    ok(
      await t.as('MEMBER_UNIT', 'CIIE-5/QH/EDUCATION')(OPS.register, {
        input: registration(institution.id, { category: 'EDUCATION_INSTITUTION' }),
      }),
      'registerPurchaser',
    );
    const code = newCreditCode();
    const late = ok(
      await culture(OPS.register, { input: registration(withoutCode.id, { creditCode: code }) }),
      'registerPurchaser',
    );
    expect(late.organisation.creditCode).toBe(code);
  });

  it('leaves no rows behind when a call fails part-way: a batch with one purchaser not approved, a racing invitation', async () => {
    const approved = await purchaserIn('APPROVED');
    const registered = await purchaserIn('REGISTERED');
    const before = await tableCounts(t);
    // the batch fails on its second purchaser: the first is not reported either, no batch is made
    const batch = failure(
      await office(OPS.report, {
        input: { delegationId: ids.qhGid, purchaserIds: [approved.id, registered.id] },
      }),
    );
    expect(batch).toMatchObject({ code: 'INVALID_TRANSITION', status: 'REGISTERED' });
    expect(await tableCounts(t)).toEqual(before);
    expect((await read(approved.id)).status).toBe('APPROVED');
    // two member units inviting the same new organisation at once: the loser's organisation,
    // purchaser and audit events are rolled back together when its write fails
    const code = newCreditCode();
    const federation = t.as('MEMBER_UNIT', 'CIIE-5/QH/FEDERATION');
    await federation('{ viewer { user { name } } }');
    const input = {
      delegationId: ids.qhGid,
      organisation: { kind: 'ENTERPRISE', nameZh: '同时邀请', creditCode: code },
    };
    const results = await Promise.all([
      culture(OPS.invite, { input }),
      federation(OPS.invite, { input }),
    ]);
    const codes = results
      .map((r) => (r.body.errors ? r.body.errors[0].extensions.code : 'ok'))
      .sort();
    expect(codes[1]).toBe('ok');
    expect(['ALREADY_REGISTERED', 'CONFLICT']).toContain(codes[0]);
    const after = await tableCounts(t);
    expect(after.organisation - before.organisation).toBe(1);
    expect(after.purchaser - before.purchaser).toBe(1);
    // the winner's organisation.create and purchaser.invite, nothing of the loser's
    expect(after.audit_event - before.audit_event).toBe(2);
  });
});
