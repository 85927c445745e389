import type { ManyRelation } from '../../graphql/loaders.js';
import { AUDIT_COLUMNS, AUDIT_SELECT } from '../audit/audit.loader.js';
import type { AuditEvent } from '../audit/audit.type.js';
import { inDelegations } from './delegation.loader.js';

/** The audited types of a delegation's structure: what its office changes (structure.service.ts). */
export const STRUCTURE_TYPES = [
  'LeadingGroupMember',
  'MemberUnit',
  'SubDelegation',
  'SubDelegationLead',
  'Responsibility',
  'Person',
] as const;

/**
 * Changes to a delegation's structure, oldest first, for whoever reads the delegation (the events
 * hold no contact data: a new person's name and organisation only).
 */
export const structureHistoryByDelegation: ManyRelation<AuditEvent> = {
  name: 'structureHistoryByDelegation',
  columns: AUDIT_SELECT,
  key: 'delegationId',
  scope: 'delegation',
  sql: `select ${AUDIT_COLUMNS} from audit_event a
        where a.delegation_id = any($1::uuid[]) and ${inDelegations('a.delegation_id')}
          and a.entity_type in (${STRUCTURE_TYPES.map((t) => `'${t}'`).join(', ')})
        order by a.at, a.id`,
};
