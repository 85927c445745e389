import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Expo } from '../expo/expo.entity.js';
import { Person } from '../person/person.entity.js';

@Entity({ tableName: 'app_user' })
export class AppUser {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'disabled';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: 'app_user_name_key' })
  name!: string;

  @ManyToOne(() => Person, {
    ref: true,
    fieldName: 'person_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  person: Ref<Person> | null = null;

  /** The delegation whose office manages this user; null for platform and expo users. */
  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'app_user_delegation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  delegation: Ref<Delegation> | null = null;

  /**
   * The edition whose EXPO_BUREAU manages this user (an exhibitor's representative); null for
   * delegation and platform users (never both set: CHECK).
   */
  @ManyToOne(() => Expo, {
    ref: true,
    fieldName: 'expo_id',
    foreignKeyName: 'app_user_expo_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  expo: Ref<Expo> | null = null;

  @Property({ type: 'boolean' })
  disabled: boolean = false;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
