/**
 * Circulars (通报) as the roles meet them through the SDK: the office sends a notice to two
 * member units; one unit's reader acknowledges it (again, and a second reader, change nothing of
 * the unit's acknowledgement); the office sees which unit has not; a unit not addressed does not
 * see it; bad input is refused with nothing written.
 */
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  AcknowledgeCircularDocument,
  CircularDocument,
  CircularsDocument,
  CircularUnacknowledgedDocument,
  createClient,
  NotificationsDocument,
  SendCircularDocument,
  type CircularFieldsFragment,
  type DelegationHubClient,
} from '../../sdk/src/index.js';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { circularRecipients } from '../../server/src/modules/circular/circular.loader.js';
import { refusal, refusedUnchanged } from '../helpers/refusals.js';
import { useTestServer } from '../helpers/server.js';
import { seeded } from '../helpers/trade.js';

describe('circulars: the office sends, units acknowledge, the office sees who has not', () => {
  const t = useTestServer();
  let office: DelegationHubClient;
  let commerce: DelegationHubClient;
  let commerceColleague: DelegationHubClient;
  let health: DelegationHubClient;
  let culture: DelegationHubClient;
  let delegationId: string;
  let unit: Record<string, string>;
  let sent: CircularFieldsFragment;

  beforeAll(async () => {
    office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    commerce = await t.client('MEMBER_UNIT', 'CIIE-5/QH/COMMERCE');
    commerceColleague = createClient({
      url: t.url,
      token: await t.token('MEMBER_UNIT', 'CIIE-5/QH/COMMERCE', 'commerce-colleague'),
      webSocketImpl: WebSocket,
    });
    health = await t.client('MEMBER_UNIT', 'CIIE-5/QH/HEALTH');
    culture = await t.client('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
    delegationId = (await seeded(t.sql)).delegation;
    const { rows } = await t.sql.query<{ key: string; id: string }>(
      `select o.key, o.id from member_unit u join organisation o on o.id = u.organisation_id`,
    );
    unit = Object.fromEntries(rows.map((r) => [r.key, toGlobalId('Organisation', r.id)]));
  });

  it('the office sends a circular to two units; only they (and the office) read it', async () => {
    sent = (
      await office.request(SendCircularDocument, {
        input: {
          delegationId,
          title: '关于做好进博会采购商组织工作的通报',
          body: '各成员单位：请于本周内完成采购商报名审核。',
          organisationIds: [unit.COMMERCE!, unit.HEALTH!],
        },
      })
    ).sendCircular;
    expect(sent).toMatchObject({
      recipientCount: 2,
      acknowledgedCount: 0,
      unacknowledgedCount: 2,
      delegation: { id: delegationId },
    });
    expect(sent.recipients.map((r) => [r.unit.key, r.acknowledged])).toEqual(
      expect.arrayContaining([
        ['COMMERCE', false],
        ['HEALTH', false],
      ]),
    );
    for (const reader of [commerce, health]) {
      const listed = await reader.request(CircularsDocument, { first: 10 });
      expect(listed.circulars.edges.map((e) => e.node.id)).toEqual([sent.id]);
      // a unit sees its own row of the recipients, not the other unit's
      expect(listed.circulars.edges[0]!.node.recipients).toHaveLength(1);
    }
    // a notice in the feed of each addressed unit, written with the circular; none for the third
    const circularsIn = async (reader: DelegationHubClient) =>
      (await reader.request(NotificationsDocument, { first: 50 })).notifications.edges
        .map((e) => e.node)
        .filter((n) => n.kind === 'CIRCULAR')
        .map((n) => [n.subject, (n.payload as { title?: string }).title]);
    for (const reader of [commerce, health]) {
      expect(await circularsIn(reader)).toEqual([[sent.id, '关于做好进博会采购商组织工作的通报']]);
    }
    expect(await circularsIn(culture)).toEqual([]);
    // a third unit: not addressed, it does not see it, and cannot acknowledge it
    expect((await culture.request(CircularsDocument, { first: 10 })).circulars.totalCount).toBe(0);
    expect((await culture.request(CircularDocument, { id: sent.id })).circular).toBeNull();
    expect(
      await refusedUnchanged(t.sql, () =>
        culture.request(AcknowledgeCircularDocument, { id: sent.id }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('one unit acknowledges (idempotently, by any of its readers); the office sees the other has not', async () => {
    const first = (await commerce.request(AcknowledgeCircularDocument, { id: sent.id }))
      .acknowledgeCircular;
    const mine = first.recipients.find((r) => r.unit.key === 'COMMERCE')!;
    expect(mine).toMatchObject({ acknowledged: true, acknowledgedBy: expect.any(String) });
    // again: nothing changes; a colleague of the same unit: the unit's first stands
    const again = (await commerce.request(AcknowledgeCircularDocument, { id: sent.id }))
      .acknowledgeCircular;
    expect(again.recipients).toEqual(first.recipients);
    await commerceColleague.request(AcknowledgeCircularDocument, { id: sent.id });
    const { rows } = await t.sql.query(
      `select count(*)::int as n from circular_acknowledgement where circular_id = $1`,
      [fromGlobalId(sent.id)!.id],
    );
    expect(rows[0].n).toBe(2);

    const { circular } = await office.request(CircularDocument, { id: sent.id });
    expect(circular).toMatchObject({ acknowledgedCount: 1, unacknowledgedCount: 1 });
    expect(circular!.recipients.find((r) => r.unit.key === 'COMMERCE')).toEqual(mine);
    const missing = await office.request(CircularUnacknowledgedDocument, { id: sent.id });
    expect(missing.circular!.recipients.map((r) => r.unit.key)).toEqual(['HEALTH']);
    const open = await office.request(CircularsDocument, {
      delegationId,
      filter: { unacknowledged: { eq: true } },
      first: 10,
    });
    expect(open.circulars.edges.map((e) => e.node.id)).toEqual([sent.id]);

    // Health acknowledges: nobody is missing; the office itself acknowledges nothing
    await health.request(AcknowledgeCircularDocument, { id: sent.id });
    const done = await office.request(CircularsDocument, {
      delegationId,
      filter: { unacknowledged: { eq: true } },
      first: 10,
    });
    expect(done.circulars.totalCount).toBe(0);
    expect(
      await refusedUnchanged(t.sql, () =>
        office.request(AcknowledgeCircularDocument, { id: sent.id }),
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('without units named, a circular goes to every member unit; its readers are known for notices', async () => {
    const all = (
      await office.request(SendCircularDocument, {
        input: { delegationId, title: '全体成员单位通报', body: '请各单位按时报送工作进展。' },
      })
    ).sendCircular;
    const { rows } = await t.sql.query(`select count(*)::int as n from member_unit`);
    expect(all.recipientCount).toBe(rows[0].n);
    expect((await culture.request(CircularsDocument, { first: 10 })).circulars.totalCount).toBe(1);
    const addressees = await circularRecipients(
      (statement) => t.server.db.read(statement),
      fromGlobalId(all.id)!.id,
    );
    expect(addressees).toHaveLength(rows[0].n);
    const commerceUsers = (
      await t.sql.query(
        `select u.id from app_user u where u.name in ('MEMBER_UNIT@CIIE-5/QH/COMMERCE', 'commerce-colleague') order by u.id`,
      )
    ).rows.map((r) => r.id);
    const commerceId = fromGlobalId(unit.COMMERCE!)!.id;
    expect(addressees.find((a) => a.organisationId === commerceId)).toMatchObject({
      acknowledgedAt: null,
      userIds: commerceUsers,
    });
  });

  it('bad input is refused at its field, with nothing written', async () => {
    const outsider = (
      await t.sql.query(
        `insert into organisation (kind, name_zh) values ('ENTERPRISE', '非成员企业') returning id`,
      )
    ).rows[0].id as string;
    const send = (vars: Parameters<typeof sendArgs>[0]) =>
      office.request(SendCircularDocument, sendArgs(vars));
    const sendArgs = (vars: { organisationIds?: string[]; title?: string; body?: string }) => ({
      input: { delegationId, title: '通报', body: '内容', ...vars },
    });
    expect(
      await refusedUnchanged(t.sql, () =>
        send({ organisationIds: [unit.COMMERCE!, toGlobalId('Organisation', outsider)] }),
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationIds.1' });
    expect(
      await refusedUnchanged(t.sql, () =>
        send({ organisationIds: [toGlobalId('Organisation', randomUUID())] }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.organisationIds.0' });
    expect(
      await refusedUnchanged(t.sql, () => send({ organisationIds: [unit.HEALTH!, unit.HEALTH!] })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.organisationIds.1' });
    expect(await refusedUnchanged(t.sql, () => send({ organisationIds: [] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.organisationIds',
    });
    expect(await refusedUnchanged(t.sql, () => send({ title: '  ' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.title',
    });
    expect(
      await refusedUnchanged(t.sql, () => commerce.request(SendCircularDocument, sendArgs({}))),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await refusal(commerce.request(AcknowledgeCircularDocument, { id: delegationId })),
    ).toEqual({ code: 'NOT_FOUND', field: 'id' });
  });
});
