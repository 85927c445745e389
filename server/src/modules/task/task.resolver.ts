import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
  Root,
} from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import { sql } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import {
  connectionArgs,
  connectionType,
  listConnection,
  nestedConnection,
  type Connection,
  type ConnectionArgs,
  type NestedRows,
} from '../../graphql/lists/connection.js';
import { filterInput } from '../../graphql/lists/filter.js';
import { grouped } from '../../graphql/lists/grouped.js';
import { optionalUuid, rootedAt } from '../../graphql/paths.js';
import { fromGlobalId, uuidOf } from '../../graphql/relay.js';
import { delegationById, responsibilityById } from '../delegation/delegation.loader.js';
import { Delegation, Responsibility } from '../delegation/delegation.type.js';
import { organisationById } from '../organisation/organisation.loader.js';
import { Organisation } from '../organisation/organisation.type.js';
import { personById } from '../person/person.loader.js';
import { Person } from '../person/person.type.js';
import { delegationTasks } from '../reads.js';
import { TaskStatus } from './task.enums.js';
import { problemList, TASK_COUNT, TASK_GROUPS, taskList } from './task.list.js';
import {
  problemById,
  problemsByTask,
  progressById,
  progressByTask,
  taskById,
} from './task.loader.js';
import { TASK_OVERDUE_RULE } from './task.rules.js';
import {
  answerTaskProblem,
  closeTaskProblem,
  createTask,
  createTasksFromResponsibilities,
  raiseTaskProblem,
  reportTaskProgress,
  updateTask,
} from './task.service.js';
import {
  AnswerTaskProblemInput,
  CloseTaskProblemInput,
  CreateTaskInput,
  CreateTasksFromResponsibilitiesInput,
  RaiseTaskProblemInput,
  ReportTaskProgressInput,
  Task,
  TaskProblem,
  TaskProgress,
  UpdateTaskInput,
} from './task.type.js';

/** Who writes tasks and problems: the office, and member units (their own, see taskWriter). */
const SUPERVISION = [Role.DELEGATION_OFFICE, Role.MEMBER_UNIT];

const TaskConnection = connectionType(Task, 'Task');
const TaskArgs = connectionArgs(taskList);
const TaskProblemConnection = connectionType(TaskProblem, 'TaskProblem');
const TaskProblemArgs = connectionArgs(problemList);
const TaskFilter = filterInput(taskList.spec);

function loadedTask(ctx: Context, id: string): Promise<Task> {
  return ctx.loaders.byIdOrNotFound(taskById, id, 'Task');
}

function loadedProblem(ctx: Context, id: string): Promise<TaskProblem> {
  return ctx.loaders.byIdOrNotFound(problemById, id, 'Task problem');
}

export enum TaskGroupBy {
  DELEGATION = 'DELEGATION',
  OWNER = 'OWNER',
  STATUS = 'STATUS',
  OVERDUE = 'OVERDUE',
}
registerEnumType(TaskGroupBy, {
  name: 'TaskGroupBy',
  description: 'What taskAggregate groups tasks by.',
  valuesConfig: {
    DELEGATION: { description: 'The delegation.' },
    OWNER: { description: 'The owner unit.' },
    STATUS: { description: 'The status.' },
    OVERDUE: { description: TASK_OVERDUE_RULE },
  },
});

@ObjectType({ description: 'Tasks of one group: how many.' })
export class TaskAggregateGroup {
  delegationId?: string | null;
  ownerId?: string | null;

  @Field(() => TaskStatus, { nullable: true, description: 'When grouped by STATUS.' })
  status?: TaskStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'When grouped by OVERDUE.' })
  overdue?: boolean | null;

  @Field(() => Int, { description: 'How many tasks the group holds.' })
  count!: number;
}

@Resolver(() => Task)
export class TaskResolver {
  @Access('authenticated')
  @Query(() => Task, { nullable: true, description: 'A task you may read.' })
  task(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: "The task's global ID." }) id: string,
  ): Promise<Task | null> | null {
    const decoded = fromGlobalId(id, 'Task');
    return decoded ? ctx.loaders.byId(taskById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => TaskConnection, {
    description: `Tasks you may read (the office, expo bureau and analysts: all of a delegation's; a member unit: its own), filtered, ordered and paged (by deadline). ${TASK_OVERDUE_RULE}`,
  })
  tasks(
    @Ctx() ctx: Context,
    @Args(() => TaskArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Task & Record<string, unknown>>> {
    return listConnection(ctx, taskList, args, undefined, info);
  }

  @Access('authenticated')
  @Query(() => [TaskAggregateGroup], {
    description: `Task counts grouped by delegation, owner unit, status and whether overdue, over the tasks you read (as the tasks list): one SQL statement. ${TASK_OVERDUE_RULE}`,
  })
  taskAggregate(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => TaskFilter, {
      nullable: true,
      description: 'Only the tasks matching this filter (as the tasks list takes it).',
    })
    filter?: Record<string, unknown> | null,
    @Arg('groupBy', () => [TaskGroupBy], {
      defaultValue: [],
      description: 'What to group by; none: one group of every task you read.',
    })
    groupBy: TaskGroupBy[] = [],
  ): Promise<TaskAggregateGroup[]> {
    return grouped(
      ctx,
      info,
      'TaskAggregateGroup',
      taskList,
      sql.blank,
      TASK_GROUPS,
      groupBy,
      filter,
      TASK_COUNT,
    );
  }

  @Access(SUPERVISION)
  @Mutation(() => Task, {
    description:
      'The office makes a task (OPEN) for a member unit, on its own or from a responsibility (its text copied). A deadline in the past is BAD_USER_INPUT.',
  })
  async createTask(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateTaskInput, {
      description:
        'The delegation, the owner unit, the title (or a responsibility to copy) and the deadline.',
    })
    input: CreateTaskInput,
  ): Promise<Task> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
      ownerOrganisationId: optionalUuid(
        input.ownerOrganisationId,
        'Organisation',
        'input.ownerOrganisationId',
      ),
      responsibilityId: optionalUuid(
        input.responsibilityId,
        'Responsibility',
        'input.responsibilityId',
      ),
      personInChargeId: optionalUuid(input.personInChargeId, 'Person', 'input.personInChargeId'),
    };
    return loadedTask(ctx, await rootedAt('input', () => createTask(ctx, command)));
  }

  @Access(SUPERVISION)
  @Mutation(() => [Task], {
    description:
      "The office turns the plan's responsibilities into tasks in one go: one per responsibility, owned by its unit, its text copied, due by deadline. Responsibilities already made tasks of are left out; the tasks made, in the plan's order.",
  })
  async createTasksFromResponsibilities(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateTasksFromResponsibilitiesInput, {
      description: 'The delegation, the deadline, and which responsibilities.',
    })
    input: CreateTasksFromResponsibilitiesInput,
  ): Promise<Task[]> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
      responsibilityIds:
        input.responsibilityIds?.map((id, i) =>
          uuidOf(id, 'Responsibility', `input.responsibilityIds.${i}`),
        ) ?? null,
    };
    const ids = await rootedAt('input', () => createTasksFromResponsibilities(ctx, command));
    return Promise.all(ids.map((id) => loadedTask(ctx, id)));
  }

  @Access(SUPERVISION)
  @Mutation(() => Task, {
    description:
      'Changes a task: the office anything, the owner unit its status (BLOCKED with the problem about it). Moves follow OPEN → IN_PROGRESS → DONE (a DONE task may be reopened), BLOCKED from and back to work.',
  })
  async updateTask(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateTaskInput, {
      description: 'The task, the version you read, and what changes.',
    })
    input: UpdateTaskInput,
  ): Promise<Task> {
    const command = {
      ...input,
      id: uuidOf(input.id, 'Task', 'input.id'),
      ownerOrganisationId: optionalUuid(
        input.ownerOrganisationId,
        'Organisation',
        'input.ownerOrganisationId',
      ),
      personInChargeId: optionalUuid(input.personInChargeId, 'Person', 'input.personInChargeId'),
      blockedByProblemId: optionalUuid(
        input.blockedByProblemId,
        'TaskProblem',
        'input.blockedByProblemId',
      ),
    };
    return loadedTask(ctx, await rootedAt('input', () => updateTask(ctx, command)));
  }

  @Access(SUPERVISION)
  @Mutation(() => TaskProgress, {
    description:
      'The office or the owner unit reports progress on a task (text, a percentage or a figure; who and when recorded); an OPEN task moves to IN_PROGRESS.',
  })
  async reportTaskProgress(
    @Ctx() ctx: Context,
    @Arg('input', () => ReportTaskProgressInput, { description: 'The task and what was done.' })
    input: ReportTaskProgressInput,
  ): Promise<TaskProgress> {
    const command = { ...input, taskId: uuidOf(input.taskId, 'Task', 'input.taskId') };
    const id = await rootedAt('input', () => reportTaskProgress(ctx, command));
    const progress = await ctx.loaders.byId(progressById, id);
    if (!progress) throw notFound('Task progress');
    return progress;
  }

  @FieldResolver(() => Delegation, { description: 'The delegation the task belongs to.' })
  async delegation(@Root() task: Task, @Ctx() ctx: Context): Promise<Delegation> {
    const delegation = await ctx.loaders.byId(delegationById, task.delegationId);
    if (!delegation) throw notFound('Delegation');
    return delegation;
  }

  @FieldResolver(() => Organisation, { description: 'The owner unit (its organisation).' })
  async owner(@Root() task: Task, @Ctx() ctx: Context): Promise<Organisation> {
    const owner = await ctx.loaders.byId(organisationById, task.ownerOrganisationId);
    if (!owner) throw notFound('Organisation');
    return owner;
  }

  @FieldResolver(() => Responsibility, {
    nullable: true,
    description: 'The responsibility the task was made from.',
  })
  responsibility(@Root() task: Task, @Ctx() ctx: Context): Promise<Responsibility | null> | null {
    return task.responsibilityId
      ? ctx.loaders.byId(responsibilityById, task.responsibilityId)
      : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person in charge, when one of the delegation.',
  })
  personInChargePerson(@Root() task: Task, @Ctx() ctx: Context): Promise<Person | null> | null {
    return task.personInChargeId ? ctx.loaders.byId(personById, task.personInChargeId) : null;
  }

  @FieldResolver(() => TaskProblem, {
    nullable: true,
    description: 'While BLOCKED: the problem blocking it.',
  })
  blockedBy(@Root() task: Task, @Ctx() ctx: Context): Promise<TaskProblem | null> | null {
    return task.blockedByProblemId ? ctx.loaders.byId(problemById, task.blockedByProblemId) : null;
  }

  @FieldResolver(() => [TaskProgress], { description: 'Progress reports, oldest first.' })
  progress(@Root() task: Task, @Ctx() ctx: Context): Promise<TaskProgress[]> {
    return ctx.loaders.many(progressByTask, task.id);
  }

  @FieldResolver(() => [TaskProblem], { description: 'Problems raised about it, oldest first.' })
  problems(@Root() task: Task, @Ctx() ctx: Context): Promise<TaskProblem[]> {
    return ctx.loaders.many(problemsByTask, task.id);
  }
}

@Resolver(() => TaskAggregateGroup)
export class TaskAggregateResolver {
  @FieldResolver(() => Delegation, {
    nullable: true,
    description: 'When grouped by DELEGATION: the delegation.',
  })
  delegation(
    @Root() g: TaskAggregateGroup,
    @Ctx() ctx: Context,
  ): Promise<Delegation | null> | null {
    return g.delegationId ? ctx.loaders.byId(delegationById, g.delegationId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The owner unit.' })
  owner(@Root() g: TaskAggregateGroup, @Ctx() ctx: Context): Promise<Organisation | null> | null {
    return g.ownerId ? ctx.loaders.byId(organisationById, g.ownerId) : null;
  }
}

@Resolver(() => TaskProgress)
export class TaskProgressResolver {
  @FieldResolver(() => Task, { description: 'The task reported on.' })
  task(@Root() progress: TaskProgress, @Ctx() ctx: Context): Promise<Task> {
    return loadedTask(ctx, progress.taskId);
  }
}

@Resolver(() => TaskProblem)
export class TaskProblemResolver {
  @Access('authenticated')
  @Query(() => TaskProblem, { nullable: true, description: 'A problem you may read.' })
  taskProblem(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: "The problem's global ID." }) id: string,
  ): Promise<TaskProblem | null> | null {
    const decoded = fromGlobalId(id, 'TaskProblem');
    return decoded ? ctx.loaders.byId(problemById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => TaskProblemConnection, {
    description:
      "Problems you may read (the office, expo bureau and analysts: all of a delegation's; a member unit: its own), newest first.",
  })
  taskProblems(
    @Ctx() ctx: Context,
    @Args(() => TaskProblemArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<TaskProblem & Record<string, unknown>>> {
    return listConnection(ctx, problemList, args, undefined, info);
  }

  @Access(SUPERVISION)
  @Mutation(() => TaskProblem, {
    description:
      'A member unit raises a problem (存在问题) to the office, about one of its tasks or its work at large (OPEN).',
  })
  async raiseTaskProblem(
    @Ctx() ctx: Context,
    @Arg('input', () => RaiseTaskProblemInput, {
      description: 'The task (or delegation and unit) and the problem.',
    })
    input: RaiseTaskProblemInput,
  ): Promise<TaskProblem> {
    const command = {
      ...input,
      taskId: optionalUuid(input.taskId, 'Task', 'input.taskId'),
      delegationId: optionalUuid(input.delegationId, 'Delegation', 'input.delegationId'),
      unitOrganisationId: optionalUuid(
        input.unitOrganisationId,
        'Organisation',
        'input.unitOrganisationId',
      ),
    };
    return loadedProblem(ctx, await rootedAt('input', () => raiseTaskProblem(ctx, command)));
  }

  @Access([Role.DELEGATION_OFFICE])
  @Mutation(() => TaskProblem, { description: 'The office answers a problem: OPEN → ANSWERED.' })
  async answerTaskProblem(
    @Ctx() ctx: Context,
    @Arg('input', () => AnswerTaskProblemInput, {
      description: 'The problem, the version you read, and the answer.',
    })
    input: AnswerTaskProblemInput,
  ): Promise<TaskProblem> {
    const command = { ...input, id: uuidOf(input.id, 'TaskProblem', 'input.id') };
    return loadedProblem(ctx, await rootedAt('input', () => answerTaskProblem(ctx, command)));
  }

  @Access(SUPERVISION)
  @Mutation(() => TaskProblem, {
    description:
      'The office or the raising unit closes a problem (OPEN or ANSWERED → CLOSED); a task it blocked goes back to IN_PROGRESS.',
  })
  async closeTaskProblem(
    @Ctx() ctx: Context,
    @Arg('input', () => CloseTaskProblemInput, {
      description: 'The problem and the version you read.',
    })
    input: CloseTaskProblemInput,
  ): Promise<TaskProblem> {
    const command = { ...input, id: uuidOf(input.id, 'TaskProblem', 'input.id') };
    return loadedProblem(ctx, await rootedAt('input', () => closeTaskProblem(ctx, command)));
  }

  @FieldResolver(() => Delegation, { description: 'The delegation the problem was raised in.' })
  async delegation(@Root() problem: TaskProblem, @Ctx() ctx: Context): Promise<Delegation> {
    const delegation = await ctx.loaders.byId(delegationById, problem.delegationId);
    if (!delegation) throw notFound('Delegation');
    return delegation;
  }

  @FieldResolver(() => Organisation, { description: 'The member unit that raised it.' })
  async unit(@Root() problem: TaskProblem, @Ctx() ctx: Context): Promise<Organisation> {
    const unit = await ctx.loaders.byId(organisationById, problem.organisationId);
    if (!unit) throw notFound('Organisation');
    return unit;
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The task it is about.' })
  task(@Root() problem: TaskProblem, @Ctx() ctx: Context): Promise<Task | null> | null {
    return problem.taskId ? ctx.loaders.byId(taskById, problem.taskId) : null;
  }
}

/** A delegation's tasks, as a connection folded into the delegation's statement. */
@Resolver(() => Delegation)
export class DelegationTasksResolver {
  @FieldResolver(() => TaskConnection, {
    description: 'Tasks of this delegation you may read (a member unit: its own).',
  })
  tasks(
    @Root() delegation: Delegation,
    @Ctx() ctx: Context,
    @Args(() => TaskArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): NestedRows<Task> {
    return nestedConnection(ctx, delegationTasks, delegation, args, info);
  }
}
