import { selectList } from '../../graphql/columns.js';
import { purchaserScopeSql } from '../../auth/viewer.js';
import type { ByIdRelation, ManyRelation } from '../../graphql/loaders.js';
import type { AuditEvent } from './audit.type.js';

/** `entityUuid` is the audited row's uuid; `entityId` (a global ID) is resolved from it. */
export const AUDIT_SELECT = selectList('audit_event', 'a', [
  'id',
  'delegationId',
  'actor',
  'action',
  'entityType',
  ['entityUuid', 'a.entity_id', 'uuid'],
  'before',
  'after',
  'at',
]);
export const AUDIT_COLUMNS = AUDIT_SELECT.text;

/**
 * Events about purchasers (their registration, checks, decisions and reporting), readable by
 * whoever reads the purchaser: the scope predicate applies to the purchaser row.
 */
export const purchaserHistory: ManyRelation<AuditEvent> = {
  name: 'purchaserHistory',
  columns: AUDIT_SELECT,
  key: 'entityUuid',
  scope: 'purchaser',
  sql: `select ${AUDIT_COLUMNS} from audit_event a join purchaser p on p.id = a.entity_id
        where a.entity_id = any($1::uuid[]) and a.entity_type = 'Purchaser'
          and ${purchaserScopeSql('p', 2)}
        order by a.at, a.id`,
};

/** An audit event by ID: only those about a purchaser the viewer reads. */
export const auditEventById: ByIdRelation<AuditEvent> = {
  name: 'auditEventById',
  columns: AUDIT_SELECT,
  typename: 'AuditEvent',
  scope: 'purchaser',
  sql: `select ${AUDIT_COLUMNS} from audit_event a join purchaser p on p.id = a.entity_id
        where a.id = any($1::uuid[]) and a.entity_type = 'Purchaser'
          and ${purchaserScopeSql('p', 2)}`,
};
