import 'reflect-metadata';
import { Query, Resolver } from 'type-graphql';
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

describe('deny by default', () => {
  it('refuses to build a schema with a root field that declares no access rule', async () => {
    await expect(buildAppSchema([...resolvers, ForgotToDeclare])).rejects.toThrow(
      /No access rule declared \(use @Access\) for: Query\.secrets \(ForgotToDeclare\.secrets\)/,
    );
  });

  it('builds once every root field declares one', async () => {
    const schema = await buildAppSchema([...resolvers, Declared]);
    expect(schema.getQueryType()?.getFields().harmless).toBeDefined();
  });
});
