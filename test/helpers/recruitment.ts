import { randomInt } from 'node:crypto';
import { expect } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { creditCodeCheckCharacter } from '../../server/src/modules/organisation/credit-code.js';
import { residentIdCheckCharacter } from '../../server/src/modules/purchaser/purchaser.rules.js';
import { post, type GqlResult, type TestServer } from './server.js';

/** Recruitment operations as a client sends them. */
export const PURCHASER_FIELDS = `id status version category rejectionReason
  subDelegation { key } lead { organisation { key } } invitedBy { key }
  organisation { id nameZh creditCode } invitedAt registeredAt approvedAt reportedAt`;

export const OPS = {
  invite: `mutation($input: InvitePurchaserInput!) { invitePurchaser(input: $input) { ${PURCHASER_FIELDS} } }`,
  register: `mutation($input: RegisterPurchaserInput!) { registerPurchaser(input: $input) { ${PURCHASER_FIELDS} attendees { id } } }`,
  update: `mutation($input: UpdatePurchaserInput!) { updatePurchaser(input: $input) { ${PURCHASER_FIELDS} attendees { id idNumber backgroundChecks { result } } } }`,
  withdraw: `mutation($input: WithdrawPurchaserInput!) { withdrawPurchaser(input: $input) { ${PURCHASER_FIELDS} } }`,
  resubmit: `mutation($input: ResubmitPurchaserInput!) { resubmitPurchaser(input: $input) { ${PURCHASER_FIELDS} } }`,
  approve: `mutation($input: ApprovePurchaserInput!) { approvePurchaser(input: $input) { ${PURCHASER_FIELDS} } }`,
  reject: `mutation($input: RejectPurchaserInput!) { rejectPurchaser(input: $input) { ${PURCHASER_FIELDS} } }`,
  creditCheck: `mutation($input: RecordCreditCheckInput!) { recordCreditCheck(input: $input) { id result purchaser { id version } } }`,
  backgroundCheck: `mutation($input: RecordBackgroundCheckInput!) { recordBackgroundCheck(input: $input) { id result attendee { id purchaser { id version } } } }`,
  report: `mutation($input: ReportPurchasersInput!) { reportPurchasers(input: $input) { id reportedAt reportedBy purchaserCount purchasers { id status reportedAt } } }`,
  purchaser: `query($id: ID!) { purchaser(id: $id) { ${PURCHASER_FIELDS} approvalBlockers attendees { id idNumber person { name mobile } } } }`,
} as const;

let seq = randomInt(0, 9_000_000);

/** A valid unified social credit code, different at each call. */
export function newCreditCode(): string {
  seq += 1;
  const first17 = `91630100MA${String(seq).padStart(7, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** A valid 18-digit resident ID number, different at each call. */
export function newResidentId(): string {
  seq += 1;
  const first17 = `630102199${String(seq).padStart(8, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

export function registration(
  purchaserId: string,
  extra: Record<string, unknown> = {},
  attendees = 1,
) {
  return {
    purchaserId,
    category: 'IMPORT_TRADE',
    contact: { name: '张联系', mobile: '13800138000', email: 'contact@example.cn' },
    attendees: Array.from({ length: attendees }, (_, i) => ({
      name: `参会人${i + 1}`,
      idNumber: newResidentId(),
      jobTitle: '采购经理',
      mobile: '13900139000',
    })),
    ...extra,
  };
}

/** The data of a successful call; fails the test with the errors otherwise. */
export function ok<T = any>(result: GqlResult, field: string): T {
  expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
  return result.body.data[field] as T;
}

/** The first error's code (and field) of a failed call. */
export function failure(result: GqlResult): {
  code: string;
  field?: string;
  message: string;
  status?: string;
} {
  expect(
    result.body.errors,
    `expected an error, got ${JSON.stringify(result.body.data)}`,
  ).toBeDefined();
  const error = result.body.errors![0];
  return {
    code: error.extensions?.code,
    field: error.extensions?.field,
    status: error.extensions?.status,
    message: error.message,
  };
}

export async function idsOf(t: TestServer) {
  const one = async (sql: string, params: unknown[] = []) =>
    (await t.sql.query(sql, params)).rows[0].id as string;
  const qh = await one(`select id from delegation where key = 'QH'`);
  const sub = (key: string) =>
    one('select id from sub_delegation where delegation_id = $1 and key = $2', [qh, key]);
  const org = (key: string) => one('select id from organisation where key = $1', [key]);
  return {
    qh,
    qhGid: toGlobalId('Delegation', qh),
    sub: async (key: string) => toGlobalId('SubDelegation', await sub(key)),
    org: async (key: string) => toGlobalId('Organisation', await org(key)),
  };
}

/** Row counts of the tables a recruitment call may write. */
export async function tableCounts(t: TestServer): Promise<Record<string, number>> {
  const { rows } = await t.sql.query(`select
    (select count(*)::int from purchaser) as purchaser,
    (select count(*)::int from organisation) as organisation,
    (select count(*)::int from person) as person,
    (select count(*)::int from attendee) as attendee,
    (select count(*)::int from credit_check) as credit_check,
    (select count(*)::int from background_check) as background_check,
    (select count(*)::int from purchaser_report_batch) as report_batch,
    (select count(*)::int from audit_event) as audit_event,
    (select coalesce(sum(version), 0)::int from purchaser) as versions`);
  return rows[0];
}

/** Runs `work` over `items` in chunks of `size` calls at a time. */
export async function inChunks<T, R>(
  items: T[],
  size: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(
      ...(await Promise.all(items.slice(i, i + size).map((item, j) => work(item, i + j)))),
    );
  }
  return results;
}

/** A GraphQL caller as a user of this name holding `role` in `scopeKey` (a second reviewer…). */
export function asUser(
  t: TestServer,
  role: Parameters<TestServer['token']>[0],
  scopeKey: string,
  userName: string,
) {
  return async (query: string, variables?: Record<string, unknown>) =>
    post(t.url, query, variables, {
      authorization: `Bearer ${await t.token(role, scopeKey, userName)}`,
    });
}
