import { createClient } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Role } from '../../server/src/auth/roles.js';
import { issueToken } from '../../server/src/auth/tokens.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { post, useTestServer, type GqlResult } from '../helpers/server.js';
import { tradeExhibitor } from '../helpers/trade.js';

/** Every role, bound to a scope inside the Qinghai delegation (or its expo, or the platform). */
const SCOPES: Record<Role, string | undefined> = {
  ADMIN: undefined,
  EXPO_BUREAU: 'CIIE-5',
  DELEGATION_OFFICE: 'CIIE-5/QH',
  SUB_DELEGATION_LEAD: 'CIIE-5/QH/COMMERCE',
  MEMBER_UNIT: 'CIIE-5/QH/CULTURE_TOURISM',
  CREDIT_CHECKER: 'CIIE-5/QH',
  BACKGROUND_CHECKER: 'CIIE-5/QH',
  PURCHASER: 'CIIE-5/QH/TEST_BUYER',
  ANALYST: 'CIIE-5/QH',
  EXHIBITOR: 'CIIE-5/Access Exhibitor Ltd',
};
const ROLES = Object.values(Role);
type Caller = Role | 'ANONYMOUS';
const CALLERS: Caller[] = ['ANONYMOUS', ...ROLES];

type Outcome = 'ok' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const outcome = (r: GqlResult): Outcome | string =>
  r.body.errors ? (r.body.errors[0].extensions?.code as string) : 'ok';

describe('who may do what: every role × every operation', () => {
  const t = useTestServer();
  const ids: Record<string, string> = {};
  let seq = 0;

  const call = (caller: Caller, query: string, variables?: Record<string, unknown>) =>
    caller === 'ANONYMOUS'
      ? post(t.url, query, variables)
      : t.as(caller, SCOPES[caller])(query, variables);
  const count = async (table: string) =>
    (await t.sql.query(`select count(*)::int as n from ${table}`)).rows[0].n as number;

  beforeAll(async () => {
    // a second delegation of the same expo, with a sub-delegation and a member unit of its own
    const gs = await t.sql
      .query(`insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en)
      select expo_id, 'GS', '甘肃交易团', 'Gansu Delegation', '甘肃', 'Gansu' from delegation where key = 'QH' returning id`);
    ids.gs = gs.rows[0].id;
    const sub = await t.sql.query(
      `insert into sub_delegation (delegation_id, key, name_zh, name_en) values ($1, 'COMMERCE', '商贸分团', 'Commerce') returning id`,
      [ids.gs],
    );
    ids.gsSub = sub.rows[0].id;
    await t.sql.query(
      `insert into member_unit (delegation_id, organisation_id) select $1, id from organisation where key = 'COMMERCE'`,
      [ids.gs],
    );
    ids.qh = (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id;
    // a purchaser, for the PURCHASER role
    await t.sql
      .query(`with o as (insert into organisation (key, kind, name_zh) values ('TEST_BUYER', 'ENTERPRISE', '测试采购商') returning id)
      insert into purchaser (delegation_id, organisation_id, sub_delegation_id, invited_by_organisation_id)
      select d.id, o.id, s.id, c.id from delegation d, o, sub_delegation s, organisation c
      where d.key = 'QH' and s.delegation_id = d.id and s.key = 'COMMERCE' and c.key = 'COMMERCE'`);
    // an exhibitor, for the EXHIBITOR role
    await tradeExhibitor(t.sql, { name: 'Access Exhibitor Ltd', area: 'SERVICES' });
    // a user of each delegation to manage
    ids.qhUser = (
      await t.sql.query(
        `insert into app_user (name, delegation_id) values ('qh-staff', $1) returning id`,
        [ids.qh],
      )
    ).rows[0].id;
    ids.gsUser = (
      await t.sql.query(
        `insert into app_user (name, delegation_id) values ('gs-staff', $1) returning id`,
        [ids.gs],
      )
    ).rows[0].id;
  });

  const gid = (type: string, id: string) => toGlobalId(type, id);

  it('reads: everyone signed in reads reference data; delegations only within scope', async () => {
    const expected: Record<Caller, { expos: Outcome; delegations: string[]; other: boolean }> = {
      ANONYMOUS: { expos: 'UNAUTHENTICATED', delegations: [], other: false },
      ADMIN: { expos: 'ok', delegations: ['GS', 'QH'], other: true },
      EXPO_BUREAU: { expos: 'ok', delegations: ['GS', 'QH'], other: true },
      DELEGATION_OFFICE: { expos: 'ok', delegations: ['QH'], other: false },
      SUB_DELEGATION_LEAD: { expos: 'ok', delegations: ['QH'], other: false },
      MEMBER_UNIT: { expos: 'ok', delegations: ['QH'], other: false },
      CREDIT_CHECKER: { expos: 'ok', delegations: ['QH'], other: false },
      BACKGROUND_CHECKER: { expos: 'ok', delegations: ['QH'], other: false },
      PURCHASER: { expos: 'ok', delegations: ['QH'], other: false },
      ANALYST: { expos: 'ok', delegations: ['QH'], other: false },
      // an exhibitor reads no delegation: only published needs, its own matches and deals
      EXHIBITOR: { expos: 'ok', delegations: [], other: false },
    };
    for (const caller of CALLERS) {
      const want = expected[caller];
      expect([caller, outcome(await call(caller, '{ expos { key } }'))]).toEqual([
        caller,
        want.expos,
      ]);
      expect([
        caller,
        outcome(await call(caller, '{ organisations(first: 5) { nodes { nameZh } } }')),
      ]).toEqual([caller, want.expos]);
      if (caller === 'ANONYMOUS') continue;
      const list = await call(
        caller,
        '{ delegations { key } expo(key: "CIIE-5") { delegations { key } } }',
      );
      expect([caller, list.body.data.delegations.map((d: any) => d.key).sort()]).toEqual([
        caller,
        want.delegations,
      ]);
      expect([caller, list.body.data.expo.delegations.map((d: any) => d.key).sort()]).toEqual([
        caller,
        want.delegations,
      ]);
      // a record outside the scope reads as missing, by key, by ID and through node()
      const byKey = await call(caller, '{ delegation(expoKey: "CIIE-5", key: "GS") { key } }');
      expect([caller, byKey.body.data.delegation !== null]).toEqual([caller, want.other]);
      const byNode = await call(caller, 'query($id: ID!) { node(id: $id) { id } }', {
        id: gid('SubDelegation', ids.gsSub!),
      });
      expect([caller, byNode.body.data.node !== null]).toEqual([caller, want.other]);
    }
  });

  it('viewer: who you are and your grants; null without a token', async () => {
    expect((await post(t.url, '{ viewer { user { name } } }')).body.data.viewer).toBeNull();
    for (const role of ROLES) {
      const { body } = await call(role, '{ viewer { user { name } grants { role scopeId } } }');
      expect(body.data.viewer.grants.map((g: any) => g.role)).toEqual([role]);
      expect(body.data.viewer.grants[0].scopeId === null).toBe(role === Role.ADMIN);
    }
  });

  it('writes: allowed roles succeed, the others get FORBIDDEN (UNAUTHENTICATED without a token) and nothing is written', async () => {
    const mayCreateOrganisation = new Set<Caller>([
      Role.ADMIN,
      Role.DELEGATION_OFFICE,
      Role.SUB_DELEGATION_LEAD,
      Role.MEMBER_UNIT,
    ]);
    const mayManage = new Set<Caller>([Role.ADMIN, Role.DELEGATION_OFFICE]);
    const ops: {
      name: string;
      allowed: Set<Caller>;
      run: (c: Caller) => Promise<GqlResult>;
      table: string;
    }[] = [
      {
        name: 'createOrganisation',
        allowed: mayCreateOrganisation,
        table: 'organisation',
        run: (c) =>
          call(
            c,
            'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
            { i: { kind: 'ENTERPRISE', nameZh: `企业${seq++}` } },
          ),
      },
      {
        name: 'createUser',
        allowed: mayManage,
        table: 'app_user',
        run: (c) =>
          call(c, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
            i: { name: `user-${seq++}`, delegationId: gid('Delegation', ids.qh!) },
          }),
      },
      {
        name: 'grantRole',
        allowed: mayManage,
        table: 'role_grant',
        run: async (c) => {
          const user = (
            await t.sql.query(
              `insert into app_user (name, delegation_id) values ($1, $2) returning id`,
              [`grantee-${seq++}`, ids.qh],
            )
          ).rows[0].id;
          return call(c, 'mutation($i: GrantRoleInput!) { grantRole(input: $i) { id role } }', {
            i: {
              userId: gid('User', user),
              role: 'ANALYST',
              delegationId: gid('Delegation', ids.qh!),
            },
          });
        },
      },
      {
        name: 'revokeRole',
        allowed: mayManage,
        table: 'role_grant',
        run: async (c) => {
          const grant =
            (
              await t.sql.query(
                `insert into role_grant (user_id, role, delegation_id, granted_by) values ($1, 'ANALYST', $2, 'test')
            on conflict do nothing returning id`,
                [ids.qhUser, ids.qh],
              )
            ).rows[0]?.id ??
            (await t.sql.query(`select id from role_grant where user_id = $1`, [ids.qhUser]))
              .rows[0].id;
          return call(c, 'mutation($id: ID!) { revokeRole(grantId: $id) }', {
            id: gid('RoleGrant', grant),
          });
        },
      },
      {
        name: 'issueToken',
        allowed: mayManage,
        table: 'revoked_token',
        run: (c) =>
          call(c, 'mutation($i: IssueTokenInput!) { issueToken(input: $i) { token } }', {
            i: { userId: gid('User', ids.qhUser!), hours: 1 },
          }),
      },
      {
        name: 'setUserDisabled',
        allowed: mayManage,
        table: 'app_user',
        run: (c) =>
          call(
            c,
            'mutation($id: ID!) { setUserDisabled(userId: $id, disabled: false) { disabled } }',
            { id: gid('User', ids.qhUser!) },
          ),
      },
    ];
    for (const op of ops) {
      for (const caller of CALLERS) {
        const audits = await count('audit_event');
        const result = await op.run(caller);
        const want = op.allowed.has(caller)
          ? 'ok'
          : caller === 'ANONYMOUS'
            ? 'UNAUTHENTICATED'
            : 'FORBIDDEN';
        expect([op.name, caller, outcome(result)]).toEqual([op.name, caller, want]);
        // a refused write leaves no audit event (nor anything else: see the cross-delegation test)
        if (want !== 'ok')
          expect([op.name, caller, await count('audit_event')]).toEqual([op.name, caller, audits]);
      }
    }
  });

  it('no write crosses delegations (records of another read as missing) and nobody grants above their own scope', async () => {
    const office = t.as(Role.DELEGATION_OFFICE, SCOPES.DELEGATION_OFFICE);
    const before = {
      users: await count('app_user'),
      grants: await count('role_grant'),
      audits: await count('audit_event'),
    };
    const refused = [
      await office('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
        i: { name: 'intruder', delegationId: gid('Delegation', ids.gs!) },
      }),
      await office('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
        i: {
          userId: gid('User', ids.gsUser!),
          role: 'ANALYST',
          delegationId: gid('Delegation', ids.gs!),
        },
      }),
      await office('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
        i: {
          userId: gid('User', ids.qhUser!),
          role: 'SUB_DELEGATION_LEAD',
          subDelegationId: gid('SubDelegation', ids.gsSub!),
        },
      }),
      await office('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
        i: { userId: gid('User', ids.qhUser!), role: 'ADMIN' },
      }),
      await office('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
        i: {
          userId: gid('User', ids.qhUser!),
          role: 'EXPO_BUREAU',
          expoId: gid('Expo', (await t.sql.query(`select id from expo`)).rows[0].id),
        },
      }),
      await office('mutation($i: IssueTokenInput!) { issueToken(input: $i) { token } }', {
        i: { userId: gid('User', ids.gsUser!), hours: 1 },
      }),
      await office('mutation($id: ID!) { setUserDisabled(userId: $id, disabled: true) { id } }', {
        id: gid('User', ids.gsUser!),
      }),
    ];
    // records of another delegation read as missing (NOT_FOUND naming the ID); what the office
    // reads but may not do (grant above its scope) is FORBIDDEN
    expect(refused.map((r) => [outcome(r), r.body.errors?.[0].extensions.field])).toEqual([
      ['NOT_FOUND', 'input.delegationId'],
      ['NOT_FOUND', 'input.userId'],
      ['NOT_FOUND', 'input.subDelegationId'],
      ['FORBIDDEN', undefined],
      ['FORBIDDEN', undefined],
      ['NOT_FOUND', 'input.userId'],
      ['NOT_FOUND', 'userId'],
    ]);
    expect({
      users: await count('app_user'),
      grants: await count('role_grant'),
      audits: await count('audit_event'),
    }).toEqual(before);
  });

  it('grants take exactly the scope their role is bound to', async () => {
    const admin = t.as(Role.ADMIN);
    const r = await admin('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
      i: {
        userId: gid('User', ids.qhUser!),
        role: 'SUB_DELEGATION_LEAD',
        delegationId: gid('Delegation', ids.qh!),
      },
    });
    expect(r.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.delegationId',
    });
    const s = await admin('mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }', {
      i: {
        userId: gid('User', ids.qhUser!),
        role: 'MEMBER_UNIT',
        delegationId: gid('Delegation', ids.qh!),
      },
    });
    expect(s.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.organisationId',
    });
  });

  it('masks personal contact fields for ANALYST and for scopes that do not own the record', async () => {
    const query =
      '{ delegation(expoKey: "CIIE-5", key: "QH") { contacts { person { phone email contactMasked } } } }';
    const contact = async (caller: Role) =>
      (await call(caller, query)).body.data.delegation.contacts[1].person;
    expect(await contact(Role.ANALYST)).toEqual({
      phone: '***7278',
      email: '5***@qq.com',
      contactMasked: true,
    });
    expect(await contact(Role.SUB_DELEGATION_LEAD)).toMatchObject({
      phone: '***7278',
      contactMasked: true,
    });
    expect(await contact(Role.EXPO_BUREAU)).toMatchObject({ contactMasked: true });
    expect(await contact(Role.DELEGATION_OFFICE)).toEqual({
      phone: '0971-6317278',
      email: '524179053@qq.com',
      contactMasked: false,
    });
    expect(await contact(Role.ADMIN)).toMatchObject({
      phone: '0971-6317278',
      contactMasked: false,
    });
  });

  it('refuses expired, revoked, forged tokens and disabled users', async () => {
    const userId = (
      await t.sql.query(`insert into app_user (name) values ('short-lived') returning id`)
    ).rows[0].id;
    await t.sql.query(
      `insert into role_grant (user_id, role, granted_by) values ($1, 'ADMIN', 'test')`,
      [userId],
    );
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    const q = '{ expos { key } }';
    const good = await issueToken(t.server.app.signingKey, userId, 600);
    expect(outcome(await post(t.url, q, undefined, auth(good.token)))).toBe('ok');

    const expired = await issueToken(t.server.app.signingKey, userId, -10);
    const late = await post(t.url, q, undefined, auth(expired.token));
    expect([late.status, outcome(late)]).toEqual([401, 'UNAUTHENTICATED']);
    expect(late.body.errors![0].message).toContain('expired');

    const forged = await issueToken(new TextEncoder().encode('x'.repeat(32)), userId, 600);
    expect(outcome(await post(t.url, q, undefined, auth(forged.token)))).toBe('UNAUTHENTICATED');
    expect(outcome(await post(t.url, q, undefined, { authorization: 'Basic abc' }))).toBe(
      'UNAUTHENTICATED',
    );

    // revoking your own token
    const revoked = await post(
      t.url,
      'mutation($j: ID!) { revokeToken(jti: $j) }',
      { j: good.jti },
      auth(good.token),
    );
    expect(revoked.body.data.revokeToken).toBe(true);
    const after = await post(t.url, q, undefined, auth(good.token));
    expect(after.body.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(after.body.errors![0].message).toContain('revoked');

    // disabling the user stops every token it holds
    const other = await issueToken(t.server.app.signingKey, userId, 600);
    await t.as(Role.ADMIN)(
      'mutation($id: ID!) { setUserDisabled(userId: $id, disabled: true) { disabled } }',
      { id: gid('User', userId) },
    );
    const disabled = await post(t.url, q, undefined, auth(other.token));
    expect(disabled.body.errors![0].message).toContain('disabled');
  });

  it('applies the same guards over WebSocket (token in connection_init)', async () => {
    const wsUrl = t.url.replace(/^http/, 'ws');
    const run = async (connectionParams: Record<string, string>, query: string) => {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: true,
      });
      try {
        return await new Promise<any>((resolve, reject) => {
          let result: unknown;
          client.subscribe(
            { query },
            { next: (value) => (result = value), error: reject, complete: () => resolve(result) },
          );
        });
      } finally {
        await client.dispose();
      }
    };
    const analyst = await t.token(Role.ANALYST, SCOPES.ANALYST);
    const seen = await run({ authorization: `Bearer ${analyst}` }, '{ delegations { key } }');
    expect(seen.data.delegations.map((d: any) => d.key)).toEqual(['QH']);
    const masked = await run(
      { authorization: `Bearer ${analyst}` },
      '{ delegation(expoKey: "CIIE-5", key: "QH") { contacts { person { phone } } } }',
    );
    expect(masked.data.delegation.contacts[0].person.phone).toBe('***1489');
    const anonymous = await run({}, '{ delegations { key } }');
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const mutation = await run(
      { authorization: `Bearer ${analyst}` },
      'mutation { createOrganisation(input: { kind: ENTERPRISE, nameZh: "x" }) { id } }',
    );
    expect(mutation.errors[0].extensions.code).toBe('FORBIDDEN');
    // a refused token is refused per operation, as over HTTP (no unexplained close)
    await expect(
      run({ authorization: 'Bearer forged.token.here' }, '{ expos { key } }'),
    ).rejects.toMatchObject([
      { message: 'Invalid token: token is not valid', extensions: { code: 'UNAUTHENTICATED' } },
    ]);
  });
});
