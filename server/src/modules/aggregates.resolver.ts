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
import { Access } from '../auth/access.js';
import type { Context } from '../graphql/context.js';
import { embedsBelow, queryGroups } from '../graphql/embeds.js';
import type { ListSource } from '../graphql/lists/connection.js';
import { compileFilter, filterInput, Params } from '../graphql/lists/filter.js';
import { DecimalScalar } from '../graphql/scalars.js';
import { delegationById, subDelegationById } from './delegation/delegation.loader.js';
import { Delegation, SubDelegation } from './delegation/delegation.type.js';
import { areaById } from './expo/expo.loader.js';
import { ExhibitionArea } from './expo/expo.type.js';
import { MatchStatus } from './match/match.enums.js';
import { matchList } from './match/match.list.js';
import { organisationById } from './organisation/organisation.loader.js';
import { Organisation } from './organisation/organisation.type.js';
import { PurchaserCategory, PurchaserStatus } from './purchaser/purchaser.enums.js';
import { purchaserList } from './purchaser/purchaser.list.js';

export enum PurchaserGroupBy {
  DELEGATION = 'DELEGATION',
  SUB_DELEGATION = 'SUB_DELEGATION',
  LEAD_UNIT = 'LEAD_UNIT',
  INVITED_BY = 'INVITED_BY',
  STATUS = 'STATUS',
  CATEGORY = 'CATEGORY',
}
registerEnumType(PurchaserGroupBy, { name: 'PurchaserGroupBy' });

export enum MatchGroupBy {
  DELEGATION = 'DELEGATION',
  SUB_DELEGATION = 'SUB_DELEGATION',
  STATUS = 'STATUS',
  EXHIBITOR_COUNTRY = 'EXHIBITOR_COUNTRY',
  EXHIBITION_AREA = 'EXHIBITION_AREA',
}
registerEnumType(MatchGroupBy, { name: 'MatchGroupBy' });

@ObjectType({ description: 'Purchasers of one group.' })
export class PurchaserAggregateGroup {
  delegationId?: string | null;
  subDelegationId?: string | null;
  leadUnitId?: string | null;
  invitedById?: string | null;

  @Field(() => PurchaserStatus, { nullable: true })
  status?: PurchaserStatus | null;

  @Field(() => PurchaserCategory, { nullable: true })
  category?: PurchaserCategory | null;

  @Field(() => Int)
  count!: number;
}

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

/**
 * Grouped counts over a list's rows, in ONE statement: the list's own scope and filter, then
 * GROUP BY the chosen dimensions (`dimensions`: enum value -> [row key, SQL expression]), with
 * what the groups are of (their delegation, sub-delegation…) embedded where the query selects it.
 */
async function grouped<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  typeName: string,
  source: ListSource,
  joins: string,
  dimensions: Record<string, [string, string]>,
  groupBy: readonly string[],
  filter: Record<string, unknown> | null | undefined,
  measures: string,
): Promise<T[]> {
  const params = new Params();
  const groups = [...new Set(groupBy)].map((g) => dimensions[g]!);
  const where = [
    source.scope(ctx.viewer, params),
    compileFilter(source.spec, filter, source.alias, params),
  ].join(' and ');
  const keys = groups.map(([key, sql]) => `${sql} as "${key}"`);
  const order = groups.map((_, i) => `${i + 1} nulls last`).join(', ');
  return queryGroups<T>(
    ctx.query,
    `select ${[...keys, measures].join(', ')} from ${source.from} ${joins} where ${where}
     ${groups.length ? `group by ${groups.map((_, i) => i + 1).join(', ')} order by ${order}` : ''}`,
    groups.map(([key]) => key),
    embedsBelow(typeName, info),
    params,
    ctx.viewer,
  );
}

const PurchaserFilter = filterInput(purchaserList.spec);
const MatchFilter = filterInput(matchList.spec);

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
    @Arg('filter', () => PurchaserFilter, { nullable: true })
    filter?: Record<string, unknown> | null,
    @Arg('groupBy', () => [PurchaserGroupBy], { defaultValue: [] })
    groupBy: PurchaserGroupBy[] = [],
  ): Promise<PurchaserAggregateGroup[]> {
    return grouped(
      ctx,
      info,
      'PurchaserAggregateGroup',
      purchaserList,
      'left join sub_delegation_lead gl on gl.id = p.lead_id',
      {
        DELEGATION: ['delegationId', 'p.delegation_id'],
        SUB_DELEGATION: ['subDelegationId', 'p.sub_delegation_id'],
        LEAD_UNIT: ['leadUnitId', 'gl.organisation_id'],
        INVITED_BY: ['invitedById', 'p.invited_by_organisation_id'],
        STATUS: ['status', 'p.status'],
        CATEGORY: ['category', 'p.category'],
      },
      groupBy,
      filter,
      'count(*)::int as count',
    );
  }

  @FieldResolver(() => Delegation, { nullable: true })
  delegation(
    @Root() g: PurchaserAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<Delegation | null> | null {
    return g.delegationId ? ctx.loaders.byId(delegationById, g.delegationId) : null;
  }

  @FieldResolver(() => SubDelegation, { nullable: true })
  subDelegation(
    @Root() g: PurchaserAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<SubDelegation | null> | null {
    return g.subDelegationId ? ctx.loaders.byId(subDelegationById, g.subDelegationId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  leadUnit(
    @Root() g: PurchaserAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<Organisation | null> | null {
    return g.leadUnitId ? ctx.loaders.byId(organisationById, g.leadUnitId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  invitedBy(
    @Root() g: PurchaserAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<Organisation | null> | null {
    return g.invitedById ? ctx.loaders.byId(organisationById, g.invitedById) : null;
  }
}

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
      'join exhibitor gx on gx.id = m.exhibitor_id join exhibition_area ga on ga.id = gx.exhibition_area_id',
      {
        DELEGATION: ['delegationId', 'm.delegation_id'],
        SUB_DELEGATION: ['subDelegationId', 'p.sub_delegation_id'],
        STATUS: ['status', 'm.status'],
        EXHIBITOR_COUNTRY: ['exhibitorCountry', 'gx.country'],
        EXHIBITION_AREA: ['exhibitionAreaId', 'coalesce(ga.parent_id, ga.id)'],
      },
      groupBy,
      filter,
      'count(*)::int as count, round(avg(m.score), 4)::text as "avgScore"',
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
