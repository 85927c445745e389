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
registerEnumType(MatchGroupBy, { name: 'MatchGroupBy' });

@ObjectType({ description: 'Matches of one group.' })
export class MatchAggregateGroup {
  delegationId?: string | null;
  subDelegationId?: string | null;
  exhibitionAreaId?: string | null;

  @Field(() => MatchStatus, { nullable: true })
  status?: MatchStatus | null;

  @Field(() => String, { nullable: true })
  exhibitorCountry?: string | null;

  @Field(() => Int)
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
    @Arg('filter', () => MatchFilter, { nullable: true }) filter?: Record<string, unknown> | null,
    @Arg('groupBy', () => [MatchGroupBy], { defaultValue: [] }) groupBy: MatchGroupBy[] = [],
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

  @FieldResolver(() => Delegation, { nullable: true })
  delegation(
    @Root() g: MatchAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<Delegation | null> | null {
    return g.delegationId ? ctx.loaders.byId(delegationById, g.delegationId) : null;
  }

  @FieldResolver(() => SubDelegation, { nullable: true })
  subDelegation(
    @Root() g: MatchAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<SubDelegation | null> | null {
    return g.subDelegationId ? ctx.loaders.byId(subDelegationById, g.subDelegationId) : null;
  }

  @FieldResolver(() => ExhibitionArea, { nullable: true })
  exhibitionArea(
    @Root() g: MatchAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<ExhibitionArea | null> | null {
    return g.exhibitionAreaId ? ctx.loaders.byId(areaById, g.exhibitionAreaId) : null;
  }
}
