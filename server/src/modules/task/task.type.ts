import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { NameText } from '../../graphql/text.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';
import { ProblemStatus, TaskStatus } from './task.enums.js';
import { TASK_OVERDUE_RULE } from './task.rules.js';

@ObjectType({
  implements: Node,
  description:
    'A task (督办) of a delegation, owned by a member unit, due by its deadline: OPEN → IN_PROGRESS → DONE, or BLOCKED by a problem.',
})
export class Task extends Node {
  delegationId!: string;
  ownerOrganisationId!: string;
  responsibilityId!: string | null;
  personInChargeId!: string | null;
  blockedByProblemId!: string | null;

  @Field(() => String, { description: 'What to do: 1 to 1000 characters.' })
  title!: string;

  @Field(() => String, { description: 'Details; at most 4000 characters (empty when none).' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The person in charge (负责人), by name.' })
  personInCharge!: string | null;

  @Field(() => DateScalar, {
    description: 'Due by the end of this day in Shanghai (Asia/Shanghai).',
  })
  deadline!: string;

  @Field(() => TaskStatus, { description: 'Where it stands.' })
  status!: TaskStatus;

  @Field(() => Boolean, { description: TASK_OVERDUE_RULE })
  overdue!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'The percentage of the latest progress report that gave one.',
  })
  percent!: number | null;

  @Field(() => Int, {
    description: 'Changes with every write: pass it back to updateTask.',
  })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({
  implements: Node,
  description:
    'One progress report on a task: what was done, a percentage or a figure, who and when.',
})
export class TaskProgress extends Node {
  delegationId!: string;
  taskId!: string;

  @Field(() => String, { description: 'What was done: 1 to 4000 characters.' })
  text!: string;

  @Field(() => Int, { nullable: true, description: '0 to 100.' })
  percent!: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'A figure the task is measured by (purchasers recruited, an amount…).',
  })
  figure!: string | null;

  @Field(() => String, { description: 'Who reported it.' })
  reportedBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it was reported.' })
  createdAt!: Date;
}

@ObjectType({
  implements: Node,
  description:
    'A problem (存在问题) a member unit raised to the office, about a task or not: OPEN → ANSWERED → CLOSED.',
})
export class TaskProblem extends Node {
  delegationId!: string;
  organisationId!: string;
  taskId!: string | null;

  @Field(() => String, { description: 'The problem: 1 to 4000 characters.' })
  text!: string;

  @Field(() => ProblemStatus, { description: 'Where it stands.' })
  status!: ProblemStatus;

  @Field(() => String, { description: 'Who raised it.' })
  raisedBy!: string;

  @Field(() => String, { nullable: true, description: "The office's answer." })
  answer!: string | null;

  @Field(() => String, { nullable: true, description: 'Who answered it.' })
  answeredBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was answered.' })
  answeredAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who closed it.' })
  closedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Changes with every write: pass it back.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was raised.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@InputType({ description: 'A new task, OPEN.' })
export class CreateTaskInput {
  @Field(() => ID, { description: 'The delegation (its DELEGATION_OFFICE creates tasks).' })
  delegationId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The owner unit: the organisation of a member unit of the delegation (by default the responsibility's unit).",
  })
  ownerOrganisationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "A responsibility of the delegation the task is made from: its text is the title (and the owner its unit's, unless given).",
  })
  responsibilityId?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'Required without responsibilityId.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Details; at most 4000 characters.' })
  description?: string | null;

  @NameText()
  @Field(() => String, {
    nullable: true,
    description: 'The person in charge (负责人), by name; at most 200 characters.',
  })
  personInCharge?: string | null;

  @Field(() => ID, { nullable: true, description: 'A person of the delegation in charge.' })
  personInChargeId?: string | null;

  @Field(() => DateScalar, { description: 'Today or later, in Shanghai.' })
  deadline!: Date;
}

@InputType({ description: "The plan's responsibilities turned into tasks in one go." })
export class CreateTasksFromResponsibilitiesInput {
  @Field(() => ID, { description: 'The delegation whose responsibilities to make tasks of.' })
  delegationId!: string;

  @Field(() => DateScalar, { description: 'The deadline of every task made; today or later.' })
  deadline!: Date;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The responsibilities to make tasks of (default: every one of the delegation). One already made a task of is left out.',
  })
  responsibilityIds?: string[] | null;
}

@InputType({
  description:
    'Changes to a task; only the fields given change. The office changes everything, the owner unit the status only.',
})
export class UpdateTaskInput {
  @Field(() => ID, { description: 'The task to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @NameText()
  @Field(() => String, { nullable: true, description: 'Another title: 1 to 1000 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Other details; at most 4000 characters.' })
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Another owner unit (the organisation of a member unit of the delegation).',
  })
  ownerOrganisationId?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'Another person in charge, by name.' })
  personInCharge?: string | null;

  @Field(() => ID, { nullable: true, description: 'Another person of the delegation in charge.' })
  personInChargeId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Today or later, in Shanghai.' })
  deadline?: Date | null;

  @Field(() => TaskStatus, {
    nullable: true,
    description: 'Along OPEN → IN_PROGRESS → DONE; BLOCKED with blockedByProblemId.',
  })
  status?: TaskStatus | null;

  @Field(() => ID, {
    nullable: true,
    description: 'With status BLOCKED: a problem about this task that is not CLOSED.',
  })
  blockedByProblemId?: string | null;
}

@InputType({ description: 'Progress on a task, reported by the office or its owner unit.' })
export class ReportTaskProgressInput {
  @Field(() => ID, { description: 'The task reported on.' })
  taskId!: string;

  @Field(() => String, { description: 'What was done.' })
  text!: string;

  @Field(() => Int, { nullable: true, description: '0 to 100.' })
  percent?: number | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'A figure the task is measured by (purchasers recruited, an amount…).',
  })
  figure?: string | null;
}

@InputType({ description: 'A problem raised to the office, by a member unit.' })
export class RaiseTaskProblemInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The task it is about; its owner unit raises it. Without one, give delegationId.',
  })
  taskId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Without a task: the delegation the problem is raised in.',
  })
  delegationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Without a task: the raising unit's organisation (a MEMBER_UNIT's own by default).",
  })
  unitOrganisationId?: string | null;

  @Field(() => String, { description: 'The problem: 1 to 4000 characters.' })
  text!: string;
}

@InputType({ description: "The office's answer to a problem." })
export class AnswerTaskProblemInput {
  @Field(() => ID, { description: 'The problem to answer.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, { description: 'The answer: 1 to 4000 characters.' })
  answer!: string;
}

@InputType({ description: 'A settled problem to close, by the office or the unit that raised it.' })
export class CloseTaskProblemInput {
  @Field(() => ID, { description: 'The problem to close.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}
