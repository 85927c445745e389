import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  CreateExpoDocument,
  CreateTaskDocument,
  DelegationStructureDocument,
  RollOverDelegationDocument,
  TaskDocument,
  TasksDocument,
  createClient,
  type DelegationHubClient,
} from '../../sdk/src/index.js';
import { ensureUser, resolveScope } from '../../server/src/auth/bootstrap.js';
import { Role } from '../../server/src/auth/roles.js';
import { issueToken } from '../../server/src/auth/tokens.js';
import { SIXTH_EDITION } from '../helpers/editions.js';
import { useTestServer } from '../helpers/server.js';

/** The day `offset` days from today, in Shanghai (where deadlines are days). */
const day = (offset: number) =>
  new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

// A member unit's scope is a set of (delegation, unit) pairs, which the SQL tests column by
// column (each in its own set, as indexes serve it) and as a pair where the two sets cross: a
// user acting for Commerce in the 5th edition and Health in the 6th reads neither Health's
// rows of the 5th nor Commerce's of the 6th.
describe("a member unit's rows are its own (delegation, unit) pairs, not their cross product", () => {
  const t = useTestServer();
  const tasks = new Map<string, string>();
  let both: DelegationHubClient;

  async function unitIds(client: DelegationHubClient, expoKey: string) {
    const { delegation } = await client.request(DelegationStructureDocument, {
      expoKey,
      key: 'QH',
    });
    return {
      delegationId: delegation!.id,
      units: new Map(delegation!.memberUnits.map((u) => [u.organisation.key!, u.organisation.id])),
    };
  }

  beforeAll(async () => {
    const bureau = await t.client('EXPO_BUREAU', 'CIIE-5');
    const { createExpo } = await bureau.request(CreateExpoDocument, { input: SIXTH_EDITION });
    const fifth = await unitIds(await t.client('DELEGATION_OFFICE', 'CIIE-5/QH'), 'CIIE-5');
    await bureau.request(RollOverDelegationDocument, {
      input: { fromDelegationId: fifth.delegationId, toExpoId: createExpo.id },
    });
    for (const expoKey of ['CIIE-5', 'CIIE-6']) {
      const office = await t.client('DELEGATION_OFFICE', `${expoKey}/QH`);
      const { delegationId, units } = await unitIds(office, expoKey);
      for (const unit of ['COMMERCE', 'HEALTH']) {
        const { createTask } = await office.request(CreateTaskDocument, {
          input: {
            delegationId,
            ownerOrganisationId: units.get(unit)!,
            title: `${unit} of ${expoKey}`,
            deadline: day(10),
          },
        });
        tasks.set(`${expoKey}/${unit}`, createTask.id);
      }
    }
    const pool = t.server.db.pool;
    let userId = '';
    for (const scopeKey of ['CIIE-5/QH/COMMERCE', 'CIIE-6/QH/HEALTH']) {
      const scope = await resolveScope(pool, Role.MEMBER_UNIT, scopeKey);
      userId = await ensureUser(pool, 'two-units', Role.MEMBER_UNIT, [scope], 'test');
    }
    const { token } = await issueToken(t.server.app.signingKey, userId, 3600);
    both = createClient({ url: t.url, token, webSocketImpl: WebSocket });
  });

  it('lists and reads exactly the two pairs granted', async () => {
    const { tasks: listed } = await both.request(TasksDocument, { first: 50 });
    expect(listed.edges.map(({ node }) => node.title).sort()).toEqual([
      'COMMERCE of CIIE-5',
      'HEALTH of CIIE-6',
    ]);
    for (const [key, id] of tasks) {
      const { task } = await both.request(TaskDocument, { id });
      const granted = key === 'CIIE-5/COMMERCE' || key === 'CIIE-6/HEALTH';
      expect([key, task?.id ?? null]).toEqual([key, granted ? id : null]);
    }
  });
});
