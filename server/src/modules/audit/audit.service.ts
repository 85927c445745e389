import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from './audit-event.entity.js';

/** One audited change, persisted in the same unit of work (so the same transaction) as the change. */
export function audit(
  em: EntityManager,
  event: {
    actor: string;
    action: string;
    entityType: string;
    entityId: string;
    delegationId?: string | null;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  },
): AuditEvent {
  return em.create(AuditEvent, {
    actor: event.actor,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    delegation: event.delegationId ?? null,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}
