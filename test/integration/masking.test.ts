import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { createClient } from 'graphql-ws';
import { beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { newCreditCode, newResidentId, OPS, ok, registration } from '../helpers/recruitment.js';
import { useTestServer, type GqlResult, type TestServer } from '../helpers/server.js';

// Every personal contact field (phone, mobile, fax, e-mail, ID number, and any added later) is of
// a contact KIND: its scalar. This file finds every such field by introspection, reads a record
// holding each one as every role (on graphql-js and compiled alike, and through the folded and
// embedded read paths), and checks it in full or masked as the one rule says. A field of a
// contact kind on a type no read below reaches fails; so does a contact-like field typed String.

/** The contact kinds, and how each one shows masked (the README's rule, written independently). */
const KINDS: Record<string, (full: string) => string> = {
  PhoneNumber: (full) => `***${full.replace(/\D/g, '').slice(-4)}`,
  EmailAddress: (full) => `${full[0]}***${full.slice(full.indexOf('@'))}`,
  IdentityDocumentNumber: (full) => `${'*'.repeat(full.length - 4)}${full.slice(-4)}`,
};

/** Field names that say "contact data": none of them may be a plain String in a result type. */
// ("tel" as a word of its own: `tel`, `contactTel`, `telNumber`, not `hotel`)
const CONTACT_LIKE = /[pP]hone|[mM]obile|[fF]ax|[mM]ail|[iI]dNumber|[pP]assport|(^t|T)el(?![a-z])/;

/** Whose record a read reaches: it decides who sees its contact fields in full. */
/** `manifest`: a trip of the purchaser's attendee on a train manifest (real-name tickets). */
type Owner = 'office' | 'purchaser' | 'business' | 'manifest';

interface Caller {
  name: string;
  role: string;
  scope?: string;
  /** Owns the test purchaser: its lead, the member unit that invited it, the purchaser itself. */
  ownsPurchaser?: boolean;
}

const CALLERS: Caller[] = [
  { name: 'ADMIN', role: 'ADMIN' },
  { name: 'EXPO_BUREAU', role: 'EXPO_BUREAU', scope: 'CIIE-5' },
  { name: 'DELEGATION_OFFICE', role: 'DELEGATION_OFFICE', scope: 'CIIE-5/QH' },
  { name: 'CREDIT_CHECKER', role: 'CREDIT_CHECKER', scope: 'CIIE-5/QH' },
  { name: 'BACKGROUND_CHECKER', role: 'BACKGROUND_CHECKER', scope: 'CIIE-5/QH' },
  { name: 'ANALYST (expo)', role: 'ANALYST', scope: 'CIIE-5' },
  { name: 'ANALYST (delegation)', role: 'ANALYST', scope: 'CIIE-5/QH' },
  {
    name: 'SUB_DELEGATION_LEAD (its lead)',
    role: 'SUB_DELEGATION_LEAD',
    scope: 'CIIE-5/QH/COMMERCE',
    ownsPurchaser: true,
  },
  {
    name: 'SUB_DELEGATION_LEAD (another)',
    role: 'SUB_DELEGATION_LEAD',
    scope: 'CIIE-5/QH/HEALTH/DRUGS',
  },
  {
    name: 'MEMBER_UNIT (its inviter)',
    role: 'MEMBER_UNIT',
    scope: 'CIIE-5/QH/CULTURE_TOURISM',
    ownsPurchaser: true,
  },
  { name: 'MEMBER_UNIT (another)', role: 'MEMBER_UNIT', scope: 'CIIE-5/QH/FINANCE' },
  // the railway: the delegation's TICKETING unit, which books the purchaser's attendee's trip
  { name: 'MEMBER_UNIT (railway)', role: 'MEMBER_UNIT', scope: 'CIIE-5/QH/RAILWAY' },
  // scope filled in once the purchaser exists (its credit code)
  { name: 'PURCHASER (itself)', role: 'PURCHASER', ownsPurchaser: true },
];

/** Lead and member unit of other purchasers: they do not read the test purchaser. */
const OTHER_UNITS = [
  'SUB_DELEGATION_LEAD (another)',
  'MEMBER_UNIT (another)',
  'MEMBER_UNIT (railway)',
];
/** Checkers read what a check needs: not deals. */
const CHECKERS = ['CREDIT_CHECKER', 'BACKGROUND_CHECKER'];

/** The rule: ADMIN and the office see personal data in full, and the owners of a purchaser its
 * contact's and attendees'; background checkers also ID numbers; exhibitors' business contacts
 * are masked only for ANALYST. */
function seesInFull(caller: Caller, owner: Owner, kind: string): boolean {
  if (caller.role === 'ADMIN') return true;
  if (owner === 'business') return caller.role !== 'ANALYST';
  if (caller.role === 'DELEGATION_OFFICE') return true;
  if (kind === 'IdentityDocumentNumber' && caller.role === 'BACKGROUND_CHECKER') return true;
  // real-name tickets: the TICKETING unit, the ID numbers of the trips it books
  if (
    owner === 'manifest' &&
    kind === 'IdentityDocumentNumber' &&
    caller.scope?.endsWith('/RAILWAY')
  )
    return true;
  return (owner === 'purchaser' || owner === 'manifest') && caller.ownsPurchaser === true;
}

/** One value of a contact field found in an answer, by where it sits in it. */
interface Found {
  type: string;
  field: string;
  kind: string;
  value: unknown;
}

describe('masking of contact fields: by kind, every field, every role', () => {
  const t = useTestServer();
  let schema: GraphQLSchema;
  /** Per object type: its fields of a contact kind, with their kinds. */
  const contactFields = new Map<string, Map<string, string>>();
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const introspection = await t.as('ADMIN')(getIntrospectionQuery());
    schema = buildClientSchema(introspection.body.data as IntrospectionQuery);
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (!isScalarType(named) || !(named.name in KINDS)) continue;
        if (!contactFields.has(type.name)) contactFields.set(type.name, new Map());
        contactFields.get(type.name)!.set(field.name, named.name);
      }
    }

    // every person of the plan with every contact field filled, so that each can be told apart
    await t.sql.query(`update person set phone = coalesce(phone, '0971-6101234'),
      mobile = coalesce(mobile, '13709715678'), email = coalesce(email, 'office.staff@qh.example')`);
    await t.sql.query(`update delegation_contact set fax = coalesce(fax, '0971-6317278')`);

    // a purchaser invited by a member unit into Commerce, with a contact and an attendee
    const culture = t.as('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
    const qh = (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0].id;
    const creditCode = newCreditCode();
    const invited = ok(
      await culture(OPS.invite, {
        input: {
          delegationId: toGlobalId('Delegation', qh),
          organisation: { kind: 'ENTERPRISE', nameZh: '掩码测试企业', creditCode },
        },
      }),
      'invitePurchaser',
    );
    const input = registration(invited.id);
    input.contact = {
      name: '张联系',
      mobile: '13800138000',
      phone: '0971-8123456',
      email: 'contact@buyer.example',
    } as typeof input.contact;
    input.attendees = [
      {
        name: '参会人',
        idNumber: newResidentId(),
        jobTitle: '采购经理',
        mobile: '13900139000',
        phone: '0971-8654321',
        email: 'attendee@buyer.example',
      } as (typeof input.attendees)[number],
    ];
    ok(await culture(OPS.register, { input }), 'registerPurchaser');
    ids.purchaser = invited.id;
    CALLERS.find((c) => c.role === 'PURCHASER')!.scope = `CIIE-5/QH/${creditCode}`;
    const purchaserUuid = Buffer.from(invited.id, 'base64url').toString('utf8').split(':')[1]!;
    const { rows: attendee } = await t.sql.query(
      `select person_id from attendee where purchaser_id = $1`,
      [purchaserUuid],
    );
    ids.attendeePerson = toGlobalId('Person', attendee[0].person_id);
    // the attendee's outbound train, on the railway's manifest
    await t.sql.query(
      `insert into trip (delegation_id, attendee_id, direction, travel_date, mode, service_number, requested_by)
       select delegation_id, id, 'OUTBOUND', '2022-11-03', 'TRAIN', 'Z164', 'test' from attendee
       where purchaser_id = $1`,
      [purchaserUuid],
    );

    // an exhibitor with a business contact, and a deal of the purchaser with it
    const { rows: exhibitor } = await t.sql.query(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, contact_email, contact_phone)
       select e.id, a.id, 'Masking Instruments GmbH', 'DE', 'sales@masking.example', '+49 30 555 0199'
       from expo e join exhibition_area a on a.expo_id = e.id where e.key = 'CIIE-5'
       order by a.key limit 1 returning id, expo_id`,
    );
    ids.exhibitor = toGlobalId('Exhibitor', exhibitor[0].id);
    // one of its representatives, with business contacts of their own
    await t.sql.query(
      `insert into exhibitor_representative (exhibitor_id, expo_id, name, email, phone)
       values ($1, $2, 'Masking Rep', 'rep@masking.example', '+49 30 555 0177')`,
      [exhibitor[0].id, exhibitor[0].expo_id],
    );
    ids.qh = qh;
    ids.expo = exhibitor[0].expo_id;
    ids.purchaserUuid = purchaserUuid;
    ids.exhibitorUuid = exhibitor[0].id;
    await insertDeal();
  });

  const insertDeal = () =>
    t.sql.query(
      `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, goods, amount, currency, usd_rate, amount_usd)
       values ($1, $2, $3, $4, 'instruments', 1000, 'USD', 1, 1000)`,
      [ids.qh, ids.expo, ids.purchaserUuid, ids.exhibitorUuid],
    );

  /** The contact fields of a type, selected (with __typename, to tell the type in the answer). */
  const f = (type: string) =>
    `__typename ${[...(contactFields.get(type)?.keys() ?? [])].join(' ')}`;

  /**
   * Reads that reach records holding contact fields, each with the owner of what it reaches.
   * Several reach the same type by different ways (a person as an official, as a purchaser's
   * contact, by `node`); the lists and relations are read the ways the server folds and embeds.
   */
  const reads = (): {
    name: string;
    owner: Owner;
    query: string;
    variables?: object;
    /** Callers outside whose read scope the records are: they read them as missing. */
    unreadBy?: string[];
    /** Callers whose role may not ask it at all (FORBIDDEN). */
    refusedBy?: string[];
  }[] => [
    {
      name: 'office contacts',
      owner: 'office',
      query: `{ delegation(expoKey: "CIIE-5", key: "QH") { contacts { ${f('DelegationContact')} person { ${f('Person')} } } } }`,
    },
    {
      name: 'leading group and liaison officers',
      owner: 'office',
      query: `{ delegation(expoKey: "CIIE-5", key: "QH") { leadingGroup { person { ${f('Person')} } }
        memberUnits { liaison { ${f('Person')} } } } }`,
    },
    {
      name: "a purchaser's contact and attendees",
      owner: 'purchaser',
      query: `query($id: ID!) { purchaser(id: $id) { contact { ${f('Person')} }
        attendees { ${f('Attendee')} person { ${f('Person')} } } } }`,
      variables: { id: ids.purchaser },
      unreadBy: OTHER_UNITS,
    },
    {
      name: 'purchasers of a sub-delegation (a folded list)',
      owner: 'purchaser',
      query: `{ delegation(expoKey: "CIIE-5", key: "QH") { subDelegation(key: "COMMERCE") {
        purchasers(first: 50, filter: { organisation: { nameZh: { eq: "掩码测试企业" } } }) {
          nodes { contact { ${f('Person')} } attendees { ${f('Attendee')} } } } } } }`,
      unreadBy: OTHER_UNITS,
    },
    {
      name: "an attendee's person by node",
      owner: 'purchaser',
      query: `query($id: ID!) { node(id: $id) { ... on Person { ${f('Person')} } } }`,
      variables: { id: ids.attendeePerson },
    },
    {
      name: "a train's real-name manifest",
      owner: 'manifest',
      query: `query($d: ID!) { trainManifest(delegationId: $d, travelDate: "2022-11-03",
        serviceNumber: "Z164") { passengers { ${f('ManifestPassenger')} } } }`,
      variables: { d: toGlobalId('Delegation', ids.qh) },
      unreadBy: ['SUB_DELEGATION_LEAD (another)', 'MEMBER_UNIT (another)'],
      refusedBy: [
        'EXPO_BUREAU',
        'CREDIT_CHECKER',
        'BACKGROUND_CHECKER',
        'ANALYST (expo)',
        'ANALYST (delegation)',
        'PURCHASER (itself)',
      ],
    },
    {
      name: 'an exhibitor by node',
      owner: 'business',
      query: `query($id: ID!) { node(id: $id) { ... on Exhibitor { ${f('Exhibitor')} } } }`,
      variables: { id: ids.exhibitor },
    },
    {
      name: "an exhibitor's representatives",
      owner: 'business',
      query: `query($id: ID!) { node(id: $id) { ... on Exhibitor { representatives { ${f('ExhibitorRepresentative')} } } } }`,
      variables: { id: ids.exhibitor },
    },
    {
      name: "an exhibitor embedded in a purchaser's folded deals",
      owner: 'business',
      query: `query($id: ID!) { purchaser(id: $id) { deals(first: 5) { nodes { exhibitor { ${f('Exhibitor')} } } } } }`,
      variables: { id: ids.purchaser },
      unreadBy: [...OTHER_UNITS, ...CHECKERS],
    },
    {
      name: 'an exhibitor embedded in the deals list',
      owner: 'business',
      query: `{ deals(first: 50, filter: { goods: { eq: "instruments" } }) { nodes { exhibitor { ${f('Exhibitor')} } } } }`,
      unreadBy: [...OTHER_UNITS, ...CHECKERS],
    },
  ];

  /** Every contact value in an answer, by its path. */
  function contactsIn(data: unknown, path = '', into = new Map<string, Found>()) {
    if (Array.isArray(data)) data.forEach((item, i) => contactsIn(item, `${path}.${i}`, into));
    else if (data && typeof data === 'object') {
      const row = data as Record<string, unknown>;
      const fields = contactFields.get(row.__typename as string);
      for (const [key, value] of Object.entries(row)) {
        const kind = fields?.get(key);
        if (kind) {
          into.set(`${path}.${key}`, { type: row.__typename as string, field: key, kind, value });
        } else contactsIn(value, `${path}.${key}`, into);
      }
    }
    return into;
  }

  /** Runs of each executor so far, from /metrics. */
  async function executions(server: TestServer): Promise<{ js: number; compiled: number }> {
    const text = await (await fetch(new URL('/metrics', server.url))).text();
    const count = (executor: string) =>
      Number(
        text.match(
          new RegExp(`^graphql_executions_total\\{executor="${executor}"\\} (\\d+)`, 'm'),
        )?.[1] ?? 0,
      );
    return { js: count('graphql-js'), compiled: count('compiled') };
  }

  it('finds the contact kinds on the types that hold personal or business contacts', () => {
    expect(
      Object.fromEntries([...contactFields].map(([type, m]) => [type, [...m.keys()]])),
    ).toEqual(
      expect.objectContaining({
        Person: expect.arrayContaining(['phone', 'mobile', 'email']),
        DelegationContact: ['fax'],
        Attendee: ['idNumber'],
        Exhibitor: expect.arrayContaining(['contactEmail', 'contactPhone']),
      }),
    );
  });

  it('leaves no contact-like field of a result type as a plain String', () => {
    const escaped: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (CONTACT_LIKE.test(field.name) && !(named.name in KINDS)) {
          escaped.push(`${type.name}.${field.name}: ${named.name}`);
        }
      }
    }
    expect(escaped).toEqual([]);
  });

  it('shows every contact field in full or masked as the rule says, to every role, on both executors', async () => {
    const reached = new Set<string>();
    const problems: string[] = [];
    for (const read of reads()) {
      const admin = await t.as('ADMIN')(read.query, read.variables as Record<string, unknown>);
      expect(
        admin.body.errors,
        `${read.name}: ${JSON.stringify(admin.body.errors)}`,
      ).toBeUndefined();
      const full = contactsIn(admin.body.data);
      expect(full.size, `${read.name} reads no contact field`).toBeGreaterThan(0);
      for (const [path, found] of full) {
        expect(found.value, `${read.name}: ${path} is empty in the test data`).toEqual(
          expect.any(String),
        );
        reached.add(`${found.type}.${found.field}`);
      }
      for (const caller of CALLERS) {
        // a text of its own per caller: its first run is on graphql-js, its second compiled
        const query = `# ${caller.name}\n${read.query}`;
        const as = t.as(caller.role as never, caller.scope);
        if (read.refusedBy?.includes(caller.name)) {
          const refused = await as(query, read.variables as Record<string, unknown>);
          expect(refused.body.errors?.[0]?.extensions?.code, `${read.name}, ${caller.name}`).toBe(
            'FORBIDDEN',
          );
          continue;
        }
        const before = await executions(t);
        const answers: GqlResult[] = [
          await as(query, read.variables as Record<string, unknown>),
          await as(query, read.variables as Record<string, unknown>),
        ];
        expect(await executions(t)).toEqual({ js: before.js + 1, compiled: before.compiled + 1 });
        for (const [run, answer] of answers.entries()) {
          const where = `${read.name}, ${caller.name}, ${run === 0 ? 'graphql-js' : 'compiled'}`;
          expect(
            answer.body.errors,
            `${where}: ${JSON.stringify(answer.body.errors)}`,
          ).toBeUndefined();
          const seen = contactsIn(answer.body.data);
          // the caller reads all of the records, or (outside its scope) none of them
          const reads = [...full.keys()].filter((path) => seen.has(path)).length;
          expect(reads, where).toBe(read.unreadBy?.includes(caller.name) ? 0 : full.size);
          for (const [path, found] of full) {
            if (!seen.has(path)) continue;
            const value = seen.get(path)!.value;
            const fullValue = found.value as string;
            const expected = seesInFull(caller, read.owner, found.kind)
              ? fullValue
              : KINDS[found.kind]!(fullValue);
            if (value !== expected) {
              problems.push(
                `${where}: ${found.type}.${found.field} at ${path} is ${JSON.stringify(value)}, expected ${JSON.stringify(expected)}`,
              );
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    // every field of a contact kind was read with a value by some read above
    const all = [...contactFields].flatMap(([type, fields]) =>
      [...fields.keys()].map((field) => `${type}.${field}`),
    );
    expect(all.filter((name) => !reached.has(name))).toEqual([]);
  });

  it('masks live events too (subscriptions run on graphql-js over WebSocket)', async () => {
    const query = `subscription($d: ID!) { dealEvents(delegationId: $d) { deal { exhibitor { ${f('Exhibitor')} } } } }`;
    const firstEvent = async (role: string, scope: string) => {
      const client = createClient({
        url: t.url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${await t.token(role as never, scope)}` },
        retryAttempts: 0,
      });
      const events = client.iterate<any>({
        query,
        variables: { d: toGlobalId('Delegation', ids.qh!) },
      });
      try {
        // the subscription listens once the server has it: write until an event comes
        const next = events.next();
        let event: IteratorResult<any> | undefined;
        while (!event) {
          await insertDeal();
          event = await Promise.race([
            next,
            new Promise<undefined>((r) => setTimeout(() => r(undefined), 300)),
          ]);
        }
        expect(event.value.errors).toBeUndefined();
        return event.value.data.dealEvents.deal.exhibitor;
      } finally {
        await events.return?.();
        await client.dispose();
      }
    };
    const phone = '+49 30 555 0199';
    expect(await firstEvent('ANALYST', 'CIIE-5/QH')).toMatchObject({
      contactPhone: KINDS.PhoneNumber!(phone),
      contactEmail: 's***@masking.example',
    });
    expect(await firstEvent('DELEGATION_OFFICE', 'CIIE-5/QH')).toMatchObject({
      contactPhone: phone,
      contactEmail: 'sales@masking.example',
    });
  });

  it('reads what each role may read: the checks above are not vacuous', async () => {
    // ANALYST sees the purchaser masked, the office in full: both read the same records
    const query = `query($id: ID!) { purchaser(id: $id) { contact { phone email } attendees { idNumber } } }`;
    const analyst = ok(await t.as('ANALYST', 'CIIE-5')(query, { id: ids.purchaser }), 'purchaser');
    const office = ok(
      await t.as('DELEGATION_OFFICE', 'CIIE-5/QH')(query, { id: ids.purchaser }),
      'purchaser',
    );
    expect(office.contact).toEqual({ phone: '0971-8123456', email: 'contact@buyer.example' });
    expect(analyst.contact).toEqual({ phone: '***3456', email: 'c***@buyer.example' });
    expect(analyst.attendees[0].idNumber).toMatch(/^\*{14}.{4}$/);
    expect(office.attendees[0].idNumber).toMatch(/^\d{17}[\dX]$/);
  });
});
