import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { OrganisationKind } from './organisation.enums.js';

@Entity({ tableName: 'organisation' })
@Index({
  name: 'organisation_name_zh_trgm',
  expression:
    'create index organisation_name_zh_trgm on organisation using gin (name_zh gin_trgm_ops)',
})
export class Organisation {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @Property({ type: 'text', nullable: true, unique: 'organisation_key_key' })
  key: string | null = null;

  @Enum({ items: () => OrganisationKind, type: 'string' })
  kind!: OrganisationKind;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text', nullable: true })
  nameEn: string | null = null;

  /** GB 32100-2015 unified social credit code (validated by the database). */
  @Property({
    type: 'character',
    length: 18,
    nullable: true,
    unique: 'organisation_credit_code_key',
  })
  creditCode: string | null = null;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
