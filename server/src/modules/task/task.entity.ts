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
import { Responsibility } from '../delegation/responsibility.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { TaskStatus } from './task.enums.js';

/**
 * A task (督办) of a delegation: owned by a member unit, due by its deadline (a day in
 * Shanghai), moved along `TASK_NEXT` (task.rules.ts). Its owner unit, responsibility, person in
 * charge and blocking problem are of its delegation (composite foreign keys in the migration).
 */
@Entity({ tableName: 'task' })
@Index({ name: 'task_delegation_idx', properties: ['delegation', 'createdAt'] })
@Index({ name: 'task_owner_idx', properties: ['delegation', 'owner'] })
@Index({ name: 'task_deadline_idx', properties: ['delegation', 'deadline'] })
@Index({ name: 'task_responsibility_idx', properties: ['responsibility'] })
export class Task {
  [OptionalProps]?: 'description' | 'status' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id: string = randomUUID();

  @ManyToOne(() => Delegation, {
    ref: true,
    fieldName: 'delegation_id',
    foreignKeyName: 'task_delegation_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
  })
  delegation!: Ref<Delegation>;

  /** The owner unit: a member unit of the delegation (composite FK to member_unit). */
  @ManyToOne(() => Organisation, {
    ref: true,
    fieldName: 'owner_organisation_id',
    createForeignKeyConstraint: false,
  })
  owner!: Ref<Organisation>;

  /** The responsibility the task was made from (its text copied), if any. */
  @ManyToOne(() => Responsibility, {
    ref: true,
    fieldName: 'responsibility_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  responsibility: Ref<Responsibility> | null = null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description: string = '';

  /** The person in charge, by name as the unit gives it. */
  @Property({ type: 'text', nullable: true })
  personInCharge: string | null = null;

  /** The person in charge, when a person of the delegation. */
  @ManyToOne(() => Person, {
    ref: true,
    fieldName: 'person_in_charge_id',
    createForeignKeyConstraint: false,
    nullable: true,
  })
  personInChargePerson: Ref<Person> | null = null;

  /** Due by the end of this day in Shanghai. */
  @Property({ type: 'date' })
  deadline!: string;

  @Enum({ items: () => TaskStatus, type: 'string' })
  status: TaskStatus = TaskStatus.OPEN;

  /**
   * The problem (task_problem, of the same delegation: composite FK) blocking it, set exactly
   * while BLOCKED (a CHECK in the migration). A column, not a relation: the problem's entity
   * refers to its task.
   */
  @Property({ type: 'uuid', nullable: true })
  blockedByProblemId: string | null = null;

  @Property({ type: 'integer', version: true })
  version: number & Opt = 1;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'Date', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
