import type { ByIdRelation } from '../../graphql/loaders.js';
import { inDelegations } from '../delegation/delegation.loader.js';
import type { Person } from './person.type.js';

export const PERSON_COLUMNS = `p.id, p.delegation_id as "delegationId",
  p.organisation_id as "organisationId", p.name, p.phone, p.mobile, p.email`;

export const personById: ByIdRelation<Person> = {
  name: 'personById',
  typename: 'Person',
  scope: 'delegation',
  sql: `select ${PERSON_COLUMNS} from person p
        where p.id = any($1::uuid[]) and ${inDelegations('p.delegation_id')}`,
};
