import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, everyone, type Rows } from '../../graphql/loaders.js';
import type { Organisation } from './organisation.type.js';

export const ORGANISATION_SELECT = selectList('organisation', 'o', [
  'id',
  'key',
  'kind',
  'nameZh',
  'nameEn',
  'creditCode',
]);

export const ORGANISATIONS: Rows = {
  typename: 'Organisation',
  alias: 'o',
  from: sql`organisation o`,
  columns: ORGANISATION_SELECT,
  scope: everyone,
};

export const organisationById = byId<Organisation>('organisationById', ORGANISATIONS);
