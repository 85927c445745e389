import { createClient as createWebSocketClient } from 'graphql-ws';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { createClient, DealTotalsDocument, DelegationHubError } from '../../sdk/src/index.js';
import { post, useTestServer } from '../helpers/server.js';

/**
 * Error messages in the client's language: Chinese when `Accept-Language` asks for it (over
 * WebSocket, the `accept-language` connection parameter or the upgrade request's header),
 * English otherwise; the code, `field` and the rest are the same in both.
 */

const CREATE_ORG = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`;
const CANCEL = `mutation($id: ID!, $version: Int!) { cancelDeal(id: $id, version: $version) { id } }`;
const TOTALS = `subscription { dealTotals { at } }`;

/** An error's extensions but its stack trace (outside production), which differs per request. */
const rest = ({ stacktrace: _stacktrace, ...extensions }: Record<string, unknown>) => extensions;

describe('error messages in the language the client asks for', () => {
  const t = useTestServer();
  const admin = async (query: string, variables: Record<string, unknown>, language?: string) =>
    post(t.url, query, variables, {
      authorization: `Bearer ${await t.token('ADMIN')}`,
      ...(language !== undefined && { 'accept-language': language }),
    });
  const badName = { input: { kind: 'ENTERPRISE', nameZh: '名'.repeat(201) } };

  it('says the same bad input in Chinese for zh-CN and in English without the header', async () => {
    const english = await admin(CREATE_ORG, badName);
    const chinese = await admin(CREATE_ORG, badName, 'zh-CN,zh;q=0.9,en;q=0.8');
    const [en] = english.body.errors!;
    const [zh] = chinese.body.errors!;
    expect(en.message).toBe('nameZh must have 1 to 200 characters');
    expect(zh.message).toBe('nameZh 必须为 1 到 200 个字符');
    expect(rest(zh.extensions)).toEqual(rest(en.extensions));
    expect(zh.extensions.code).toBe('BAD_USER_INPUT');
    expect(zh.extensions.field).toBe('input.nameZh');
    expect(zh.path).toEqual(en.path);
  });

  it('names the missing record in Chinese, with the same code and field', async () => {
    const id = toGlobalId('Deal', '00000000-0000-4000-8000-000000000000');
    const english = await admin(CANCEL, { id, version: 1 }, 'en');
    const chinese = await admin(CANCEL, { id, version: 1 }, 'zh');
    expect(english.body.errors![0].message).toBe('Deal not found');
    expect(chinese.body.errors![0].message).toBe('未找到成交');
    expect(chinese.body.errors![0].extensions.field).toBe('id');
    expect(rest(chinese.body.errors![0].extensions)).toEqual(
      rest(english.body.errors![0].extensions),
    );
    expect(chinese.body.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('honours q-values, and answers English to languages it does not speak', async () => {
    const said = async (language: string) =>
      (await admin(CREATE_ORG, badName, language)).body.errors![0].message as string;
    expect(await said('en;q=0.9, zh;q=0.5')).toMatch(/^nameZh must/);
    expect(await said('fr, zh-Hans;q=0.3')).toMatch(/^nameZh 必须/);
    expect(await said('zh-Hans-CN')).toMatch(/^nameZh 必须/);
    expect(await said('fr, de')).toMatch(/^nameZh must/);
    expect(await said('zh;q=0')).toMatch(/^nameZh must/);
  });

  it('refuses a missing token in Chinese too, before anything runs', async () => {
    const response = await post(t.url, '{ expos { key } }', undefined, {
      authorization: 'Bearer',
      'accept-language': 'zh',
    });
    expect(response.status).toBe(401);
    expect(response.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(response.body.errors![0].message).toBe(
      'Authorization 必须为 "Bearer <token>"（或仅令牌本身）：缺少令牌',
    );
  });

  it('says a subscription error in Chinese over WebSocket (connection parameter)', async () => {
    const run = async (connectionParams: Record<string, string>, socket = WebSocket) => {
      const client = createWebSocketClient({
        url: t.url.replace(/^http/, 'ws'),
        webSocketImpl: socket,
        connectionParams: {
          authorization: `Bearer ${await t.token('ADMIN')}`,
          ...connectionParams,
        },
        retryAttempts: 0,
        lazy: true,
      });
      try {
        return await new Promise<any>((resolve, reject) => {
          let result: unknown;
          client.subscribe(
            { query: TOTALS },
            { next: (value) => (result = value), error: reject, complete: () => resolve(result) },
          );
        });
      } finally {
        await client.dispose();
      }
    };
    const english = await run({});
    const chinese = await run({ 'Accept-Language': 'zh-CN' });
    expect(english.errors[0].message).toBe('Give either delegationId or expoId');
    expect(chinese.errors[0].message).toBe('请给出 delegationId 或 expoId 之一');
    expect(rest(chinese.errors[0].extensions)).toEqual(rest(english.errors[0].extensions));
    expect(chinese.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'delegationId',
    });
    // or the upgrade request's own Accept-Language header
    class ChineseSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { 'accept-language': 'zh' } });
      }
    }
    const upgraded = await run({}, ChineseSocket as typeof WebSocket);
    expect(upgraded.errors[0].message).toBe('请给出 delegationId 或 expoId 之一');
  });

  it("the SDK's language option asks for it over HTTP and WebSocket alike", async () => {
    const client = createClient({
      url: t.url,
      token: await t.token('ADMIN'),
      webSocketImpl: WebSocket,
      language: 'zh',
    });
    try {
      const iterator = client.subscribe(DealTotalsDocument, {});
      const error = await iterator.next().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DelegationHubError);
      expect((error as DelegationHubError).code).toBe('BAD_USER_INPUT');
      expect((error as DelegationHubError).message).toContain('请给出 delegationId 或 expoId 之一');
    } finally {
      await client.dispose();
    }
  });
});
