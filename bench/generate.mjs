// Deterministic national-scale data for the benchmarks: 40 delegations, 300+ sub-delegations,
// 50,000 purchasers, 150,000 attendees, 3,000 exhibitors, 200,000 matches, 100,000 deals.
// Same seed, same rows (ids included). Loaded with COPY; skipped when already loaded.
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';

export const SCALE = {
  delegations: 40,
  subDelegationsPerDelegation: 8,
  purchasers: 50_000,
  attendeesPerPurchaser: 3,
  exhibitors: 3_000,
  matchesPerPurchaser: 4,
  dealsPerPurchaser: 2,
};
const SEED = 20221105;
const VERSION = `v3:${SEED}:${JSON.stringify(SCALE)}`;

/** mulberry32: a small, fast, seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuidFrom(random) {
  const hex = [];
  for (let i = 0; i < 16; i += 1)
    hex.push(
      Math.floor(random() * 256)
        .toString(16)
        .padStart(2, '0'),
    );
  hex[6] = `4${hex[6][1]}`;
  hex[8] = ((parseInt(hex[8], 16) & 0x3f) | 0x80).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const COUNTRIES = [
  'DE',
  'FR',
  'IT',
  'JP',
  'KR',
  'US',
  'GB',
  'AU',
  'NZ',
  'CH',
  'NL',
  'SE',
  'CA',
  'BR',
  'CL',
  'TH',
  'MY',
  'SG',
  'ES',
  'DK',
];
const CATEGORIES = [
  'WHOLESALE_RETAIL',
  'IMPORT_TRADE',
  'TRADING_CENTRE',
  'DISTRIBUTOR_AGENT',
  'ECOMMERCE',
  'AUTO_SALES',
  'MANUFACTURING',
  'SERVICE',
  'END_USER',
  'MEDICAL_INSTITUTION',
  'EDUCATION_INSTITUTION',
  'RESEARCH_INSTITUTION',
];
const SECTORS = [
  'COMMERCE',
  'EDUCATION',
  'SCIENCE',
  'INDUSTRY',
  'ECOLOGY',
  'AGRICULTURE',
  'HEALTH',
  'CULTURE',
];
const PRODUCTS = [
  'wool processing machinery',
  'medical imaging equipment',
  'dairy products',
  'industrial robots',
  'seed breeding technology',
  'luxury cosmetics',
  'electric vehicles',
  'water treatment systems',
  'wine',
  'frozen seafood',
  'semiconductor equipment',
  'solar inverters',
];
const DEAL_STATUS = ['INTENDED', 'INTENDED', 'SIGNED', 'EXECUTING', 'FULFILLED', 'CANCELLED'];

const esc = (v) =>
  v === null || v === undefined
    ? '\\N'
    : String(v).replace(/\\/g, '\\\\').replace(/\t/g, ' ').replace(/\n/g, ' ');

async function copy(client, table, columns, rows, progress) {
  const stream = client.query(copyStreams.from(`copy ${table} (${columns.join(', ')}) from stdin`));
  async function* lines() {
    let batch = '';
    let n = 0;
    for (const row of rows()) {
      batch += `${row.map(esc).join('\t')}\n`;
      n += 1;
      if (n % 5000 === 0) {
        yield batch;
        batch = '';
        progress(n);
      }
    }
    if (batch) yield batch;
    progress(n);
  }
  await pipeline(Readable.from(lines()), stream);
}

function bar(label, total) {
  const started = Date.now();
  const tty = process.stderr.isTTY;
  return (n) => {
    if (!tty && n < total) return;
    const width = 30;
    const done = Math.round((n / total) * width);
    process.stderr.write(
      `\r  ${label.padEnd(22)} [${'#'.repeat(done)}${'.'.repeat(width - done)}] ${String(n).padStart(7)}/${total} ${((Date.now() - started) / 1000).toFixed(1)}s`,
    );
    if (n >= total) process.stderr.write('\n');
  };
}

/** Loads the data set into `url` unless the same version is there already. Returns counts. */
export const DATA_VERSION = VERSION;

/** Loads the data set into `url`, a freshly migrated and seeded database. */
export async function generate(url, log = (m) => process.stderr.write(`${m}\n`)) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      'create table if not exists bench_meta (version text primary key, loaded_at timestamptz not null default now())',
    );
    const present = await client.query('select 1 from bench_meta where version = $1', [VERSION]);
    if (present.rowCount) {
      log('bench data: present (reused)');
      return;
    }
    log('bench data: generating (deterministic, seed ' + SEED + ')');
    const random = prng(SEED);
    const id = () => uuidFrom(random);
    const pick = (list) => list[Math.floor(random() * list.length)];
    const started = Date.now();
    await client.query('begin');
    await client.query('alter table deal disable trigger deal_changes');

    const expo = (await client.query(`select id from expo where key = 'CIIE-5'`)).rows[0].id;
    // exhibitors stand in top-level areas, so every contender groups deals by the same area
    const areas = (
      await client.query(
        'select id from exhibition_area where expo_id = $1 and parent_id is null order by key',
        [expo],
      )
    ).rows;
    const qh = (await client.query(`select id from delegation where key = 'QH'`)).rows[0].id;
    const commerce = (await client.query(`select id from organisation where key = 'COMMERCE'`))
      .rows[0].id;

    // delegations (QH is the seeded one), their sub-delegations, lead units and member units
    const delegations = [{ id: qh }];
    for (let i = 1; i < SCALE.delegations; i += 1)
      delegations.push({ id: id(), key: `P${String(i).padStart(2, '0')}` });
    await copy(
      client,
      'delegation',
      [
        'id',
        'expo_id',
        'key',
        'name_zh',
        'name_en',
        'province_zh',
        'province_en',
        'office_organisation_id',
      ],
      () =>
        delegations
          .slice(1)
          .map((d) => [
            d.id,
            expo,
            d.key,
            `第五届进博会${d.key}交易团`,
            `${d.key} Trading Delegation`,
            `省${d.key}`,
            `Province ${d.key}`,
            commerce,
          ]),
      () => undefined,
    );
    const leadOrgs = [];
    const subs = [];
    for (const d of delegations.slice(1)) {
      for (let s = 0; s < SCALE.subDelegationsPerDelegation; s += 1) {
        const org = { id: id(), name: `${d.key}-${SECTORS[s]}-厅` };
        leadOrgs.push(org);
        subs.push({
          id: id(),
          delegation: d.id,
          key: SECTORS[s],
          lead: id(),
          org: org.id,
          position: s,
        });
      }
    }
    const seededSubs = (
      await client.query(
        `select s.id, s.delegation_id, (select l.id from sub_delegation_lead l where l.sub_delegation_id = s.id order by l.position limit 1) as lead from sub_delegation s where s.delegation_id = $1`,
        [qh],
      )
    ).rows;
    await copy(
      client,
      'organisation',
      ['id', 'kind', 'name_zh'],
      () => leadOrgs.map((o) => [o.id, 'GOVERNMENT', o.name]),
      () => undefined,
    );
    await copy(
      client,
      'member_unit',
      ['delegation_id', 'organisation_id', 'position'],
      () => subs.map((s) => [s.delegation, s.org, s.position]),
      () => undefined,
    );
    await copy(
      client,
      'sub_delegation',
      ['id', 'delegation_id', 'key', 'name_zh', 'name_en', 'receives_unassigned', 'position'],
      () =>
        subs.map((s) => [
          s.id,
          s.delegation,
          s.key,
          `${s.key}分团`,
          s.key,
          s.key === 'COMMERCE',
          s.position,
        ]),
      () => undefined,
    );
    await copy(
      client,
      'sub_delegation_lead',
      ['id', 'delegation_id', 'sub_delegation_id', 'organisation_id', 'target_min', 'position'],
      () => subs.map((s) => [s.lead, s.delegation, s.id, s.org, 20, 0]),
      () => undefined,
    );
    const subsByDelegation = new Map();
    for (const s of [
      ...seededSubs.map((r) => ({ id: r.id, delegation: r.delegation_id, lead: r.lead })),
      ...subs,
    ]) {
      const list = subsByDelegation.get(s.delegation) ?? [];
      list.push(s);
      subsByDelegation.set(s.delegation, list);
    }

    // report batches (REPORTED purchasers point at one)
    const batches = new Map(delegations.map((d) => [d.id, id()]));
    await copy(
      client,
      'purchaser_report_batch',
      ['id', 'delegation_id', 'reported_by', 'purchaser_count'],
      () => delegations.map((d) => [batches.get(d.id), d.id, 'bench', 1]),
      () => undefined,
    );

    // exhibitors
    const exhibitors = [];
    for (let i = 0; i < SCALE.exhibitors; i += 1) {
      const area = pick(areas);
      exhibitors.push({
        id: id(),
        area: area.id,
        country: pick(COUNTRIES),
        name: `Exhibitor ${i} ${pick(['GmbH', 'Ltd', 'SA', 'Inc', 'KK', 'AG'])}`,
        products: `${pick(PRODUCTS)}, ${pick(PRODUCTS)}`,
      });
    }
    await copy(
      client,
      'exhibitor',
      ['id', 'expo_id', 'exhibition_area_id', 'name_en', 'country', 'booth', 'products'],
      () =>
        exhibitors.map((x, i) => [
          x.id,
          expo,
          x.area,
          x.name,
          x.country,
          `${1 + (i % 8)}.${i % 100}`,
          x.products,
        ]),
      bar('exhibitors', SCALE.exhibitors),
    );

    // purchasers and their organisations
    const purchasers = [];
    for (let i = 0; i < SCALE.purchasers; i += 1) {
      const d = delegations[i % delegations.length].id;
      const sub = pick(subsByDelegation.get(d));
      const status = random() < 0.7 ? 'APPROVED' : random() < 0.5 ? 'REPORTED' : 'REGISTERED';
      purchasers.push({
        id: id(),
        org: id(),
        delegation: d,
        sub: sub.id,
        lead: sub.lead,
        status,
        category: pick(CATEGORIES),
      });
    }
    await copy(
      client,
      'organisation',
      ['id', 'kind', 'name_zh', 'name_en'],
      () => purchasers.map((p, i) => [p.org, 'ENTERPRISE', `采购企业${i}`, `Purchaser Co ${i}`]),
      bar('organisations', SCALE.purchasers),
    );
    await copy(
      client,
      'purchaser',
      [
        'id',
        'delegation_id',
        'organisation_id',
        'sub_delegation_id',
        'lead_id',
        'invited_by_organisation_id',
        'category',
        'status',
        'registered_at',
        'approved_at',
        'reported_at',
        'report_batch_id',
      ],
      () =>
        purchasers.map((p) => [
          p.id,
          p.delegation,
          p.org,
          p.sub,
          p.lead,
          commerce,
          p.category,
          p.status,
          '2022-09-01T08:00:00Z',
          p.status === 'REGISTERED' ? null : '2022-09-15T08:00:00Z',
          p.status === 'REPORTED' ? '2022-10-01T08:00:00Z' : null,
          p.status === 'REPORTED' ? batches.get(p.delegation) : null,
        ]),
      bar('purchasers', SCALE.purchasers),
    );

    // attendees (persons first)
    const attendeeTotal = SCALE.purchasers * SCALE.attendeesPerPurchaser;
    const persons = [];
    for (const p of purchasers)
      for (let k = 0; k < SCALE.attendeesPerPurchaser; k += 1)
        persons.push({ id: id(), purchaser: p.id, delegation: p.delegation, attendee: id() });
    await copy(
      client,
      'person',
      ['id', 'delegation_id', 'name', 'mobile'],
      () =>
        persons.map((x, i) => [
          x.id,
          x.delegation,
          `参会人${i}`,
          `139${String(i).padStart(8, '0')}`,
        ]),
      bar('persons', attendeeTotal),
    );
    await copy(
      client,
      'attendee',
      ['id', 'delegation_id', 'purchaser_id', 'person_id', 'job_title'],
      () => persons.map((x) => [x.attendee, x.delegation, x.purchaser, x.id, 'buyer']),
      bar('attendees', attendeeTotal),
    );

    // matches: distinct exhibitors per purchaser; deals from the first of them
    const ACCEPTED_AT = '2026-10-01T00:00:00Z';
    const matchTotal = SCALE.purchasers * SCALE.matchesPerPurchaser;
    const matches = [];
    for (const p of purchasers) {
      const chosen = new Set();
      while (chosen.size < SCALE.matchesPerPurchaser)
        chosen.add(Math.floor(random() * exhibitors.length));
      for (const x of chosen)
        matches.push({
          id: id(),
          p,
          x: exhibitors[x],
          status: pick(['ACCEPTED', 'MEETING_SCHEDULED', 'MET', 'DEAL', 'PROPOSED']),
        });
    }
    await copy(
      client,
      'exhibitor_match',
      [
        'id',
        'delegation_id',
        'purchaser_id',
        'exhibitor_id',
        'status',
        'score',
        'purchaser_accepted_at',
        'exhibitor_accepted_at',
      ],
      () =>
        matches.map((m) => [
          m.id,
          m.p.delegation,
          m.p.id,
          m.x.id,
          m.status,
          (random() * 10).toFixed(4),
          // both sides accepted, but for a proposal (the purchaser's side's): a CHECK ties them
          ACCEPTED_AT,
          m.status === 'PROPOSED' ? null : ACCEPTED_AT,
        ]),
      bar('matches', matchTotal),
    );

    const dealTotal = SCALE.purchasers * SCALE.dealsPerPurchaser;
    const deals = [];
    for (
      let i = 0;
      i < matches.length && deals.length < dealTotal;
      i += SCALE.matchesPerPurchaser / SCALE.dealsPerPurchaser
    ) {
      const m = matches[i];
      const status = pick(DEAL_STATUS);
      const cents = Math.floor(random() * 500_000_000) + 100;
      const currency = pick(['USD', 'USD', 'EUR', 'CNY']);
      const rate = currency === 'USD' ? '1' : currency === 'EUR' ? '1.0200000000' : '0.1400000000';
      const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      // amount × rate rounded half up to the cent, as the deal_usd_is_amount_at_rate constraint
      // checks (integer arithmetic: cents × rate in units of 10^-10, plus half a cent)
      const usd = (
        (BigInt(cents) * BigInt(rate.replace('.', '').padEnd(11, '0')) + 5n * 10n ** 9n) /
        10n ** 10n
      ).toString();
      const amountUsd = `${usd.slice(0, -2) || '0'}.${usd.slice(-2).padStart(2, '0')}`;
      const signed =
        status === 'INTENDED' || status === 'CANCELLED'
          ? null
          : `2022-${String(9 + Math.floor(random() * 3)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
      deals.push([
        id(),
        m.p.delegation,
        expo,
        m.p.id,
        m.x.id,
        m.id,
        m.x.area,
        `${pick(PRODUCTS)}`,
        amount,
        currency,
        rate,
        amountUsd,
        status,
        signed,
      ]);
    }
    await copy(
      client,
      'deal',
      [
        'id',
        'delegation_id',
        'expo_id',
        'purchaser_id',
        'exhibitor_id',
        'match_id',
        'exhibition_area_id',
        'goods',
        'amount',
        'currency',
        'usd_rate',
        'amount_usd',
        'status',
        'signed_on',
      ],
      () => deals,
      bar('deals', dealTotal),
    );

    await client.query('alter table deal enable trigger deal_changes');
    await client.query('insert into bench_meta (version) values ($1)', [VERSION]);
    await client.query('commit');
    log(`bench data: loaded in ${((Date.now() - started) / 1000).toFixed(1)} s; analysing`);
    // vacuumed too: the visibility map lets index-only scans skip the heap, as on a settled database
    await client.query('vacuum analyze');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
