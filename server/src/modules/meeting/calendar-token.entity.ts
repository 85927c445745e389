import { randomUUID } from 'node:crypto';
import {
  Entity,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { ExhibitorRepresentative } from '../exhibitor/exhibitor-representative.entity.js';
import { Attendee } from '../purchaser/attendee.entity.js';

/** A private calendar-feed URL of one person; the database keeps the token's hash only. */
@Entity({ tableName: 'calendar_token' })
@Index({ name: 'calendar_token_attendee_idx', properties: ['attendee'] })
@Index({ name: 'calendar_token_representative_idx', properties: ['representative'] })
@Unique({ name: 'calendar_token_token_hash_key', properties: ['tokenHash'] })
export class CalendarToken {
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
    foreignKeyName: 'calendar_token_representative_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
    nullable: true,
  })
  representative: Ref<ExhibitorRepresentative> | null = null;

  /** sha256 of the token, hex. */
  @Property({ type: 'text' })
  tokenHash!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', nullable: true })
  revokedAt: Date | null = null;
}
