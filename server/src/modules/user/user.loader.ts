import { delegationScope } from '../../auth/scope.js';
import type { Viewer } from '../../auth/viewer.js';
import { or, sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, type Rows } from '../../graphql/loaders.js';
import type { RoleGrant, User } from './user.type.js';

export const USER_SELECT = selectList('app_user', 'u', [
  'id',
  'name',
  'disabled',
  'delegationId',
  'expoId',
]);
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
  'exhibitorId',
  'grantedBy',
]);

/**
 * Users the viewer reads: those of delegations it reads, those of the editions it is the bureau
 * of (exhibitors' representatives), or all, for ADMIN.
 */
const usersScope = (viewer: Viewer) =>
  or([
    delegationScope(viewer, sql`u.delegation_id`),
    viewer.bureauExpoIds.length === 0
      ? sql.false
      : sql`u.expo_id = any(${sql.value(viewer.bureauExpoIds)}::uuid[])`,
  ]);

const USERS: Rows = {
  typename: 'User',
  alias: 'u',
  from: sql`app_user u`,
  columns: USER_SELECT,
  scope: usersScope,
};

const GRANTS: Rows = {
  typename: 'RoleGrant',
  alias: 'g',
  from: sql`role_grant g join app_user u on u.id = g.user_id`,
  columns: GRANT_SELECT,
  scope: usersScope,
};

export const userById = byId<User>('userById', USERS);
export const grantsByUser = byParent<RoleGrant>(
  'grantsByUser',
  GRANTS,
  'userId',
  sql`g.created_at`,
);
