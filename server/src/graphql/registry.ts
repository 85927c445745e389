import type { GraphQLSchema } from 'graphql';
import type { ListSource } from './lists/source.js';
import type { ByIdRelation, ManyRelation } from './loaders.js';

/**
 * To-one relations served inside their parent's statement. A field such as `Deal.purchaser`,
 * declared in the read registry (modules/reads.ts), is read ahead from the query (embeds.ts):
 * the statement that lists deals also reads each deal's purchaser (the relation's own by-id SQL, scope included, as a lateral join after the
 * page's limit, only the columns the query reads), so the field resolves from the row,
 * synchronously, with no statement of its own. Where nothing embedded it (a parent read another
 * way), its resolver loads it.
 */
export interface EmbeddedRelation {
  relation: ByIdRelation<{ id: string }>;
  /** The parent row's property holding the related id (null: no related row). */
  key: string;
  /** For a field that is an error when the row is missing or out of scope: that error. */
  missing?: () => Error;
}

/** A list of `source` rows under a parent: the rows' column `key` holds the parent's id. */
export interface NestedList {
  source: ListSource;
  key: string;
}

/** A to-many field served inside its parent's statement. */
export type Fold =
  ({ kind: 'connection' } & NestedList) | { kind: 'list'; relation: ManyRelation<unknown> };

/**
 * What the read path serves inside a parent's statement, declared in one place
 * (`modules/reads.ts`) and handed to the schema build, which attaches it to the schema it
 * builds: the look-ahead finds it from the resolve info's schema. Nothing registers itself on
 * import.
 * - `embeds`: to-one fields read as a lateral join of the relation's own by-id SQL (embeds.ts);
 * - `folds`: to-many fields read as a JSON array in the parent's statement (lists/levels.ts);
 * - `reads`: fields with resolvers of their own that read only some columns of their parent
 *   row (a folded list reads its parent's `id`).
 */
export class ReadRegistry {
  readonly embeds = new Map<string, EmbeddedRelation>();
  readonly folds = new Map<string, Fold>();
  readonly reads = new Map<string, readonly string[]>();

  /** `typeName.field` is the row `relation` finds by the parent's `key`. */
  embedOne<T extends { id: string }>(
    typeName: string,
    field: string,
    relation: ByIdRelation<T>,
    key: string,
    options: { missing?: () => Error } = {},
  ): this {
    this.embeds.set(`${typeName}.${field}`, {
      relation: relation as unknown as ByIdRelation<{ id: string }>,
      key,
      ...options,
    });
    return this;
  }

  /** `typeName.field` is the connection `nested` (its resolver reads it with nestedConnection). */
  foldConnection(typeName: string, field: string, nested: NestedList): this {
    this.folds.set(`${typeName}.${field}`, { kind: 'connection', ...nested });
    this.reads.set(`${typeName}.${field}`, ['id']);
    return this;
  }

  /** `typeName.field` has a resolver of its own that reads only `columns` of its parent row. */
  readColumns(typeName: string, field: string, columns: readonly string[]): this {
    this.reads.set(`${typeName}.${field}`, columns);
    return this;
  }

  /** `typeName.field` is the plain list `relation` reads. */
  foldList<T>(typeName: string, field: string, relation: ManyRelation<T>): this {
    this.folds.set(`${typeName}.${field}`, {
      kind: 'list',
      relation: relation as ManyRelation<unknown>,
    });
    this.reads.set(`${typeName}.${field}`, ['id']);
    return this;
  }
}

const attached = new WeakMap<GraphQLSchema, ReadRegistry>();

/** Hands `registry` to `schema` (done by the schema build). */
export function attachReads(schema: GraphQLSchema, registry: ReadRegistry): GraphQLSchema {
  attached.set(schema, registry);
  return schema;
}

const none = new ReadRegistry();

/** The registry attached to `schema`; an empty one for a schema built without. */
export function readsOf(schema: GraphQLSchema): ReadRegistry {
  return attached.get(schema) ?? none;
}
