import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
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
import { MeetingPointKind } from './meeting.enums.js';

/**
 * A table, room or online room where meetings take place: the edition's, or a delegation's own
 * for its events. `location` for TABLE/ROOM, `link` for ONLINE_ROOM (CHECKs in the database).
 */
@Entity({ tableName: 'meeting_point' })
@Index({ name: 'meeting_point_delegation_idx', properties: ['delegation'] })
@Unique({ name: 'meeting_point_expo_id_key_key', properties: ['expo', 'key'] })
export class MeetingPoint {
  [OptionalProps]?: 'active' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Expo, {
    ref: true,
    fieldName: 'expo_id',
    foreignKeyName: 'meeting_point_expo_id_fkey',
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

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => MeetingPointKind, type: 'string' })
  kind!: MeetingPointKind;

  @Property({ type: 'integer' })
  capacity!: number;

  @Property({ type: 'text', nullable: true })
  location: string | null = null;

  @Property({ type: 'text', nullable: true })
  link: string | null = null;

  @Property({ type: 'boolean', defaultRaw: 'true' })
  active: boolean = true;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
