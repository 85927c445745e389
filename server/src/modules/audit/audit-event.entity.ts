import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';

@Entity({ tableName: 'audit_event' })
@Index({ name: 'audit_event_delegation_idx', properties: ['delegation', 'at'] })
@Index({ name: 'audit_event_entity_idx', properties: ['entityId', 'at'] })
export class AuditEvent {
  [OptionalProps]?: 'before' | 'after' | 'at';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'audit_event_delegation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  delegation: Ref<Delegation> | null = null;

  @Property({ type: 'text' })
  actor!: string;

  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text' })
  entityType!: string;

  /** Not a foreign key: the audited row may be of any table, or deleted since. */
  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  at: Date = new Date();
}
