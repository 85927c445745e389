import { selectList } from '../../graphql/columns.js';
import type { ByIdRelation } from '../../graphql/loaders.js';
import type { Exhibitor } from './exhibitor.type.js';

export const EXHIBITOR_SELECT = selectList('exhibitor', 'x', [
  'id',
  'expoId',
  'exhibitionAreaId',
  'nameEn',
  'nameZh',
  'country',
  'booth',
  'products',
  'contactName',
  'contactEmail',
  'contactPhone',
  'version',
  'createdAt',
  'updatedAt',
]);
export const EXHIBITOR_COLUMNS = EXHIBITOR_SELECT.text;

/** Exhibitors are expo reference data: any signed-in viewer reads them. */
export const exhibitorById: ByIdRelation<Exhibitor> = {
  name: 'exhibitorById',
  columns: EXHIBITOR_SELECT,
  typename: 'Exhibitor',
  scope: 'public',
  sql: `select ${EXHIBITOR_COLUMNS} from exhibitor x where x.id = any($1::uuid[])`,
};

/** The text that product matching and search run on (the trigram index is on this expression). */
export const EXHIBITOR_TEXT = `(x.name_en || ' ' || coalesce(x.name_zh, '') || ' ' || x.products)`;
