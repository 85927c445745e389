import { selectList } from '../../graphql/columns.js';
import type { ByIdRelation } from '../../graphql/loaders.js';
import { inDelegations } from '../delegation/delegation.loader.js';
import type { Person } from './person.type.js';

/**
 * A person with the purchaser it belongs to, as its contact or one of its attendees (each is
 * created for one purchaser): the record itself says who owns its contact fields, however it is
 * reached (a purchaser's contact, an attendee, `node`).
 */
export const PERSON_SELECT = selectList('person', 'p', [
  'id',
  'delegationId',
  'organisationId',
  'name',
  'phone',
  'mobile',
  'email',
  ['purchaserId', 'o.id', 'uuid'],
  ['subDelegationId', 'o.sub_delegation_id', 'uuid'],
  ['invitedByOrganisationId', 'o.invited_by_organisation_id', 'uuid'],
]);
export const PERSON_COLUMNS = PERSON_SELECT.text;

const PERSON_FROM = `person p left join lateral (
    select u.id, u.sub_delegation_id, u.invited_by_organisation_id from purchaser u
    where u.contact_person_id = p.id
    union all
    select u.id, u.sub_delegation_id, u.invited_by_organisation_id
    from attendee a join purchaser u on u.id = a.purchaser_id
    where a.person_id = p.id
    limit 1
  ) o on true`;

export const personById: ByIdRelation<Person> = {
  name: 'personById',
  columns: PERSON_SELECT,
  typename: 'Person',
  scope: 'delegation',
  sql: `select ${PERSON_COLUMNS} from ${PERSON_FROM}
        where p.id = any($1::uuid[]) and ${inDelegations('p.delegation_id')}`,
};
