import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, everyone, type Rows } from '../../graphql/loaders.js';
import type { ExhibitionArea, Expo } from './expo.type.js';

export const EXPO_SELECT = selectList('expo', 'e', [
  'id',
  'key',
  'edition',
  'nameZh',
  'nameEn',
  'startsOn',
  'endsOn',
  'venueZh',
  'venueEn',
  'website',
  'reportingCurrency',
  'businessExhibitionAreaM2',
  'version',
]);

const AREA_SELECT = selectList('exhibition_area', 'a', [
  'id',
  'expoId',
  'parentId',
  'key',
  'kind',
  'nameZh',
  'nameEn',
]);

export const EXPOS: Rows = {
  typename: 'Expo',
  alias: 'e',
  from: sql`expo e`,
  columns: EXPO_SELECT,
  scope: everyone,
};

const AREAS: Rows = {
  typename: 'ExhibitionArea',
  alias: 'a',
  from: sql`exhibition_area a`,
  columns: AREA_SELECT,
  scope: everyone,
};

export const expoById = byId<Expo>('expoById', EXPOS);
export const areaById = byId<ExhibitionArea>('areaById', AREAS);

/** Top-level exhibition areas of expos (zones come through `ExhibitionArea.zones`). */
export const areasByExpo = byParent<ExhibitionArea>(
  'areasByExpo',
  AREAS,
  'expoId',
  sql`a.position, a.key`,
  sql`a.parent_id is null`,
);

export const zonesByArea = byParent<ExhibitionArea>(
  'zonesByArea',
  AREAS,
  'parentId',
  sql`a.position, a.key`,
);
