import 'reflect-metadata';
import {
  execute,
  parse,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import {
  Arg,
  Args,
  ArgsType,
  buildSchema,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  getMetadataStorage,
  Info,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
  UseMiddleware,
} from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema, resolvers } from '../../server/src/graphql/schema.js';
import {
  directResolvers,
  inheritedExtensions,
  rootMethods,
} from '../../server/src/graphql/type-graphql-internals.js';

// server/src/graphql/type-graphql-internals.ts reads type-graphql's metadata storage, whose shape
// is type-graphql's own. These tests fail when what it reads changes: the storage's fields, the
// parameter kinds of the app's field resolvers, and the answers of resolvers rewired through it,
// which must equal type-graphql's own.

@ObjectType()
class Item {
  @Field()
  name!: string;

  @Field(() => Int)
  size!: number;

  @Field()
  label!: string;

  @Field()
  tagged!: string;

  @Field()
  guarded!: string;

  @Field()
  everything!: string;
}

@ArgsType()
class Window {
  @Field(() => Int)
  from!: number;

  @Field(() => Int)
  to!: number;
}

interface Ctx0 {
  locale: string;
}

let guardRuns = 0;

@Resolver(() => Item)
class ItemResolver {
  prefix = '#';

  @Access0()
  @Query(() => [Item])
  items(): Partial<Item>[] {
    return [
      { name: 'yak wool', size: 3 },
      { name: 'barley', size: 12 },
    ];
  }

  @FieldResolver(() => String)
  label(
    @Root() item: Item,
    @Ctx() ctx: Ctx0,
    @Arg('upper', { defaultValue: false }) upper: boolean,
  ) {
    const text = `${this.prefix}${item.name} (${ctx.locale})`;
    return upper ? text.toUpperCase() : text;
  }

  @FieldResolver(() => String)
  tagged(@Root('size') size: number, @Ctx('locale') locale: string, @Args() window: Window) {
    return `${size}:${locale}:${window.from}-${window.to}`;
  }

  @UseMiddleware(async (_data, next) => {
    guardRuns += 1;
    return next();
  })
  @FieldResolver(() => String)
  guarded(@Root() item: Item) {
    return item.name.slice(0, 3);
  }

  @FieldResolver(() => String)
  everything(
    @Root() item: Item,
    @Arg('n', () => Int) n: number,
    @Ctx() ctx: Ctx0,
    @Info() info: GraphQLResolveInfo,
    @Root('name') name: string,
  ) {
    return [item.size, n, ctx.locale, info.fieldName, info.parentType.name, name].join('/');
  }
}

@Resolver()
class TickResolver {
  @Subscription(() => String, {
    subscribe: async function* () {
      yield 'tick';
    },
  })
  ticks(@Root() tick: string): string {
    return tick;
  }
}

/** stands for @Access: a root field keeps type-graphql's resolver */
function Access0(): MethodDecorator {
  return () => undefined;
}

const QUERY = `{ items { name size label upper: label(upper: true)
  tagged(from: 1, to: 2) guarded everything(n: 7) } }`;

async function build(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [ItemResolver], validate: false, emitSchemaFile: false });
}

function fieldsOf(schema: GraphQLSchema): Map<string, GraphQLFieldResolver<unknown, unknown>> {
  const item = schema.getType('Item') as GraphQLObjectType;
  return new Map(Object.values(item.getFields()).map((f) => [f.name, f.resolve!]));
}

describe("type-graphql's metadata storage, as type-graphql-internals.ts reads it", () => {
  // `getObjectType` is filled in when a schema is built
  it('has the collections read, with the fields read on each entry', async () => {
    await build();
    const storage = getMetadataStorage() as unknown as Record<string, unknown>;
    for (const key of [
      'inputTypes',
      'queries',
      'mutations',
      'subscriptions',
      'fieldResolvers',
      'objectTypes',
    ]) {
      expect(Array.isArray(storage[key]), key).toBe(true);
    }
    const s = getMetadataStorage();
    const label = s.fieldResolvers.find(
      (m) => m.target === ItemResolver && m.methodName === 'label',
    );
    expect(label).toMatchObject({ kind: 'external', schemaName: 'label', methodName: 'label' });
    expect(label!.getObjectType!()).toBe(Item);
    expect(s.objectTypes.find((o) => o.target === Item)?.name).toBe('Item');
    expect(
      [...label!.params!].sort((a, b) => a.index - b.index).map((p) => [p.kind, p.index]),
    ).toEqual([
      ['root', 0],
      ['context', 1],
      ['arg', 2],
    ]);
    const tagged = s.fieldResolvers.find(
      (m) => m.methodName === 'tagged' && m.target === ItemResolver,
    );
    expect(
      [...tagged!.params!]
        .sort((a, b) => a.index - b.index)
        .map((p) => ({
          kind: p.kind,
          name: (p as { propertyName?: string }).propertyName,
        })),
    ).toEqual([
      { kind: 'root', name: 'size' },
      { kind: 'context', name: 'locale' },
      { kind: 'args', name: undefined },
    ]);
    expect(
      s.fieldResolvers.find((m) => m.methodName === 'guarded' && m.target === ItemResolver)!
        .middlewares,
    ).toHaveLength(1);
  });

  it('names each root field with its class, method and subscribe function', () => {
    const methods = rootMethods([ItemResolver, TickResolver]);
    expect(methods.map(({ subscribe: _s, ...m }) => m)).toEqual([
      { type: 'Query', field: 'items', target: ItemResolver, methodName: 'items' },
      { type: 'Subscription', field: 'ticks', target: TickResolver, methodName: 'ticks' },
    ]);
    const subscribe = getMetadataStorage().subscriptions.find(
      (m) => m.target === TickResolver,
    )!.subscribe;
    expect(typeof subscribe).toBe('function');
    expect(methods[1]!.subscribe).toBe(subscribe);
  });

  it("serves every field resolver of the app's resolver classes directly (no parameter kind left to type-graphql)", async () => {
    await buildAppSchema(resolvers);
    const handled = new Set(['root', 'context', 'arg', 'args', 'info']);
    const app = getMetadataStorage().fieldResolvers.filter(
      (m) => (resolvers as readonly unknown[]).includes(m.target) && m.kind === 'external',
    );
    expect(app.length).toBeGreaterThan(20);
    for (const meta of app) {
      const where = `${meta.target.name}.${meta.methodName}`;
      expect(typeof meta.getObjectType, where).toBe('function');
      expect(meta.middlewares ?? [], where).toEqual([]);
      for (const param of meta.params ?? [])
        expect(handled.has(param.kind), `${where}: ${param.kind}`).toBe(true);
    }
  });
});

@InputType()
abstract class NamedInput {
  @Extensions({ marked: true })
  @Field(() => String, { nullable: true })
  name?: string | null;
}

@InputType()
class RenameInput extends NamedInput {
  @Field(() => Int)
  version!: number;
}

@Resolver()
class RenameResolver {
  @Query(() => Int)
  rename(@Arg('input', () => RenameInput) input: RenameInput): number {
    return input.version;
  }
}

describe('inheritedExtensions', () => {
  it('gives an input type the extensions of the fields it inherits, as type-graphql does not', async () => {
    const schema = await buildSchema({
      resolvers: [RenameResolver],
      validate: false,
      emitSchemaFile: false,
    });
    const fields = () => (schema.getType('RenameInput') as GraphQLInputObjectType).getFields();
    expect(Object.keys(fields()).sort()).toEqual(['name', 'version']);
    expect(fields().name!.extensions).toEqual({});
    inheritedExtensions(schema);
    expect(fields().name!.extensions).toEqual({ marked: true });
    expect(fields().version!.extensions).toEqual({});
    // the base is no type of the schema
    expect(schema.getType('NamedInput')).toBeUndefined();
  });
});

describe('directResolvers', () => {
  it('rewires plain fields and middleware-free field resolvers, and keeps the rest', async () => {
    const schema = await build();
    const before = fieldsOf(schema);
    const rootBefore = schema.getQueryType()!.getFields().items!.resolve;
    directResolvers(schema, [ItemResolver]);
    const after = fieldsOf(schema);
    // plain fields: graphql's default property read
    expect(after.get('name')).toBeUndefined();
    expect(after.get('size')).toBeUndefined();
    // @FieldResolver methods: called directly
    for (const name of ['label', 'tagged', 'everything']) {
      expect(after.get(name), name).toBeTypeOf('function');
      expect(after.get(name), name).not.toBe(before.get(name));
    }
    // with middleware, a root field: type-graphql's own
    expect(after.get('guarded')).toBe(before.get('guarded'));
    expect(schema.getQueryType()!.getFields().items!.resolve).toBe(rootBefore);
  });

  it("answers as type-graphql's own resolvers do, on graphql-js and graphql-jit", async () => {
    const own = await build();
    const direct = directResolvers(await build(), [ItemResolver]);
    const document = parse(QUERY);
    const contextValue: Ctx0 = { locale: 'zh-CN' };
    const expected = await execute({ schema: own, document, contextValue });
    expect(expected.errors).toBeUndefined();
    expect(expected.data).toEqual({
      items: [
        {
          name: 'yak wool',
          size: 3,
          label: '#yak wool (zh-CN)',
          upper: '#YAK WOOL (ZH-CN)',
          tagged: '3:zh-CN:1-2',
          guarded: 'yak',
          everything: '3/7/zh-CN/everything/Item/yak wool',
        },
        {
          name: 'barley',
          size: 12,
          label: '#barley (zh-CN)',
          upper: '#BARLEY (ZH-CN)',
          tagged: '12:zh-CN:1-2',
          guarded: 'bar',
          everything: '12/7/zh-CN/everything/Item/barley',
        },
      ],
    });
    const guards = guardRuns;
    expect(await execute({ schema: direct, document, contextValue })).toEqual(expected);
    // the middleware still runs where it is declared
    expect(guardRuns).toBe(guards + 2);
    const compiled = compileQuery(direct, document);
    if (!isCompiledQuery(compiled)) throw new Error('not compiled');
    expect(await compiled.query(undefined, contextValue, {})).toEqual(expected);
  });
});

describe('nothing else reaches package internals', () => {
  it('eslint refuses deep imports of type-graphql, graphql-js and graphql-jit, and the metadata storage, outside type-graphql-internals.ts', async () => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint();
    const probe = [
      "import { getMetadataStorage } from 'type-graphql';",
      "import { getMetadataStorage as g } from 'type-graphql/build/cjs/metadata/getMetadataStorage.js';",
      "import { inspect } from 'graphql/jsutils/inspect.js';",
      "import { collectFields } from 'graphql/execution/collectFields.js';",
      "import { compileQuery } from 'graphql-jit/dist/execution.js';",
      'export const all = [getMetadataStorage, g, inspect, collectFields, compileQuery];',
      '',
    ].join('\n');
    const restricted = async (filePath: string) => {
      const [result] = await eslint.lintText(probe, { filePath });
      return result!.messages
        .filter((m) => m.ruleId === 'no-restricted-imports')
        .map((m) => m.line);
    };
    for (const file of [
      'server/src/graphql/schema.ts',
      'server/src/auth/access.ts',
      'server/src/modules/deal/deal.resolver.ts',
      'test/integration/executor.test.ts',
      'bench/run.mjs',
    ]) {
      expect(await restricted(file), file).toEqual([1, 2, 3, 4, 5]);
    }
    // the one module may read the storage, and no more than any other file reach inside packages
    expect(await restricted('server/src/graphql/type-graphql-internals.ts')).toEqual([2, 3, 4, 5]);
  });
});
