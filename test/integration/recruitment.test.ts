import { beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import {
  failure,
  idsOf,
  inChunks,
  newCreditCode,
  newResidentId,
  ok,
  OPS,
  registration,
  tableCounts,
} from '../helpers/recruitment.js';
import { useTestServer, type Gql } from '../helpers/server.js';

const PROGRESS = `query($id: ID!) { recruitmentProgress(delegationId: $id) {
  target targetMet invited registered approved reported
  subDelegations {
    subDelegation { key } target sharedTarget targetMet invited registered approved reported rejected withdrawn
    leads { organisation { key } target targetMet invited registered approved reported }
  }
} }`;

const LIST = `query($sub: ID, $expo: ID, $status: [PurchaserStatus!], $first: Int) {
  purchasers(subDelegationId: $sub, expoId: $expo, status: $status, first: $first) {
    totalCount edges { node { id version status approvalBlockers attendees { id } } }
  }
}`;

describe('recruitment: invitations from many parties, one unified registration, review tier by tier', () => {
  const t = useTestServer();
  let ids: Awaited<ReturnType<typeof idsOf>>;
  let office: Gql,
    culture: Gql,
    federation: Gql,
    commerceLead: Gql,
    creditChecker: Gql,
    backgroundChecker: Gql;

  beforeAll(async () => {
    ids = await idsOf(t);
    office = t.as('DELEGATION_OFFICE', 'CIIE-5/QH');
    culture = t.as('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
    federation = t.as('MEMBER_UNIT', 'CIIE-5/QH/FEDERATION');
    commerceLead = t.as('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
    creditChecker = t.as('CREDIT_CHECKER', 'CIIE-5/QH');
    backgroundChecker = t.as('BACKGROUND_CHECKER', 'CIIE-5/QH');
  });

  it('walks the Qinghai plan: 70 purchasers into Commerce & Trade through the whole chain', async () => {
    const commerce = await ids.sub('COMMERCE');
    const education = await ids.sub('EDUCATION');
    const inviters = [culture, federation, commerceLead, office];

    // invitations from many parties; Culture & Tourism asks for Education, and is routed anyway
    const invited = await inChunks(
      Array.from({ length: 70 }, (_, i) => i),
      10,
      async (i) => {
        const input: Record<string, unknown> = {
          delegationId: ids.qhGid,
          organisation: {
            kind: 'ENTERPRISE',
            nameZh: `商贸采购商${i}`,
            creditCode: newCreditCode(),
          },
        };
        if (i % 4 === 0) input.subDelegationId = education;
        if (i % 4 === 3) input.subDelegationId = commerce;
        return ok(await inviters[i % 4]!(OPS.invite, { input }), 'invitePurchaser');
      },
    );
    expect(new Set(invited.map((p: any) => p.subDelegation.key))).toEqual(new Set(['COMMERCE']));
    expect(invited.filter((p: any) => p.invitedBy.key === 'CULTURE_TOURISM')).toHaveLength(18);
    expect(
      invited.every((p: any) => p.status === 'INVITED' && p.lead.organisation.key === 'COMMERCE'),
    ).toBe(true);

    // one unified registration: by the inviter, or by the purchaser itself (every 7th)
    const registered = await inChunks(invited, 10, async (p: any, i) => {
      const as =
        i % 7 === 0
          ? t.as('PURCHASER', `CIIE-5/QH/${p.organisation.creditCode}`)
          : inviters[i % 4]!;
      return ok(
        await as(OPS.register, { input: registration(p.id, {}, 1 + (i % 2)) }),
        'registerPurchaser',
      );
    });
    expect(registered.every((p: any) => p.status === 'REGISTERED' && p.registeredAt)).toBe(true);

    // Market Regulation checks each organisation, Public Security each attendee
    await inChunks(registered, 10, async (p: any) =>
      ok(
        await creditChecker(OPS.creditCheck, { input: { purchaserId: p.id, result: 'PASSED' } }),
        'recordCreditCheck',
      ),
    );
    await inChunks(registered, 10, async (p: any) => {
      for (const a of p.attendees) {
        ok(
          await backgroundChecker(OPS.backgroundCheck, {
            input: { attendeeId: a.id, result: 'PASSED' },
          }),
          'recordBackgroundCheck',
        );
      }
    });

    // the Commerce lead reviews what it sees, at the version it saw
    const review = ok(
      await commerceLead(LIST, { sub: commerce, status: ['REGISTERED'], first: 100 }),
      'purchasers',
    );
    expect(review.totalCount).toBe(70);
    expect(review.edges.every((e: any) => e.node.approvalBlockers.length === 0)).toBe(true);
    const approved = await inChunks(review.edges, 10, async (e: any) =>
      ok(
        await commerceLead(OPS.approve, {
          input: { purchaserId: e.node.id, version: e.node.version },
        }),
        'approvePurchaser',
      ),
    );
    expect(approved.every((p: any) => p.status === 'APPROVED' && p.approvedAt)).toBe(true);

    // the office reports them up in two batches: 40 named, then every approved one left
    const first = ok(
      await office(OPS.report, {
        input: {
          delegationId: ids.qhGid,
          purchaserIds: approved.slice(0, 40).map((p: any) => p.id),
        },
      }),
      'reportPurchasers',
    );
    expect(first.purchaserCount).toBe(40);
    expect(first.reportedBy).toContain('DELEGATION_OFFICE@CIIE-5/QH');
    expect(
      first.purchasers.every(
        (p: any) => p.status === 'REPORTED' && p.reportedAt === first.reportedAt,
      ),
    ).toBe(true);
    const second = ok(
      await office(OPS.report, { input: { delegationId: ids.qhGid } }),
      'reportPurchasers',
    );
    expect(second.purchaserCount).toBe(30);
    expect(new Date(second.reportedAt).getTime()).toBeGreaterThanOrEqual(
      new Date(first.reportedAt).getTime(),
    );
    const batches = ok(
      await office(
        `query($id: ID!) { purchaserReportBatches(delegationId: $id) { purchaserCount } }`,
        { id: ids.qhGid },
      ),
      'purchaserReportBatches',
    );
    expect(batches.map((b: any) => b.purchaserCount)).toEqual([30, 40]);

    // the expo bureau receives them: the REPORTED purchasers of its expo
    const expo = (await t.sql.query(`select id from expo where key = 'CIIE-5'`)).rows[0].id;
    const bureau = t.as('EXPO_BUREAU', 'CIIE-5');
    const received = ok(
      await bureau(LIST, { expo: toGlobalId('Expo', expo), status: ['REPORTED'], first: 5 }),
      'purchasers',
    );
    expect(received.totalCount).toBe(70);

    // a hospital for the Health Commission's target, a drug enterprise for the Drug Administration's
    const health = t.as('MEMBER_UNIT', 'CIIE-5/QH/HEALTH');
    const drugs = t.as('MEMBER_UNIT', 'CIIE-5/QH/DRUGS');
    const hospital = ok(
      await health(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          subDelegationId: await ids.sub('HEALTH'),
          organisation: { kind: 'INSTITUTION', nameZh: '青海某医院' },
        },
      }),
      'invitePurchaser',
    );
    ok(
      await health(OPS.register, {
        input: registration(hospital.id, {
          category: 'MEDICAL_INSTITUTION',
          leadOrganisationId: await ids.org('HEALTH'),
        }),
      }),
      'registerPurchaser',
    );
    const pharma = ok(
      await drugs(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          leadOrganisationId: await ids.org('DRUGS'),
          organisation: { kind: 'ENTERPRISE', nameZh: '青海某药业', creditCode: newCreditCode() },
        },
      }),
      'invitePurchaser',
    );
    expect(pharma.subDelegation.key).toBe('HEALTH');
    expect(pharma.lead.organisation.key).toBe('DRUGS');

    const progress = ok(await office(PROGRESS, { id: ids.qhGid }), 'recruitmentProgress');
    const byKey = Object.fromEntries(
      progress.subDelegations.map((s: any) => [s.subDelegation.key, s]),
    );
    expect(byKey.COMMERCE).toMatchObject({
      target: 70,
      invited: 70,
      registered: 70,
      approved: 70,
      reported: 70,
      targetMet: true,
      leads: [
        {
          organisation: { key: 'COMMERCE' },
          target: 70,
          approved: 70,
          reported: 70,
          targetMet: true,
        },
      ],
    });
    const others = ['EDUCATION', 'SCIENCE', 'INDUSTRY', 'ECOLOGY', 'AGRICULTURE', 'HEALTH'];
    expect(Object.keys(byKey).sort()).toEqual(['COMMERCE', ...others].sort());
    for (const key of others) expect([key, byKey[key].targetMet]).toEqual([key, false]);
    expect(byKey.HEALTH).toMatchObject({
      target: 30,
      sharedTarget: false,
      invited: 2,
      registered: 1,
      approved: 0,
      leads: [
        {
          organisation: { key: 'HEALTH' },
          target: 10,
          invited: 1,
          registered: 1,
          targetMet: false,
        },
        { organisation: { key: 'DRUGS' }, target: 20, invited: 1, registered: 0, targetMet: false },
      ],
    });
    // a target shared by co-leads counts once, at the sub-delegation
    expect(byKey.INDUSTRY).toMatchObject({
      target: 15,
      sharedTarget: true,
      leads: [
        { organisation: { key: 'INDUSTRY' }, target: null, targetMet: null },
        { organisation: { key: 'SASAC' }, target: null, targetMet: null },
      ],
    });
    expect(progress).toMatchObject({
      target: 174,
      invited: 72,
      registered: 71,
      approved: 70,
      reported: 70,
      targetMet: false,
    });
  });

  it('routes purchasers of member units without a sub-delegation to Commerce & Trade, whatever is asked', async () => {
    const education = await ids.sub('EDUCATION');
    const fromCulture = ok(
      await culture(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          subDelegationId: education,
          organisation: { kind: 'ENTERPRISE', nameZh: '文旅企业', creditCode: newCreditCode() },
        },
      }),
      'invitePurchaser',
    );
    const fromFederation = ok(
      await federation(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          subDelegationId: await ids.sub('HEALTH'),
          organisation: { kind: 'ENTERPRISE', nameZh: '工商联企业', creditCode: newCreditCode() },
        },
      }),
      'invitePurchaser',
    );
    expect([fromCulture.subDelegation.key, fromFederation.subDelegation.key]).toEqual([
      'COMMERCE',
      'COMMERCE',
    ]);
    expect(fromCulture.lead.organisation.key).toBe('COMMERCE');

    // registering (even by the office, even asking for Education) keeps them there
    const registered = ok(
      await office(OPS.register, {
        input: registration(fromCulture.id, { subDelegationId: education }),
      }),
      'registerPurchaser',
    );
    expect(registered.subDelegation.key).toBe('COMMERCE');
    const updated = ok(
      await t.as('PURCHASER', `CIIE-5/QH/${fromCulture.organisation.creditCode}`)(OPS.update, {
        input: { purchaserId: fromCulture.id, subDelegationId: education },
      }),
      'updatePurchaser',
    );
    expect(updated.subDelegation.key).toBe('COMMERCE');
    // the Commerce lead reviews them: they are in its sub-delegation
    expect(ok(await commerceLead(OPS.purchaser, { id: fromFederation.id }), 'purchaser').id).toBe(
      fromFederation.id,
    );

    // a member unit that leads a sub-delegation invites into its own
    const educationUnit = t.as('MEMBER_UNIT', 'CIIE-5/QH/EDUCATION');
    const school = ok(
      await educationUnit(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          organisation: { kind: 'INSTITUTION', nameZh: '青海某学院' },
        },
      }),
      'invitePurchaser',
    );
    expect(school.subDelegation.key).toBe('EDUCATION');
    const elsewhere = await educationUnit(OPS.invite, {
      input: {
        delegationId: ids.qhGid,
        subDelegationId: await ids.sub('SCIENCE'),
        organisation: { kind: 'INSTITUTION', nameZh: '青海某研究所' },
      },
    });
    expect(failure(elsewhere)).toMatchObject({ code: 'FORBIDDEN', field: 'input.subDelegationId' });
    // the office chooses, and must
    const unsaid = await office(OPS.invite, {
      input: { delegationId: ids.qhGid, organisation: { kind: 'INSTITUTION', nameZh: '未定去向' } },
    });
    expect(failure(unsaid)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.subDelegationId',
    });
  });

  it('asks which lead unit a purchaser counts for when a sub-delegation has several', async () => {
    const health = t.as('MEMBER_UNIT', 'CIIE-5/QH/HEALTH');
    const p = ok(
      await health(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          organisation: {
            kind: 'ENTERPRISE',
            nameZh: '青海某器械公司',
            creditCode: newCreditCode(),
          },
        },
      }),
      'invitePurchaser',
    );
    expect(p.subDelegation.key).toBe('HEALTH');
    expect(p.lead).toBeNull();
    const before = await tableCounts(t);
    expect(failure(await health(OPS.register, { input: registration(p.id) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.leadOrganisationId',
    });
    expect(
      failure(
        await health(OPS.register, {
          input: registration(p.id, { leadOrganisationId: await ids.org('SCIENCE') }),
        }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.leadOrganisationId' });
    expect(await tableCounts(t)).toEqual(before);
    const done = ok(
      await health(OPS.register, {
        input: registration(p.id, { leadOrganisationId: await ids.org('DRUGS') }),
      }),
      'registerPurchaser',
    );
    expect(done.lead.organisation.key).toBe('DRUGS');
    // the database keeps a purchaser's lead inside its own sub-delegation
    const commerceLeadRow = (
      await t.sql.query(
        `select l.id from sub_delegation_lead l join organisation o on o.id = l.organisation_id where o.key = 'COMMERCE'`,
      )
    ).rows[0].id;
    await expect(
      t.sql.query(`update purchaser set lead_id = $1 where id = $2`, [
        commerceLeadRow,
        fromGid(p.id),
      ]),
    ).rejects.toMatchObject({ code: '23503' });
  });

  it("keeps a purchaser's history: who did what, before → after, when", async () => {
    const code = newCreditCode();
    const p = ok(
      await culture(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          organisation: { kind: 'ENTERPRISE', nameZh: '有历史的企业', creditCode: code },
        },
      }),
      'invitePurchaser',
    );
    const reg = ok(await culture(OPS.register, { input: registration(p.id) }), 'registerPurchaser');
    ok(
      await creditChecker(OPS.creditCheck, { input: { purchaserId: p.id, result: 'PASSED' } }),
      'recordCreditCheck',
    );
    const bg = ok(
      await backgroundChecker(OPS.backgroundCheck, {
        input: { attendeeId: reg.attendees[0].id, result: 'PASSED' },
      }),
      'recordBackgroundCheck',
    );
    const version = bg.attendee.purchaser.version;
    ok(
      await commerceLead(OPS.reject, {
        input: { purchaserId: p.id, version, reason: '营业执照已过期' },
      }),
      'rejectPurchaser',
    );
    const rejected = ok(await culture(OPS.purchaser, { id: p.id }), 'purchaser');
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: '营业执照已过期' });
    const resubmitted = ok(
      await culture(OPS.resubmit, { input: { purchaserId: p.id, version: rejected.version } }),
      'resubmitPurchaser',
    );
    expect(resubmitted).toMatchObject({ status: 'REGISTERED', rejectionReason: null });
    ok(
      await commerceLead(OPS.approve, {
        input: { purchaserId: p.id, version: resubmitted.version },
      }),
      'approvePurchaser',
    );

    const HISTORY = `query($id: ID!) { purchaser(id: $id) { history { id actor action entityType entityId before after at } } }`;
    const asPurchaser = t.as('PURCHASER', `CIIE-5/QH/${code}`);
    const { history } = ok(await asPurchaser(HISTORY, { id: p.id }), 'purchaser');
    expect(history.map((e: any) => e.action)).toEqual([
      'purchaser.invite',
      'purchaser.register',
      'purchaser.creditCheck',
      'purchaser.backgroundCheck',
      'purchaser.reject',
      'purchaser.resubmit',
      'purchaser.approve',
    ]);
    expect(
      history.every((e: any) => e.entityType === 'Purchaser' && e.entityId === p.id && e.at),
    ).toBe(true);
    const reject = history[4];
    expect(reject.actor).toContain('SUB_DELEGATION_LEAD@CIIE-5/QH/COMMERCE');
    expect(reject.before).toMatchObject({ status: 'REGISTERED', rejectionReason: null });
    expect(reject.after).toMatchObject({ status: 'REJECTED', rejectionReason: '营业执照已过期' });
    expect(history[6].after).toMatchObject({ status: 'APPROVED' });
    // an audit event is a node too; no personal data goes into it
    const node = await asPurchaser(
      `query($id: ID!) { node(id: $id) { ... on AuditEvent { action } } }`,
      { id: reject.id },
    );
    expect(node.body.data.node).toEqual({ action: 'purchaser.reject' });
    expect(JSON.stringify(history)).not.toContain('13900139000');
    // checkers record checks; the history is not what a check needs
    const asChecker = ok(await creditChecker(HISTORY, { id: p.id }), 'purchaser');
    expect(asChecker.history).toEqual([]);
  });

  it('masks personal fields except for those who own the purchaser (and ID numbers for Public Security)', async () => {
    const p = ok(
      await culture(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          organisation: { kind: 'ENTERPRISE', nameZh: '隐私企业', creditCode: newCreditCode() },
        },
      }),
      'invitePurchaser',
    );
    const idNumber = newResidentId();
    const input = registration(p.id);
    input.attendees[0]!.idNumber = idNumber;
    ok(await culture(OPS.register, { input }), 'registerPurchaser');
    const READ = `query($id: ID!) { purchaser(id: $id) { contact { mobile email contactMasked } attendees { idNumber person { name mobile } } } }`;
    const read = async (as: Gql) => ok(await as(READ, { id: p.id }), 'purchaser');
    for (const owner of [culture, commerceLead, office]) {
      const seen = await read(owner);
      expect(seen.contact).toEqual({
        mobile: '13800138000',
        email: 'contact@example.cn',
        contactMasked: false,
      });
      expect(seen.attendees[0]).toEqual({
        idNumber,
        person: { name: '参会人1', mobile: '13900139000' },
      });
    }
    const analyst = await read(t.as('ANALYST', 'CIIE-5/QH'));
    expect(analyst.contact).toEqual({
      mobile: '***8000',
      email: 'c***@example.cn',
      contactMasked: true,
    });
    expect(analyst.attendees[0]).toEqual({
      idNumber: `${'*'.repeat(14)}${idNumber.slice(-4)}`,
      person: { name: '参会人1', mobile: '***9000' },
    });
    const background = await read(backgroundChecker);
    expect(background.attendees[0]).toEqual({
      idNumber,
      person: { name: '参会人1', mobile: '***9000' },
    });
    expect((await read(creditChecker)).attendees[0].idNumber).not.toBe(idNumber);
  });
  it('an attendee left out of an update goes with their blocked times and calendar feed', async () => {
    const p = ok(
      await culture(OPS.invite, {
        input: {
          delegationId: ids.qhGid,
          organisation: { kind: 'ENTERPRISE', nameZh: '日程企业', creditCode: newCreditCode() },
        },
      }),
      'invitePurchaser',
    );
    const input = registration(p.id, {}, 2);
    const registered = ok(await culture(OPS.register, { input }), 'registerPurchaser');
    const [, leaving] = registered.attendees as { id: string }[];
    ok(
      await office(
        `mutation($i: AddUnavailabilityInput!) { addUnavailability(input: $i) { id } }`,
        {
          i: {
            attendeeId: leaving!.id,
            startsAt: '2022-11-07T01:00:00Z',
            endsAt: '2022-11-07T04:00:00Z',
          },
        },
      ),
      'addUnavailability',
    );
    const feed = ok(
      await office(`mutation($a: ID) { issueCalendarToken(attendeeId: $a) { path } }`, {
        a: leaving!.id,
      }),
      'issueCalendarToken',
    ).path as string;
    expect((await fetch(new URL(feed, t.url))).status).toBe(200);
    const leftBehind = async () =>
      (
        await t.sql.query(
          `select (select count(*) from unavailability u join attendee a on a.id = u.attendee_id
                    where a.purchaser_id = $1)::int as busy,
                  (select count(*) from calendar_token c join attendee a on a.id = c.attendee_id
                    where a.purchaser_id = $1)::int as tokens,
                  (select count(*) from unavailability u where not exists
                    (select 1 from attendee a where a.id = u.attendee_id) and u.attendee_id is not null)::int as orphans`,
          [fromGlobalId(p.id)!.id],
        )
      ).rows[0];
    expect(await leftBehind()).toEqual({ busy: 1, tokens: 1, orphans: 0 });

    ok(
      await culture(OPS.update, {
        input: { purchaserId: p.id, attendees: [input.attendees[0]] },
      }),
      'updatePurchaser',
    );
    // no key ties these replicated rows to the attendee (db/distribution.ts): the update removes them
    expect(await leftBehind()).toEqual({ busy: 0, tokens: 0, orphans: 0 });
    expect(
      await t.sql.query(`select 1 from calendar_token where attendee_id is not null
        and not exists (select 1 from attendee a where a.id = attendee_id)`),
    ).toMatchObject({ rowCount: 0 });
    expect((await fetch(new URL(feed, t.url))).status).toBe(404);
  });
});

function fromGid(id: string): string {
  return Buffer.from(id, 'base64url').toString('utf8').split(':')[1]!;
}
