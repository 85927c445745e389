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

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String, { description: 'Who froze it.' })
  frozenBy!: string;

  @Field(() => DateTimeScalar, { description: 'When: the moment its figures are of.' })
  frozenAt!: Date;
}

@ObjectType({ description: 'Tasks of one status, when the report was frozen.' })
export class ProgressReportTaskCount {
  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'An overdue task as the report froze it.' })
export class ProgressReportTask {
  id!: string;
  ownerOrganisationId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  personInCharge!: string | null;

  @Field(() => DateScalar)
  deadline!: string;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => Int, { nullable: true })
  percent!: number | null;
}

@ObjectType({ description: 'An open problem (OPEN or ANSWERED) as the report froze it.' })
export class ProgressReportProblem {
  id!: string;
  organisationId!: string;
  taskId!: string | null;

  @Field(() => String)
  text!: string;

  @Field(() => ProblemStatus)
  status!: ProblemStatus;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType({
  description:
    "One figure of a report beside the previous report's: a count, or a USD sum to the cent.",
})
export class ProgressReportChange {
  @Field(() => ReportSection)
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

  @Field(() => Boolean)
  changed!: boolean;
}

@ObjectType({ description: 'A report compared with the previous report of its delegation.' })
export class ProgressReportChanges {
  @Field(() => ProgressReport)
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
  @Field(() => ID)
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
