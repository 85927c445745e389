import type { ByIdRelation } from '../../graphql/loaders.js';
import type { Exhibitor } from './exhibitor.type.js';

export const EXHIBITOR_COLUMNS = `x.id, x.expo_id as "expoId", x.exhibition_area_id as "exhibitionAreaId",
  x.name_en as "nameEn", x.name_zh as "nameZh", x.country, x.booth, x.products,
  x.contact_name as "contactName", x.contact_email as "contactEmail",
  x.contact_phone as "contactPhone", x.version, x.created_at as "createdAt",
  x.updated_at as "updatedAt"`;

/** Exhibitors are expo reference data: any signed-in viewer reads them. */
export const exhibitorById: ByIdRelation<Exhibitor> = {
  name: 'exhibitorById',
  typename: 'Exhibitor',
  scope: 'public',
  sql: `select ${EXHIBITOR_COLUMNS} from exhibitor x where x.id = any($1::uuid[])`,
};

/** The text that product matching and search run on (the trigram index is on this expression). */
export const EXHIBITOR_TEXT = `(x.name_en || ' ' || coalesce(x.name_zh, '') || ' ' || x.products)`;
