import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Delegation } from './delegation.entity.js';

@Entity({ tableName: 'sub_delegation' })
@Unique({ properties: ['delegation', 'key'] })
export class SubDelegation {
  [OptionalProps]?: 'receivesUnassigned' | 'position';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, { ref: true, fieldName: 'delegation_id' })
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
}
