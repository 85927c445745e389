import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Info,
  Int,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { Access } from '../../auth/access.js';
import type { Context } from '../../graphql/context.js';
import { filterInput } from '../../graphql/lists/filter.js';
import { grouped } from '../../graphql/lists/grouped.js';
import { sql } from '../../db/sql.js';
import { delegationById, subDelegationById } from '../delegation/delegation.loader.js';
import { Delegation, SubDelegation } from '../delegation/delegation.type.js';
import { organisationById } from '../organisation/organisation.loader.js';
import { Organisation } from '../organisation/organisation.type.js';
import { PurchaserCategory, PurchaserStatus } from './purchaser.enums.js';
import { purchaserList } from './purchaser.list.js';

export enum PurchaserGroupBy {
  DELEGATION = 'DELEGATION',
  SUB_DELEGATION = 'SUB_DELEGATION',
  LEAD_UNIT = 'LEAD_UNIT',
  INVITED_BY = 'INVITED_BY',
  STATUS = 'STATUS',
  CATEGORY = 'CATEGORY',
}
registerEnumType(PurchaserGroupBy, {
  name: 'PurchaserGroupBy',
  description: 'A dimension purchaser counts are grouped by; the group carries its value.',
  valuesConfig: {
    DELEGATION: { description: 'The delegation.' },
    SUB_DELEGATION: { description: 'The sub-delegation the purchaser registers in.' },
    LEAD_UNIT: {
      description: 'The lead unit whose target the purchaser counts towards (null: none yet).',
    },
    INVITED_BY: { description: 'The member unit, lead unit or office that invited it.' },
    STATUS: { description: 'The purchaser status.' },
    CATEGORY: { description: 'The purchaser category (null: not registered yet).' },
  },
});

@ObjectType({ description: 'Purchasers of one group.' })
export class PurchaserAggregateGroup {
  delegationId?: string | null;
  subDelegationId?: string | null;
  leadUnitId?: string | null;
  invitedById?: string | null;

  @Field(() => PurchaserStatus, {
    nullable: true,
    description: "The purchasers' status, when grouped by STATUS.",
  })
  status?: PurchaserStatus | null;

  @Field(() => PurchaserCategory, {
    nullable: true,
    description: "The purchasers' category, when grouped by CATEGORY.",
  })
  category?: PurchaserCategory | null;

  @Field(() => Int, { description: 'How many purchasers are in the group.' })
  count!: number;
}

const PurchaserFilter = filterInput(purchaserList.spec);

@Resolver(() => PurchaserAggregateGroup)
export class PurchaserAggregateResolver {
  @Access('authenticated')
  @Query(() => [PurchaserAggregateGroup], {
    description:
      'Purchaser counts grouped by status, category, sub-delegation…, over the purchasers you read.',
  })
  purchaserAggregate(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => PurchaserFilter, {
      nullable: true,
      description: 'Only the purchasers that match (as the purchasers list filters them).',
    })
    filter?: Record<string, unknown> | null,
    @Arg('groupBy', () => [PurchaserGroupBy], {
      defaultValue: [],
      description: 'The dimensions to group by, in order; empty: one group of all the purchasers.',
    })
    groupBy: PurchaserGroupBy[] = [],
  ): Promise<PurchaserAggregateGroup[]> {
    return grouped(
      ctx,
      info,
      'PurchaserAggregateGroup',
      purchaserList,
      sql`left join sub_delegation_lead gl on gl.id = p.lead_id and gl.delegation_id = p.delegation_id`,
      {
        DELEGATION: ['delegationId', sql`p.delegation_id`],
        SUB_DELEGATION: ['subDelegationId', sql`p.sub_delegation_id`],
        LEAD_UNIT: ['leadUnitId', sql`gl.organisation_id`],
        INVITED_BY: ['invitedById', sql`p.invited_by_organisation_id`],
        STATUS: ['status', sql`p.status`],
        CATEGORY: ['category', sql`p.category`],
      },
      groupBy,
      filter,
      sql`count(*)::int as count`,
    );
  }

  @FieldResolver(() => Delegation, {
    nullable: true,
    description: 'The delegation, when grouped by DELEGATION.',
  })
  delegation(
    @Root() g: PurchaserAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<Delegation | null> | null {
    return g.delegationId ? ctx.loaders.byId(delegationById, g.delegationId) : null;
  }

  @FieldResolver(() => SubDelegation, {
    nullable: true,
    description: 'The sub-delegation, when grouped by SUB_DELEGATION.',
  })
  subDelegation(
    @Root() g: PurchaserAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<SubDelegation | null> | null {
    return g.subDelegationId ? ctx.loaders.byId(subDelegationById, g.subDelegationId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The lead unit, when grouped by LEAD_UNIT (null also for purchasers attributed to none).',
  })
  leadUnit(
    @Root() g: PurchaserAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<Organisation | null> | null {
    return g.leadUnitId ? ctx.loaders.byId(organisationById, g.leadUnitId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The inviting organisation, when grouped by INVITED_BY.',
  })
  invitedBy(
    @Root() g: PurchaserAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<Organisation | null> | null {
    return g.invitedById ? ctx.loaders.byId(organisationById, g.invitedById) : null;
  }
}
