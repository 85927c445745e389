import { describe, expect, it } from 'vitest';
import {
  CreateOrganisationDocument,
  DelegationDocument,
  DelegationHubError,
  ExposDocument,
  NodeDocument,
  createClient,
} from '../../sdk/src/index.js';
import { useTestServer } from '../helpers/server.js';

describe('the SDK against the real server', () => {
  const t = useTestServer();

  it('reads the delegation with typed results', async () => {
    const client = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
    const { delegation } = await client.request(DelegationDocument, {
      expoKey: 'CIIE-5',
      key: 'QH',
    });
    expect(delegation?.targetTotal).toBe(174);
    const targets = delegation!.subDelegations.map((s) => s.targetMin);
    expect(targets.reduce((a, b) => a + b, 0)).toBe(174);
    const health = delegation!.subDelegations.find((s) => s.key === 'HEALTH')!;
    expect(health.leads.map((l) => l.target?.min)).toEqual([10, 20]);
    const again = await client.request(NodeDocument, { id: delegation!.id });
    expect(again.node?.__typename).toBe('Delegation');
  });

  it('throws DelegationHubError with the code and the field at fault', async () => {
    const client = await t.client('MEMBER_UNIT', 'CIIE-5/QH/FEDERATION');
    const error = await client
      .request(CreateOrganisationDocument, {
        input: { kind: 'ENTERPRISE', nameZh: '某公司', creditCode: '91350100M000100Y44' },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DelegationHubError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.creditCode' });

    const anonymous = createClient({ url: t.url });
    await expect(anonymous.request(ExposDocument)).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const analyst = await t.client('ANALYST', 'CIIE-5/QH');
    await expect(
      analyst.request(CreateOrganisationDocument, {
        input: { kind: 'ENTERPRISE', nameZh: '某公司' },
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
