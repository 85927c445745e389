import { delegationScope } from '../../auth/scope.js';
import { sql } from '../../db/sql.js';
import { byParent, type Rows } from '../../graphql/loaders.js';
import { AUDIT_SELECT } from '../audit/audit.loader.js';
import type { AuditEvent } from '../audit/audit.type.js';

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
 * Changes to a delegation's structure, for whoever reads the delegation (the events hold no
 * contact data: a new person's name and organisation only).
 */
const STRUCTURE_EVENTS: Rows = {
  typename: 'AuditEvent',
  alias: 'a',
  from: sql`audit_event a`,
  columns: AUDIT_SELECT,
  scope: (viewer) => delegationScope(viewer, sql`a.delegation_id`),
};

/** A delegation's structure changes, oldest first. */
export const structureHistoryByDelegation = byParent<AuditEvent>(
  'structureHistoryByDelegation',
  STRUCTURE_EVENTS,
  'delegationId',
  sql`a.at, a.id`,
  sql`a.entity_type in (${sql.join(
    STRUCTURE_TYPES.map((type) => sql.literal(type)),
    ', ',
  )})`,
);
