import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';

@Entity({ tableName: 'purchaser_report_batch' })
export class PurchaserReportBatch {
  [OptionalProps]?: 'reportedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'purchaser_report_batch_delegation_id_fkey',
    deleteRule: 'no action',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  reportedAt: Date = new Date();

  @Property({ type: 'text' })
  reportedBy!: string;

  @Property({ type: 'integer' })
  purchaserCount!: number;
}
