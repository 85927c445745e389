import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, everyone, type Rows } from '../../graphql/loaders.js';
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

/** Exhibitors are expo reference data: any signed-in viewer reads them. */
export const EXHIBITORS: Rows = {
  typename: 'Exhibitor',
  alias: 'x',
  from: sql`exhibitor x`,
  columns: EXHIBITOR_SELECT,
  scope: everyone,
};

export const exhibitorById = byId<Exhibitor>('exhibitorById', EXHIBITORS);

/** The text that product matching and search run on (the trigram index is on this expression). */
export const EXHIBITOR_TEXT = sql`(x.name_en || ' ' || coalesce(x.name_zh, '') || ' ' || x.products)`;
