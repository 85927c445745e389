import { selectList } from '../../graphql/columns.js';
import type { ByIdRelation, ManyRelation } from '../../graphql/loaders.js';
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
export const EXPO_COLUMNS = EXPO_SELECT.text;

const AREA_SELECT = selectList('exhibition_area', 'a', [
  'id',
  'expoId',
  'parentId',
  'key',
  'kind',
  'nameZh',
  'nameEn',
]);
const AREA_COLUMNS = AREA_SELECT.text;

export const expoById: ByIdRelation<Expo> = {
  name: 'expoById',
  columns: EXPO_SELECT,
  typename: 'Expo',
  scope: 'public',
  sql: `select ${EXPO_COLUMNS} from expo e where e.id = any($1::uuid[])`,
};

export const areaById: ByIdRelation<ExhibitionArea> = {
  name: 'areaById',
  columns: AREA_SELECT,
  typename: 'ExhibitionArea',
  scope: 'public',
  sql: `select ${AREA_COLUMNS} from exhibition_area a where a.id = any($1::uuid[])`,
};

/** Top-level exhibition areas of expos (zones come through `ExhibitionArea.zones`). */
export const areasByExpo: ManyRelation<ExhibitionArea> = {
  name: 'areasByExpo',
  columns: AREA_SELECT,
  key: 'expoId',
  scope: 'public',
  sql: `select ${AREA_COLUMNS} from exhibition_area a
        where a.expo_id = any($1::uuid[]) and a.parent_id is null order by a.position, a.key`,
};

export const zonesByArea: ManyRelation<ExhibitionArea> = {
  name: 'zonesByArea',
  columns: AREA_SELECT,
  key: 'parentId',
  scope: 'public',
  sql: `select ${AREA_COLUMNS} from exhibition_area a
        where a.parent_id = any($1::uuid[]) order by a.position, a.key`,
};

export const EXPO_LIST_SQL = `select ${EXPO_COLUMNS} from expo e order by e.starts_on desc, e.key`;
export const EXPO_BY_KEY_SQL = `select ${EXPO_COLUMNS} from expo e where e.key = $1`;
