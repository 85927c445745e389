import {
  GraphQLInputObjectType,
  GraphQLObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * The one module that reads type-graphql's metadata storage (`getMetadataStorage()`): the
 * function is exported, but the storage's shape (its arrays, `kind`, `params`, `getObjectType`)
 * is type-graphql's own, undocumented and free to change between releases; we are pinned to
 * 2.0.0-rc.4. Nothing else may read it (eslint.config.js), and
 * test/unit/type-graphql-internals.test.ts fails if what is read here changes shape or meaning.
 * What is read:
 * - which resolver class method serves each root field, and a subscription's `subscribe`
 *   option ({@link rootMethods}): for the `@Access` and `live()` checks at schema build;
 * - which object fields are served by `@FieldResolver` methods, and how their parameters are
 *   made ({@link directResolvers}): the one measured speed-up that needs it;
 * - which input types extend which, and their fields' extensions ({@link inheritedExtensions}):
 *   type-graphql gives an input type the fields of the one it extends without their extensions.
 */

interface Param {
  kind: string;
  index: number;
  name?: string;
  propertyName?: string;
}
interface Method {
  target: Function;
  methodName: string;
  schemaName: string;
}
interface FieldResolverMeta extends Method {
  kind?: string;
  getObjectType?: () => Function;
  params?: Param[];
  middlewares?: unknown[];
  roles?: unknown[];
}
interface InputTypeMeta {
  target: Function;
  name: string;
  fields?: { name: string; extensions?: Record<string, unknown> }[];
}
interface Storage {
  inputTypes: InputTypeMeta[];
  queries: Method[];
  mutations: Method[];
  subscriptions: (Method & { subscribe?: unknown })[];
  fieldResolvers: FieldResolverMeta[];
  objectTypes: { target: Function; name: string }[];
}

/** The storage, checked to have what is read here (a build fails loudly, not subtly). */
function storage(): Storage {
  const found = getMetadataStorage() as unknown as Record<string, unknown>;
  const missing = [
    'inputTypes',
    'queries',
    'mutations',
    'subscriptions',
    'fieldResolvers',
    'objectTypes',
  ].filter((key) => !Array.isArray(found[key]));
  if (missing.length) {
    throw new Error(
      `type-graphql's metadata storage has changed (no ${missing.join(', ')}): see graphql/type-graphql-internals.ts`,
    );
  }
  return found as unknown as Storage;
}

/** A root field and the resolver class method declared for it. */
export interface RootMethod {
  type: 'Query' | 'Mutation' | 'Subscription';
  /** The field's name in the schema. */
  field: string;
  target: Function;
  methodName: string;
  /** A subscription's `subscribe` option (`@Subscription({ subscribe })`). */
  subscribe?: unknown;
}

/** The root fields declared by `classes`, each with its method. */
export function rootMethods(classes: readonly Function[]): RootMethod[] {
  const s = storage();
  const of = (type: RootMethod['type'], metas: (Method & { subscribe?: unknown })[]) =>
    metas
      .filter((m) => classes.includes(m.target))
      .map((m): RootMethod => ({
        type,
        field: m.schemaName,
        target: m.target,
        methodName: m.methodName,
        ...(m.subscribe !== undefined && { subscribe: m.subscribe }),
      }));
  return [
    ...of('Query', s.queries),
    ...of('Mutation', s.mutations),
    ...of('Subscription', s.subscriptions),
  ];
}

type Resolve = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;
type Get = (root: unknown, args: Record<string, unknown>, ctx: unknown, info: unknown) => unknown;

/** How a parameter's value is made, as type-graphql makes it; undefined: a kind not handled. */
function getter(param: Param): Get | undefined {
  const property = param.propertyName;
  switch (param.kind) {
    case 'root':
      return property ? (root) => (root as Record<string, unknown>)[property] : (root) => root;
    case 'context':
      return property
        ? (_r, _a, ctx) => (ctx as Record<string, unknown>)[property]
        : (_r, _a, ctx) => ctx;
    case 'arg':
      return (_r, args) => args[param.name!];
    case 'args':
      return (_r, args) => args;
    case 'info':
      return (_r, _a, _c, info) => info;
    default:
      return undefined;
  }
}

/**
 * Plain, direct resolvers for object fields (not root fields: they keep type-graphql's
 * resolvers, which carry the `@Access` guards). type-graphql gives every field a resolver that
 * runs its middleware chain, and every `@FieldResolver` call builds a resolver data object and
 * its parameter array; our rows are plain objects and object fields carry no middleware, so:
 * - a plain `@Field` gets no resolver: graphql's default property read, which graphql-jit
 *   compiles inline;
 * - a `@FieldResolver` method of a `@Resolver` class (without middleware or roles, and with
 *   parameters of the kinds handled here) is called straight on one instance of its class.
 * Anything else keeps type-graphql's resolver. Measured in-process (2026-12, a loaded 2-core
 * machine) on the bench's Q1 (100 deals) and Q2 (nested lists), with the statements answered from
 * memory so that only execution is timed: graphql-jit, which runs every repeated operation,
 * 1.27–1.54× faster on Q1 and 1.11–1.13× on Q2; graphql-js within noise (0.7–1.4×). With
 * the database in the loop the gain is under the noise of such a machine (0.92–1.11×).
 */
export function directResolvers(
  schema: GraphQLSchema,
  classes: readonly Function[],
): GraphQLSchema {
  const s = storage();
  const typeNames = new Map(s.objectTypes.map((o) => [o.target, o.name]));
  const direct = new Map<string, Resolve>();
  // fields served by @FieldResolver methods (known once the schema is built)
  const fieldResolverNames = new Set<string>();
  for (const meta of s.fieldResolvers) {
    if (!classes.includes(meta.target) || !meta.getObjectType) continue;
    const typeName = typeNames.get(meta.getObjectType());
    fieldResolverNames.add(`${typeName}.${meta.schemaName}`);
    // "external": a method of a @Resolver class (not a getter on the object type itself)
    if (meta.kind !== 'external' || meta.middlewares?.length || meta.roles?.length) continue;
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    const getters = params.map(getter);
    if (!typeName || getters.some((g) => g === undefined)) continue;
    const get = getters as Get[];
    const instance = new (
      meta.target as new () => Record<string, (...values: unknown[]) => unknown>
    )();
    const method = instance[meta.methodName]!;
    direct.set(
      `${typeName}.${meta.schemaName}`,
      // up to four parameters without an array per call (a missing one is passed as undefined)
      get.length <= 4
        ? (root, args, ctx, info) =>
            method.call(
              instance,
              get[0]?.(root, args, ctx, info),
              get[1]?.(root, args, ctx, info),
              get[2]?.(root, args, ctx, info),
              get[3]?.(root, args, ctx, info),
            )
        : (root, args, ctx, info) =>
            method.apply(
              instance,
              get.map((g) => g(root, args, ctx, info)),
            ),
    );
  }
  const roots = new Set([
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || roots.has(type) || type.name.startsWith('__'))
      continue;
    for (const field of Object.values(type.getFields())) {
      const fast = direct.get(`${type.name}.${field.name}`);
      if (fast) field.resolve = fast;
      else if (!fieldResolverNames.has(`${type.name}.${field.name}`)) field.resolve = undefined;
    }
  }
  return schema;
}

/**
 * The extensions of input fields an input type inherits (`class A extends B`, B an `@InputType`
 * holding decorated fields), which type-graphql leaves behind: `@NameText()` on an inherited
 * name must mark it as it marks a field of the type's own.
 */
export function inheritedExtensions(schema: GraphQLSchema): GraphQLSchema {
  const inputTypes = new Map(storage().inputTypes.map((t) => [t.target, t]));
  for (const meta of inputTypes.values()) {
    const type = schema.getType(meta.name);
    if (!(type instanceof GraphQLInputObjectType)) continue;
    const fields = type.getFields();
    for (let base = Object.getPrototypeOf(meta.target) as Function; base.prototype;) {
      for (const field of inputTypes.get(base)?.fields ?? []) {
        const inherited = fields[field.name];
        if (!inherited || !field.extensions || !Object.keys(field.extensions).length) continue;
        (inherited as { extensions: Record<string, unknown> }).extensions = {
          ...field.extensions,
          ...inherited.extensions,
        };
      }
      base = Object.getPrototypeOf(base) as Function;
    }
  }
  return schema;
}
