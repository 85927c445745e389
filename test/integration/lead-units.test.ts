import type { Migration } from '@mikro-orm/migrations';
import { beforeAll, describe, expect, it } from 'vitest';
import { Migration20261202000010LeadUnitGrants } from '../../server/src/db/migrations/Migration20261202000010_lead_unit_grants.js';
import { Migration20261207040001CitusReady } from '../../server/src/db/migrations/Migration20261207040001_citus_ready.js';
import { toGlobalId, uuidOf } from '../../server/src/graphql/relay.js';
import {
  failure,
  idsOf,
  newCreditCode,
  ok,
  OPS,
  registration,
  tableCounts,
} from '../helpers/recruitment.js';
import { post, useTestServer, type Gql } from '../helpers/server.js';

/**
 * Reviews in co-led sub-delegations (注册报名后由各分团牵头单位进行审核上报): a SUB_DELEGATION_LEAD
 * grant is bound to one lead unit. In Health (Health Commission 10 hospitals, Drug
 * Administration 20 enterprises: separate targets) each lead works the purchasers attributed to
 * its own unit; in Industry (Industry & IT with SASAC, one shared target of 15) each lead works
 * them all; single-lead sub-delegations are as before. Leads still read the whole sub-delegation.
 */
type Unit = 'HEALTH' | 'DRUGS' | 'INDUSTRY' | 'SASAC';
const SUB_OF: Record<Unit, string> = {
  HEALTH: 'HEALTH',
  DRUGS: 'HEALTH',
  INDUSTRY: 'INDUSTRY',
  SASAC: 'INDUSTRY',
};
type State = 'INVITED' | 'REGISTERED' | 'CHECKED';

const GRANT = `mutation($i: GrantRoleInput!) {
  grantRole(input: $i) { id role scopeId lead { organisation { key } } }
}`;

describe('lead units: each lead of a co-led sub-delegation reviews its own purchasers', () => {
  const t = useTestServer();
  let ids: Awaited<ReturnType<typeof idsOf>>;
  let office: Gql;
  const lead = (unit: Unit) => t.as('SUB_DELEGATION_LEAD', `CIIE-5/QH/${SUB_OF[unit]}/${unit}`);
  let seq = 0;

  beforeAll(async () => {
    ids = await idsOf(t);
    office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
  });

  /** A purchaser invited by the office, attributed to `unit` (none: not attributed yet). */
  async function purchaser(unit: Unit | null, state: State, sub = unit ? SUB_OF[unit] : 'HEALTH') {
    const p = ok(
      await office(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          subDelegationId: await ids.sub(sub),
          leadOrganisationId: unit ? await ids.org(unit) : null,
          organisation: {
            kind: 'ENTERPRISE',
            nameZh: `牵头单位测试${seq++}`,
            creditCode: newCreditCode(),
          },
        },
      }),
      'invitePurchaser',
    );
    const fx = { id: p.id as string, version: p.version as number };
    if (state === 'INVITED') return fx;
    const reg = ok(await office(OPS.register, { input: registration(p.id) }), 'registerPurchaser');
    fx.version = reg.version;
    if (state === 'REGISTERED') return fx;
    ok(
      await t.as('CREDIT_CHECKER', 'CIIE-5/QH')(OPS.creditCheck, {
        input: { purchaserId: p.id, result: 'PASSED' },
      }),
      'recordCreditCheck',
    );
    const bg = ok(
      await t.as('BACKGROUND_CHECKER', 'CIIE-5/QH')(OPS.backgroundCheck, {
        input: { attendeeId: reg.attendees[0].id, result: 'PASSED' },
      }),
      'recordBackgroundCheck',
    );
    fx.version = bg.attendee.purchaser.version;
    return fx;
  }

  /** A REJECTED purchaser of `unit`, rejected by its own lead. */
  async function rejected(unit: Unit) {
    const fx = await purchaser(unit, 'CHECKED');
    const r = ok(
      await lead(unit)(OPS.reject, {
        input: { purchaserId: fx.id, version: fx.version, reason: '材料不全' },
      }),
      'rejectPurchaser',
    );
    return { id: fx.id, version: r.version as number };
  }

  /** Every write a lead makes on a purchaser: the state it needs, the call, the field answered. */
  const OPERATIONS: {
    name: string;
    state: State | 'REJECTED';
    run: (as: Gql, fx: { id: string; version: number }) => ReturnType<Gql>;
    field: string;
  }[] = [
    {
      name: 'registerPurchaser',
      state: 'INVITED',
      run: (as, fx) => as(OPS.register, { input: registration(fx.id, { version: fx.version }) }),
      field: 'registerPurchaser',
    },
    {
      name: 'updatePurchaser',
      state: 'REGISTERED',
      run: (as, fx) =>
        as(OPS.update, {
          input: {
            purchaserId: fx.id,
            version: fx.version,
            contact: { name: '李', mobile: '13700137000' },
          },
        }),
      field: 'updatePurchaser',
    },
    {
      name: 'withdrawPurchaser',
      state: 'REGISTERED',
      run: (as, fx) => as(OPS.withdraw, { input: { purchaserId: fx.id, version: fx.version } }),
      field: 'withdrawPurchaser',
    },
    {
      name: 'approvePurchaser',
      state: 'CHECKED',
      run: (as, fx) => as(OPS.approve, { input: { purchaserId: fx.id, version: fx.version } }),
      field: 'approvePurchaser',
    },
    {
      name: 'rejectPurchaser',
      state: 'CHECKED',
      run: (as, fx) =>
        as(OPS.reject, { input: { purchaserId: fx.id, version: fx.version, reason: '不符' } }),
      field: 'rejectPurchaser',
    },
    {
      name: 'resubmitPurchaser',
      state: 'REJECTED',
      run: (as, fx) => as(OPS.resubmit, { input: { purchaserId: fx.id, version: fx.version } }),
      field: 'resubmitPurchaser',
    },
  ];

  const fixture = (unit: Unit, state: State | 'REJECTED') =>
    state === 'REJECTED' ? rejected(unit) : purchaser(unit, state);

  it('covers every write on one purchaser that a lead makes', async () => {
    const r = await t.as('ADMIN')(
      '{ __schema { mutationType { fields { name args { type { ofType { inputFields { name } } } } } } } }',
    );
    const onePurchaser = (
      r.body.data.__schema.mutationType.fields as {
        name: string;
        args: { type: { ofType: { inputFields: { name: string }[] | null } | null } }[];
      }[]
    )
      .filter((f) =>
        f.args.some((a) => a.type.ofType?.inputFields?.some((i) => i.name === 'purchaserId')),
      )
      .map((f) => f.name);
    const notLeadUnitWork = {
      recordCreditCheck: 'CREDIT_CHECKER only',
      // the office's review tier: a lead is FORBIDDEN (review-tier.test.ts)
      sendBackPurchaser: 'DELEGATION_OFFICE only',
      // the registration site's number: the office sets it (bulk-registration.test.ts)
      setRegistrationNumber: 'DELEGATION_OFFICE only',
      grantRole: 'a PURCHASER grant, by the office',
      // trade records: the leads of the purchaser's sub-delegation (match and record deals there)
      createProcurementNeed: 'trade',
      proposeMatch: 'trade (a purchaser-level match names the purchaser)',
      recordDeal: 'trade',
      // a purchaser taking part in an on-site event: the office and its LOGISTICS service unit
      addOnsiteParticipant: 'on-site events (onsite-services.test.ts)',
    };
    expect(onePurchaser.filter((name) => !(name in notLeadUnitWork)).sort()).toEqual(
      OPERATIONS.map((op) => op.name).sort(),
    );
  });

  it('separate targets (Health): a lead works its own unit’s purchasers; a co-lead’s are FORBIDDEN and nothing is written', async () => {
    for (const op of OPERATIONS) {
      for (const [actor, owner] of [
        ['HEALTH', 'DRUGS'],
        ['DRUGS', 'HEALTH'],
      ] as const) {
        const theirs = await fixture(owner, op.state);
        // the co-lead reads it (the whole sub-delegation is its to read) ...
        expect(ok(await lead(actor)(OPS.purchaser, { id: theirs.id }), 'purchaser').id).toBe(
          theirs.id,
        );
        // ... but may not change it
        const before = await tableCounts(t);
        const refused = failure(await op.run(lead(actor), theirs));
        expect([op.name, actor, refused.code]).toEqual([op.name, actor, 'FORBIDDEN']);
        expect(await tableCounts(t)).toEqual(before);
        // its own lead may
        const done = ok(await op.run(lead(owner), theirs), op.field);
        expect([op.name, owner, done.lead.organisation.key]).toEqual([op.name, owner, owner]);
      }
    }
  });

  it('approves: the Health Commission a hospital of its own, not one of the Drug Administration', async () => {
    const hospital = await purchaser('HEALTH', 'CHECKED');
    const pharma = await purchaser('DRUGS', 'CHECKED');
    const approved = ok(
      await lead('HEALTH')(OPS.approve, {
        input: { purchaserId: hospital.id, version: hospital.version },
      }),
      'approvePurchaser',
    );
    expect(approved).toMatchObject({
      status: 'APPROVED',
      lead: { organisation: { key: 'HEALTH' } },
    });
    const before = await tableCounts(t);
    expect(
      failure(
        await lead('HEALTH')(OPS.approve, {
          input: { purchaserId: pharma.id, version: pharma.version },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await tableCounts(t)).toEqual(before);
    const still = ok(await office(OPS.purchaser, { id: pharma.id }), 'purchaser');
    expect(still).toMatchObject({
      status: 'REGISTERED',
      version: pharma.version,
      approvedAt: null,
    });
  });

  it('shared target (Industry): each lead approves and rejects the purchasers of either', async () => {
    for (const [actor, owner] of [
      ['INDUSTRY', 'SASAC'],
      ['SASAC', 'INDUSTRY'],
      ['INDUSTRY', 'INDUSTRY'],
    ] as const) {
      const a = await purchaser(owner, 'CHECKED');
      expect(
        ok(
          await lead(actor)(OPS.approve, { input: { purchaserId: a.id, version: a.version } }),
          'approvePurchaser',
        ),
      ).toMatchObject({ status: 'APPROVED', lead: { organisation: { key: owner } } });
      const b = await purchaser(owner, 'CHECKED');
      expect(
        ok(
          await lead(actor)(OPS.reject, {
            input: { purchaserId: b.id, version: b.version, reason: '不符' },
          }),
          'rejectPurchaser',
        ),
      ).toMatchObject({ status: 'REJECTED' });
    }
  });

  it('single-lead sub-delegations are unchanged: the old scope key, its lead approves', async () => {
    const commerce = t.as('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
    const fx = await purchaser(null, 'CHECKED', 'COMMERCE');
    const approved = ok(
      await commerce(OPS.approve, { input: { purchaserId: fx.id, version: fx.version } }),
      'approvePurchaser',
    );
    expect(approved).toMatchObject({
      status: 'APPROVED',
      subDelegation: { key: 'COMMERCE' },
      lead: { organisation: { key: 'COMMERCE' } },
    });
  });

  it('attributes what a lead organises to its own unit, and only to it unless the target is shared', async () => {
    // a lead invites for itself: invited by it, counting for it
    const invited = ok(
      await lead('DRUGS')(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          organisation: { kind: 'ENTERPRISE', nameZh: '青海某器械', creditCode: newCreditCode() },
        },
      }),
      'invitePurchaser',
    );
    expect(invited).toMatchObject({
      subDelegation: { key: 'HEALTH' },
      lead: { organisation: { key: 'DRUGS' } },
      invitedBy: { key: 'DRUGS' },
    });
    // never for a co-lead with a target of its own
    let before = await tableCounts(t);
    expect(
      failure(
        await lead('DRUGS')(OPS.invite, {
          input: {
            delegationId: ids.qhGid,
            leadOrganisationId: await ids.org('HEALTH'),
            organisation: { kind: 'INSTITUTION', nameZh: '青海某医院甲' },
          },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', field: 'input.leadOrganisationId' });
    expect(
      failure(
        await lead('DRUGS')(OPS.invite, {
          input: {
            delegationId: ids.qhGid,
            leadOrganisationId: await ids.org('SCIENCE'),
            organisation: { kind: 'INSTITUTION', nameZh: '青海某医院乙' },
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leadOrganisationId' });
    expect(await tableCounts(t)).toEqual(before);
    // with a shared target, for a co-lead too
    const shared = ok(
      await lead('SASAC')(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          leadOrganisationId: await ids.org('INDUSTRY'),
          organisation: { kind: 'ENTERPRISE', nameZh: '青海某装备', creditCode: newCreditCode() },
        },
      }),
      'invitePurchaser',
    );
    expect(shared).toMatchObject({
      lead: { organisation: { key: 'INDUSTRY' } },
      invitedBy: { key: 'SASAC' },
    });

    // not attributed yet (the office invited it into Health): a lead registering it takes it
    const open = await purchaser(null, 'INVITED');
    before = await tableCounts(t);
    expect(
      failure(
        await lead('DRUGS')(OPS.register, {
          input: registration(open.id, { leadOrganisationId: await ids.org('HEALTH') }),
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', field: 'input.leadOrganisationId' });
    expect(await tableCounts(t)).toEqual(before);
    const taken = ok(
      await lead('DRUGS')(OPS.register, { input: registration(open.id) }),
      'registerPurchaser',
    );
    expect(taken.lead.organisation.key).toBe('DRUGS');

    // a lead does not hand its purchaser to a co-lead (nor take one: see the first test)
    before = await tableCounts(t);
    expect(
      failure(
        await lead('DRUGS')(OPS.update, {
          input: {
            purchaserId: taken.id,
            version: taken.version,
            leadOrganisationId: await ids.org('HEALTH'),
          },
        }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN', field: 'input.leadOrganisationId' });
    expect(await tableCounts(t)).toEqual(before);
    // the office does
    const moved = ok(
      await office(OPS.update, {
        input: {
          purchaserId: taken.id,
          version: taken.version,
          leadOrganisationId: await ids.org('HEALTH'),
        },
      }),
      'updatePurchaser',
    );
    expect(moved.lead.organisation.key).toBe('HEALTH');
  });

  it('grantRole binds a lead to one lead unit; where there are several it says which', async () => {
    const user = ok(
      await office('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
        i: { name: 'drugs-reviewer', delegationId: ids.qhGid },
      }),
      'createUser',
    ).id as string;
    const grant = (extra: Record<string, unknown>) =>
      office(GRANT, {
        i: { userId: user, role: 'SUB_DELEGATION_LEAD', ...extra },
      });
    const grants = async () =>
      (await t.sql.query('select count(*)::int as n from role_grant')).rows[0].n as number;
    const before = await grants();
    const several = failure(await grant({ subDelegationId: await ids.sub('HEALTH') }));
    expect(several).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leadOrganisationId' });
    expect(several.message).toContain('HEALTH, DRUGS');
    expect(
      failure(
        await grant({
          subDelegationId: await ids.sub('HEALTH'),
          leadOrganisationId: await ids.org('SCIENCE'),
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leadOrganisationId' });
    expect(
      failure(
        await office(GRANT, {
          i: {
            userId: user,
            role: 'ANALYST',
            delegationId: ids.qhGid,
            leadOrganisationId: await ids.org('DRUGS'),
          },
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leadOrganisationId' });
    expect(await grants()).toBe(before);

    const granted = ok(
      await grant({
        subDelegationId: await ids.sub('HEALTH'),
        leadOrganisationId: await ids.org('DRUGS'),
      }),
      'grantRole',
    );
    const leadRow = (
      await t.sql.query(
        `select l.id from sub_delegation_lead l join organisation o on o.id = l.organisation_id
         join sub_delegation s on s.id = l.sub_delegation_id where s.key = 'HEALTH' and o.key = 'DRUGS'`,
      )
    ).rows[0].id;
    expect(granted).toMatchObject({
      role: 'SUB_DELEGATION_LEAD',
      scopeId: toGlobalId('SubDelegationLead', leadRow),
      lead: { organisation: { key: 'DRUGS' } },
    });
    // a single-lead sub-delegation needs no lead unit named
    expect(
      ok(await grant({ subDelegationId: await ids.sub('COMMERCE') }), 'grantRole'),
    ).toMatchObject({ lead: { organisation: { key: 'COMMERCE' } } });

    // the grantee works the Drug Administration's purchasers, not the Health Commission's
    const token = ok(
      await office('mutation($i: IssueTokenInput!) { issueToken(input: $i) { token } }', {
        i: { userId: user, hours: 1 },
      }),
      'issueToken',
    ).token as string;
    const reviewer: Gql = (q, v) => post(t.url, q, v, { authorization: `Bearer ${token}` });
    const mine = await purchaser('DRUGS', 'CHECKED');
    const theirs = await purchaser('HEALTH', 'CHECKED');
    expect(
      ok(
        await reviewer(OPS.approve, { input: { purchaserId: mine.id, version: mine.version } }),
        'approvePurchaser',
      ).status,
    ).toBe('APPROVED');
    expect(
      failure(
        await reviewer(OPS.approve, { input: { purchaserId: theirs.id, version: theirs.version } }),
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('token scopes: SUB/LEAD names a lead unit; SUB alone only where there is one', async () => {
    await expect(t.token('SUB_DELEGATION_LEAD', 'CIIE-5/QH/HEALTH')).rejects.toThrow(
      'Sub-delegation "CIIE-5/QH/HEALTH" has several lead units: give one of CIIE-5/QH/HEALTH/HEALTH, CIIE-5/QH/HEALTH/DRUGS',
    );
    await expect(t.token('SUB_DELEGATION_LEAD', 'CIIE-5/QH/INDUSTRY')).rejects.toThrow(
      'give one of CIIE-5/QH/INDUSTRY/INDUSTRY, CIIE-5/QH/INDUSTRY/SASAC',
    );
    await expect(t.token('SUB_DELEGATION_LEAD', 'CIIE-5/QH/HEALTH/SCIENCE')).rejects.toThrow(
      '"SCIENCE" is not a lead unit of "CIIE-5/QH/HEALTH": give one of CIIE-5/QH/HEALTH/HEALTH, CIIE-5/QH/HEALTH/DRUGS',
    );
    await expect(t.token('SUB_DELEGATION_LEAD', 'CIIE-5/QH/HEALTH/DRUGS/X')).rejects.toThrow(
      'SUB_DELEGATION_LEAD takes a scope of the form EXPO/DELEGATION/SUB or EXPO/DELEGATION/SUB/LEAD',
    );
    const who = async (scope: string) => {
      const token = await t.token('SUB_DELEGATION_LEAD', scope, `whoami-${scope}`);
      const r = await post(
        t.url,
        '{ viewer { grants { role lead { organisation { key } } } } }',
        {},
        {
          authorization: `Bearer ${token}`,
        },
      );
      return r.body.data.viewer.grants;
    };
    expect(await who('CIIE-5/QH/HEALTH/DRUGS')).toEqual([
      { role: 'SUB_DELEGATION_LEAD', lead: { organisation: { key: 'DRUGS' } } },
    ]);
    expect(await who('CIIE-5/QH/COMMERCE')).toEqual([
      { role: 'SUB_DELEGATION_LEAD', lead: { organisation: { key: 'COMMERCE' } } },
    ]);
  });

  it('the database keeps a lead grant bound to a lead unit of its own sub-delegation', async () => {
    const user = (await t.sql.query(`insert into app_user (name) values ('fk-probe') returning id`))
      .rows[0].id;
    const q = (sql: string) => t.sql.query(sql, [user]);
    // the Drug Administration's lead row, on the Commerce sub-delegation
    await expect(
      q(`insert into role_grant (user_id, role, delegation_id, sub_delegation_id, lead_id, granted_by)
         select $1, 'SUB_DELEGATION_LEAD', s.delegation_id, s.id, l.id, 'test'
         from sub_delegation s, sub_delegation_lead l join organisation o on o.id = l.organisation_id
         where s.key = 'COMMERCE' and o.key = 'DRUGS'`),
    ).rejects.toThrow(/role_grant_lead_in_sub_delegation/);
    // a lead grant without its lead unit
    await expect(
      q(`insert into role_grant (user_id, role, delegation_id, sub_delegation_id, granted_by)
         select $1, 'SUB_DELEGATION_LEAD', s.delegation_id, s.id, 'test'
         from sub_delegation s where s.key = 'COMMERCE'`),
    ).rejects.toThrow(/role_grant_check/);
  });

  it('the migration binds existing grants and attributes existing purchasers', async () => {
    const migration = new Migration20261202000010LeadUnitGrants(null as never, null as never);
    // the migrations after it that changed role_grant's keys, undone first and redone last
    const later = new Migration20261207040001CitusReady(null as never, null as never);
    const sqlOf = async (step: 'up' | 'down', which: Migration = migration) => {
      which.reset();
      await which[step]();
      return which.getQueries().join('\n') as string;
    };
    // purchasers not attributed: one invited by the Drug Administration, one in Commerce (made
    // first: the migration locks role_grant, which every request reads)
    const invitedByDrugs = uuidOf((await purchaser(null, 'INVITED')).id, 'Purchaser', 'id');
    const inCommerce = uuidOf((await purchaser(null, 'INVITED', 'COMMERCE')).id, 'Purchaser', 'id');
    const client = await t.sql.connect();
    try {
      await client.query('begin');
      await client.query(await sqlOf('down', later));
      await client.query(await sqlOf('down'));
      const one = async (sql: string, params: unknown[] = []) =>
        (await client.query(sql, params)).rows[0]?.id as string;
      const sub = (key: string) =>
        one(`select id from sub_delegation where key = $1 and delegation_id = $2`, [key, ids.qh]);
      const org = (key: string) => one(`select id from organisation where key = $1`, [key]);
      // a reviewer working for the Drug Administration, one whose unit is unknown, a Commerce one
      const person = await one(
        `insert into person (delegation_id, organisation_id, name) values ($1, $2, '药监审核') returning id`,
        [ids.qh, await org('DRUGS')],
      );
      const users: Record<string, string> = {};
      for (const [name, personId] of [
        ['legacy-drugs', person],
        ['legacy-unknown', null],
        ['legacy-commerce', null],
      ] as const) {
        users[name] = await one(
          `insert into app_user (name, delegation_id, person_id) values ($1, $2, $3) returning id`,
          [name, ids.qh, personId],
        );
      }
      for (const [name, key] of [
        ['legacy-drugs', 'HEALTH'],
        ['legacy-unknown', 'HEALTH'],
        ['legacy-commerce', 'COMMERCE'],
      ]) {
        await client.query(
          `insert into role_grant (user_id, role, delegation_id, sub_delegation_id, granted_by)
           values ($1, 'SUB_DELEGATION_LEAD', $2, $3, 'legacy')`,
          [users[name], ids.qh, await sub(key!)],
        );
      }
      await client.query(
        `update purchaser set lead_id = null, invited_by_organisation_id = $2 where id = $1`,
        [invitedByDrugs, await org('DRUGS')],
      );
      await client.query(`update purchaser set lead_id = null where id = $1`, [inCommerce]);

      await client.query(await sqlOf('up'));
      await client.query(await sqlOf('up', later));
      const { rows } = await client.query(
        `select u.name, o.key from role_grant g join app_user u on u.id = g.user_id
         join sub_delegation_lead l on l.id = g.lead_id join organisation o on o.id = l.organisation_id
         where u.name like 'legacy-%' order by u.name, l.position`,
      );
      expect(rows).toEqual([
        { name: 'legacy-commerce', key: 'COMMERCE' },
        { name: 'legacy-drugs', key: 'DRUGS' },
        { name: 'legacy-unknown', key: 'HEALTH' },
        { name: 'legacy-unknown', key: 'DRUGS' },
      ]);
      const attributed = await client.query(
        `select o.key from purchaser p join sub_delegation_lead l on l.id = p.lead_id
         join organisation o on o.id = l.organisation_id where p.id = any($1::uuid[])
         order by o.key`,
        [[invitedByDrugs, inCommerce]],
      );
      expect(attributed.rows.map((r) => r.key)).toEqual(['COMMERCE', 'DRUGS']);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});
