import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  getNullableType,
  GraphQLList,
  GraphQLObjectType,
  Kind,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './lists/connection.js';
import { AppError, ErrorCode } from './errors.js';
import { msg } from '../i18n/message.js';

export interface QueryLimits {
  /** Largest estimated cost of one operation. */
  maxComplexity: number;
  /** Deepest nesting of fields. */
  maxDepth: number;
  /** Most aliased fields in one document (aliases multiply work past what the cost sees). */
  maxAliases: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxComplexity: 50_000, maxDepth: 12, maxAliases: 50 };

/** Refused before anything runs, like a document that does not validate (Apollo's default: 500). */
const BAD_REQUEST = { status: 400 };

/** Longest document, in lexical tokens: parsing stops past it (GRAPHQL_PARSE_FAILED). */
export const MAX_TOKENS = 10_000;

function aliases(document: DocumentNode): number {
  let found = 0;
  visit(document, {
    Field(node) {
      if (node.alias) found += 1;
    },
  });
  return found;
}

/** Items a plain (unpaged) list field is assumed to return, e.g. a delegation's sub-delegations. */
const ASSUMED_LIST_SIZE = 10;

/**
 * Cost of a field: 1, plus what it selects times how many rows it may return. A connection
 * counts `first`/`last` (or the default page size) rows; a plain list counts a few.
 */
const estimator: ComplexityEstimator = ({ args, field, type: parent, childComplexity }) => {
  // introspection is bounded by its own rules (see checkIntrospection)
  if (field.name.startsWith('__') || parent.name.startsWith('__')) return 0;
  // the connection field already counted its page size: its nodes and edges are that page
  if (parent.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges')) {
    return childComplexity;
  }
  const size = (args.first ?? args.last) as number | undefined;
  const type = getNullableType(field.type);
  const named = getNamedType(field.type);
  if (size != null || (named instanceof GraphQLObjectType && named.name.endsWith('Connection'))) {
    return 1 + childComplexity * Math.max(1, size ?? DEFAULT_PAGE_SIZE);
  }
  if (type instanceof GraphQLList) return 1 + childComplexity * ASSUMED_LIST_SIZE;
  return 1 + childComplexity;
};

/** Introspection fields that return lists: nesting them multiplies the answer. */
const INTROSPECTION_LISTS = new Set([
  'types',
  'fields',
  'inputFields',
  'interfaces',
  'possibleTypes',
  'enumValues',
  'args',
  'directives',
]);

/** Deepest nesting of an introspection selection, and of its list fields. */
const MAX_INTROSPECTION_DEPTH = 20;
const MAX_INTROSPECTION_LISTS = 3;

/**
 * Deepest nesting of fields below a selection set. `__schema` and `__type` are left out and
 * collected in `introspection`, which has rules of its own: clients' standard introspection
 * query (GraphiQL's, codegen's) is deeper than any operation, but its shape is fixed.
 */
function depth(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, SelectionSetNode>,
  introspection?: FieldNode[],
  seen = new Set<string>(),
  countLists = false,
): { depth: number; lists: number } {
  let deepest = { depth: 0, lists: 0 };
  if (!selectionSet) return deepest;
  const deeper = (found: { depth: number; lists: number }) => {
    deepest = {
      depth: Math.max(deepest.depth, found.depth),
      lists: Math.max(deepest.lists, found.lists),
    };
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (introspection && (name === '__schema' || name === '__type')) {
        introspection.push(selection);
        continue;
      }
      const below = depth(selection.selectionSet, fragments, introspection, seen, countLists);
      deeper({
        depth: 1 + below.depth,
        lists: below.lists + (countLists && INTROSPECTION_LISTS.has(name) ? 1 : 0),
      });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deeper(depth(selection.selectionSet, fragments, introspection, seen, countLists));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      deeper(
        depth(fragments.get(selection.name.value), fragments, introspection, seen, countLists),
      );
      seen.delete(selection.name.value);
    }
  }
  return deepest;
}

function checkIntrospection(fields: FieldNode[], fragments: Map<string, SelectionSetNode>): void {
  for (const field of fields) {
    const below = depth(field.selectionSet, fragments, undefined, new Set(), true);
    if (1 + below.depth > MAX_INTROSPECTION_DEPTH || below.lists > MAX_INTROSPECTION_LISTS) {
      throw new AppError(
        ErrorCode.QUERY_TOO_COMPLEX,
        msg`Introspection nested ${1 + below.depth} levels deep with ${below.lists} nested lists; the limits are ${MAX_INTROSPECTION_DEPTH} and ${MAX_INTROSPECTION_LISTS}`,
        { http: BAD_REQUEST },
      );
    }
  }
}

/** Refuses an operation too deep or too costly before anything runs (QUERY_TOO_COMPLEX). */
export function checkLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: QueryLimits,
): void {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const aliased = aliases(document);
  if (aliased > limits.maxAliases) {
    throw new AppError(
      ErrorCode.QUERY_TOO_COMPLEX,
      msg`Query has ${aliased} aliased fields; the limit is ${limits.maxAliases}`,
      { aliases: aliased, maxAliases: limits.maxAliases, http: BAD_REQUEST },
    );
  }
  const introspection: FieldNode[] = [];
  const found = depth(operation.selectionSet, fragments, introspection).depth;
  checkIntrospection(introspection, fragments);
  if (found > limits.maxDepth) {
    throw new AppError(
      ErrorCode.QUERY_TOO_COMPLEX,
      msg`Query is nested ${found} levels deep; the limit is ${limits.maxDepth}`,
      { depth: found, maxDepth: limits.maxDepth, http: BAD_REQUEST },
    );
  }
  let complexity: number;
  try {
    complexity = getComplexity({
      schema,
      query: document,
      operationName: operation.name?.value,
      variables,
      estimators: [estimator],
    });
  } catch (error) {
    // variables that do not coerce: execution refuses them as BAD_USER_INPUT before running
    if (error instanceof GraphQLError) return;
    throw error;
  }
  if (complexity > limits.maxComplexity) {
    throw new AppError(
      ErrorCode.QUERY_TOO_COMPLEX,
      msg`Query would cost ${complexity}, above the limit of ${limits.maxComplexity}: ask for smaller pages (first/last) or fewer nested lists`,
      { complexity, maxComplexity: limits.maxComplexity, http: BAD_REQUEST },
    );
  }
}

const costVariablesOf = new WeakMap<DocumentNode, string[]>();

/**
 * The variables a document's verdict depends on: those given as a page size (`first`, `last`:
 * the estimator's only arguments) or to `@skip`/`@include` (a skipped field costs nothing).
 * Depth and aliases do not depend on variables at all.
 */
function costVariables(document: DocumentNode): string[] {
  let names = costVariablesOf.get(document);
  if (!names) {
    const found = new Set<string>();
    const collect = (args: readonly ArgumentNode[] | undefined, counted: readonly string[]) => {
      for (const arg of args ?? []) {
        if (!counted.includes(arg.name.value)) continue;
        visit(arg.value, {
          Variable(variable) {
            found.add(variable.name.value);
          },
        });
      }
    };
    visit(document, {
      Field(node) {
        collect(node.arguments, ['first', 'last']);
      },
      Directive(node) {
        if (node.name.value === 'skip' || node.name.value === 'include') {
          collect(node.arguments, ['if']);
        }
      },
    });
    costVariablesOf.set(document, (names = [...found].sort()));
  }
  return names;
}

/** Verdicts kept per parsed document (Apollo keeps parsed documents by query text). */
const MAX_VERDICTS_PER_DOCUMENT = 32;
/** Variables longer than this as JSON are checked every time rather than kept as a key. */
const MAX_VERDICT_KEY = 2_000;

/**
 * The limits as an Apollo Server plugin, checked once the operation is known. The verdict for a
 * document, operation and variables is kept: a dashboard or SDK sends the same few operations
 * with the same few variables over and over, and the cost walk is as dear as a small query.
 */
export function limitsPlugin(limits: QueryLimits = DEFAULT_LIMITS): ApolloServerPlugin {
  const verdicts = new WeakMap<DocumentNode, Map<string, AppError | null>>();
  const check = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
  ) => {
    // keyed by the variables the verdict depends on: a mutation's input, a filter or a cursor
    // that changes with every request leaves the verdict as it was
    const key = `${operation.name?.value ?? ''}:${JSON.stringify(
      costVariables(document).map((name) => variables?.[name] ?? null),
    )}`;
    let kept = verdicts.get(document);
    const known = key.length <= MAX_VERDICT_KEY ? kept?.get(key) : undefined;
    if (known !== undefined) {
      // a fresh error each time: Apollo and our plugins annotate the errors they are given
      if (known)
        throw new AppError(known.extensions.code as ErrorCode, known.text, known.extensions);
      return;
    }
    let verdict: AppError | null = null;
    try {
      checkLimits(schema, document, operation, variables, limits);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      verdict = error;
    }
    if (key.length <= MAX_VERDICT_KEY) {
      if (!kept) verdicts.set(document, (kept = new Map()));
      if (kept.size < MAX_VERDICTS_PER_DOCUMENT) kept.set(key, verdict);
    }
    if (verdict) throw verdict;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation?.operation === 'subscription') {
            throw new AppError(
              ErrorCode.BAD_USER_INPUT,
              msg`Subscriptions are served over WebSocket (graphql-transport-ws) at this same URL, not over HTTP`,
              { http: { status: 400 } },
            );
          }
          if (operation) {
            check(
              schema,
              document,
              operation as unknown as OperationDefinitionNode,
              request.variables,
            );
          }
        },
      };
    },
  };
}
