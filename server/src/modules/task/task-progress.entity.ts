import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Task } from './task.entity.js';

/** One progress report on a task: what was done, a percentage or a figure, who and when. */
@Entity({ tableName: 'task_progress' })
@Index({ name: 'task_progress_task_idx', properties: ['task', 'createdAt'] })
export class TaskProgress {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'task_progress_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** Of the same delegation (composite FK in the database). */
  @ManyToOne(() => Task, { ref: true, fieldName: 'task_id', createForeignKeyConstraint: false })
  task!: Ref<Task>;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'integer', nullable: true })
  percent: number | null = null;

  /** numeric(20, 4) kept as a decimal string. */
  @Property({ type: 'decimal', precision: 20, scale: 4, nullable: true })
  figure: string | null = null;

  /** The actor, as audit events name it. */
  @Property({ type: 'text' })
  reportedBy!: string;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
