import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLList,
  GraphQLObjectType,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './lists/connection.js';
import { AppError, ErrorCode } from './errors.js';

export interface QueryLimits {
  /** Largest estimated cost of one operation. */
  maxComplexity: number;
  /** Deepest nesting of fields. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxComplexity: 50_000, maxDepth: 12 };

/** Items a plain (unpaged) list field is assumed to return, e.g. a delegation's sub-delegations. */
const ASSUMED_LIST_SIZE = 10;

/**
 * Cost of a field: 1, plus what it selects times how many rows it may return. A connection
 * counts `first`/`last` (or the default page size) rows; a plain list counts a few.
 */
const estimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  const size = (args.first ?? args.last) as number | undefined;
  const type = getNullableType(field.type);
  const named = getNamedType(field.type);
  if (size != null || (named instanceof GraphQLObjectType && named.name.endsWith('Connection'))) {
    return 1 + childComplexity * Math.max(1, size ?? DEFAULT_PAGE_SIZE);
  }
  if (type instanceof GraphQLList) return 1 + childComplexity * ASSUMED_LIST_SIZE;
  return 1 + childComplexity;
};

function depth(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, SelectionSetNode>,
  seen = new Set<string>(),
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depth(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depth(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      deepest = Math.max(deepest, depth(fragments.get(selection.name.value), fragments, seen));
      seen.delete(selection.name.value);
    }
  }
  return deepest;
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
  const found = depth(operation.selectionSet, fragments);
  if (found > limits.maxDepth) {
    throw new AppError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `Query is nested ${found} levels deep; the limit is ${limits.maxDepth}`,
      {
        depth: found,
        maxDepth: limits.maxDepth,
      },
    );
  }
  const complexity = getComplexity({
    schema,
    query: document,
    operationName: operation.name?.value,
    variables,
    estimators: [estimator],
  });
  if (complexity > limits.maxComplexity) {
    throw new AppError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `Query would cost ${complexity}, above the limit of ${limits.maxComplexity}: ask for smaller pages (first/last) or fewer nested lists`,
      { complexity, maxComplexity: limits.maxComplexity },
    );
  }
}

/** The limits as an Apollo Server plugin, checked once the operation is known. */
export function limitsPlugin(limits: QueryLimits = DEFAULT_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) {
            checkLimits(
              schema,
              document,
              operation as unknown as OperationDefinitionNode,
              request.variables,
              limits,
            );
          }
        },
      };
    },
  };
}
