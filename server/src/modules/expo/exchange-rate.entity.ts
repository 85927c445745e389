import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Expo } from './expo.entity.js';

@Entity({ tableName: 'exchange_rate' })
@Unique({ name: 'exchange_rate_expo_id_currency_key', properties: ['expo', 'currency'] })
export class ExchangeRate {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Expo, {
    ref: true,
    fieldName: 'expo_id',
    foreignKeyName: 'exchange_rate_expo_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  expo!: Ref<Expo>;

  @Property({ type: 'character', length: 3 })
  currency!: string;

  /** USD for one unit of the currency, numeric(20, 10) kept as a decimal string. */
  @Property({ type: 'decimal', precision: 20, scale: 10 })
  usdRate!: string;
}
