import { selectList } from '../../graphql/columns.js';
import type { ByIdRelation } from '../../graphql/loaders.js';
import type { Organisation } from './organisation.type.js';

export const ORGANISATION_SELECT = selectList('organisation', 'o', [
  'id',
  'key',
  'kind',
  'nameZh',
  'nameEn',
  'creditCode',
]);
export const ORGANISATION_COLUMNS = ORGANISATION_SELECT.text;

export const organisationById: ByIdRelation<Organisation> = {
  name: 'organisationById',
  columns: ORGANISATION_SELECT,
  typename: 'Organisation',
  scope: 'public',
  sql: `select ${ORGANISATION_COLUMNS} from organisation o where o.id = any($1::uuid[])`,
};
