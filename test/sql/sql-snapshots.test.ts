import { compile } from '../../server/src/db/sql.js';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { approvedPurchaser } from '../helpers/fixtures.js';
import { useTestServer } from '../helpers/server.js';
import { exhibitorsInAreas, seeded, tradePurchaser, tradeRecordsOf } from '../helpers/trade.js';

// The exact SQL the read path runs for the queries that matter, committed beside their GraphQL
// document (cases/<name>.graphql -> cases/<name>.sql), as PostGraphile's own __tests__/queries
// do: a changed plan is a reviewed diff. `UPDATE_SQL_SNAPSHOTS=1 npx vitest run test/sql`
// rewrites the .sql files. A case's first lines say who runs it (`# as: ROLE [scope]`); a
// variable `$d` is the seeded Qinghai delegation's global ID.

const dir = new URL('./cases/', import.meta.url);
const update = process.env.UPDATE_SQL_SNAPSHOTS === '1';
const cases = readdirSync(dir)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => file.slice(0, -'.graphql'.length))
  .sort();

interface Statement {
  text: string;
  values: readonly unknown[] | undefined;
}

/** Values as the snapshot shows them: ids (random per run) as <uuid>. */
const masked = (values: readonly unknown[] | undefined) =>
  JSON.stringify(values ?? []).replace(
    /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
    '<uuid>',
  );

/**
 * A request's statements, sorted: those of one level run concurrently, and the next level's
 * start as the rows come back, so the order they run in is not the plan's.
 */
const render = (statements: readonly Statement[]) =>
  statements
    .map((s) => `-- values ${masked(s.values)}\n${s.text.trim()};\n`)
    .sort()
    .map((s, i) => `-- statement ${i + 1} of ${statements.length}\n${s}`)
    .join('\n');

describe('SQL snapshots', () => {
  const t = useTestServer();
  let vars: Record<string, unknown>;
  let captured: Statement[] | null = null;

  beforeAll(async () => {
    const read = t.server.db.read.bind(t.server.db);
    t.server.db.read = (statement, placeholders) => {
      captured?.push(compile(statement, placeholders));
      return read(statement, placeholders);
    };
    const { delegation } = await seeded(t.sql);
    vars = { d: delegation };
    await addData();
  });

  /** Rows at every level the cases read: exhibitors, purchasers, needs, matches and deals. */
  async function addData() {
    const exhibitors = await exhibitorsInAreas(t.sql, 'Snapshot Exhibitor');
    const buyer = await tradePurchaser(t.sql, { key: 'SNAPSHOT_BUYER', subDelegation: 'COMMERCE' });
    const { rows: expo } = await t.sql.query(`select expo_id from delegation where id = $1`, [
      buyer.delegation,
    ]);
    const purchasers = [
      { purchaser: buyer.id, delegation: buyer.delegation, expo: expo[0].expo_id as string },
    ];
    for (const sub of ['COMMERCE', 'HEALTH', 'COMMERCE']) {
      purchasers.push(await approvedPurchaser(t.sql, { subDelegation: sub }));
    }
    for (const [k, p] of purchasers.entries()) {
      await tradeRecordsOf(t.sql, p, exhibitors, exhibitors[k % exhibitors.length]!);
    }
    // on site and the service queues: an event with a guest and a deal signed there, a funding
    // request of a unit, a health incident, a customs consultation
    await t.sql.query(
      `with ev as (insert into onsite_event (delegation_id, kind, title, starts_at, ends_at, created_by)
         values ($1, 'SIGNING_CEREMONY', 'Snapshot ceremony', '2022-11-06T06:00Z', '2022-11-06T07:00Z', 'test')
         returning id, delegation_id),
       g as (insert into onsite_participant (delegation_id, event_id, kind, guest_name, added_by)
         select delegation_id, id, 'GUEST', 'Snapshot guest', 'test' from ev)
       update deal set event_id = ev.id from ev
         where deal.id = (select id from deal where delegation_id = $1 order by id limit 1)`,
      [buyer.delegation],
    );
    await t.sql.query(
      `insert into funding_request (delegation_id, requested_by_organisation_id, purpose, amount_cny, requested_by)
       select $1, id, 'Snapshot funds', 1000, 'test' from organisation where key = 'HEALTH'`,
      [buyer.delegation],
    );
    await t.sql.query(
      `insert into health_incident (delegation_id, description, opened_at, opened_by)
       values ($1, 'Snapshot incident', now(), 'test')`,
      [buyer.delegation],
    );
    await t.sql.query(
      `insert into customs_consultation (delegation_id, purchaser_id, deal_id, goods, question, asked_by)
       select delegation_id, purchaser_id, id, 'Snapshot goods', 'Snapshot?', 'test' from deal
       where purchaser_id = $1 limit 1`,
      [buyer.id],
    );
  }

  /** The statements one request runs, in the order it runs them. */
  async function statementsOf(name: string, document: string): Promise<Statement[]> {
    const header = /^# as: (\S+)(?: (\S+))?$/m.exec(document);
    if (!header) throw new Error(`${name}.graphql: no "# as: ROLE [scope]" line`);
    const [, role, scope] = header;
    captured = [];
    try {
      const { body } = await t.as(role as 'ADMIN', scope)(
        document,
        /\$d\b/.test(document) ? vars : undefined,
      );
      expect(body.errors, `${name}: errors`).toBeUndefined();
      return captured;
    } finally {
      captured = null;
    }
  }

  it.each(cases)('%s runs the committed SQL', async (name) => {
    const document = readFileSync(new URL(`${name}.graphql`, dir), 'utf8');
    // a document's first run, on graphql-js (its repeats run compiled, where which loads of a
    // relation share a batch can depend on when rows come back: executor.test.ts holds the two
    // executors to the same answers)
    const first = render(await statementsOf(name, document));
    const file = new URL(`${name}.sql`, dir);
    if (update) writeFileSync(file, first);
    else if (!existsSync(file)) throw new Error(`${name}.sql is missing (UPDATE_SQL_SNAPSHOTS=1)`);
    expect(first).toBe(readFileSync(file, 'utf8'));
  });
});
