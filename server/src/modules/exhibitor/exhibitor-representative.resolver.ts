import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { optionalUuid, rootedAt } from '../../graphql/paths.js';
import { fromGlobalId, uuidOf } from '../../graphql/relay.js';
import { exhibitorById } from './exhibitor.loader.js';
import { Exhibitor } from './exhibitor.type.js';
import {
  representativeById,
  representativesByExhibitor,
} from './exhibitor-representative.loader.js';
import {
  addRepresentative,
  removeRepresentative,
  updateRepresentative,
} from './exhibitor-representative.service.js';
import {
  AddExhibitorRepresentativeInput,
  ExhibitorRepresentative,
  UpdateExhibitorRepresentativeInput,
} from './exhibitor-representative.type.js';

const BUREAU = [Role.EXPO_BUREAU];

function loadedRepresentative(ctx: Context, id: string): Promise<ExhibitorRepresentative> {
  return ctx.loaders.byIdOrNotFound(representativeById, id, 'ExhibitorRepresentative');
}

@Resolver(() => ExhibitorRepresentative)
export class ExhibitorRepresentativeResolver {
  @Access('authenticated')
  @Query(() => ExhibitorRepresentative, {
    nullable: true,
    description:
      'A representative by global ID; null when it does not exist or you may not read it.',
  })
  exhibitorRepresentative(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the representative.' }) id: string,
  ): Promise<ExhibitorRepresentative | null> | null {
    const decoded = fromGlobalId(id, 'ExhibitorRepresentative');
    return decoded ? ctx.loaders.byId(representativeById, decoded.id) : null;
  }

  @Access(BUREAU)
  @Mutation(() => ExhibitorRepresentative, {
    description: "Adds a representative to an exhibitor (the edition's EXPO_BUREAU, ADMIN).",
  })
  async addExhibitorRepresentative(
    @Ctx() ctx: Context,
    @Arg('input', () => AddExhibitorRepresentativeInput, {
      description: 'The exhibitor and the person.',
    })
    input: AddExhibitorRepresentativeInput,
  ): Promise<ExhibitorRepresentative> {
    const command = {
      ...input,
      exhibitorId: uuidOf(input.exhibitorId, 'Exhibitor', 'input.exhibitorId'),
      userId: optionalUuid(input.userId, 'User', 'input.userId'),
    };
    return loadedRepresentative(
      ctx,
      await rootedAt('input', () => addRepresentative(ctx, command)),
    );
  }

  @Access(BUREAU)
  @Mutation(() => ExhibitorRepresentative, {
    description: 'Changes a representative; a stale version is a CONFLICT.',
  })
  async updateExhibitorRepresentative(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateExhibitorRepresentativeInput, {
      description: 'The representative and its changes.',
    })
    input: UpdateExhibitorRepresentativeInput,
  ): Promise<ExhibitorRepresentative> {
    const command = { ...input, id: uuidOf(input.id, 'ExhibitorRepresentative', 'input.id') };
    return loadedRepresentative(
      ctx,
      await rootedAt('input', () => updateRepresentative(ctx, command)),
    );
  }

  @Access(BUREAU)
  @Mutation(() => Exhibitor, {
    description:
      'Removes a representative (returns the exhibitor); one who takes part in a meeting is IN_USE.',
  })
  async removeExhibitorRepresentative(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the representative.' }) id: string,
    @Arg('version', () => Int, {
      description: 'The version you read (CONFLICT if it has changed since).',
    })
    version: number,
  ): Promise<Exhibitor> {
    const exhibitorId = await removeRepresentative(
      ctx,
      uuidOf(id, 'ExhibitorRepresentative', 'id'),
      version,
    );
    const exhibitor = await ctx.loaders.byId(exhibitorById, exhibitorId);
    if (!exhibitor) throw notFound('Exhibitor');
    return exhibitor;
  }

  @FieldResolver(() => Exhibitor, {
    nullable: true,
    description: 'The exhibitor the person represents.',
  })
  exhibitor(@Root() r: ExhibitorRepresentative, @Ctx() ctx: Context): Promise<Exhibitor | null> {
    return ctx.loaders.byId(exhibitorById, r.exhibitorId);
  }
}

@Resolver(() => Exhibitor)
export class ExhibitorRepresentativesResolver {
  @FieldResolver(() => [ExhibitorRepresentative], {
    description: 'The people of the exhibitor who meet purchasers, by name.',
  })
  representatives(
    @Root() exhibitor: Exhibitor,
    @Ctx() ctx: Context,
  ): Promise<ExhibitorRepresentative[]> {
    return ctx.loaders.many(representativesByExhibitor, exhibitor.id);
  }
}
