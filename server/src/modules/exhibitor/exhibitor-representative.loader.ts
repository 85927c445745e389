import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, everyone, type Rows } from '../../graphql/loaders.js';
import type { ExhibitorRepresentative } from './exhibitor-representative.type.js';

export const REPRESENTATIVE_SELECT = selectList('exhibitor_representative', 'r', [
  'id',
  'exhibitorId',
  'expoId',
  'userId',
  'name',
  'title',
  'email',
  'phone',
  'version',
  'createdAt',
  'updatedAt',
]);

/** Read by whoever reads the exhibitor (expo reference data); contacts masked as business ones. */
export const REPRESENTATIVES: Rows = {
  typename: 'ExhibitorRepresentative',
  alias: 'r',
  from: sql`exhibitor_representative r`,
  columns: REPRESENTATIVE_SELECT,
  scope: everyone,
};

export const representativeById = byId<ExhibitorRepresentative>(
  'representativeById',
  REPRESENTATIVES,
);
export const representativesByExhibitor = byParent<ExhibitorRepresentative>(
  'representativesByExhibitor',
  REPRESENTATIVES,
  'exhibitorId',
  sql`r.name, r.id`,
);
