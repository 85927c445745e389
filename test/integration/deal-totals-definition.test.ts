import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isObjectType,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLSchema,
} from 'graphql';
import { createClient } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEAL_TOTALS_RULE } from '../../server/src/modules/deal/deal-totals.rule.js';
import { chromiumMissing, launchChromium } from '../helpers/browser.js';
import { useTestServer, type TestServer } from '../helpers/server.js';
import { seeded, tradePurchaser } from '../helpers/trade.js';

/**
 * One definition of a total of deals (issue 15, class 3), held on every surface that shows one.
 * The domain: cancelled deals are not deals made. A total (of a delegation, of a sub-delegation,
 * of any group not broken down by status) leaves them out; a breakdown by STATUS shows each
 * status as a group of its own, CANCELLED included (and says it is in no total: inTotals false).
 *
 * SURFACES below lists every place that shows deal totals; the first test finds, by
 * introspection and from the SDK's persisted operations, every schema field and every SDK
 * operation that reads deal totals, and fails for one that no surface here covers.
 */

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const CLI = path.join(root, 'cli/dist/cli.js');
const SIGNED_ON = '2022-11-06';

type Status = 'INTENDED' | 'SIGNED' | 'EXECUTING' | 'FULFILLED' | 'CANCELLED';

/** The on-site events deals are signed at (linkDealToEvent), by title. */
type Event = '集中签约仪式' | '供需对接会';

/**
 * The data: deals in every state, cancelled ones in several sub-delegations; some signed at an
 * on-site event (a cancelled one among them), the rest at none.
 */
const PLAN: { sub: string; status: Status; amount: string; via?: 'SIGNED'; event?: Event }[] = [
  { sub: 'HEALTH', status: 'INTENDED', amount: '1000000.01' },
  { sub: 'HEALTH', status: 'SIGNED', amount: '2500000.50', event: '集中签约仪式' },
  { sub: 'HEALTH', status: 'CANCELLED', amount: '333.33', via: 'SIGNED', event: '集中签约仪式' },
  { sub: 'HEALTH', status: 'FULFILLED', amount: '7777777.77', event: '供需对接会' },
  { sub: 'COMMERCE', status: 'EXECUTING', amount: '120.00', event: '集中签约仪式' },
  { sub: 'COMMERCE', status: 'CANCELLED', amount: '9999999.99' },
  { sub: 'COMMERCE', status: 'INTENDED', amount: '45.45' },
  // a sub-delegation whose only deal was cancelled: it has no deals made
  { sub: 'SCIENCE', status: 'CANCELLED', amount: '50000.00' },
  { sub: 'ECOLOGY', status: 'SIGNED', amount: '0.01' },
];

interface Figure {
  count: number;
  sumUsd: string;
}

/** What a surface shows; each facet it has must equal the one the rule gives. */
interface Figures {
  /** All deals of the delegation. */
  total?: Figure;
  /** Per sub-delegation key (only those with deals counted). */
  bySub?: Record<string, Figure>;
  /** Per status (only statuses with deals). */
  byStatus?: Record<string, Figure>;
  /** Per "SUB/STATUS". */
  bySubStatus?: Record<string, Figure>;
  /** Per on-site event title ("-": signed at none; only those with deals counted). */
  byEvent?: Record<string, Figure>;
  /** Groups of a breakdown by status that the surface marks as in no total. */
  outOfTotals?: string[];
}

const cents = (s: string) => BigInt(s.replace(/,/g, '').replace('.', ''));
const money = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;

function tally(keyOf: (deal: (typeof PLAN)[number]) => string, deals = PLAN) {
  const groups: Record<string, { count: number; cents: bigint }> = {};
  for (const deal of deals) {
    const g = (groups[keyOf(deal)] ??= { count: 0, cents: 0n });
    g.count += 1;
    g.cents += cents(deal.amount);
  }
  return Object.fromEntries(
    Object.entries(groups).map(([k, g]) => [k, { count: g.count, sumUsd: money(g.cents) }]),
  );
}

/** The figures the domain's rule gives, computed here from the data entered. */
function expected(): Required<Figures> {
  const made = PLAN.filter((d) => d.status !== 'CANCELLED');
  return {
    total: tally(() => 'all', made)['all']!,
    bySub: tally((d) => d.sub, made),
    byStatus: tally((d) => d.status),
    bySubStatus: tally((d) => `${d.sub}/${d.status}`),
    byEvent: tally((d) => d.event ?? '-', made),
    outOfTotals: [
      'CANCELLED',
      ...[...new Set(PLAN.filter((d) => d.status === 'CANCELLED').map((d) => d.sub))].map(
        (s) => `${s}/CANCELLED`,
      ),
    ].sort(),
  };
}

interface Env {
  t: TestServer;
  delegation: string;
  token: string;
}

interface Group {
  subDelegation?: { key: string } | null;
  event?: { id?: string; title: string } | null;
  status?: string | null;
  inTotals?: boolean;
  count: number;
  sumUsd: string;
}

const figure = (g: { count: number; sumUsd: string }): Figure => ({
  count: g.count,
  sumUsd: g.sumUsd,
});
const keyed = (groups: Group[], key: (g: Group) => string) =>
  Object.fromEntries(groups.map((g) => [key(g), figure(g)]));
const subKey = (g: Group) => g.subDelegation?.key ?? '-';
const eventKey = (g: Group) => g.event?.title ?? '-';
const subStatusKey = (g: Group) => `${subKey(g)}/${g.status}`;
const outOf = (groups: Group[], key: (g: Group) => string) =>
  groups.filter((g) => g.inTotals === false).map(key);

interface Surface {
  name: string;
  /** The schema fields it reads deal totals from ("Query.x", "Subscription.x"). */
  fields?: string[];
  /** The SDK operations (sdk/operations) it shows deal totals from. */
  operations?: string[];
  read(env: Env): Promise<Figures>;
}

const GROUP = 'subDelegation { key } status inTotals count sumUsd';

/** A delegation's totals as Query.dealTotals gives them (and a progress report freezes them). */
const DELEGATION_TOTALS = `count sumUsd byStatus { status count sumUsd }
  bySubDelegation { subDelegation { key } count sumUsd byStatus { status count sumUsd } }`;

/** The figures of a DelegationDealTotals: a fixed shape (every status, zeros included). */
function delegationFigures(d: any): Figures {
  const nonZero = (rows: Group[]) => rows.filter((r) => r.count > 0);
  return {
    total: figure(d),
    byStatus: keyed(nonZero(d.byStatus), (g) => g.status!),
    bySub: keyed(nonZero(d.bySubDelegation), subKey),
    bySubStatus: Object.fromEntries(
      d.bySubDelegation.flatMap((s: any) =>
        nonZero(s.byStatus).map((g) => [`${subKey(s)}/${g.status}`, figure(g)]),
      ),
    ),
  };
}

async function ok(env: Env, query: string, variables: Record<string, unknown> = {}) {
  const { body } = await env.t.as('DELEGATION_OFFICE', 'CIIE-5/QH')(query, variables);
  expect(body.errors, query).toBeUndefined();
  return body.data;
}

/** The first message of a `dealTotals` subscription over graphql-ws. */
async function firstMessage(env: Env, groupBy: string[]): Promise<any> {
  const client = createClient({
    url: env.t.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${env.token}` },
    retryAttempts: 0,
  });
  try {
    const messages = client.iterate({
      query: `subscription($d: ID, $g: [DealGroupBy!]) { dealTotals(delegationId: $d, groupBy: $g) {
        groups { ${GROUP} } subtotals { ${GROUP} } total { ${GROUP} } } }`,
      variables: { d: env.delegation, g: groupBy },
    });
    const { value } = await messages.next();
    await messages.return?.();
    expect(value?.errors).toBeUndefined();
    return value!.data!.dealTotals;
  } finally {
    await client.dispose();
  }
}

function cli(env: Env, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI, 'report', ...args],
      {
        env: {
          PATH: process.env.PATH ?? '',
          DELEGATION_HUB_URL: env.t.url,
          DELEGATION_HUB_TOKEN: env.token,
        },
        encoding: 'utf8',
      },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${args.join(' ')}: ${stderr}`)) : resolve(stdout),
    );
  });
}

/** Rows of the CLI's CSV as objects by header. */
async function csv(env: Env, args: string[]): Promise<Record<string, string>[]> {
  const [header, ...lines] = (await cli(env, [...args, '--format', 'csv']))
    .split('\r\n')
    .filter(Boolean);
  const names = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

/** The cells of the aligned table's footer (its last line), apart where two spaces are. */
async function footer(env: Env, args: string[]): Promise<string[]> {
  const lines = (await cli(env, args)).trimEnd().split('\n');
  return lines
    .at(-1)!
    .trim()
    .split(/\s{2,}/);
}

const csvFigure = (row: Record<string, string>): Figure => ({
  count: Number(row['count']),
  sumUsd: row['sum_usd']!,
});

/**
 * Every surface that shows deal totals. A new one (a field, a report, a screen) is added here,
 * and the first test fails until it is: it finds them in the schema and in the SDK.
 */
const SURFACES: Surface[] = [
  {
    name: 'Query.dealTotals',
    fields: ['Query.dealTotals'],
    operations: ['DealTotalsOfDelegation'],
    async read(env) {
      const { dealTotals: d } = await ok(
        env,
        `query($d: ID!) { dealTotals(delegationId: $d) { ${DELEGATION_TOTALS} } }`,
        { d: env.delegation },
      );
      return delegationFigures(d);
    },
  },
  {
    name: 'a frozen progress report (freezeProgressReport: ProgressReport.deals, dealsByArea)',
    fields: ['ProgressReport.deals', 'ProgressReport.dealsByArea'],
    operations: ['ProgressReport', 'FreezeProgressReport'],
    async read(env) {
      const { freezeProgressReport: r } = await ok(
        env,
        `mutation($d: ID!) { freezeProgressReport(input: { delegationId: $d }) {
          deals { ${DELEGATION_TOTALS} } dealsByArea { inTotals count sumUsd } } }`,
        { d: env.delegation },
      );
      // by area, every deal made counts once (under its area, or none), cancelled ones nowhere
      const areas = r.dealsByArea as Group[];
      expect(areas.every((g) => g.inTotals)).toBe(true);
      expect(areas.reduce((n, g) => n + g.count, 0)).toBe(r.deals.count);
      expect(money(areas.reduce((c, g) => c + cents(g.sumUsd), 0n))).toBe(r.deals.sumUsd);
      return delegationFigures(r.deals);
    },
  },
  {
    // the on-site events' totals as one grouping (DealGroupBy.EVENT): one total per event
    name: 'Query.dealAggregate grouped by EVENT, and each event on its own (filter: { event })',
    async read(env) {
      const groups: Group[] = (
        await ok(
          env,
          `query($f: DealFilter) { dealAggregate(groupBy: [EVENT], filter: $f) {
            event { id title } inTotals count sumUsd } }`,
          { f: { delegation: { eq: env.delegation } } },
        )
      ).dealAggregate;
      expect(outOf(groups, eventKey)).toEqual([]);
      // the same figures as each event's own totals
      for (const group of groups.filter((g) => g.event)) {
        const [own] = (
          await ok(
            env,
            `query($e: ID!) { dealAggregate(filter: { event: { eq: $e } }) { count sumUsd } }`,
            { e: group.event!.id },
          )
        ).dealAggregate;
        expect(own).toEqual(figure(group));
      }
      return { byEvent: keyed(groups, eventKey) };
    },
  },
  {
    name: 'Query.dealAggregate, without grouping and grouped with and without STATUS',
    fields: ['Query.dealAggregate'],
    // an on-site event's totals are dealAggregate's over its deals (filter: { event })
    operations: ['EventDealTotals'],
    async read(env) {
      const aggregate = async (groupBy: string[]): Promise<Group[]> =>
        (
          await ok(
            env,
            `query($g: [DealGroupBy!]!, $f: DealFilter) { dealAggregate(groupBy: $g, filter: $f) { ${GROUP} } }`,
            { g: groupBy, f: { delegation: { eq: env.delegation } } },
          )
        ).dealAggregate;
      const [all, bySub, byStatus, bySubStatus] = await Promise.all([
        aggregate([]),
        aggregate(['SUB_DELEGATION']),
        aggregate(['STATUS']),
        aggregate(['SUB_DELEGATION', 'STATUS']),
      ]);
      expect(all).toHaveLength(1);
      expect(outOf([...all, ...bySub], subKey)).toEqual([]);
      return {
        total: figure(all[0]!),
        bySub: keyed(bySub, subKey),
        byStatus: keyed(byStatus, (g) => g.status!),
        bySubStatus: keyed(bySubStatus, subStatusKey),
        outOfTotals: [
          ...outOf(byStatus, (g) => g.status!),
          ...outOf(bySubStatus, subStatusKey),
        ].sort(),
      };
    },
  },
  {
    name: 'Subscription.dealTotals (first message, over graphql-ws)',
    fields: ['Subscription.dealTotals'],
    async read(env) {
      const bySubStatus = await firstMessage(env, ['SUB_DELEGATION', 'STATUS']);
      const byStatus = await firstMessage(env, ['STATUS']);
      const bySub = await firstMessage(env, ['SUB_DELEGATION']);
      const all = await firstMessage(env, []);
      // the same figures however the subscription is grouped
      expect(all.groups).toEqual([all.total]);
      expect(all.subtotals).toEqual([all.total]);
      for (const m of [bySubStatus, byStatus, bySub]) expect(m.total).toEqual(all.total);
      expect(bySubStatus.subtotals).toEqual(bySub.groups);
      expect(bySub.subtotals).toEqual(bySub.groups);
      return {
        total: figure(all.total),
        bySub: keyed(bySubStatus.subtotals, subKey),
        byStatus: keyed(byStatus.groups, (g) => g.status!),
        bySubStatus: keyed(bySubStatus.groups, subStatusKey),
        outOfTotals: [
          ...outOf(byStatus.groups, (g) => g.status!),
          ...outOf(bySubStatus.groups, subStatusKey),
        ].sort(),
      };
    },
  },
  {
    name: 'the report CLI (cli/dist/cli.js report deals / deal-list)',
    operations: ['DealReport', 'DealAggregate'],
    async read(env) {
      const deals = ['deals', '--delegation', 'CIIE-5/QH', '--group-by'];
      const bySubStatus = await csv(env, [...deals, 'SUB_DELEGATION,STATUS']);
      const bySub = await csv(env, [...deals, 'SUB_DELEGATION']);
      const byStatus = await csv(env, [...deals, 'STATUS']);
      const byEvent = await csv(env, [...deals, 'EVENT']);
      const total = await footer(env, [...deals, 'SUB_DELEGATION,STATUS']);
      // the footer says what it leaves out, in the server's words (the groups not in totals)
      expect(total[0]).toBe('total (without CANCELLED)');
      const subTotal = await footer(env, [...deals, 'SUB_DELEGATION']);
      expect(subTotal.slice(0, 3)).toEqual(['total', ...total.slice(1, 3)]);
      const list = await footer(env, ['deal-list', '--delegation', 'CIIE-5/QH']);
      expect(list[0]).toBe(`${PLAN.length} deals, ${total[1]} in totals`);
      expect(cents(list.at(-1)!)).toBe(cents(total[2]!));
      return {
        total: { count: Number(total[1]), sumUsd: money(cents(total[2]!)) },
        bySub: Object.fromEntries(bySub.map((r) => [r['sub_delegation'], csvFigure(r)])),
        byStatus: Object.fromEntries(byStatus.map((r) => [r['status'], csvFigure(r)])),
        byEvent: Object.fromEntries(byEvent.map((r) => [r['event_title'] || '-', csvFigure(r)])),
        bySubStatus: Object.fromEntries(
          bySubStatus.map((r) => [`${r['sub_delegation']}/${r['status']}`, csvFigure(r)]),
        ),
      };
    },
  },
  {
    name: 'the dashboard (/dashboard, in Chromium)',
    operations: ['DealTotals'],
    async read(env) {
      const missing = chromiumMissing();
      if (missing) throw new Error(missing);
      const chromium = await launchChromium();
      try {
        const page = await chromium.context.newPage();
        await page.goto(
          `${new URL(env.t.url).origin}/dashboard?token=${env.token}&delegation=CIIE-5/QH`,
        );
        await page.waitForSelector('#status[data-state="live"]', { timeout: 45_000 });
        const total = page.locator('#total');
        const bars = await page.locator('#chart g.bar').evaluateAll((nodes) =>
          nodes.map((n) => ({
            key: n.getAttribute('data-key')!,
            cents: n.getAttribute('data-cents')!,
            count: Number(n.getAttribute('data-count')),
          })),
        );
        // cancelled deals are drawn nowhere, and said apart from the total
        expect(await page.locator('#chart .status-cancelled').count()).toBe(0);
        const notCounted = PLAN.filter((d) => d.status === 'CANCELLED');
        expect(await page.locator('#cancelled').innerText()).toContain(
          `Not counted: ${notCounted.length} cancelled`,
        );
        return {
          total: {
            count: Number(await total.getAttribute('data-count')),
            sumUsd: money(BigInt((await total.getAttribute('data-cents')) ?? 'NaN')),
          },
          // the plan's sub-delegations without deals are drawn at zero
          bySub: Object.fromEntries(
            bars
              .filter((b) => b.count > 0)
              .map((b) => [b.key, { count: b.count, sumUsd: money(BigInt(b.cents)) }]),
          ),
        };
      } finally {
        await chromium.close();
      }
    },
  },
];

/**
 * Object types that carry deal totals: those with a `sumUsd` (deal money), and the payloads
 * that hold them (no `id` of their own, not a root type), such as a subscription's message.
 */
function totalsTypes(schema: GraphQLSchema): Set<string> {
  const objects = Object.values(schema.getTypeMap()).filter(isObjectType);
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map(
      (type) => type?.name,
    ),
  );
  const types = new Set(objects.filter((t) => 'sumUsd' in t.getFields()).map((t) => t.name));
  for (let grown = true; grown;) {
    grown = false;
    for (const type of objects) {
      const fields = Object.values(type.getFields());
      if (types.has(type.name) || roots.has(type.name) || 'id' in type.getFields()) continue;
      if (fields.some((f) => types.has(getNamedType(f.type).name))) {
        types.add(type.name);
        grown = true;
      }
    }
  }
  return types;
}

describe('one definition of a total of deals, on every surface that shows one', () => {
  const t = useTestServer();
  const env = {} as Env;

  beforeAll(async () => {
    const ids = await seeded(t.sql);
    env.t = t;
    env.delegation = ids.delegation;
    env.token = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
    const purchasers = new Map<string, string>();
    for (const sub of new Set(PLAN.map((d) => d.sub))) {
      purchasers.set(
        sub,
        (await tradePurchaser(t.sql, { key: `TOTALS_${sub}`, subDelegation: sub })).gid,
      );
    }
    // the on-site events, made by the office as a user does
    const events = new Map<string, string>();
    for (const title of new Set(PLAN.flatMap((d) => (d.event ? [d.event] : [])))) {
      const { createOnsiteEvent } = await ok(
        env,
        `mutation($i: CreateOnsiteEventInput!) { createOnsiteEvent(input: $i) { id } }`,
        {
          i: {
            delegationId: env.delegation,
            kind: 'SIGNING_CEREMONY',
            title,
            startsAt: '2022-11-06T06:00:00Z',
            endsAt: '2022-11-06T08:00:00Z',
          },
        },
      );
      events.set(title, createOnsiteEvent.id);
    }
    // deals recorded and moved as a user does, through the API
    for (const deal of PLAN) {
      const signed =
        deal.via === 'SIGNED' || ['SIGNED', 'EXECUTING', 'FULFILLED'].includes(deal.status);
      const recorded = (
        await ok(
          env,
          `mutation($i: RecordDealInput!) { recordDeal(input: $i) { id version status } }`,
          {
            i: {
              purchaserId: purchasers.get(deal.sub),
              goods: `totals ${deal.sub} ${deal.status}`,
              amount: deal.amount,
              currency: 'USD',
              ...(signed ? { signedOn: SIGNED_ON } : {}),
            },
          },
        )
      ).recordDeal;
      const steps: Record<Status, string[]> = {
        INTENDED: [],
        SIGNED: [],
        EXECUTING: ['startDealExecution'],
        FULFILLED: ['startDealExecution', 'fulfilDeal'],
        CANCELLED: ['cancelDeal'],
      };
      let version = recorded.version;
      if (deal.event) {
        version = (
          await ok(
            env,
            `mutation($i: LinkDealToEventInput!) { linkDealToEvent(input: $i) { version } }`,
            { i: { dealId: recorded.id, eventId: events.get(deal.event), version } },
          )
        ).linkDealToEvent.version;
      }
      for (const step of steps[deal.status]) {
        version = (
          await ok(
            env,
            `mutation($id: ID!, $v: Int!) { ${step}(id: $id, version: $v) { version } }`,
            {
              id: recorded.id,
              v: version,
            },
          )
        )[step].version;
      }
    }
    const states = await t.sql.query(
      `select status, count(*)::int as n from deal group by status order by status`,
    );
    expect(Object.fromEntries(states.rows.map((r) => [r.status, r.n]))).toEqual(
      Object.fromEntries(
        Object.entries(tally((d) => d.status)).map(([status, g]) => [status, g.count]),
      ),
    );
  });

  it('lists every surface: each schema field and SDK operation that reads deal totals, each field saying the rule', async () => {
    const { body } = await t.as('ADMIN')(getIntrospectionQuery({ descriptions: true }));
    expect(body.errors).toBeUndefined();
    const schema = buildClientSchema(body.data);
    const types = totalsTypes(schema);
    expect([...types]).toEqual(
      expect.arrayContaining(['DealTotalsGroup', 'DelegationDealTotals', 'DealTotals']),
    );

    // every field, on any type but the totals' own, whose value is deal totals
    const fields: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || types.has(type.name) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!types.has(getNamedType(field.type).name)) continue;
        fields.push(`${type.name}.${field.name}`);
        expect(field.description, `${type.name}.${field.name} says the rule`).toContain(
          DEAL_TOTALS_RULE,
        );
      }
    }
    expect(fields.sort()).toEqual(SURFACES.flatMap((s) => s.fields ?? []).sort());

    // every operation of the SDK (what the CLI and the dashboard send) that reads them
    const manifest = JSON.parse(
      readFileSync(path.join(root, 'sdk/persisted-operations.json'), 'utf8'),
    ) as Record<string, string>;
    const operations = new Set<string>();
    for (const text of Object.values(manifest)) {
      const info = new TypeInfo(schema);
      let operation = '';
      visit(
        parse(text),
        visitWithTypeInfo(info, {
          OperationDefinition(node) {
            operation = node.name?.value ?? '';
          },
          Field() {
            const parent = info.getParentType();
            const type = info.getType();
            if (parent && type && !types.has(parent.name) && types.has(getNamedType(type).name))
              operations.add(operation);
          },
        }),
      );
    }
    expect([...operations].sort()).toEqual(SURFACES.flatMap((s) => s.operations ?? []).sort());
  });

  for (const surface of SURFACES) {
    it(`${surface.name} shows the totals the rule gives`, async () => {
      const want = expected();
      const shown = await surface.read(env);
      const facets = Object.keys(shown) as (keyof Figures)[];
      expect(facets.length).toBeGreaterThan(0);
      for (const facet of facets) expect(shown[facet], facet).toEqual(want[facet]);
    }, 180_000);
  }
});
