import { randomUUID } from 'node:crypto';
import {
  DeferMode,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { ExhibitionAreaKind } from './expo.enums.js';
import { Expo } from './expo.entity.js';

/** An AREA of an expo, or a ZONE nested under an AREA of the same expo. */
@Entity({ tableName: 'exhibition_area' })
@Unique({ name: 'exhibition_area_expo_id_key_key', properties: ['expo', 'key'] })
@Unique({ name: 'exhibition_area_id_expo_id_key', properties: ['id', 'expo'] })
@Index({ name: 'exhibition_area_parent_idx', properties: ['parent'] })
export class ExhibitionArea {
  [OptionalProps]?: 'position';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Expo, {
    ref: true,
    fieldName: 'expo_id',
    foreignKeyName: 'exhibition_area_expo_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  expo!: Ref<Expo>;

  /**
   * Set exactly when `kind` is ZONE; must belong to the same expo. `deferMode` has no effect on
   * the (hand-written, not deferrable) schema: it only stops the unit of work from inserting a
   * zone created in the same flush as its area with a null parent_id and a later UPDATE, which
   * the CHECK on kind/parent_id would refuse. Both rows go in one multi-row INSERT instead.
   */
  @ManyToOne(() => ExhibitionArea, {
    ref: true,
    fieldName: 'parent_id',
    createForeignKeyConstraint: false,
    nullable: true,
    deferMode: DeferMode.INITIALLY_DEFERRED,
  })
  parent: Ref<ExhibitionArea> | null = null;

  @Property({ type: 'text' })
  key!: string;

  @Enum({ items: () => ExhibitionAreaKind, type: 'string' })
  kind!: ExhibitionAreaKind;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'integer' })
  position: number = 0;
}
