import type { ApolloServerPlugin } from '@apollo/server';
import {
  coerceInputValue,
  getNullableType,
  GraphQLError,
  isInputObjectType,
  isInputType,
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
import { inspect } from 'graphql/jsutils/inspect.js';
import { printPathArray } from 'graphql/jsutils/printPathArray.js';
import { printForError } from 'graphql/language/printer.js';
import { valueFromAST } from 'graphql/utilities/valueFromAST.js';
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
 * graphql-js's variable coercion (`getVariableValues`: same checks, same messages, same error
 * limit), with `extensions.code` BAD_USER_INPUT and `extensions.field` on every error.
 */
export function coerceVariables(
  schema: GraphQLSchema,
  definitions: readonly VariableDefinitionNode[],
  inputs: Record<string, unknown>,
  maxErrors = 50,
): { coerced: Record<string, unknown>; errors?: undefined } | { errors: GraphQLError[] } {
  const errors: GraphQLError[] = [];
  const report = (error: GraphQLError) => {
    if (errors.length >= maxErrors) {
      throw inputError(
        'Too many errors processing variables, error limit reached. Execution aborted.',
        undefined,
      );
    }
    errors.push(error);
  };
  const coerced: Record<string, unknown> = {};
  try {
    for (const definition of definitions) {
      const name = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type);
      if (!isInputType(type)) {
        report(
          inputError(
            `Variable "$${name}" expected value of type "${printForError(definition.type)}" which cannot be used as an input type.`,
            name,
            definition.type,
          ),
        );
        continue;
      }
      if (!Object.prototype.hasOwnProperty.call(inputs, name)) {
        if (definition.defaultValue) {
          coerced[name] = valueFromAST(definition.defaultValue, type);
        } else if (isNonNullType(type)) {
          report(
            inputError(
              `Variable "$${name}" of required type "${inspect(type)}" was not provided.`,
              name,
              definition,
            ),
          );
        }
        continue;
      }
      const value = inputs[name];
      if (value === null && isNonNullType(type)) {
        report(
          inputError(
            `Variable "$${name}" of non-null type "${inspect(type)}" must not be null.`,
            name,
            definition,
          ),
        );
        continue;
      }
      // errors graphql-js reports at an input object's own path, counted by that path
      const atObject = new Map<string, number>();
      coerced[name] = coerceInputValue(value, type, (path, invalid, error) => {
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
        const where = path.length > 0 ? ` at "${name}${printPathArray(path)}"` : '';
        report(
          inputError(
            `Variable "$${name}" got invalid value ${inspect(invalid)}${where}; ${error.message}`,
            fieldPath(name, at),
            definition,
            error,
          ),
        );
      });
    }
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    errors.push(error);
  }
  return errors.length > 0 ? { errors } : { coerced };
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
