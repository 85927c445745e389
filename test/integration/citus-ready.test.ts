/**
 * Ready for Citus (#23, docs/scale-out.md): the migrated schema can be distributed by delegation
 * as `server/src/db/distribution.ts` places its tables. The checker below reads the live catalog;
 * the first test runs it on the migrated schema, the second on throwaway tables that break each
 * rule (in a transaction rolled back), so that every check is seen to fail.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CYCLE_KEYS,
  DISTRIBUTION,
  GLOBAL_RULES,
  citusScript,
  type TableDistribution,
} from '../../server/src/db/distribution.js';
import { Migration20261207040001CitusReady } from '../../server/src/db/migrations/Migration20261207040001_citus_ready.js';
import { createTestDatabase } from '../helpers/database.js';
import { tradeAttendee, tradeExhibitor, tradePurchaser } from '../helpers/trade.js';

type Placements = Readonly<Record<string, TableDistribution>>;

interface ForeignKey {
  table: string;
  name: string;
  referenced: string;
  /** Pairs of (column, referenced column). */
  columns: [string, string][];
}

async function foreignKeys(client: pg.ClientBase): Promise<ForeignKey[]> {
  const { rows } = await client.query<ForeignKey>(`
    select c.conrelid::regclass::text as table, c.conname as name,
      c.confrelid::regclass::text as referenced,
      (select json_agg(json_build_array(a.attname, r.attname) order by k.n)
         from unnest(c.conkey, c.confkey) with ordinality k(col, ref, n)
         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.col
         join pg_attribute r on r.attrelid = c.confrelid and r.attnum = k.ref) as columns
    from pg_constraint c
    where c.contype = 'f' and c.connamespace = 'public'::regnamespace
    order by 1, 2`);
  return rows;
}

/**
 * What keeps the schema from being distributed as `placements` says (empty: nothing), but for
 * the exclusion constraints `globalRules` names (each must still be one, of a distributed table).
 */
async function citusViolations(
  client: pg.ClientBase,
  placements: Placements,
  globalRules: readonly { table: string; name: string }[] = GLOBAL_RULES,
): Promise<string[]> {
  const problems: string[] = [];
  const placement = (table: string) => placements[table]?.placement;
  const { rows: tables } = await client.query<{ name: string; nullable: boolean | null }>(`
    select c.relname as name,
      (select not a.attnotnull from pg_attribute a
        where a.attrelid = c.oid and a.attname = 'delegation_id' and not a.attisdropped) as nullable
    from pg_class c
    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
    order by 1`);
  for (const { name, nullable } of tables) {
    if (!placement(name)) problems.push(`${name}: not classified in distribution.ts`);
    else if (placement(name) === 'distributed' && nullable !== false) {
      problems.push(`${name}: distributed without a NOT NULL delegation_id`);
    }
  }
  const present = new Set(tables.map((t) => t.name));
  for (const name of Object.keys(placements)) {
    if (!present.has(name)) problems.push(`${name}: classified but not in the schema`);
  }

  // primary keys, unique constraints and indexes, exclusion constraints
  const { rows: keys } = await client.query<{ table: string; name: string; kind: string }>(`
    select t.relname as table, x.relname as name,
      coalesce((select c.contype::text from pg_constraint c where c.conindid = i.indexrelid
                  and c.contype in ('p', 'u', 'x')), 'unique index') as kind
    from pg_index i
    join pg_class t on t.oid = i.indrelid
    join pg_class x on x.oid = i.indexrelid
    where t.relnamespace = 'public'::regnamespace
      and (i.indisunique or exists (select 1 from pg_constraint c
                                     where c.conindid = i.indexrelid and c.contype = 'x'))
      and not exists (select 1 from pg_attribute a where a.attrelid = i.indrelid
                        and a.attname = 'delegation_id' and a.attnum = any(i.indkey))
    order by 1, 2`);
  const kinds: Record<string, string> = {
    p: 'primary key',
    u: 'unique constraint',
    x: 'exclusion constraint',
  };
  for (const rule of globalRules) {
    const found = keys.find((key) => key.table === rule.table && key.name === rule.name);
    if (found?.kind !== 'x' || placement(rule.table) !== 'distributed') {
      problems.push(
        `${rule.table}: ${rule.name} is no exclusion constraint without delegation_id of a distributed table`,
      );
    }
  }
  for (const key of keys) {
    if (globalRules.some((rule) => rule.table === key.table && rule.name === key.name)) continue;
    if (placement(key.table) === 'distributed') {
      problems.push(
        `${key.table}: ${kinds[key.kind] ?? key.kind} ${key.name} without delegation_id`,
      );
    }
  }

  for (const key of await foreignKeys(client)) {
    const from = placement(key.table);
    const to = placement(key.referenced);
    if (from === 'distributed' && to === 'distributed') {
      const mapped = key.columns.some(([c, r]) => c === 'delegation_id' && r === 'delegation_id');
      const stray = key.columns.some(
        ([c, r]) => (c === 'delegation_id') !== (r === 'delegation_id'),
      );
      if (!mapped || stray) {
        problems.push(
          `${key.table}: foreign key ${key.name} does not map delegation_id to delegation_id`,
        );
      }
    } else if (from && from !== 'distributed' && to === 'distributed') {
      problems.push(
        `${key.table}: foreign key ${key.name} from a ${from} table to a distributed one`,
      );
    } else if (from === 'reference' && to !== 'reference') {
      problems.push(
        `${key.table}: foreign key ${key.name} from a reference table to a ${to ?? 'unclassified'} one`,
      );
    }
  }
  return problems;
}

/**
 * What is wrong with `script` for `placements`: every distributed and reference table created
 * once, reference tables first, each table after the tables it references (self-references and
 * `CYCLE_KEYS`, dropped and added back by the script, aside).
 */
function scriptViolations(script: string, placements: Placements, keys: ForeignKey[]): string[] {
  const problems: string[] = [];
  const created = [...script.matchAll(/create_(reference|distributed)_table\('([a-z_]+)'/g)].map(
    ([, as, table]) => ({ as, table: table! }),
  );
  const at = new Map<string, number>();
  created.forEach(({ as, table }, i) => {
    if (at.has(table)) problems.push(`${table}: created twice`);
    at.set(table, i);
    if (placements[table]?.placement !== as) problems.push(`${table}: created as ${as}`);
  });
  for (const [table, { placement }] of Object.entries(placements)) {
    if (placement !== 'local' && !at.has(table)) problems.push(`${table}: not in the script`);
  }
  const lastReference = Math.max(...created.flatMap((c, i) => (c.as === 'reference' ? [i] : [])));
  const firstDistributed = created.findIndex((c) => c.as === 'distributed');
  if (firstDistributed >= 0 && firstDistributed < lastReference) {
    problems.push('a distributed table is created before a reference table');
  }
  for (const key of keys) {
    if (key.table === key.referenced || CYCLE_KEYS.some((k) => k.name === key.name)) continue;
    const from = at.get(key.table);
    const to = at.get(key.referenced);
    if (from !== undefined && to !== undefined && to > from) {
      problems.push(
        `${key.table}: created before ${key.referenced}, which it references (${key.name})`,
      );
    }
  }
  return problems;
}

describe('the schema is ready for Citus', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('meets the invariant for every table as distribution.ts places it', async () => {
    expect(await citusViolations(client, DISTRIBUTION)).toEqual([]);
    const placements = Object.values(DISTRIBUTION).map((t) => t.placement);
    for (const p of ['distributed', 'reference', 'local']) expect(placements).toContain(p);
  });

  it('reports each rule broken by a table that breaks it', async () => {
    const probes: Placements = {
      ...DISTRIBUTION,
      probe_parent: { placement: 'distributed', why: 'probe' },
      probe_nullable: { placement: 'distributed', why: 'probe' },
      probe_child: { placement: 'distributed', why: 'probe' },
      probe_reference: { placement: 'reference', why: 'probe' },
      probe_local: { placement: 'local', why: 'probe' },
      probe_missing: { placement: 'reference', why: 'probe' },
    };
    await client.query('begin');
    try {
      await client.query(`
        create table probe_unclassified (id uuid primary key);
        create table probe_parent (id uuid, delegation_id uuid not null, code text, during tstzrange,
          primary key (id, delegation_id));
        create table probe_nullable (id uuid, delegation_id uuid);
        create table probe_child (id uuid primary key, delegation_id uuid not null,
          parent_id uuid, code text unique,
          foreign key (parent_id, delegation_id) references probe_parent (id, delegation_id),
          constraint probe_child_parent_mismapped foreign key (delegation_id, parent_id)
            references probe_parent (id, delegation_id),
          constraint probe_child_no_overlap exclude using gist (code with =, during with &&),
          during tstzrange);
        create unique index probe_child_code_lower on probe_child (lower(code)) where code <> '';
        alter table probe_parent add unique (id);
        alter table probe_child add constraint probe_child_parent_alone
          foreign key (parent_id) references probe_parent (id);
        create table probe_local (id uuid primary key, parent_id uuid, delegation_id uuid,
          foreign key (parent_id, delegation_id) references probe_parent (id, delegation_id));
        create table probe_reference (id uuid primary key, local_id uuid references probe_local (id),
          child_id uuid, delegation_id uuid,
          foreign key (child_id, delegation_id) references probe_parent (id, delegation_id));`);
      const problems = await citusViolations(client, probes, [
        ...GLOBAL_RULES,
        { table: 'probe_child', name: 'probe_child_gone' },
      ]);
      expect(problems.filter((p) => p.startsWith('probe')).sort()).toEqual(
        [
          'probe_missing: classified but not in the schema',
          'probe_child: probe_child_gone is no exclusion constraint without delegation_id of a distributed table',
          'probe_unclassified: not classified in distribution.ts',
          'probe_nullable: distributed without a NOT NULL delegation_id',
          'probe_child: exclusion constraint probe_child_no_overlap without delegation_id',
          'probe_child: unique constraint probe_child_code_key without delegation_id',
          'probe_child: unique index probe_child_code_lower without delegation_id',
          'probe_child: primary key probe_child_pkey without delegation_id',
          'probe_parent: unique constraint probe_parent_id_key without delegation_id',
          'probe_child: foreign key probe_child_parent_alone does not map delegation_id to delegation_id',
          'probe_child: foreign key probe_child_parent_mismapped does not map delegation_id to delegation_id',
          'probe_local: foreign key probe_local_parent_id_delegation_id_fkey from a local table to a distributed one',
          'probe_reference: foreign key probe_reference_child_id_delegation_id_fkey from a reference table to a distributed one',
          'probe_reference: foreign key probe_reference_local_id_fkey from a reference table to a local one',
        ].sort(),
      );
    } finally {
      await client.query('rollback');
    }
  });

  it('distributes by a script that creates each table once, after those it references', async () => {
    const script = citusScript();
    const keys = await foreignKeys(client);
    expect(scriptViolations(script, DISTRIBUTION, keys)).toEqual([]);
    for (const key of CYCLE_KEYS) {
      expect(keys.map((k) => k.name)).toContain(key.name);
      const [found] = (
        await client.query<{ def: string }>(
          `select pg_get_constraintdef(oid) as def from pg_constraint where conname = $1`,
          [key.name],
        )
      ).rows;
      expect(found!.def.toLowerCase().replace(/\(/g, ' (').replace(/\s+/g, ' ')).toBe(
        key.definition.replace(/\s+/g, ' '),
      );
    }

    // and the check fails on a script that is out of order, repeats or leaves out a table
    const lines = script.split('\n');
    const purchaser = lines.findIndex((l) => l.includes("'purchaser'"));
    const attendee = lines.findIndex((l) => l.includes("'attendee'"));
    const swapped = [...lines];
    [swapped[purchaser], swapped[attendee]] = [lines[attendee]!, lines[purchaser]!];
    expect(scriptViolations(swapped.join('\n'), DISTRIBUTION, keys)).toContain(
      'attendee: created before purchaser, which it references (attendee_purchaser_id_delegation_id_fkey)',
    );
    const withoutExpo = lines.filter((l) => !l.includes("'expo'")).join('\n');
    expect(scriptViolations(withoutExpo, DISTRIBUTION, keys)).toContain('expo: not in the script');
    expect(scriptViolations(`${script}${lines[attendee]}\n`, DISTRIBUTION, keys)).toContain(
      'attendee: created twice',
    );
  });
  it('gives the children that lacked it their parent’s delegation as it migrates', async () => {
    // rows of the four children, written as today's writers write them
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    const one = async (text: string, values: unknown[]) =>
      ((await pool.query(text, values)).rows[0] ?? {}) as Record<string, string>;
    let made: Record<string, string>;
    try {
      const p = await tradePurchaser(pool, { key: 'CITUS_BACKFILL', subDelegation: 'SCIENCE' });
      const x = await tradeExhibitor(pool, { name: 'Backfill GmbH', area: 'SERVICES' });
      const a = await tradeAttendee(pool, p.id);
      const d = p.delegation;
      const user = await one(
        `insert into app_user (name) values ('citus-backfill') returning id`,
        [],
      );
      const match = await one(
        `insert into exhibitor_match (delegation_id, purchaser_id, exhibitor_id, status,
           purchaser_accepted_at, exhibitor_accepted_at)
         values ($1, $2, $3, 'ACCEPTED', now(), now()) returning id`,
        [d, p.id, x.id],
      );
      const meeting = await one(
        `insert into meeting (delegation_id, match_id, purchaser_id, exhibitor_id, phase, mode,
           starts_at, ends_at, place, purchaser_accepted_at)
         values ($1, $2, $3, $4, 'ON_SITE', 'OFFLINE', '2022-11-06T10:00:00Z',
           '2022-11-06T10:30:00Z', 'Hall 1', now()) returning id`,
        [d, match.id, p.id, x.id],
      );
      const participant = await one(
        `insert into meeting_participant (meeting_id, purchaser_id, exhibitor_id, attendee_id, delegation_id)
         values ($1, $2, $3, $4, $5) returning id`,
        [meeting.id, p.id, x.id, a.id, d],
      );
      const item = await one(
        `with pt as (insert into meeting_point (expo_id, key, name, kind, capacity, location)
                     select expo_id, 'CITUS-BACKFILL', 'T', 'TABLE', 4, 'Hall 1' from delegation where id = $1
                     returning id, expo_id),
         s as (insert into meeting_schedule (expo_id, matches, placeable, placed, must_meet,
                 must_meet_placed, created_by)
               select expo_id, 1, 1, 1, 0, 0, 'test' from pt returning id)
         insert into meeting_schedule_item (schedule_id, match_id, meeting_point_id, starts_at, ends_at, delegation_id)
         select s.id, $2, pt.id, '2022-11-06T11:00:00Z', '2022-11-06T11:30:00Z', $1 from s, pt
         returning id`,
        [d, match.id],
      );
      const read = await one(
        `with e as (insert into notification_event (delegation_id, kind, subject, audience, idempotency_key)
                    values ($1, 'CIRCULAR', 'x', 'DELEGATION', 'citus-backfill') returning id)
         insert into notification_read (user_id, event_id, delegation_id)
         select $2, e.id, $1 from e returning event_id::text as id`,
        [d, user.id],
      );
      const acknowledgement = await one(
        `with c as (insert into circular (delegation_id, title, body, sent_by)
                    values ($1, 't', 'b', 'test') returning id),
         r as (insert into circular_recipient (delegation_id, circular_id, organisation_id)
               select $1, c.id, $2 from c returning circular_id, organisation_id)
         insert into circular_acknowledgement (circular_id, organisation_id, user_id, acknowledged_by, delegation_id)
         select r.circular_id, r.organisation_id, $3, 'test', $1 from r returning id`,
        [d, p.organisation, user.id],
      );
      made = {
        meeting_participant: participant.id!,
        meeting_schedule_item: item.id!,
        notification_read: read.id!,
        circular_acknowledgement: acknowledgement.id!,
      };
    } finally {
      await pool.end();
    }
    const delegationOf = async (c: pg.ClientBase) => {
      const found: Record<string, string | null> = {};
      for (const [table, id] of Object.entries(made)) {
        const key = table === 'notification_read' ? 'event_id' : 'id';
        const { rows } = await c.query(
          `select to_jsonb(t) ->> 'delegation_id' as d from ${table} t where ${key}::text = $1`,
          [id],
        );
        found[table] = rows.length === 1 ? rows[0].d : `${rows.length} rows`;
      }
      return found;
    };
    const written = await delegationOf(client);
    expect(new Set(Object.values(written)).size).toBe(1);

    // back to the schema before (the children without the column), and forth again
    const migration = new Migration20261207040001CitusReady(null as never, null as never);
    await client.query('begin');
    try {
      await migration.down();
      for (const q of migration.getQueries()) await client.query(q as string);
      expect(Object.values(await delegationOf(client))).toEqual([null, null, null, null]);
      migration.reset();
      await migration.up();
      for (const q of migration.getQueries()) await client.query(q as string);
      expect(await delegationOf(client)).toEqual(written);
      expect(await citusViolations(client, DISTRIBUTION)).toEqual([]);
    } finally {
      await client.query('rollback');
    }
  });
});
