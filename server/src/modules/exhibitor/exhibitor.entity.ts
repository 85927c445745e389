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
import { ExhibitionArea } from '../expo/exhibition-area.entity.js';
import { Expo } from '../expo/expo.entity.js';

@Entity({ tableName: 'exhibitor' })
@Index({ name: 'exhibitor_area_idx', properties: ['exhibitionArea'] })
@Index({ name: 'exhibitor_country_idx', properties: ['expo', 'country'] })
@Unique({ name: 'exhibitor_expo_id_name_en_key', properties: ['expo', 'nameEn'] })
@Unique({ name: 'exhibitor_id_expo_id_key', properties: ['id', 'expo'] })
@Index({
  name: 'exhibitor_search_trgm',
  expression:
    "create index exhibitor_search_trgm on exhibitor using gin ((name_en || ' ' || coalesce(name_zh, '') || ' ' || products) gin_trgm_ops)",
})
export class Exhibitor {
  [OptionalProps]?: 'products' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Expo, {
    ref: true,
    fieldName: 'expo_id',
    foreignKeyName: 'exhibitor_expo_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  expo!: Ref<Expo>;

  /** Must belong to the same expo (composite FK in the database). */
  @ManyToOne(() => ExhibitionArea, {
    ref: true,
    fieldName: 'exhibition_area_id',
    createForeignKeyConstraint: false,
  })
  exhibitionArea!: Ref<ExhibitionArea>;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  nameZh: string | null = null;

  /** ISO 3166-1 alpha-2. */
  @Property({ type: 'character', length: 2 })
  country!: string;

  @Property({ type: 'text', nullable: true })
  booth: string | null = null;

  @Property({ type: 'text' })
  products: string = '';

  @Property({ type: 'text', nullable: true })
  contactName: string | null = null;

  @Property({ type: 'text', nullable: true })
  contactEmail: string | null = null;

  @Property({ type: 'text', nullable: true })
  contactPhone: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
