import { randomUUID } from 'node:crypto';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Delegation } from '../delegation/delegation.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { ProblemStatus } from './task.enums.js';
import { Task } from './task.entity.js';

/**
 * A problem (存在问题) a member unit raises to the office, about a task or not: answered by the
 * office, closed by either (`PROBLEM_NEXT`, task.rules.ts).
 */
@Entity({ tableName: 'task_problem' })
@Index({ name: 'task_problem_delegation_idx', properties: ['delegation', 'createdAt'] })
@Index({ name: 'task_problem_unit_idx', properties: ['delegation', 'unit'] })
@Index({ name: 'task_problem_task_idx', properties: ['task'] })
export class TaskProblem {
  [OptionalProps]?: 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'task_problem_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** The member unit that raised it (composite FK to member_unit). */
  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'organisation_id',
    createForeignKeyConstraint: false,
  })
  unit!: Ref<Organisation>;

  /** The task it is about, of the same delegation (composite FK), if any. */
  @ManyToOne(() => Task, {
    ref: true,
    fieldName: 'task_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  task: Ref<Task> | null = null;

  @Property({ type: 'text' })
  text!: string;

  @Enum({ items: () => ProblemStatus, type: 'string' })
  status: ProblemStatus = ProblemStatus.OPEN;

  @Property({ type: 'text' })
  raisedBy!: string;

  @Property({ type: 'text', nullable: true })
  answer: string | null = null;

  @Property({ type: 'text', nullable: true })
  answeredBy: string | null = null;

  @Property({ type: 'Date', nullable: true })
  answeredAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  closedBy: string | null = null;

  @Property({ type: 'Date', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
