import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { ExhibitorRepresentative } from '../exhibitor/exhibitor-representative.entity.js';
import { Attendee } from '../purchaser/attendee.entity.js';

/** A time an attendee or a representative (exactly one) cannot meet. */
@Entity({ tableName: 'unavailability' })
@Index({ name: 'unavailability_attendee_idx', properties: ['attendee'] })
@Index({ name: 'unavailability_representative_idx', properties: ['representative'] })
export class Unavailability {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Attendee, {
    ref: true,
    fieldName: 'attendee_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  attendee: Ref<Attendee> | null = null;

  @ManyToOne(() => ExhibitorRepresentative, {
    ref: true,
    fieldName: 'representative_id',
    foreignKeyName: 'unavailability_representative_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
    nullable: true,
  })
  representative: Ref<ExhibitorRepresentative> | null = null;

  /** A PostgreSQL tstzrange literal, e.g. `["2026-11-05 02:00:00+00","2026-11-05 04:00:00+00")`. */
  @Property({ type: 'string', columnType: 'tstzrange' })
  during!: string;

  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
