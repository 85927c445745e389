import 'reflect-metadata';
import { Field, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { Access } from '../../server/src/auth/access.js';
import { PhoneNumberScalar } from '../../server/src/graphql/contacts.js';
import { buildAppSchema, resolvers } from '../../server/src/graphql/schema.js';
import { contactOwners } from '../../server/src/modules/contact-owners.js';

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

@ObjectType()
class Supplier {
  @Field(() => PhoneNumberScalar, { nullable: true })
  hotline!: string | null;
}

@Resolver()
class SupplierWithoutOwner {
  @Access('authenticated')
  @Query(() => Supplier)
  supplier(): Supplier {
    return { hotline: '0971-6317278' };
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

  it('refuses to build a schema with a contact field on a type that names no owner', async () => {
    await expect(buildAppSchema([...resolvers, SupplierWithoutOwner])).rejects.toThrow(
      /Contact fields on types with no owner rule .*: Supplier\.hotline \(PhoneNumber\)/,
    );
  });

  it('refuses an owner rule for a type without contact fields (a stale rule)', async () => {
    await expect(
      buildAppSchema(resolvers, { ...contactOwners, Deal: () => ({ kind: 'business' }) }),
    ).rejects.toThrow(/Owner rules for types without contact fields: Deal/);
  });
});
