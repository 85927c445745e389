import type { ByIdRelation } from '../../graphql/loaders.js';
import { inDelegations } from '../delegation/delegation.loader.js';
import type { Person } from './person.type.js';

/**
 * A person with the purchaser it belongs to, as its contact or one of its attendees (each is
 * created for one purchaser): the record itself says who owns its contact fields, however it is
 * reached (a purchaser's contact, an attendee, `node`).
 */
export const PERSON_COLUMNS = `p.id, p.delegation_id as "delegationId",
  p.organisation_id as "organisationId", p.name, p.phone, p.mobile, p.email,
  o.id as "purchaserId", o.sub_delegation_id as "subDelegationId",
  o.invited_by_organisation_id as "invitedByOrganisationId"`;

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
  typename: 'Person',
  scope: 'delegation',
  sql: `select ${PERSON_COLUMNS} from ${PERSON_FROM}
        where p.id = any($1::uuid[]) and ${inDelegations('p.delegation_id')}`,
};
