import 'reflect-metadata';
import { Query, Resolver, Root, Subscription } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { Access } from '../../server/src/auth/access.js';
import { buildAppSchema, resolvers } from '../../server/src/graphql/schema.js';

@Resolver()
class ForgotToDeclare {
  @Query(() => String)
  secrets(): string {
    return 'leaked';
  }
}

@Resolver()
class Declared {
  @Access('authenticated')
  @Query(() => String)
  harmless(): string {
    return 'ok';
  }
}

@Resolver()
class NeverRechecked {
  @Access('authenticated')
  @Subscription(() => String, {
    // a plain subscribe function: it would read on after its token, user or grant is gone
    subscribe: async function* () {
      yield 'tick';
    },
  })
  ticks(@Root() tick: string): string {
    return tick;
  }
}

describe('deny by default', () => {
  it('refuses to build a schema with a root field that declares no access rule', async () => {
    await expect(buildAppSchema([...resolvers, ForgotToDeclare])).rejects.toThrow(
      /No access rule declared \(use @Access\) for: Query\.secrets \(ForgotToDeclare\.secrets\)/,
    );
  });

  it('refuses to build a schema with a subscription that is not re-checked while it runs', async () => {
    await expect(buildAppSchema([...resolvers, NeverRechecked])).rejects.toThrow(
      /Subscriptions not made with live\(\) \(graphql\/live\.ts\), so never re-checked: Subscription\.ticks$/,
    );
  });

  it('builds once every root field declares one', async () => {
    const schema = await buildAppSchema([...resolvers, Declared]);
    expect(schema.getQueryType()?.getFields().harmless).toBeDefined();
  });
});
