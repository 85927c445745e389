import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';

/**
 * A progress report (上报) a delegation's office froze for the preparatory committee: numbered
 * 1, 2, 3… per delegation, its figures (report.figures.ts) as the live queries read them at that
 * moment. Immutable: a trigger of the migration refuses UPDATE and DELETE. Written by the one
 * statement of `freezeProgressReport`, never through this entity: it declares the table.
 */
@Entity({ tableName: 'progress_report' })
@Unique({ name: 'progress_report_delegation_id_number_key', properties: ['delegation', 'number'] })
export class ProgressReport {
  [OptionalProps]?: 'frozenAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'progress_report_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'json' })
  figures!: Record<string, unknown>;

  @Property({ type: 'text' })
  frozenBy!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  frozenAt: Date = new Date();
}
