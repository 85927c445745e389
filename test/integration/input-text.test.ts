import { randomUUID } from 'node:crypto';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  GraphQLInputObjectType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { createSchema } from '../../server/src/graphql/schema.js';
import { NAME_TEXT } from '../../server/src/graphql/text.js';
import { useTestServer } from '../helpers/server.js';
import { failure, ok, seeded, tradePurchaser } from '../helpers/trade.js';

/**
 * Every text input of every mutation, found by introspection: text is kept in Unicode NFC
 * without invisible characters at its ends, and a name (a required String, or an optional one
 * marked as a name) that shows nothing is refused with BAD_USER_INPUT at its path, writing
 * nothing.
 */

/** Nothing to see: spaces, zero-width spaces and joiners, a BOM, a soft hyphen, a filler. */
const INVISIBLE = ' \u200b\u200c\u200d\u2060\ufeff\u00ad\u3164\t ';

/** One String position of a mutation: the argument, then fields and list indexes. */
interface TextInput {
  mutation: GraphQLField<unknown, unknown>;
  path: (string | number)[];
  /** Required (non-null), or marked as a name on the server. */
  name: boolean;
}

/** The input fields the server marks as names (optional ones: required ones need no mark). */
async function markedNames(): Promise<Set<string>> {
  const marked = new Set<string>();
  for (const type of Object.values((await createSchema()).getTypeMap())) {
    if (!(type instanceof GraphQLInputObjectType)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.extensions[NAME_TEXT] === true) marked.add(`${type.name}.${field.name}`);
    }
  }
  return marked;
}

function textInputs(schema: GraphQLSchema, marked: Set<string>): TextInput[] {
  const found: TextInput[] = [];
  const walk = (
    mutation: GraphQLField<unknown, unknown>,
    type: GraphQLInputType,
    path: (string | number)[],
    name: boolean,
    seen: Set<string>,
  ) => {
    if (isNonNullType(type)) return walk(mutation, type.ofType, path, true, seen);
    if (isListType(type)) return walk(mutation, type.ofType, [...path, 0], false, seen);
    if (isInputObjectType(type)) {
      if (seen.has(type.name)) return;
      for (const field of Object.values(type.getFields())) {
        walk(
          mutation,
          field.type,
          [...path, field.name],
          marked.has(`${type.name}.${field.name}`),
          new Set([...seen, type.name]),
        );
      }
      return;
    }
    if (isScalarType(type) && type.name === 'String') found.push({ mutation, path, name });
  };
  for (const mutation of Object.values(schema.getMutationType()!.getFields())) {
    for (const arg of mutation.args) walk(mutation, arg.type, [arg.name], false, new Set());
  }
  return found;
}

/**
 * A value of `type` that GraphQL accepts (required fields only), with `text` at `path`: the
 * shape is right, the content means nothing (an ID of no record).
 */
function valueOf(type: GraphQLInputType, path: (string | number)[], text: string): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, path, text);
  if (isListType(type)) return [valueOf(type.ofType, path.slice(1), text)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (field.name === path[0]) value[field.name] = valueOf(field.type, path.slice(1), text);
      else if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = valueOf(field.type, [], 'x');
      }
    }
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0]!.name;
  switch (type.name) {
    case 'String':
      return text;
    case 'ID':
      return toGlobalId('Nope', randomUUID());
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Decimal':
      return '1';
    case 'Date':
      return '2022-11-05';
    case 'DateTime':
      return '2022-11-05T08:00:00Z';
    default:
      throw new Error(`no sample value of ${type.name}`);
  }
}

/** `mutation($a: T!, …) { field(a: $a, …) { __typename } }` and its variables, `text` at `path`. */
function requestFor(input: TextInput, text: string) {
  const { mutation, path } = input;
  const args = mutation.args.filter((a) => a.name === path[0] || isNonNullType(a.type));
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(mutation.type);
  const selection = 'getFields' in named ? ' { __typename }' : '';
  const query = `mutation(${declared}) { ${mutation.name}(${passed})${selection} }`;
  const variables = Object.fromEntries(
    args.map((a) => [
      a.name,
      valueOf(a.type, a.name === path[0] ? path.slice(1) : [], a.name === path[0] ? text : 'x'),
    ]),
  );
  return { query, variables };
}

describe('text inputs of every mutation', () => {
  const t = useTestServer();
  let schema: GraphQLSchema;
  let inputs: TextInput[];
  let tables: string[];
  const admin = () => t.as('ADMIN');

  /** Every table's row count and content hash: any insert, update or delete changes it. */
  const fingerprint = async (): Promise<string> => {
    const { rows } = await t.sql.query(
      tables
        .map(
          (name) =>
            `select '${name}' as t, count(*)::int as n, coalesce(sum(hashtext(x::text)::bigint), 0)::text as h from "${name}" x`,
        )
        .join(' union all '),
    );
    return JSON.stringify(rows);
  };

  beforeAll(async () => {
    const introspection = await admin()(getIntrospectionQuery());
    schema = buildClientSchema(introspection.body.data);
    inputs = textInputs(schema, await markedNames());
    tables = (
      await t.sql.query(
        `select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations' order by 1`,
      )
    ).rows.map((r) => r.tablename);
  });

  it('finds the text inputs, and every field that names something is a name', () => {
    expect(inputs.length).toBeGreaterThan(50);
    const paths = inputs.map((i) => `${i.mutation.name}:${i.path.join('.')}`);
    // a few known ones, so that the walk cannot quietly find nothing of a kind
    expect(paths).toEqual(
      expect.arrayContaining([
        'createOrganisation:input.nameZh',
        'registerPurchaser:input.attendees.0.name',
        'setExchangeRate:currency',
        'importExhibitors:csv',
      ]),
    );
    // a field called a name or a title is a name, whether required or not
    const unnamed = inputs
      .filter((i) => /name|title/i.test(String(i.path.at(-1))) && !i.name)
      .map((i) => `${i.mutation.name}:${i.path.join('.')}`);
    expect(unnamed).toEqual([]);
  });

  it(
    'refuses a name that shows nothing at its path, and writes nothing; other text is let through',
    { timeout: 120_000 },
    async () => {
      const wrong: string[] = [];
      for (const input of inputs) {
        const field = input.path.join('.');
        const where = `${input.mutation.name}:${field}`;
        const { query, variables } = requestFor(input, INVISIBLE);
        const before = await fingerprint();
        const response = await admin()(query, variables);
        const errors = response.body.errors ?? [];
        const refusal = errors.find(
          (e: any) => e.extensions?.field === field && /visible character/.test(e.message),
        );
        if (input.name) {
          if (response.status !== 200 || response.body.data !== null) {
            wrong.push(`${where}: answered ${response.status} ${JSON.stringify(response.body)}`);
          } else if (errors.length !== 1 || !refusal) {
            wrong.push(`${where}: ${JSON.stringify(errors)}`);
          } else if (refusal.extensions.code !== 'BAD_USER_INPUT') {
            wrong.push(`${where}: code ${refusal.extensions.code}`);
          } else if ((await fingerprint()) !== before) {
            wrong.push(`${where}: wrote`);
          }
        } else if (refusal) {
          wrong.push(`${where}: refused, though not a name`);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it('refuses it alike when the name is written in the document', async () => {
    const response = await admin()(
      `mutation { createOrganisation(input: { kind: ENTERPRISE, nameZh: "\\u200b\\u200b " }) { id } }`,
    );
    expect(response.body.data).toBeNull();
    expect(failure(response).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.nameZh',
    });
  });

  it('keeps text in NFC without invisible ends, in every text column of every table', async () => {
    const ids = await seeded(t.sql);
    const buyer = await tradePurchaser(t.sql, { key: 'TEXT_BUYER', subDelegation: 'ECOLOGY' });
    // decomposed (NFD) text inside invisible ends, as a pasting user sends it
    const raw = (text: string) => `\u200b ${text.normalize('NFD')} \ufeff\n`;
    const organisation = ok(
      await admin()(
        `mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { nameZh nameEn } }`,
        { i: { kind: 'ENTERPRISE', nameZh: raw('青海 Café 公司'), nameEn: raw('Café Ltd') } },
      ),
    ).createOrganisation;
    expect(organisation).toEqual({ nameZh: '青海 Café 公司', nameEn: 'Café Ltd' });
    const bureau = t.as('EXPO_BUREAU', 'CIIE-5');
    const exhibitor = ok(
      await bureau(
        `mutation($i: CreateExhibitorInput!) { createExhibitor(input: $i) { id version nameEn nameZh country booth products contactName } }`,
        {
          i: {
            expoId: ids.expo,
            exhibitionAreaId: ids.area.CONSUMER_GOODS,
            nameEn: raw('Crème Brûlée SA'),
            nameZh: raw('焦糖布丁'),
            country: raw('FR'),
            booth: raw('5.1B-É2'),
            products: raw('crème, pâté'),
            contactName: raw('Zoë Müller'),
            contactEmail: raw('zoe@example.fr'),
            contactPhone: raw('+33 1 23 45 67 89'),
          },
        },
      ),
    ).createExhibitor;
    expect(exhibitor).toMatchObject({
      nameEn: 'Crème Brûlée SA',
      nameZh: '焦糖布丁',
      country: 'FR',
      booth: '5.1B-É2',
      products: 'crème, pâté',
      contactName: 'Zoë Müller',
    });
    // invisible-only optional text that is no name: nothing to keep
    const updated = ok(
      await bureau(
        `mutation($i: UpdateExhibitorInput!) { updateExhibitor(input: $i) { booth products nameEn } }`,
        {
          i: {
            id: exhibitor.id,
            version: exhibitor.version,
            booth: INVISIBLE,
            nameEn: raw('Crème Brûlée Société'),
          },
        },
      ),
    ).updateExhibitor;
    expect(updated).toMatchObject({ booth: null, nameEn: 'Crème Brûlée Société' });
    const deal = ok(
      await t.as('DELEGATION_OFFICE', 'CIIE-5/QH')(
        `mutation($i: RecordDealInput!) { recordDeal(input: $i) { goods currency } }`,
        {
          i: {
            purchaserId: buyer.gid,
            exhibitorId: exhibitor.id,
            goods: raw('Crème fraîche, 20 t'),
            amount: '100.00',
            currency: raw('eur'),
            usdRate: '1.1',
          },
        },
      ),
    ).recordDeal;
    expect(deal).toEqual({ goods: 'Crème fraîche, 20 t', currency: 'EUR' });

    // nothing stored anywhere is out of NFC or has invisible ends
    const { rows: columns } = await t.sql.query(
      `select table_name as t, column_name as c from information_schema.columns
       where table_schema = 'public' and data_type in ('text', 'character varying')`,
    );
    expect(columns.length).toBeGreaterThan(20);
    const edge = '[[:space:]\\u200b\\u200c\\u200d\\u2060\\ufeff\\u00ad\\u3164]';
    const bad: string[] = [];
    for (const { t: table, c: column } of columns) {
      const { rows } = await t.sql.query(
        `select "${column}" as v from "${table}"
         where "${column}" is not nfc normalized or "${column}" ~ '^${edge}|${edge}$' limit 3`,
      );
      for (const { v } of rows) bad.push(`${table}.${column}: ${JSON.stringify(v)}`);
    }
    expect(bad).toEqual([]);
  });
});
