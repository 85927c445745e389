import type { GraphQLResolveInfo } from 'graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import { Arg, Args, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import { column, sql } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { rootedAt } from '../../graphql/paths.js';
import {
  connectionArgs,
  connectionType,
  listConnection,
  type Connection,
  type ConnectionArgs,
} from '../../graphql/lists/connection.js';
import { organisationList } from './organisation.list.js';
import { organisationById } from './organisation.loader.js';
import { createOrganisation } from './organisation.service.js';
import { CreateOrganisationInput, Organisation } from './organisation.type.js';

const OrganisationConnection = connectionType(Organisation, 'Organisation');
const OrganisationArgs = connectionArgs(organisationList);

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Access('authenticated')
  @Query(() => OrganisationConnection, {
    description: 'Organisations (reference data), filtered, ordered and paged.',
  })
  organisations(
    @Ctx() ctx: Context,
    @Args(() => OrganisationArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Chinese or English name containing this, or this credit code.',
    })
    search?: string,
  ): Promise<Connection<Organisation & Record<string, unknown>>> {
    return listConnection(
      ctx,
      organisationList,
      args,
      (a) => {
        if (!search) return sql.true;
        const like = sql.value(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        const code = sql.value(search.toUpperCase());
        return sql`(${column(a, 'name_zh')} ilike ${like} or ${column(a, 'name_en')} ilike ${like} or ${column(a, 'credit_code')} = ${code})`;
      },
      info,
    );
  }

  @Access([Role.DELEGATION_OFFICE, Role.SUB_DELEGATION_LEAD, Role.MEMBER_UNIT])
  @Mutation(() => Organisation, { description: 'Registers an organisation.' })
  async createOrganisation(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateOrganisationInput, {
      description: 'The organisation: kind, names and unified social credit code.',
    })
    input: CreateOrganisationInput,
  ): Promise<Organisation | null> {
    const created = await rootedAt('input', () =>
      createOrganisation(ctx.em(), ctx.viewer.actor, input),
    );
    return ctx.loaders.byId(organisationById, created.id);
  }
}
