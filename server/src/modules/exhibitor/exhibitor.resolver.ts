import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import {
  connectionArgs,
  connectionType,
  listConnection,
  type Connection,
  type ConnectionArgs,
} from '../../graphql/lists/connection.js';
import { optionalUuid, rootedAt } from '../../graphql/paths.js';
import { fromGlobalId, uuidOf } from '../../graphql/relay.js';
import { areaById, expoById } from '../expo/expo.loader.js';
import { ExhibitionArea, Expo } from '../expo/expo.type.js';
import { exhibitorList } from './exhibitor.list.js';
import { exhibitorById, EXHIBITOR_TEXT } from './exhibitor.loader.js';
import { sql } from '../../db/sql.js';
import { createExhibitor, importExhibitors, updateExhibitor } from './exhibitor.service.js';
import {
  CreateExhibitorInput,
  Exhibitor,
  ExhibitorImport,
  UpdateExhibitorInput,
} from './exhibitor.type.js';

const BUREAU = [Role.EXPO_BUREAU];
const ExhibitorConnection = connectionType(Exhibitor, 'Exhibitor');
const ExhibitorArgs = connectionArgs(exhibitorList);

@Resolver(() => Exhibitor)
export class ExhibitorResolver {
  @Access('authenticated')
  @Query(() => Exhibitor, {
    nullable: true,
    description: 'An exhibitor by global ID (expo reference data: every signed-in user reads it).',
  })
  exhibitor(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the exhibitor.' }) id: string,
  ): Promise<Exhibitor | null> | null {
    const decoded = fromGlobalId(id, 'Exhibitor');
    return decoded ? ctx.loaders.byId(exhibitorById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => ExhibitorConnection, {
    description:
      'Exhibitors (expo reference data), filtered, ordered and paged; `search` looks in names and products.',
  })
  exhibitors(
    @Ctx() ctx: Context,
    @Args(() => ExhibitorArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Substring of the English or Chinese name or the products.',
    })
    search?: string | null,
  ): Promise<Connection<Exhibitor & Record<string, unknown>>> {
    return listConnection(
      ctx,
      exhibitorList,
      args,
      () =>
        search
          ? sql`${EXHIBITOR_TEXT} ilike ${sql.value(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`
          : sql.true,
      info,
    );
  }

  @Access(BUREAU)
  @Mutation(() => Exhibitor, { description: 'Adds an exhibitor to an expo (its EXPO_BUREAU).' })
  async createExhibitor(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateExhibitorInput, { description: 'The exhibitor to add.' })
    input: CreateExhibitorInput,
  ): Promise<Exhibitor | null> {
    const command = {
      ...input,
      expoId: uuidOf(input.expoId, 'Expo', 'input.expoId'),
      exhibitionAreaId: uuidOf(input.exhibitionAreaId, 'ExhibitionArea', 'input.exhibitionAreaId'),
    };
    const id = await rootedAt('input', () => createExhibitor(ctx, command));
    return ctx.loaders.byId(exhibitorById, id);
  }

  @Access(BUREAU)
  @Mutation(() => Exhibitor, {
    description: 'Changes an exhibitor; a stale version is a CONFLICT.',
  })
  async updateExhibitor(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateExhibitorInput, { description: 'The exhibitor and its changes.' })
    input: UpdateExhibitorInput,
  ): Promise<Exhibitor | null> {
    const command = {
      ...input,
      id: uuidOf(input.id, 'Exhibitor', 'input.id'),
      exhibitionAreaId: optionalUuid(
        input.exhibitionAreaId,
        'ExhibitionArea',
        'input.exhibitionAreaId',
      ),
    };
    const id = await rootedAt('input', () => updateExhibitor(ctx, command));
    return ctx.loaders.byId(exhibitorById, id);
  }

  @Access(BUREAU)
  @Mutation(() => ExhibitorImport, {
    description:
      'Imports the expo bureau\'s exhibitor list, a CSV with the header company, company_zh, country, area, booth, products, contact_name, contact_email, contact_phone (company, country and area required). All rows or none: a bad row is BAD_USER_INPUT with extensions { field: "csv", line, column }.',
  })
  async importExhibitors(
    @Ctx() ctx: Context,
    @Arg('expoId', () => ID, {
      description: 'Global ID of the expo edition (you are its EXPO_BUREAU).',
    })
    expoId: string,
    @Arg('csv', () => String, { description: 'The file, UTF-8 text.' }) csv: string,
  ): Promise<ExhibitorImport> {
    const ids = await importExhibitors(ctx, uuidOf(expoId, 'Expo', 'expoId'), csv);
    const exhibitors = await Promise.all(ids.map((id) => ctx.loaders.byId(exhibitorById, id)));
    return { count: ids.length, exhibitors: exhibitors.filter((x): x is Exhibitor => x !== null) };
  }

  @FieldResolver(() => Expo, { description: 'The expo edition it exhibits at.' })
  expo(@Root() exhibitor: Exhibitor, @Ctx() ctx: Context): Promise<Expo | null> {
    return ctx.loaders.byId(expoById, exhibitor.expoId);
  }

  @FieldResolver(() => ExhibitionArea, { description: 'The area or zone where it exhibits.' })
  exhibitionArea(
    @Root() exhibitor: Exhibitor,
    @Ctx() ctx: Context,
  ): Promise<ExhibitionArea | null> {
    return ctx.loaders.byId(areaById, exhibitor.exhibitionAreaId);
  }
}
