import { Access } from '../../auth/access.js';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { sql } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { selectRows } from '../../graphql/loaders.js';
import { badInput } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/relay.js';
import { areaById, areasByExpo, EXPOS, expoById, zonesByArea } from './expo.loader.js';
import { ExhibitionArea, Expo } from './expo.type.js';

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
    @Arg('key', () => String, { nullable: true }) key?: string,
    @Arg('id', () => ID, { nullable: true }) id?: string,
  ): Promise<Expo | null> {
    if ((key == null) === (id == null)) throw badInput('key', 'Give either key or id');
    if (id != null) {
      const decoded = fromGlobalId(id, 'Expo');
      return decoded ? ctx.loaders.byId(expoById, decoded.id) : null;
    }
    const [row] = await ctx.query<Expo>(
      selectRows(EXPOS, ctx.viewer, { where: sql`e.key = ${sql.value(key!)}` }),
    );
    return row ?? null;
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
  @FieldResolver(() => Expo)
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
