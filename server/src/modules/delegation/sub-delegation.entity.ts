import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Delegation } from './delegation.entity.js';

@Entity({ tableName: 'sub_delegation' })
@Unique({ name: 'sub_delegation_delegation_id_key_key', properties: ['delegation', 'key'] })
@Unique({
  name: 'sub_delegation_one_default',
  expression:
    'create unique index sub_delegation_one_default on sub_delegation (delegation_id) where receives_unassigned',
})
export class SubDelegation {
  [OptionalProps]?: 'receivesUnassigned' | 'position';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'sub_delegation_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'text', nullable: true })
  focus: string | null = null;

  /** A target shared by co-leads. */
  @Property({ type: 'integer', nullable: true })
  sharedTargetMin: number | null = null;

  @Property({ type: 'text', nullable: true })
  sharedTargetOf: string | null = null;

  /** Receives purchasers of member units that lead no sub-delegation (at most one per delegation). */
  @Property({ type: 'boolean' })
  receivesUnassigned: boolean = false;

  @Property({ type: 'integer' })
  position: number = 0;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;
}
