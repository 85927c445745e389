import { selectList } from '../../graphql/columns.js';
import type { ByIdRelation, ManyRelation } from '../../graphql/loaders.js';
import type { RoleGrant, User } from './user.type.js';

export const USER_SELECT = selectList('app_user', 'u', ['id', 'name', 'disabled', 'delegationId']);
export const USER_COLUMNS = USER_SELECT.text;
export const GRANT_SELECT = selectList('role_grant', 'g', [
  'id',
  'userId',
  'role',
  'expoId',
  'delegationId',
  'subDelegationId',
  'leadId',
  'organisationId',
  'purchaserId',
  'grantedBy',
]);
export const GRANT_COLUMNS = GRANT_SELECT.text;

/** Users the viewer manages: those of delegations it reads (or all, for ADMIN). */
export const userById: ByIdRelation<User> = {
  name: 'userById',
  columns: USER_SELECT,
  typename: 'User',
  scope: 'delegation',
  sql: `select ${USER_COLUMNS} from app_user u
        where u.id = any($1::uuid[]) and ($2::uuid[] is null or u.delegation_id = any($2::uuid[]))`,
};

export const grantsByUser: ManyRelation<RoleGrant> = {
  name: 'grantsByUser',
  columns: GRANT_SELECT,
  key: 'userId',
  scope: 'delegation',
  sql: `select ${GRANT_COLUMNS} from role_grant g join app_user u on u.id = g.user_id
        where g.user_id = any($1::uuid[]) and ($2::uuid[] is null or u.delegation_id = any($2::uuid[]))
        order by g.created_at`,
};
