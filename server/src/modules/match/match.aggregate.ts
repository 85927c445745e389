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
import { DecimalScalar } from '../../graphql/scalars.js';
import { delegationById, subDelegationById } from '../delegation/delegation.loader.js';
import { Delegation, SubDelegation } from '../delegation/delegation.type.js';
import { areaById } from '../expo/expo.loader.js';
import { ExhibitionArea } from '../expo/expo.type.js';
import { MatchStatus } from './match.enums.js';
import { matchList } from './match.list.js';

export enum MatchGroupBy {
  DELEGATION = 'DELEGATION',
  SUB_DELEGATION = 'SUB_DELEGATION',
  STATUS = 'STATUS',
  EXHIBITOR_COUNTRY = 'EXHIBITOR_COUNTRY',
  EXHIBITION_AREA = 'EXHIBITION_AREA',
}
registerEnumType(MatchGroupBy, {
  name: 'MatchGroupBy',
  description: 'A dimension match counts are grouped by; the group carries its value.',
  valuesConfig: {
    DELEGATION: { description: 'The delegation of the purchaser matched.' },
    SUB_DELEGATION: { description: "The purchaser's sub-delegation (null: in none)." },
    STATUS: { description: 'The match status.' },
    EXHIBITOR_COUNTRY: { description: "The exhibitor's country, ISO 3166-1 alpha-2." },
    EXHIBITION_AREA: {
      description: "The exhibitor's exhibition area; an exhibitor in a zone counts under its area.",
    },
  },
});

@ObjectType({ description: 'Matches of one group.' })
export class MatchAggregateGroup {
  delegationId?: string | null;
  subDelegationId?: string | null;
  exhibitionAreaId?: string | null;

  @Field(() => MatchStatus, {
    nullable: true,
    description: "The matches' status, when grouped by STATUS.",
  })
  status?: MatchStatus | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2, when grouped by EXHIBITOR_COUNTRY.',
  })
  exhibitorCountry?: string | null;

  @Field(() => Int, { description: 'How many matches are in the group.' })
  count!: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Average suggestion score.' })
  avgScore!: string | null;
}

const MatchFilter = filterInput(matchList.spec);

@Resolver(() => MatchAggregateGroup)
export class MatchAggregateResolver {
  @Access('authenticated')
  @Query(() => [MatchAggregateGroup], {
    description:
      'Match counts (and average score) grouped by status, sub-delegation, exhibitor country…, over the matches you read.',
  })
  matchAggregate(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => MatchFilter, {
      nullable: true,
      description: 'Only the matches that match (as the exhibitorMatches list filters them).',
    })
    filter?: Record<string, unknown> | null,
    @Arg('groupBy', () => [MatchGroupBy], {
      defaultValue: [],
      description: 'The dimensions to group by, in order; empty: one group of all the matches.',
    })
    groupBy: MatchGroupBy[] = [],
  ): Promise<MatchAggregateGroup[]> {
    return grouped(
      ctx,
      info,
      'MatchAggregateGroup',
      matchList,
      sql`join exhibitor gx on gx.id = m.exhibitor_id join exhibition_area ga on ga.id = gx.exhibition_area_id`,
      {
        DELEGATION: ['delegationId', sql`m.delegation_id`],
        SUB_DELEGATION: ['subDelegationId', sql`p.sub_delegation_id`],
        STATUS: ['status', sql`m.status`],
        EXHIBITOR_COUNTRY: ['exhibitorCountry', sql`gx.country`],
        EXHIBITION_AREA: ['exhibitionAreaId', sql`coalesce(ga.parent_id, ga.id)`],
      },
      groupBy,
      filter,
      sql`count(*)::int as count, round(avg(m.score), 4)::text as "avgScore"`,
    );
  }

  @FieldResolver(() => Delegation, {
    nullable: true,
    description: 'The delegation, when grouped by DELEGATION.',
  })
  delegation(
    @Root() g: MatchAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<Delegation | null> | null {
    return g.delegationId ? ctx.loaders.byId(delegationById, g.delegationId) : null;
  }

  @FieldResolver(() => SubDelegation, {
    nullable: true,
    description:
      'The sub-delegation, when grouped by SUB_DELEGATION (null also for purchasers in none).',
  })
  subDelegation(
    @Root() g: MatchAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<SubDelegation | null> | null {
    return g.subDelegationId ? ctx.loaders.byId(subDelegationById, g.subDelegationId) : null;
  }

  @FieldResolver(() => ExhibitionArea, {
    nullable: true,
    description: 'The exhibition area, when grouped by EXHIBITION_AREA.',
  })
  exhibitionArea(
    @Root() g: MatchAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<ExhibitionArea | null> | null {
    return g.exhibitionAreaId ? ctx.loaders.byId(areaById, g.exhibitionAreaId) : null;
  }
}
