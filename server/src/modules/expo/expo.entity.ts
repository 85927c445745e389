import { randomUUID } from 'node:crypto';
import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';

@Entity({ tableName: 'expo' })
export class Expo {
  [OptionalProps]?: 'reportingCurrency' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @Property({ type: 'text', unique: 'expo_key_key' })
  key!: string;

  @Property({ type: 'integer', nullable: true, unique: 'expo_edition_key' })
  edition: number | null = null;

  @Property({ type: 'text' })
  nameZh!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date' })
  endsOn!: string;

  @Property({ type: 'text', nullable: true })
  venueZh: string | null = null;

  @Property({ type: 'text', nullable: true })
  venueEn: string | null = null;

  @Property({ type: 'text', nullable: true })
  website: string | null = null;

  @Property({ type: 'character', length: 3 })
  reportingCurrency: string = 'USD';

  @Property({ type: 'integer', nullable: true, fieldName: 'business_exhibition_area_m2' })
  businessExhibitionAreaM2: number | null = null;

  /** Moves on with every change of the edition, its areas and zones and its rate table. */
  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
