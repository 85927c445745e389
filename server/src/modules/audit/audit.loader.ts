import { purchaserScope } from '../../auth/scope.js';
import { and, sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, type Rows } from '../../graphql/loaders.js';
import type { AuditEvent } from './audit.type.js';

/** `entityUuid` is the audited row's uuid; `entityId` (a global ID) is resolved from it. */
export const AUDIT_SELECT = selectList('audit_event', 'a', [
  'id',
  'delegationId',
  'actor',
  'action',
  'entityType',
  ['entityUuid', sql`a.entity_id`, 'uuid'],
  'before',
  'after',
  'at',
]);

/**
 * Events about purchasers (their registration, checks, decisions and reporting), readable by
 * whoever reads the purchaser: the scope predicate applies to the purchaser row.
 */
const PURCHASER_EVENTS: Rows = {
  typename: 'AuditEvent',
  alias: 'a',
  from: sql`audit_event a join purchaser p on p.id = a.entity_id`,
  columns: AUDIT_SELECT,
  scope: (viewer) => and([sql`a.entity_type = 'Purchaser'`, purchaserScope(viewer)]),
};

export const purchaserHistory = byParent<AuditEvent>(
  'purchaserHistory',
  PURCHASER_EVENTS,
  'entityUuid',
  sql`a.at, a.id`,
);

/** An audit event by ID: only those about a purchaser the viewer reads. */
export const auditEventById = byId<AuditEvent>('auditEventById', PURCHASER_EVENTS);
