import { AppError, ErrorCode } from '../graphql/errors.js';
import { Role } from './roles.js';
import type { Viewer } from './viewer.js';

/**
 * Scope rules for writes and for masked fields, in one place. Services call these; reads are
 * limited by the SQL predicates the loaders apply.
 */

export function forbidden(message: string): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message);
}

/** The viewer holds one of these roles for this delegation (ADMIN always does). */
export function requireInDelegation(viewer: Viewer, delegationId: string, roles: readonly Role[], what: string): void {
  if (viewer.isAdmin) return;
  if (viewer.grantsFor(delegationId, ...roles).length === 0) {
    throw forbidden(`Only ${roles.join(', ')} of this delegation may ${what}`);
  }
}

/** Roles granted at delegation level or below, which a delegation office manages. */
const OFFICE_MANAGED = new Set([
  Role.DELEGATION_OFFICE,
  Role.SUB_DELEGATION_LEAD,
  Role.MEMBER_UNIT,
  Role.CREDIT_CHECKER,
  Role.BACKGROUND_CHECKER,
  Role.PURCHASER,
  Role.ANALYST,
]);

/**
 * Nobody grants above their own scope: ADMIN grants anything; a delegation office grants roles
 * bound inside its delegation (an expo-wide ANALYST or EXPO_BUREAU grant is above it).
 */
export function requireMayGrant(viewer: Viewer, grant: { role: Role; delegationId: string | null }): void {
  if (viewer.isAdmin) return;
  const inside = grant.delegationId !== null && OFFICE_MANAGED.has(grant.role);
  if (!inside || viewer.grantsFor(grant.delegationId!, Role.DELEGATION_OFFICE).length === 0) {
    throw forbidden(`Granting ${grant.role} here is above your scope`);
  }
}

/** Users are managed by the office of the delegation they belong to, or by ADMIN. */
export function requireMayManageUser(viewer: Viewer, user: { delegationId: string | null }): void {
  if (viewer.isAdmin) return;
  if (!user.delegationId || viewer.grantsFor(user.delegationId, Role.DELEGATION_OFFICE).length === 0) {
    throw forbidden('Only the office of the user\'s delegation, or ADMIN, manages this user');
  }
}

/**
 * Personal contact fields (phone, email, ID numbers) show in full to those who own the record:
 * ADMIN, the office of the person's delegation, and the holders listed in `owners`. ANALYST
 * (and everyone else) sees them masked.
 */
export function seesContactOf(
  viewer: Viewer,
  person: { delegationId: string | null },
  owners: { subDelegationId?: string | null; purchaserId?: string | null; memberUnitKey?: string | null; backgroundCheck?: boolean } = {},
): boolean {
  if (viewer.isAdmin) return true;
  if (!person.delegationId) return false;
  if (viewer.grantsFor(person.delegationId, Role.DELEGATION_OFFICE).length > 0) return true;
  if (owners.backgroundCheck && viewer.grantsFor(person.delegationId, Role.BACKGROUND_CHECKER).length > 0) return true;
  if (owners.subDelegationId && viewer.subDelegationIds.includes(owners.subDelegationId)) return true;
  if (owners.purchaserId && viewer.purchaserIds.includes(owners.purchaserId)) return true;
  if (owners.memberUnitKey && viewer.memberUnitKeys.includes(owners.memberUnitKey)) return true;
  return false;
}

/** Keeps the last four characters: enough to tell numbers apart, not to call them. */
export function maskPhone(value: string | null): string | null {
  if (value === null) return null;
  const digits = value.replace(/\D/g, '');
  return `***${digits.slice(-4)}`;
}

export function maskEmail(value: string | null): string | null {
  if (value === null) return null;
  const at = value.indexOf('@');
  return at < 1 ? '***' : `${value[0]}***${value.slice(at)}`;
}

export function maskIdNumber(value: string | null): string | null {
  if (value === null) return null;
  return `${'*'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
}
