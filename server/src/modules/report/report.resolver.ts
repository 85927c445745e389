import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
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
  type Connection,
  type ConnectionArgs,
} from '../../graphql/lists/connection.js';
import { selectRows } from '../../graphql/loaders.js';
import { rootedAt } from '../../graphql/paths.js';
import { fromGlobalId, toGlobalId, uuidOf } from '../../graphql/relay.js';
import { DealTotalsGroup } from '../deal/deal.aggregate.js';
import { DEAL_TOTALS_RULE } from '../deal/deal-totals.rule.js';
import { DelegationDealTotals } from '../deal/deal.type.js';
import { delegationById } from '../delegation/delegation.loader.js';
import { Delegation } from '../delegation/delegation.type.js';
import { organisationById } from '../organisation/organisation.loader.js';
import { Organisation } from '../organisation/organisation.type.js';
import { RecruitmentProgress } from '../purchaser/purchaser.type.js';
import { problemById, taskById } from '../task/task.loader.js';
import { Task, TaskProblem } from '../task/task.type.js';
import type { ReportedProblem, ReportedTask } from './report.figures.js';
import { PROGRESS_REPORTS, progressReportById, progressReportList } from './report.loader.js';
import { compareFigures, freezeProgressReport } from './report.service.js';
import {
  FreezeProgressReportInput,
  ProgressReport,
  ProgressReportChange,
  ProgressReportChanges,
  ProgressReportProblem,
  ProgressReportTask,
  ProgressReportTaskCount,
} from './report.type.js';

/** Who reads reports: those who read all of a delegation (ADMIN always). */
const REPORT_READERS = [Role.DELEGATION_OFFICE, Role.EXPO_BUREAU, Role.ANALYST];

const ProgressReportConnection = connectionType(ProgressReport, 'ProgressReport');
const ProgressReportArgs = connectionArgs(progressReportList);

/** The path of a report's export (GET, with the bearer token of the GraphQL endpoint). */
export const progressReportPath = (id: string, format: 'xlsx' | 'html') =>
  `/reports/progress/${toGlobalId('ProgressReport', id)}.${format}`;

const problemOf = (p: ReportedProblem): ProgressReportProblem => ({
  ...p,
  createdAt: new Date(p.createdAt),
});
const taskOf = (t: ReportedTask): ProgressReportTask => t;

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @Access(REPORT_READERS)
  @Query(() => ProgressReport, { nullable: true, description: 'A progress report you may read.' })
  progressReport(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: "The report's global ID." }) id: string,
  ): Promise<ProgressReport | null> | null {
    const decoded = fromGlobalId(id, 'ProgressReport');
    return decoded ? ctx.loaders.byId(progressReportById, decoded.id) : null;
  }

  @Access(REPORT_READERS)
  @Query(() => ProgressReportConnection, {
    description:
      "A delegation's progress reports, newest first: for its office, the expo bureau of its edition and analysts (none for a delegation you do not read in full).",
  })
  progressReports(
    @Ctx() ctx: Context,
    @Arg('delegationId', () => ID, { description: 'The delegation whose reports to list.' })
    delegationId: string,
    @Args(() => ProgressReportArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProgressReport & Record<string, unknown>>> {
    const id = uuidOf(delegationId, 'Delegation', 'delegationId');
    return listConnection(
      ctx,
      progressReportList,
      args,
      (a) => sql`${sql.identifier(a, 'delegation_id')} = ${sql.value(id)}::uuid`,
      info,
    );
  }

  @Access(REPORT_READERS)
  @Query(() => ProgressReportChanges, {
    nullable: true,
    description:
      'A report compared with the previous report of its delegation: every figure with its previous value, its value and the difference (figures only one of them has too), and the overdue tasks and open problems added and removed.',
  })
  async progressReportChanges(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The report to compare with the one before it.' })
    id: string,
  ): Promise<ProgressReportChanges | null> {
    const decoded = fromGlobalId(id, 'ProgressReport');
    const report = decoded ? await ctx.loaders.byId(progressReportById, decoded.id) : null;
    if (!report) return null;
    const [previous] =
      report.number > 1
        ? await ctx.query<ProgressReport>(
            selectRows(PROGRESS_REPORTS, ctx.viewer, {
              where: sql`rp.delegation_id = ${sql.value(report.delegationId)}::uuid
                and rp.number = ${sql.value(report.number - 1)}::int`,
            }),
          )
        : [];
    if (previous) (previous as { __typename?: string }).__typename = 'ProgressReport';
    const changes = compareFigures(report.figures, previous?.figures ?? null);
    return {
      report,
      previous: previous ?? null,
      all: changes.figures,
      overdueTasksAdded: changes.overdueTasksAdded.map(taskOf),
      overdueTasksRemoved: changes.overdueTasksRemoved.map(taskOf),
      openProblemsAdded: changes.openProblemsAdded.map(problemOf),
      openProblemsRemoved: changes.openProblemsRemoved.map(problemOf),
    };
  }

  @Access([Role.DELEGATION_OFFICE])
  @Mutation(() => ProgressReport, {
    description:
      'The delegation\'s office freezes its next progress report (上报) to the preparatory committee: numbered 1, 2, 3… (two at once get two numbers), immutable, every figure read in one snapshot by the live queries\' own SQL. title defaults to "<delegation> 工作进展报告（第 n 期）".',
  })
  async freezeProgressReport(
    @Ctx() ctx: Context,
    @Arg('input', () => FreezeProgressReportInput, {
      description: 'The delegation, and optionally a title and note.',
    })
    input: FreezeProgressReportInput,
  ): Promise<ProgressReport> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
    };
    const id = await rootedAt('input', () => freezeProgressReport(ctx, command));
    const report = await ctx.loaders.byId(progressReportById, id);
    if (!report) throw notFound('Progress report');
    return report;
  }

  @FieldResolver(() => Delegation, { description: 'The delegation the report is of.' })
  async delegation(@Root() report: ProgressReport, @Ctx() ctx: Context): Promise<Delegation> {
    const delegation = await ctx.loaders.byId(delegationById, report.delegationId);
    if (!delegation) throw notFound('Delegation');
    return delegation;
  }

  @FieldResolver(() => RecruitmentProgress, {
    description:
      'Recruitment per sub-delegation and lead unit against targets, as recruitmentProgress answered.',
  })
  recruitment(@Root() report: ProgressReport): RecruitmentProgress {
    return report.figures.recruitment;
  }

  @FieldResolver(() => DelegationDealTotals, {
    description: `Deals in total, by status and by sub-delegation, as dealTotals answered. ${DEAL_TOTALS_RULE}`,
  })
  deals(@Root() report: ProgressReport): DelegationDealTotals {
    return report.figures.deals;
  }

  @FieldResolver(() => [DealTotalsGroup], {
    description: `Deals by exhibition area (intended amounts in USD), as dealAggregate grouped by EXHIBITION_AREA answered. ${DEAL_TOTALS_RULE}`,
  })
  dealsByArea(@Root() report: ProgressReport): DealTotalsGroup[] {
    return report.figures.deals.byArea;
  }

  @FieldResolver(() => Int, { description: 'Tasks of the delegation.' })
  taskCount(@Root() report: ProgressReport): number {
    return report.figures.tasks.count;
  }

  @FieldResolver(() => [ProgressReportTaskCount], {
    description: 'Tasks by status, as taskAggregate grouped by STATUS answered.',
  })
  tasksByStatus(@Root() report: ProgressReport): ProgressReportTaskCount[] {
    return report.figures.tasks.byStatus;
  }

  @FieldResolver(() => [ProgressReportTask], {
    description: 'The overdue tasks, by deadline, as the tasks list filtered on overdue answered.',
  })
  overdueTasks(@Root() report: ProgressReport): ProgressReportTask[] {
    return report.figures.tasks.overdue.map(taskOf);
  }

  @FieldResolver(() => [ProgressReportProblem], {
    description: 'The open problems (OPEN or ANSWERED), oldest first.',
  })
  openProblems(@Root() report: ProgressReport): ProgressReportProblem[] {
    return report.figures.problems.open.map(problemOf);
  }

  @FieldResolver(() => String, {
    description:
      'GET this path (with your bearer token) for the report as XLSX, a sheet a section.',
  })
  xlsxPath(@Root() report: ProgressReport): string {
    return progressReportPath(report.id, 'xlsx');
  }

  @FieldResolver(() => String, {
    description: 'GET this path (with your bearer token) for the report as HTML to print (A4).',
  })
  htmlPath(@Root() report: ProgressReport): string {
    return progressReportPath(report.id, 'html');
  }
}

@Resolver(() => ProgressReportTask)
export class ProgressReportTaskResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The owner unit.' })
  owner(@Root() t: ProgressReportTask, @Ctx() ctx: Context): Promise<Organisation | null> {
    return ctx.loaders.byId(organisationById, t.ownerOrganisationId);
  }

  @FieldResolver(() => Task, { nullable: true, description: 'The task as it is now.' })
  task(@Root() t: ProgressReportTask, @Ctx() ctx: Context): Promise<Task | null> {
    return ctx.loaders.byId(taskById, t.id);
  }
}

@Resolver(() => ProgressReportProblem)
export class ProgressReportProblemResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'The unit that raised it.' })
  unit(@Root() p: ProgressReportProblem, @Ctx() ctx: Context): Promise<Organisation | null> {
    return ctx.loaders.byId(organisationById, p.organisationId);
  }

  @FieldResolver(() => TaskProblem, { nullable: true, description: 'The problem as it is now.' })
  problem(@Root() p: ProgressReportProblem, @Ctx() ctx: Context): Promise<TaskProblem | null> {
    return ctx.loaders.byId(problemById, p.id);
  }
}

@Resolver(() => ProgressReportChanges)
export class ProgressReportChangesResolver {
  @FieldResolver(() => [ProgressReportChange], {
    description:
      'Every figure (onlyChanged: those that changed), in the order the report shows them.',
  })
  figures(
    @Root() changes: ProgressReportChanges,
    @Arg('onlyChanged', () => Boolean, {
      defaultValue: false,
      description: 'true: only the figures that changed.',
    })
    onlyChanged: boolean,
  ): ProgressReportChange[] {
    return onlyChanged ? changes.all.filter((c) => c.changed) : changes.all;
  }
}
