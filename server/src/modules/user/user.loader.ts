import type { ByIdRelation, ManyRelation } from '../../graphql/loaders.js';
import type { RoleGrant, User } from './user.type.js';

export const USER_COLUMNS = `u.id, u.name, u.disabled, u.delegation_id as "delegationId"`;
export const GRANT_COLUMNS = `g.id, g.user_id as "userId", g.role, g.expo_id as "expoId",
  g.delegation_id as "delegationId", g.sub_delegation_id as "subDelegationId",
  g.lead_id as "leadId", g.organisation_id as "organisationId", g.purchaser_id as "purchaserId",
  g.granted_by as "grantedBy"`;

/** Users the viewer manages: those of delegations it reads (or all, for ADMIN). */
export const userById: ByIdRelation<User> = {
  name: 'userById',
  typename: 'User',
  scope: 'delegation',
  sql: `select ${USER_COLUMNS} from app_user u
        where u.id = any($1::uuid[]) and ($2::uuid[] is null or u.delegation_id = any($2::uuid[]))`,
};

export const grantsByUser: ManyRelation<RoleGrant> = {
  name: 'grantsByUser',
  key: 'userId',
  scope: 'delegation',
  sql: `select ${GRANT_COLUMNS} from role_grant g join app_user u on u.id = g.user_id
        where g.user_id = any($1::uuid[]) and ($2::uuid[] is null or u.delegation_id = any($2::uuid[]))
        order by g.created_at`,
};
