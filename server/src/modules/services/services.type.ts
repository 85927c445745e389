import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';
import { NameText } from '../../graphql/text.js';
import { PersonInput } from '../delegation/structure.input.js';
import {
  FundingStatus,
  IncidentStatus,
  PlanDocumentFormat,
  PlanDocumentStatus,
  QuestionStatus,
  SubDelegationContactKind,
} from './services.enums.js';

@ObjectType({
  implements: Node,
  description:
    "Funds asked of the delegation's FINANCE unit (审核拨付展会相关经费) by the office or a member unit: SUBMITTED → APPROVED → PAID, or REJECTED with a reason, reviewed and paid by the FINANCE unit only. Read by the delegation's full readers, the FINANCE unit and the unit that asked; to any other unit it is missing.",
})
export class FundingRequest extends Node {
  delegationId!: string;
  requestingUnitId!: string | null;

  @Field(() => String, { description: 'What the money is for.' })
  purpose!: string;

  @Field(() => DecimalScalar, { description: 'CNY, exact to the fen.' })
  amountCny!: string;

  @Field(() => FundingStatus, { description: 'Where it stands in its workflow.' })
  status!: FundingStatus;

  @Field(() => String, { nullable: true, description: 'Why it was REJECTED.' })
  rejectReason!: string | null;

  @Field(() => String, { description: 'Who asked for it.' })
  requestedBy!: string;

  @Field(() => String, { nullable: true, description: 'Who approved or rejected it.' })
  reviewedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was approved or rejected.' })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who paid it.' })
  paidBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was PAID.' })
  paidAt!: Date | null;

  @Field(() => Int, { description: 'Changes with every write: pass it back to move it.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

@InputType({ description: 'Funds asked of the FINANCE unit.' })
export class RequestFundingInput {
  @Field(() => ID, { description: 'The delegation (its global ID).' })
  delegationId!: string;

  @Field(() => String, { description: 'What the money is for: 1 to 2,000 characters.' })
  purpose!: string;

  @Field(() => DecimalScalar, { description: 'CNY, over 0, at most 2 decimal places.' })
  amountCny!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The member unit that asks (an Organisation): a MEMBER_UNIT grant asks for its own unit (its only one if left out); the office for itself when left out.',
  })
  requestingUnitId?: string | null;
}

@InputType({ description: 'Approves, or pays, a funding request: the FINANCE unit.' })
export class ReviewFundingInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@InputType({ description: 'Rejects a SUBMITTED funding request, saying why.' })
export class RejectFundingInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, { description: '1 to 2,000 characters.' })
  reason!: string;
}

@ObjectType({
  implements: Node,
  description:
    "A health incident of the delegation's stay (卫生健康): opened by the office, a lead (for its sub-delegation) or the HEALTH unit; OPEN → RESPONDED → CLOSED, responded and closed by the office or the HEALTH unit. Read by the delegation's full readers, its HEALTH unit and the lead of its sub-delegation. The plan's designated person of each member unit is MemberUnit.designatedPerson (the HEALTH unit's included).",
})
export class HealthIncident extends Node {
  delegationId!: string;
  subDelegationId!: string | null;

  @Field(() => String, { nullable: true, description: 'Who is affected, by name.' })
  personName!: string | null;

  @Field(() => String, { description: 'What happened: 1 to 4,000 characters.' })
  description!: string;

  @Field(() => IncidentStatus, { description: 'Where it stands in its workflow.' })
  status!: IncidentStatus;

  @Field(() => DateTimeScalar, { description: 'When it happened, or was reported.' })
  openedAt!: Date;

  @Field(() => String, { description: 'Who logged it.' })
  openedBy!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the HEALTH unit (or the office) responded.',
  })
  respondedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who responded.' })
  respondedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  response!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was CLOSED.' })
  closedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who closed it.' })
  closedBy!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds from opened to responded (computed in SQL); null while OPEN.',
  })
  timeToRespond!: number | null;

  @Field(() => Int, { description: 'Changes with every write: pass it back to move it.' })
  version!: number;
}

@InputType({
  description: 'A health incident logged for the delegation (or one of its sub-delegations).',
})
export class OpenHealthIncidentInput {
  @Field(() => ID, { description: 'The delegation (its global ID).' })
  delegationId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The sub-delegation concerned (required of a lead: one it leads).',
  })
  subDelegationId?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'Who is affected, by name (optional).' })
  personName?: string | null;

  @Field(() => String, { description: '1 to 4,000 characters.' })
  description!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When; now if left out; not in the future.',
  })
  openedAt?: Date | null;
}

@InputType({ description: 'Responds to an OPEN health incident, saying what was done.' })
export class RespondHealthIncidentInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, { description: 'What was done: 1 to 4,000 characters.' })
  response!: string;
}

@InputType({ description: 'Closes a RESPONDED health incident.' })
export class CloseHealthIncidentInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@ObjectType({
  implements: Node,
  description:
    "A question of a purchaser's side to the delegation's CUSTOMS unit (报关入境咨询) about the goods of a deal or a need: OPEN until the CUSTOMS unit ANSWERED it. Read as its purchaser is, and by the CUSTOMS unit.",
})
export class CustomsConsultation extends Node {
  delegationId!: string;
  purchaserId!: string;
  dealId!: string | null;
  needId!: string | null;

  @Field(() => String, { description: 'The goods the question is about.' })
  goods!: string;

  @Field(() => String, { nullable: true, description: 'The HS code, if known (6 to 10 digits).' })
  hsCode!: string | null;

  @Field(() => String, { description: 'The question asked.' })
  question!: string;

  @Field(() => QuestionStatus, { description: 'Where it stands in its workflow.' })
  status!: QuestionStatus;

  @Field(() => String, {
    nullable: true,
    description: "The department's answer (null while OPEN).",
  })
  answer!: string | null;

  @Field(() => String, { description: 'Who asked it.' })
  askedBy!: string;

  @Field(() => String, { nullable: true, description: 'Who answered it.' })
  answeredBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was answered.' })
  answeredAt!: Date | null;

  @Field(() => Int, { description: 'Changes with every write: pass it back to answer it.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

@ObjectType({
  implements: Node,
  description:
    'Coverage of the delegation (宣传报道) in an outlet: recorded by the PUBLICITY unit or the office, read by the delegation’s readers.',
})
export class PublicityRecord extends Node {
  delegationId!: string;

  @Field(() => String, { description: 'The newspaper, broadcaster or site that ran it.' })
  outlet!: string;

  @Field(() => String, { description: "The piece's headline." })
  title!: string;

  @Field(() => DateScalar, { description: 'The day it was published.' })
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) link to it.' })
  link!: string | null;

  @Field(() => String, { description: 'Who recorded it.' })
  recordedBy!: string;

  @Field(() => Int, {
    description: 'Changes with every write: pass it back to updatePublicityRecord.',
  })
  version!: number;
}

@ObjectType({
  implements: Node,
  description:
    'A question of protocol (外事礼仪) to the PROTOCOL unit, asked by the office or a member unit: OPEN until the PROTOCOL unit ANSWERED it. Read as funding requests are (the unit that asked, the office, the PROTOCOL unit).',
})
export class ProtocolRequest extends Node {
  delegationId!: string;
  requestingUnitId!: string | null;

  @Field(() => String, { description: 'What the question is about: 1 to 300 characters.' })
  subject!: string;

  @Field(() => String, { description: 'The question asked.' })
  question!: string;

  @Field(() => QuestionStatus, { description: 'Where it stands in its workflow.' })
  status!: QuestionStatus;

  @Field(() => String, {
    nullable: true,
    description: "The department's answer (null while OPEN).",
  })
  answer!: string | null;

  @Field(() => String, { description: 'Who asked it.' })
  askedBy!: string;

  @Field(() => String, { nullable: true, description: 'Who answered it.' })
  answeredBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was answered.' })
  answeredAt!: Date | null;

  @Field(() => Int, { description: 'Changes with every write: pass it back to answer it.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

@InputType({ description: 'About exactly one of a deal and a need of a purchaser.' })
export class AskCustomsInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A deal of the purchaser, the question is about (or needId).',
  })
  dealId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A procurement need of the purchaser the question is about (or dealId).',
  })
  needId?: string | null;

  @Field(() => String, { description: 'The goods: 1 to 500 characters.' })
  goods!: string;

  @Field(() => String, { nullable: true, description: '6 to 10 digits, if known.' })
  hsCode?: string | null;

  @Field(() => String, { description: '1 to 4,000 characters.' })
  question!: string;
}

@InputType({ description: 'Answers a question (customs, protocol): its department only.' })
export class AnswerQuestionInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, { description: '1 to 4,000 characters.' })
  answer!: string;
}

@InputType({ description: 'Coverage of the delegation in an outlet.' })
export class RecordPublicityInput {
  @Field(() => ID, { description: 'The delegation (its global ID).' })
  delegationId!: string;

  @Field(() => String, { description: 'The newspaper, broadcaster or site that ran it.' })
  outlet!: string;

  @Field(() => String, { description: "The piece's headline." })
  title!: string;

  @Field(() => DateScalar, { description: 'The day it was published.' })
  publishedOn!: Date;

  @Field(() => String, { nullable: true, description: 'An http(s) link.' })
  link?: string | null;
}

@InputType({ description: 'Changes to a publicity record; only the fields given change.' })
export class UpdatePublicityInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @NameText()
  @Field(() => String, {
    nullable: true,
    description: 'The newspaper, broadcaster or site that ran it.',
  })
  outlet?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: "The piece's headline." })
  title?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it was published.' })
  publishedOn?: Date | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  link?: string | null;
}

@InputType({ description: 'A question of protocol to the PROTOCOL unit.' })
export class AskProtocolInput {
  @Field(() => ID, { description: 'The delegation (its global ID).' })
  delegationId!: string;

  @Field(() => String, { description: '1 to 300 characters.' })
  subject!: string;

  @Field(() => String, { description: '1 to 4,000 characters.' })
  question!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The member unit that asks, as for requestFunding.',
  })
  requestingUnitId?: string | null;
}

@ObjectType({
  implements: Node,
  description:
    "One numbered version of the emergency plan (应急预案) for the delegation's stay, of the whole delegation or of one sub-delegation: written by the office or the HEALTH unit as a DRAFT, APPROVED by them (approving one supersedes the version in force, in the same transaction: at most one APPROVED per delegation and sub-delegation), then SUPERSEDED. Read by the delegation's readers (its leads and service units included).",
})
export class EmergencyPlan extends Node {
  delegationId!: string;
  subDelegationId!: string | null;
  authorUnitId!: string | null;

  @Field(() => Int, {
    description: 'Its version number within the delegation (or sub-delegation): 1, 2, …',
  })
  number!: number;

  @Field(() => String, { description: 'The title: 1 to 200 characters.' })
  title!: string;

  @Field(() => String, { description: 'The text: 1 to 100,000 characters, in `format`.' })
  body!: string;

  @Field(() => PlanDocumentFormat, { description: 'How the text is written.' })
  format!: PlanDocumentFormat;

  @Field(() => DateScalar, { nullable: true, description: 'The day it takes effect, if set.' })
  effectiveFrom!: string | null;

  @Field(() => PlanDocumentStatus, { description: 'DRAFT → APPROVED → SUPERSEDED.' })
  status!: PlanDocumentStatus;

  @Field(() => String, { nullable: true, description: 'Who approved it (null while DRAFT).' })
  approvedBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was approved.' })
  approvedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When a later approved version replaced it.',
  })
  supersededAt!: Date | null;

  @Field(() => String, { description: 'Who wrote it.' })
  createdBy!: string;

  @Field(() => Int, {
    description: 'Changes with every write: pass it back to updateEmergencyPlan or approve it.',
  })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was written.' })
  createdAt!: Date;
}

@InputType({ description: 'A new DRAFT version of an emergency plan.' })
export class CreateEmergencyPlanInput {
  @Field(() => ID, { description: 'The delegation.' })
  delegationId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The sub-delegation it is for; left out: the whole delegation.',
  })
  subDelegationId?: string | null;

  @Field(() => String, { description: '1 to 200 characters.' })
  title!: string;

  @Field(() => String, { description: 'The text: 1 to 100,000 characters.' })
  body!: string;

  @Field(() => PlanDocumentFormat, {
    nullable: true,
    description: 'How the text is written; MARKDOWN if left out.',
  })
  format?: PlanDocumentFormat | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The member unit that wrote it (an Organisation of the delegation’s member units); left out: the unit you act for, or the office.',
  })
  authorUnitId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it takes effect.' })
  effectiveFrom?: Date | null;
}

@InputType({ description: 'Changes to a DRAFT emergency plan; only the fields given change.' })
export class UpdateEmergencyPlanInput {
  @Field(() => ID, { description: 'The plan (a DRAFT).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @NameText()
  @Field(() => String, { nullable: true, description: '1 to 200 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: '1 to 100,000 characters.' })
  body?: string | null;

  @Field(() => PlanDocumentFormat, { nullable: true, description: 'How the text is written.' })
  format?: PlanDocumentFormat | null;

  @Field(() => ID, { nullable: true, description: 'The member unit that wrote it.' })
  authorUnitId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'null clears it.' })
  effectiveFrom?: Date | null;
}

@InputType({
  description:
    'Approves a DRAFT emergency plan: the version in force of the same delegation (or sub-delegation) is SUPERSEDED in the same transaction.',
})
export class ApproveEmergencyPlanInput {
  @Field(() => ID, { description: 'The plan (a DRAFT).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;
}

@ObjectType({
  implements: Node,
  description:
    "The person a sub-delegation designates for a duty (health and safety: 指定专人负责), named by the office or the HEALTH unit; read by the delegation's readers. The person's contacts show masked as elsewhere.",
})
export class SubDelegationContact extends Node {
  delegationId!: string;
  subDelegationId!: string;
  personId!: string;

  @Field(() => SubDelegationContactKind, { description: 'What the person is designated for.' })
  kind!: SubDelegationContactKind;

  @Field(() => String, { description: 'Who designated the person.' })
  assignedBy!: string;

  @Field(() => Int, {
    description: 'Changes with every write: pass it back to replace the person.',
  })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the person was last designated.' })
  updatedAt!: Date;
}

@InputType({
  description:
    "Designates a sub-delegation's person for a duty (replacing the one designated, with its version).",
})
export class DesignateSubDelegationContactInput {
  @Field(() => ID, { description: 'The sub-delegation.' })
  subDelegationId!: string;

  @Field(() => SubDelegationContactKind, {
    nullable: true,
    description: 'What for; HEALTH_SAFETY if left out.',
  })
  kind?: SubDelegationContactKind | null;

  @Field(() => PersonInput, {
    description:
      "Someone of the delegation (personId), or a new person standing for the sub-delegation's first lead unit.",
  })
  person!: PersonInput;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the designation you read, when replacing one.',
  })
  version?: number | null;
}
