import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { NameText } from '../../graphql/text.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';
import { ProblemStatus, TaskStatus } from '../task/task.enums.js';
import type { ProgressFigures } from './report.figures.js';
import { ReportSection } from './report.service.js';

registerEnumType(ReportSection, {
  name: 'ProgressReportSection',
  description: 'A section of a progress report (one sheet of its XLSX, one part of its HTML).',
  valuesConfig: {
    RECRUITMENT: {
      description: 'Recruitment progress: approved and reported purchasers against the targets.',
    },
    DEALS: { description: 'Deal totals in USD, by exhibition area and exhibitor country.' },
    TASKS: { description: 'Tasks by status, and the overdue ones.' },
    PROBLEMS: { description: 'Problems raised to the office that are still open.' },
  },
});

@ObjectType({
  implements: Node,
  description:
    "A progress report (上报) a delegation's office froze for the preparatory committee: numbered 1, 2, 3… per delegation, immutable, its figures what the live queries (recruitmentProgress, dealTotals, dealAggregate, taskAggregate, tasks, taskProblems) answered at the moment it was frozen.",
})
export class ProgressReport extends Node {
  delegationId!: string;
  figures!: ProgressFigures;

  @Field(() => Int, { description: 'The 1st, 2nd, 3rd… report of its delegation.' })
  number!: number;

  @Field(() => String, {
    description: 'Title, e.g. "第五届进博会青海省交易团 工作进展报告（第 1 期）".',
  })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A note from the office to the preparatory committee; at most 4,000 characters.',
  })
  note!: string | null;

  @Field(() => String, { description: 'Who froze it.' })
  frozenBy!: string;

  @Field(() => DateTimeScalar, { description: 'When: the moment its figures are of.' })
  frozenAt!: Date;
}

@ObjectType({ description: 'Tasks of one status, when the report was frozen.' })
export class ProgressReportTaskCount {
  @Field(() => TaskStatus, { description: 'The status counted.' })
  status!: TaskStatus;

  @Field(() => Int, { description: "How many of the delegation's tasks had it." })
  count!: number;
}

@ObjectType({ description: 'An overdue task as the report froze it.' })
export class ProgressReportTask {
  id!: string;
  ownerOrganisationId!: string;

  @Field(() => String, { description: "The task's title." })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The person in charge, as the task names them.',
  })
  personInCharge!: string | null;

  @Field(() => DateScalar, { description: 'The deadline day (a date in Shanghai).' })
  deadline!: string;

  @Field(() => TaskStatus, { description: 'Its status then.' })
  status!: TaskStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'Progress then, 0 to 100; null: none reported.',
  })
  percent!: number | null;
}

@ObjectType({ description: 'An open problem (OPEN or ANSWERED) as the report froze it.' })
export class ProgressReportProblem {
  id!: string;
  organisationId!: string;
  taskId!: string | null;

  @Field(() => String, { description: 'The problem as raised.' })
  text!: string;

  @Field(() => ProblemStatus, { description: 'OPEN or ANSWERED.' })
  status!: ProblemStatus;

  @Field(() => String, { nullable: true, description: "The office's answer; null while OPEN." })
  answer!: string | null;

  @Field(() => DateTimeScalar, { description: 'When it was raised.' })
  createdAt!: Date;
}

@ObjectType({
  description:
    "One figure of a report beside the previous report's: a count, or a USD sum to the cent.",
})
export class ProgressReportChange {
  @Field(() => ReportSection, { description: 'The section the figure belongs to.' })
  section!: ReportSection;

  @Field(() => String, {
    description: 'Names the figure alike in every report: `deals.area.<uuid>.sumUsd`.',
  })
  key!: string;

  @Field(() => String, { description: 'What it is, in Chinese (names as frozen).' })
  label!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'In the previous report (null: not there, e.g. an area with its first deals).',
  })
  previous!: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'In this report (null: gone since the previous one).',
  })
  current!: string | null;

  @Field(() => DecimalScalar, { description: 'current − previous (a missing one counts 0).' })
  difference!: string;

  @Field(() => Boolean, { description: 'current differs from previous.' })
  changed!: boolean;
}

@ObjectType({ description: 'A report compared with the previous report of its delegation.' })
export class ProgressReportChanges {
  @Field(() => ProgressReport, { description: 'The report compared.' })
  report!: ProgressReport;

  @Field(() => ProgressReport, { nullable: true, description: 'Null for the first report.' })
  previous!: ProgressReport | null;

  all!: ProgressReportChange[];

  @Field(() => [ProgressReportTask], { description: 'Overdue now, not in the previous report.' })
  overdueTasksAdded!: ProgressReportTask[];

  @Field(() => [ProgressReportTask], { description: 'Overdue then, no longer.' })
  overdueTasksRemoved!: ProgressReportTask[];

  @Field(() => [ProgressReportProblem], { description: 'Open now, not in the previous report.' })
  openProblemsAdded!: ProgressReportProblem[];

  @Field(() => [ProgressReportProblem], { description: 'Open then, closed since.' })
  openProblemsRemoved!: ProgressReportProblem[];
}

@InputType({ description: "The delegation's next progress report." })
export class FreezeProgressReportInput {
  @Field(() => ID, {
    description: 'The delegation whose report to freeze (its DELEGATION_OFFICE).',
  })
  delegationId!: string;

  @NameText()
  @Field(() => String, {
    nullable: true,
    description: 'At most 200 characters; "<delegation> 工作进展报告（第 n 期）" when not given.',
  })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 4,000 characters.' })
  note?: string | null;
}
