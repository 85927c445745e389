import { randomUUID } from 'node:crypto';
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { OrganisationKind } from './organisation.enums.js';

@Entity({ tableName: 'organisation' })
export class Organisation {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true, unique: true })
  key: string | null = null;

  @Enum({ items: () => OrganisationKind, type: 'string' })
  kind!: OrganisationKind;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  /** GB 32100-2015 unified social credit code (validated by the database). */
  @Property({ type: 'character', length: 18, nullable: true, unique: true })
  creditCode: string | null = null;

  @Property({ type: 'Date' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
