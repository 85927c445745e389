import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { ORGANISATION_COLUMNS, organisationById } from './organisation.loader.js';
import { createOrganisation } from './organisation.service.js';
import { CreateOrganisationInput, Organisation } from './organisation.type.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Access('authenticated')
  @Query(() => [Organisation], {
    description: 'Organisations by Chinese or English name (substring) or credit code, by name.',
  })
  organisations(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit = 100,
  ): Promise<Organisation[]> {
    if (limit < 1 || limit > 500) throw badInput('limit', 'limit must be between 1 and 500');
    const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    return ctx.query<Organisation>(
      `select ${ORGANISATION_COLUMNS} from organisation o
       where $1::text is null or o.name_zh ilike $1 or o.name_en ilike $1 or o.credit_code = $2
       order by o.name_zh limit $3`,
      [pattern, search?.toUpperCase() ?? null, limit],
    );
  }

  @Access([Role.DELEGATION_OFFICE, Role.SUB_DELEGATION_LEAD, Role.MEMBER_UNIT])
  @Mutation(() => Organisation, { description: 'Registers an organisation.' })
  async createOrganisation(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput,
  ): Promise<Organisation | null> {
    const created = await createOrganisation(ctx.em(), ctx.viewer.actor, input);
    return ctx.loaders.byId(organisationById, created.id);
  }
}
