import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getNamedType,
  GraphQLError,
  GraphQLInputObjectType,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type NamedTypeNode,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { coerceVariables } from './input-errors.js';

/**
 * The variables with the document's default for each one left out, as a client would have sent
 * it: graphql-jit refuses `$first: Int! = 20` left out as "not provided", where graphql-js (and
 * the spec) take the default.
 */
function withDefaults(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  let filled = variables;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.defaultValue && variables[name] === undefined) {
      if (filled === variables) filled = { ...variables };
      filled[name] = valueFromASTUntyped(definition.defaultValue);
    }
  }
  return filled;
}

/** Compiled operations kept per parsed document (Apollo keeps parsed documents by query text). */
const MAX_OPERATIONS_PER_DOCUMENT = 8;

/** graphql-jit's errors as graphql-js makes them (Apollo reads their `extensions`). */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  const made = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    ...(!original && error.extensions ? { extensions: error.extensions } : {}),
  });
  if (error.locations) {
    Object.defineProperty(made, 'locations', { value: error.locations, enumerable: true });
  }
  return made;
}

function normalised(result: ExecutionResult): ExecutionResult {
  return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
}

/**
 * Queries and mutations run as JavaScript compiled once per operation by graphql-jit (same
 * resolvers, same results as graphql-js, without its per-field interpretation). Handed to
 * Apollo Server through its documented executor hook (the gateway interface): Apollo still
 * parses, validates, runs every plugin and formats the errors. Subscriptions are served by
 * graphql-ws with graphql-js.
 */
/**
 * Whether graphql-jit may compile an operation: it builds code for the input types of the
 * variables, and a recursive input type (list filters: `and`, `or`, `not`, relation filters)
 * makes that code explode; such operations, and any it fails to compile, run on graphql-js.
 */
function compilable(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  const recursive = (type: GraphQLInputObjectType, path: Set<string>): boolean => {
    if (path.has(type.name)) return true;
    path.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (named instanceof GraphQLInputObjectType && recursive(named, path)) return true;
    }
    path.delete(type.name);
    return false;
  };
  return (operation.variableDefinitions ?? []).every((definition) => {
    const type = typeFromAST(schema, definition.type as NamedTypeNode);
    const named = type && getNamedType(type);
    return !(named instanceof GraphQLInputObjectType) || !recursive(named, new Set());
  });
}

/** Which executor ran an operation: graphql-js, or its graphql-jit compilation. */
export type Executor = 'graphql-js' | 'compiled';

/**
 * `compileAfterRuns`: a document is compiled once it has run this many times on graphql-js
 * (compiling costs more than running once; an ad-hoc query, or a stream of distinct hostile
 * ones, is better served by graphql-js).
 */
export function compiledExecution(
  schema: GraphQLSchema,
  compileAfterRuns: number,
  observe: (executor: Executor) => void = () => undefined,
): GatewayInterface {
  // per parsed document: how often it ran, and its operations, compiled (null: not compilable)
  const documents = new WeakMap<
    DocumentNode,
    { runs: number; operations: Map<string, CompiledQuery | null> }
  >();
  const executor: GatewayExecutor = async (request) => {
    const { document, operation } = request;
    let known = documents.get(document);
    if (!known) {
      known = { runs: 0, operations: new Map() };
      documents.set(document, known);
    }
    const name = request.operationName ?? '';
    let query = known.operations.get(name);
    if (query === undefined && known.runs >= compileAfterRuns) {
      query = null;
      if (known.operations.size < MAX_OPERATIONS_PER_DOCUMENT && compilable(schema, operation)) {
        try {
          const made = compileQuery(schema, document, request.operationName ?? undefined, {
            disablingCapturingStackErrors: true,
          });
          if (isCompiledQuery(made)) query = made;
        } catch {
          // left to graphql-js
        }
        known.operations.set(name, query);
      }
    }
    known.runs += 1;
    observe(query ? 'compiled' : 'graphql-js');
    // variables are coerced first, as graphql-js does (same checks and messages), so that a bad
    // variable is refused alike on both paths, with its code and input path (input-errors.ts)
    const coerced = coerceVariables(
      schema,
      operation.variableDefinitions ?? [],
      request.request.variables ?? {},
    );
    if (coerced.errors) return { errors: coerced.errors };
    if (!query) {
      return execute({
        schema,
        document,
        contextValue: request.context,
        variableValues: request.request.variables ?? {},
        operationName: request.operationName,
      });
    }
    return normalised(
      await query.query(
        undefined,
        request.context,
        withDefaults(operation, request.request.variables ?? {}),
      ),
    );
  };
  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
