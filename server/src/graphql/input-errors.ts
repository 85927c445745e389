import type { ApolloServerPlugin } from '@apollo/server';
import {
  coerceInputValue,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type DocumentNode,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { ErrorCode } from './errors.js';

/**
 * Input errors that GraphQL itself finds (variables that do not coerce, literal arguments of the
 * wrong type) in the same form as the services' own: `extensions.code` BAD_USER_INPUT and
 * `extensions.field`, the input's path (`input.amount`, `input.attendees.0.name`; a variable's
 * name where the variable as a whole is at fault). Paths come from graphql-js's own coercion
 * (its `onError` path) and from the document's syntax tree, never from messages.
 */

/** `input.attendees.0.name`: a root (variable or argument name) and the path inside it. */
function fieldPath(root: string, path: readonly (string | number)[]): string {
  return [root, ...path].join('.');
}

function inputError(message: string, field: string | undefined, node?: ASTNode, original?: Error) {
  return new GraphQLError(message, {
    nodes: node,
    originalError: original,
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field !== undefined && { field }) },
  });
}

/** The input type found at `path` inside a value of `type` (a list may take one bare item). */
function typeAt(type: GraphQLInputType, path: readonly (string | number)[]): GraphQLInputType {
  let current = getNullableType(type) as GraphQLInputType;
  for (const segment of path) {
    while (isListType(current) && typeof segment === 'string') {
      current = getNullableType(current.ofType) as GraphQLInputType;
    }
    if (isListType(current)) current = getNullableType(current.ofType) as GraphQLInputType;
    else if (isInputObjectType(current) && typeof segment === 'string') {
      current = getNullableType(current.getFields()[segment]!.type) as GraphQLInputType;
    }
  }
  while (isListType(current)) current = getNullableType(current.ofType) as GraphQLInputType;
  return current;
}

/**
 * The fields an input object value has wrong by its shape, in the order graphql-js reports
 * them at the object's own path: required fields left out, then fields the type does not have.
 */
function shapeProblems(type: GraphQLInputObjectType, present: readonly string[]): string[] {
  const fields = type.getFields();
  const has = new Set(present);
  const missing = Object.values(fields)
    .filter((f) => !has.has(f.name) && f.defaultValue === undefined && isNonNullType(f.type))
    .map((f) => f.name);
  return [...missing, ...present.filter((name) => !fields[name])];
}

/**
 * The input path of each error that coercing `value` as `type` reports, in graphql-js's order
 * (its `coerceInputValue` `onError` path; an error an input object reports at its own path, for a
 * field left out or unknown, names that field).
 */
function coercionPaths(name: string, type: GraphQLInputType, value: unknown): string[] {
  const paths: string[] = [];
  // errors graphql-js reports at an input object's own path, counted by that path
  const atObject = new Map<string, number>();
  coerceInputValue(value, type, (path, invalid) => {
    let at = path;
    if (invalid !== null && typeof invalid === 'object' && !Array.isArray(invalid)) {
      const objectType = typeAt(type, path);
      if (isInputObjectType(objectType)) {
        const key = JSON.stringify(path);
        const seen = atObject.get(key) ?? 0;
        atObject.set(key, seen + 1);
        const field = shapeProblems(objectType, Object.keys(invalid))[seen];
        if (field !== undefined) at = [...path, field];
      }
    }
    paths.push(fieldPath(name, at));
  });
  return paths;
}

/**
 * graphql-js's own variable coercion (`getVariableValues`: its checks, messages and error
 * limit), with `extensions.code` BAD_USER_INPUT and `extensions.field` on every error: the
 * variable's name, or for a value that does not coerce the input path inside it, found by
 * coercing that variable again (only when it failed) with the path graphql-js reports.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  inputs: Record<string, unknown>,
  maxErrors = 50,
): { coerced: Record<string, unknown>; errors?: undefined } | { errors: GraphQLError[] } {
  const result = getVariableValues(schema, definitions, inputs, { maxErrors });
  if (!result.errors) return { coerced: result.coerced };
  // per failing variable: the paths of its coercion errors, taken in order
  const paths = new Map<VariableDefinitionNode, string[]>();
  const errors = result.errors.map((error) => {
    const node = error.nodes?.[0];
    // a variable's definition, or the type node of one whose type is not an input type
    const definition = definitions.find((d) => d === node || d.type === node);
    if (!definition) return inputError(error.message, undefined, node, error.originalError);
    const name = definition.variable.name.value;
    let field = name;
    if (error.originalError) {
      let left = paths.get(definition);
      if (!left) {
        const type = typeFromAST(schema, definition.type) as GraphQLInputType;
        left = coercionPaths(name, type, inputs[name]);
        paths.set(definition, left);
      }
      field = left.shift() ?? name;
    }
    return inputError(error.message, field, node, error.originalError);
  });
  return { errors };
}

/**
 * The input path of each literal value in `document` that a validation error names: the
 * argument (or variable, for a default value) it is written in, then object fields and list
 * indexes. An input object with required fields left out names them, in the order graphql-js
 * reports them.
 */
function literalPaths(schema: GraphQLSchema, document: DocumentNode, wanted: Set<ASTNode>) {
  const found = new Map<ASTNode, string[]>();
  const typeInfo = new TypeInfo(schema);
  const path: (string | number)[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      enter(node, _key, parent) {
        if (node.kind === Kind.ARGUMENT) path.push(node.name.value);
        else if (node.kind === Kind.VARIABLE_DEFINITION) path.push(node.variable.name.value);
        else if (node.kind === Kind.OBJECT_FIELD) path.push(node.name.value);
        else if (Array.isArray(parent) && path.length > 0 && isValue(node)) {
          path.push(parent.indexOf(node));
        }
        if (!wanted.has(node)) return;
        const type = getNullableType(typeInfo.getInputType() ?? undefined);
        if (node.kind === Kind.OBJECT && isInputObjectType(type)) {
          const present = node.fields.map((f) => f.name.value);
          const missing = shapeProblems(type, present).filter((f) => !present.includes(f));
          const here = path.slice(1);
          found.set(
            node,
            missing.length > 0
              ? missing.map((f) => fieldPath(String(path[0]), [...here, f]))
              : [fieldPath(String(path[0]), here)],
          );
        } else {
          found.set(node, [fieldPath(String(path[0]), path.slice(1))]);
        }
      },
      leave(node, _key, parent) {
        if (
          node.kind === Kind.ARGUMENT ||
          node.kind === Kind.VARIABLE_DEFINITION ||
          node.kind === Kind.OBJECT_FIELD ||
          (Array.isArray(parent) && path.length > 0 && isValue(node))
        ) {
          path.pop();
        }
      },
    }),
  );
  return found;
}

/** A value node: list items are the only values directly inside an array of the syntax tree. */
function isValue(node: ASTNode): boolean {
  return (
    node.kind === Kind.OBJECT ||
    node.kind === Kind.LIST ||
    node.kind === Kind.STRING ||
    node.kind === Kind.INT ||
    node.kind === Kind.FLOAT ||
    node.kind === Kind.BOOLEAN ||
    node.kind === Kind.ENUM ||
    node.kind === Kind.NULL ||
    node.kind === Kind.VARIABLE
  );
}

/**
 * Validation errors about a literal input value (graphql-js's ValuesOfCorrectType: a value of
 * the wrong type, a field left out or unknown) get `extensions.field`. Apollo gives every
 * validation error the code GRAPHQL_VALIDATION_FAILED; the error formatter answers those that
 * have a `field` as BAD_USER_INPUT, like the same value sent in a variable (ops/errors.ts).
 */
export function inputErrorsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ schema, document }) {
          return async (errors?: readonly Error[]) => {
            if (!errors?.length) return;
            const literal = errors.filter((e): e is GraphQLError => {
              if (!(e instanceof GraphQLError)) return false;
              const node = e.nodes?.length === 1 ? e.nodes[0] : undefined;
              return node !== undefined && (isValue(node) || node.kind === Kind.OBJECT_FIELD);
            });
            if (literal.length === 0) return;
            const paths = literalPaths(schema, document, new Set(literal.map((e) => e.nodes![0]!)));
            const taken = new Map<ASTNode, number>();
            for (const error of literal) {
              const node = error.nodes![0]!;
              const candidates = paths.get(node);
              if (!candidates?.length) continue;
              const seen = taken.get(node) ?? 0;
              taken.set(node, seen + 1);
              const field = candidates[Math.min(seen, candidates.length - 1)]!;
              Object.assign(error.extensions, { field });
            }
          };
        },
      };
    },
  };
}
