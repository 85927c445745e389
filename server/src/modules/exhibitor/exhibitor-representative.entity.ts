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
import { Expo } from '../expo/expo.entity.js';
import { AppUser } from '../user/app-user.entity.js';
import { Exhibitor } from './exhibitor.entity.js';

/** A person of an exhibitor who meets purchasers (not a person of a delegation). */
@Entity({ tableName: 'exhibitor_representative' })
@Index({ name: 'exhibitor_representative_exhibitor_idx', properties: ['exhibitor'] })
@Unique({ name: 'exhibitor_representative_id_exhibitor_id_key', properties: ['id', 'exhibitor'] })
@Unique({
  name: 'exhibitor_representative_user_idx',
  expression:
    'create unique index exhibitor_representative_user_idx on exhibitor_representative (user_id) where user_id is not null',
})
export class ExhibitorRepresentative {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  /** Must belong to the same expo (composite FK in the database). */
  @ManyToOne(() => Exhibitor, {
    ref: true,
    fieldName: 'exhibitor_id',
    createForeignKeyConstraint: false,
  })
  exhibitor!: Ref<Exhibitor>;

  /** The exhibitor's expo, denormalised (composite FK with the exhibitor). */
  @ManyToOne(() => Expo, { ref: true, fieldName: 'expo_id', createForeignKeyConstraint: false })
  expo!: Ref<Expo>;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  title: string | null = null;

  @Property({ type: 'text', nullable: true })
  email: string | null = null;

  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  /** The representative's own login, if any. */
  @ManyToOne(() => AppUser, {
    ref: true,
    fieldName: 'user_id',
    foreignKeyName: 'exhibitor_representative_user_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  user: Ref<AppUser> | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
