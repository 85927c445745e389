import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Expo } from '../expo/expo.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';

@Entity({ tableName: 'delegation' })
@Unique({ name: 'delegation_expo_id_key_key', properties: ['expo', 'key'] })
@Unique({ name: 'delegation_id_expo_id_key', properties: ['id', 'expo'] })
/** One delegation per province and edition (the later one follows the earlier one's deals up). */
@Unique({ name: 'delegation_expo_id_province_en_key', properties: ['expo', 'provinceEn'] })
export class Delegation {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Expo, {
    ref: true,
    fieldName: 'expo_id',
    foreignKeyName: 'delegation_expo_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  expo!: Ref<Expo>;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'text' })
  provinceZh!: string;

  @Property({ type: 'text' })
  provinceEn!: string;

  @Property({ type: 'text', nullable: true })
  registrationPrincipleZh: string | null = null;

  @Property({ type: 'text', nullable: true })
  registrationPrincipleEn: string | null = null;

  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'office_organisation_id',
    foreignKeyName: 'delegation_office_organisation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
    nullable: true,
  })
  officeOrganisation: Ref<Organisation> | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
