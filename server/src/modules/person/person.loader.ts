import { delegationScope } from '../../auth/scope.js';
import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, type Rows } from '../../graphql/loaders.js';
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
  ['purchaserId', sql`o.id`, 'uuid'],
  ['subDelegationId', sql`o.sub_delegation_id`, 'uuid'],
  ['invitedByOrganisationId', sql`o.invited_by_organisation_id`, 'uuid'],
]);

const PERSON_FROM = sql`person p left join lateral (
    select u.id, u.sub_delegation_id, u.invited_by_organisation_id from purchaser u
    where u.contact_person_id = p.id
    union all
    select u.id, u.sub_delegation_id, u.invited_by_organisation_id
    from attendee a join purchaser u on u.id = a.purchaser_id
    where a.person_id = p.id
    limit 1
  ) o on true`;

const PEOPLE: Rows = {
  typename: 'Person',
  alias: 'p',
  from: PERSON_FROM,
  columns: PERSON_SELECT,
  scope: (viewer) => delegationScope(viewer, sql`p.delegation_id`),
};

export const personById = byId<Person>('personById', PEOPLE);
