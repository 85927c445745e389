import type { ByIdRelation } from '../../graphql/loaders.js';
import type { Organisation } from './organisation.type.js';

export const ORGANISATION_COLUMNS = `o.id, o.key, o.kind, o.name_zh as "nameZh",
  o.name_en as "nameEn", o.credit_code as "creditCode"`;

export const organisationById: ByIdRelation<Organisation> = {
  name: 'organisationById',
  typename: 'Organisation',
  scope: 'public',
  sql: `select ${ORGANISATION_COLUMNS} from organisation o where o.id = any($1::uuid[])`,
};
