import { randomUUID } from 'node:crypto';
import type { Role } from '../../server/src/auth/roles.js';
import type { Grant } from '../../server/src/auth/viewer.js';

/** A grant of `role` bound as `more` says (nothing else bound), for a Viewer built in a test. */
export function grantOf(role: Role, more: Partial<Grant> = {}): Grant {
  return {
    id: randomUUID(),
    role,
    expoId: null,
    delegationId: null,
    subDelegationId: null,
    leadId: null,
    sharedTarget: false,
    organisationId: null,
    purchaserId: null,
    expoDelegationIds: null,
    ...more,
  };
}
