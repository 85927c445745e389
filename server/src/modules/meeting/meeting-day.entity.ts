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
import type { Opt, Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Expo } from '../expo/expo.entity.js';
import type { SlotBreak } from './meeting-slots.js';

/**
 * The slot plan of one expo day (the edition's, or a delegation's own): from `starts` to
 * `ends` (Shanghai wall-clock time) in slots of `slotMinutes`, around `breaks`. The slots
 * themselves are computed by `daySlots` (meeting-slots.ts), the one definition.
 */
@Entity({ tableName: 'meeting_day' })
@Index({ name: 'meeting_day_delegation_idx', properties: ['delegation'] })
@Unique({
  name: 'meeting_day_once',
  expression:
    "create unique index meeting_day_once on meeting_day (expo_id, coalesce(delegation_id, '00000000-0000-0000-0000-000000000000'), day)",
})
export class MeetingDay {
  [OptionalProps]?: 'breaks' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Expo, {
    ref: true,
    fieldName: 'expo_id',
    foreignKeyName: 'meeting_day_expo_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  expo!: Ref<Expo>;

  /** Must belong to the same expo (composite FK in the database). */
  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  delegation: Ref<Delegation> | null = null;

  @Property({ type: 'date' })
  day!: string;

  @Property({ type: 'time' })
  starts!: string;

  @Property({ type: 'time' })
  ends!: string;

  @Property({ type: 'integer' })
  slotMinutes!: number;

  @Property({ type: 'json', defaultRaw: `'[]'` })
  breaks: SlotBreak[] = [];

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
