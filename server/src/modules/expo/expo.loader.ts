import type { ByIdRelation, ManyRelation } from '../../graphql/loaders.js';
import type { ExhibitionArea, Expo } from './expo.type.js';

export const EXPO_COLUMNS = `e.id, e.key, e.edition, e.name_zh as "nameZh", e.name_en as "nameEn",
  e.starts_on as "startsOn", e.ends_on as "endsOn", e.venue_zh as "venueZh",
  e.venue_en as "venueEn", e.website, e.reporting_currency as "reportingCurrency",
  e.business_exhibition_area_m2 as "businessExhibitionAreaM2"`;

const AREA_COLUMNS = `a.id, a.expo_id as "expoId", a.parent_id as "parentId", a.key, a.kind,
  a.name_zh as "nameZh", a.name_en as "nameEn"`;

export const expoById: ByIdRelation<Expo> = {
  name: 'expoById',
  typename: 'Expo',
  scope: 'public',
  sql: `select ${EXPO_COLUMNS} from expo e where e.id = any($1::uuid[])`,
};

export const areaById: ByIdRelation<ExhibitionArea> = {
  name: 'areaById',
  typename: 'ExhibitionArea',
  scope: 'public',
  sql: `select ${AREA_COLUMNS} from exhibition_area a where a.id = any($1::uuid[])`,
};

/** Top-level exhibition areas of expos (zones come through `ExhibitionArea.zones`). */
export const areasByExpo: ManyRelation<ExhibitionArea> = {
  name: 'areasByExpo',
  key: 'expoId',
  scope: 'public',
  sql: `select ${AREA_COLUMNS} from exhibition_area a
        where a.expo_id = any($1::uuid[]) and a.parent_id is null order by a.position, a.key`,
};

export const zonesByArea: ManyRelation<ExhibitionArea> = {
  name: 'zonesByArea',
  key: 'parentId',
  scope: 'public',
  sql: `select ${AREA_COLUMNS} from exhibition_area a
        where a.parent_id = any($1::uuid[]) order by a.position, a.key`,
};

export const EXPO_LIST_SQL = `select ${EXPO_COLUMNS} from expo e order by e.starts_on desc, e.key`;
export const EXPO_BY_KEY_SQL = `select ${EXPO_COLUMNS} from expo e where e.key = $1`;
