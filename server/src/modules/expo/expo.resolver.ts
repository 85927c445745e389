import { Access } from '../../auth/access.js';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth/roles.js';
import { sql } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { badInput } from '../../graphql/errors.js';
import { selectRows } from '../../graphql/loaders.js';
import { rootedAt } from '../../graphql/paths.js';
import { fromGlobalId, uuidOf } from '../../graphql/relay.js';
import { widenViewer } from '../shared/viewer-scope.js';
import { createExpo, updateExpo } from './expo.service.js';
import { areaById, areasByExpo, EXPOS, expoById, zonesByArea } from './expo.loader.js';
import { CreateExpoInput, ExhibitionArea, Expo, UpdateExpoInput } from './expo.type.js';
import { msg } from '../../i18n/message.js';

const BUREAU = [Role.EXPO_BUREAU];

function loadedExpo(ctx: Context, id: string): Promise<Expo> {
  return ctx.loaders.byIdOrNotFound(expoById, id, 'Expo');
}

@Resolver(() => Expo)
export class ExpoResolver {
  @Access('authenticated')
  @Query(() => [Expo], { description: 'Every expo edition, newest first.' })
  expos(@Ctx() ctx: Context): Promise<Expo[]> {
    return ctx.query<Expo>(selectRows(EXPOS, ctx.viewer, { order: sql`e.starts_on desc, e.key` }));
  }

  @Access('authenticated')
  @Query(() => Expo, { nullable: true, description: 'One expo edition, by key or by ID.' })
  async expo(
    @Ctx() ctx: Context,
    @Arg('key', () => String, {
      nullable: true,
      description: 'The edition\'s key, e.g. "CIIE-5"; or give id.',
    })
    key?: string,
    @Arg('id', () => ID, { nullable: true, description: "The edition's global ID; or give key." })
    id?: string,
  ): Promise<Expo | null> {
    if ((key == null) === (id == null)) throw badInput('key', msg`Give either key or id`);
    if (id != null) {
      const decoded = fromGlobalId(id, 'Expo');
      return decoded ? ctx.loaders.byId(expoById, decoded.id) : null;
    }
    const [row] = await ctx.query<Expo>(
      selectRows(EXPOS, ctx.viewer, { where: sql`e.key = ${sql.value(key!)}` }),
    );
    return row ?? null;
  }

  @Access(BUREAU)
  @Mutation(() => Expo, {
    description:
      'Creates an expo edition with its areas, zones and rate table (an EXPO_BUREAU, which becomes the bureau of the new edition, or ADMIN). A duplicate edition number or key is a CONFLICT at its field.',
  })
  async createExpo(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateExpoInput, {
      description: 'The edition: number, names, dates, venue, areas, zones and rates.',
    })
    input: CreateExpoInput,
  ): Promise<Expo> {
    const { id, grant } = await rootedAt('input', () => createExpo(ctx, input));
    if (grant) {
      widenViewer(ctx, {
        grant: {
          id: grant.id,
          role: Role.EXPO_BUREAU,
          expoId: id,
          delegationId: null,
          subDelegationId: null,
          leadId: null,
          sharedTarget: false,
          organisationId: null,
          purchaserId: null,
          expoDelegationIds: [],
        },
      });
    }
    return loadedExpo(ctx, id);
  }

  @Access(BUREAU)
  @Mutation(() => Expo, {
    description:
      'Changes an expo edition (its EXPO_BUREAU, or ADMIN): fields, areas and zones (added or renamed by key), rates (set per currency). A stale version is a CONFLICT.',
  })
  async updateExpo(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateExpoInput, {
      description: 'The edition, the version you read, and what changes.',
    })
    input: UpdateExpoInput,
  ): Promise<Expo> {
    const command = { ...input, id: uuidOf(input.id, 'Expo', 'input.id') };
    return loadedExpo(ctx, await rootedAt('input', () => updateExpo(ctx, command)));
  }

  @FieldResolver(() => [ExhibitionArea], {
    description: 'The exhibition areas (展区); zones nest under them.',
  })
  exhibitionAreas(@Root() expo: Expo, @Ctx() ctx: Context): Promise<ExhibitionArea[]> {
    return ctx.loaders.many(areasByExpo, expo.id);
  }
}

@Resolver(() => ExhibitionArea)
export class ExhibitionAreaResolver {
  @FieldResolver(() => Expo, { description: 'The expo edition the area belongs to.' })
  expo(@Root() area: ExhibitionArea, @Ctx() ctx: Context): Promise<Expo | null> {
    return ctx.loaders.byId(expoById, area.expoId);
  }

  @FieldResolver(() => ExhibitionArea, {
    nullable: true,
    description: 'The area a zone nests under.',
  })
  parent(@Root() area: ExhibitionArea, @Ctx() ctx: Context): Promise<ExhibitionArea | null> | null {
    return area.parentId ? ctx.loaders.byId(areaById, area.parentId) : null;
  }

  @FieldResolver(() => [ExhibitionArea], { description: 'Zones (专区) nested under this area.' })
  zones(@Root() area: ExhibitionArea, @Ctx() ctx: Context): Promise<ExhibitionArea[]> {
    return ctx.loaders.many(zonesByArea, area.id);
  }
}
