import { delegationScope } from '../../auth/scope.js';
import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, type Rows } from '../../graphql/loaders.js';
import type { RoleGrant, User } from './user.type.js';

export const USER_SELECT = selectList('app_user', 'u', ['id', 'name', 'disabled', 'delegationId']);
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

/** Users the viewer manages: those of delegations it reads (or all, for ADMIN). */
const USERS: Rows = {
  typename: 'User',
  alias: 'u',
  from: sql`app_user u`,
  columns: USER_SELECT,
  scope: (viewer) => delegationScope(viewer, sql`u.delegation_id`),
};

const GRANTS: Rows = {
  typename: 'RoleGrant',
  alias: 'g',
  from: sql`role_grant g join app_user u on u.id = g.user_id`,
  columns: GRANT_SELECT,
  scope: (viewer) => delegationScope(viewer, sql`u.delegation_id`),
};

export const userById = byId<User>('userById', USERS);
export const grantsByUser = byParent<RoleGrant>(
  'grantsByUser',
  GRANTS,
  'userId',
  sql`g.created_at`,
);
