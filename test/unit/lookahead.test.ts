import { readFileSync } from 'node:fs';
import {
  buildSchema,
  execute,
  type GraphQLObjectType,
  parse,
  validate,
  type GraphQLResolveInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  conditionsKey,
  connectionSelectionIn,
  fieldsIn,
  selectedIn,
} from '../../server/src/graphql/lookahead.js';

// The look-ahead collects what graphql-js executes: for each document, each object type under
// `node(id)` and each value of the variables, the fields it collects below `node` are the
// fields graphql-js resolves there, in the same order.

// every type nullable: a field resolving to null does not stop graphql-js resolving its siblings
const schema = buildSchema(
  readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8').replace(/!/g, ''),
);

/**
 * Runs `document` on graphql-js with `node` resolving to an object of `typename` (every field
 * below it to null): the response keys graphql-js collects on that object, in order, and the
 * resolve info of `node`.
 */
function executed(
  document: string,
  typename: string,
  variableValues: Record<string, unknown>,
): { keys: string[]; info: GraphQLResolveInfo } {
  const ast = parse(document);
  expect(validate(schema, ast)).toEqual([]);
  let node: GraphQLResolveInfo | undefined;
  const result = execute({
    schema,
    document: ast,
    variableValues,
    fieldResolver: (_source, _args, _context, info) => {
      if (info.path.prev === undefined) {
        node = info;
        return { __typename: typename };
      }
      return null;
    },
  });
  expect(result).not.toBeInstanceOf(Promise);
  const data = (result as { data: { node: Record<string, unknown> } }).data;
  return { keys: Object.keys(data.node), info: node! };
}

const sets = (info: GraphQLResolveInfo) => info.fieldNodes.map((n) => n.selectionSet);

const DOCUMENTS = [
  // type conditions: the type itself, an interface it implements, another type, none
  `query { node(id: "1") { id
      ... on Deal { amountUsd purchaser { id } }
      ... on Purchaser { status deals(first: 1) { totalCount } }
      ... on Node { __typename }
      ... { kind: __typename } } }`,
  // named fragments on each, spread twice and nested; one key, another field on each type
  `query { node(id: "1") { ...D ...P ...D ... on Node { ...P ...N } } }
   fragment D on Deal { id x: purchaser { id } goods }
   fragment P on Purchaser { id x: organisation { id } status }
   fragment N on Node { id }`,
  // @skip/@include on fields, inline fragments and spreads, from variables and literals
  `query($a: Boolean!, $b: Boolean = false) { node(id: "1") {
      id @skip(if: $a)
      ... on Deal @include(if: $a) { amountUsd goods @skip(if: $b) }
      ... on Purchaser @skip(if: $b) { status @include(if: $a) category }
      ...P @include(if: $b)
      ...D @skip(if: true)
      createdAt: __typename @include(if: false) } }
   fragment P on Purchaser { organisation { id } }
   fragment D on Deal { currency }`,
  // a spread left out does not use up its fragment; one taken does
  `query($a: Boolean!) { node(id: "1") {
      ...D @include(if: $a) ...D @skip(if: $a) ...D @include(if: false)
      ...P @skip(if: true) ...P } }
   fragment D on Deal { goods }
   fragment P on Purchaser { status }`,
];

describe('the look-ahead collects fields as graphql-js executes them', () => {
  it('for every document, object type under node(id) and value of the variables', () => {
    let compared = 0;
    for (const document of DOCUMENTS) {
      for (const typename of ['Deal', 'Purchaser', 'Exhibitor']) {
        for (const a of [true, false]) {
          for (const b of [true, false]) {
            const { keys, info } = executed(document, typename, { a, b });
            const type = schema.getType(typename) as GraphQLObjectType;
            const byKey = fieldsIn(sets(info), info, typename);
            expect([...byKey.keys()]).toEqual(keys);
            // by schema type as by name
            expect([...fieldsIn(sets(info), info, type).keys()]).toEqual(keys);
            // by field name, aliases merged
            const names = [...new Set([...byKey.values()].map((nodes) => nodes[0]!.name.value))];
            expect([...selectedIn(sets(info), info, typename).keys()]).toEqual(names);
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBe(DOCUMENTS.length * 3 * 4);
  });

  it('takes every fragment where the type is unknown or abstract, and every condition on a variable without a value as met (reads more, never less)', () => {
    const { info } = executed(DOCUMENTS[0]!, 'Deal', {});
    const all = ['id', 'amountUsd', 'purchaser', 'status', 'deals', '__typename'];
    expect([...selectedIn(sets(info), info).keys()]).toEqual(all);
    expect([...selectedIn(sets(info), info, 'Node').keys()]).toEqual(all);
    const { info: conditional } = executed(DOCUMENTS[2]!, 'Deal', { a: true, b: true });
    const without = { fragments: conditional.fragments, schema };
    expect([...selectedIn(sets(conditional), without, 'Deal').keys()]).toEqual([
      'id',
      'amountUsd',
      'goods',
    ]);
  });

  it('keeps the sub-selections of each field taken, once per fragment', () => {
    const { info } = executed(DOCUMENTS[1]!, 'Deal', {});
    const selected = selectedIn(sets(info), info, 'Deal');
    // D spread twice (and P not on a Deal): one `purchaser { id }`
    expect(selected.get('purchaser')).toHaveLength(1);
    expect(selected.has('organisation')).toBe(false);
  });

  it('reads a connection through nodes and edges, with its conditions', () => {
    const document = `query($a: Boolean!) { node(id: "1") { ... on Purchaser {
        deals(first: 2) { totalCount @include(if: $a)
          edges @skip(if: $a) { cursor node { goods } }
          nodes { ... on Deal { amountUsd } ... on Node @include(if: $a) { id } } } } } }`;
    for (const a of [true, false]) {
      const { info } = executed(document, 'Purchaser', { a });
      const deals = selectedIn(sets(info), info, 'Purchaser').get('deals')!;
      const connection = connectionSelectionIn(deals, info, 'Deal');
      expect(connection.totalCount).toBe(a);
      expect(connection.cursors).toBe(!a);
      expect([...connection.nodes.keys()]).toEqual(
        a ? ['amountUsd', 'id'] : ['amountUsd', 'goods'],
      );
    }
  });

  it('keys a kept look-ahead by the values of the variables its conditions read, and only those', () => {
    const document = `query($id: ID!, $b: Boolean = false, $n: Int) {
        node(id: $id) { ... on Purchaser { deals(first: $n) { totalCount } ...P } } }
      fragment P on Purchaser { status @include(if: $b) }`;
    const key = (variables: Record<string, unknown>) =>
      conditionsKey(executed(document, 'Purchaser', variables).info);
    // $id and $n are arguments, read by no condition: they do not change what is selected
    expect(key({ id: '1', b: true, n: 1 })).toBe(key({ id: '2', b: true, n: 2 }));
    expect(key({ id: '1', b: true })).not.toBe(key({ id: '1', b: false }));
    // a default is a value like any other
    expect(key({ id: '1' })).toBe(key({ id: '1', b: false }));
    expect(conditionsKey(executed(DOCUMENTS[0]!, 'Deal', {}).info)).toBe('');
  });
});
