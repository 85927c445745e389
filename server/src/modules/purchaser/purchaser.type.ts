import { Field, Int, ObjectType } from 'type-graphql';
import { IdentityDocumentNumberScalar } from '../../graphql/contacts.js';
import { Node } from '../../graphql/relay.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { CheckResult, PurchaserCategory, PurchaserStatus } from './purchaser.enums.js';

@ObjectType({
  implements: Node,
  description:
    'A purchasing organisation (采购商) in one sub-delegation of a delegation. Its life: ' +
    'INVITED → REGISTERED → APPROVED → REPORTED; REJECTED (with a reason) may be resubmitted; ' +
    'WITHDRAWN at any point before REPORTED.',
})
export class Purchaser extends Node {
  delegationId!: string;
  organisationId!: string;
  subDelegationId!: string;
  leadId!: string | null;
  invitedByOrganisationId!: string;
  contactPersonId!: string | null;
  reportBatchId!: string | null;

  @Field(() => PurchaserStatus, {
    description:
      'Where it stands: INVITED → REGISTERED → APPROVED → REPORTED, or REJECTED / WITHDRAWN.',
  })
  status!: PurchaserStatus;

  @Field(() => PurchaserCategory, { nullable: true, description: 'Set from registration on.' })
  category!: PurchaserCategory | null;

  /** Why it was rejected (a field of its own: `PurchaserResolver.rejectionReason`). */
  rejectionReason!: string | null;

  /** The expo's registration number (a field of its own: `PurchaserResolver.registrationNumber`). */
  registrationNumber!: string | null;

  @Field(() => Int, {
    description:
      'Changes with every write (registration, checks, decisions): pass the version you saw to ' +
      'the decision mutations; a stale one gets CONFLICT.',
  })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was invited.' })
  invitedAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it last registered (or resubmitted); null while INVITED.',
  })
  registeredAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When its lead unit approved it; null until then, and again once the office sends it back.',
  })
  approvedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was reported to the expo bureau.',
  })
  reportedAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When the record was created.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({
  implements: Node,
  description: 'A person attending the expo for a purchaser (参会人员).',
})
export class Attendee extends Node {
  delegationId!: string;
  purchaserId!: string;
  personId!: string;
  /** Of the attendee's purchaser: who owns the personal fields. */
  subDelegationId!: string;
  invitedByOrganisationId!: string;
  @Field(() => IdentityDocumentNumberScalar, {
    nullable: true,
    description:
      'ID or passport number: the background checkers of the delegation see it in full too.',
  })
  idNumber!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The attendee's position in the purchasing organisation.",
  })
  jobTitle!: string | null;

  @Field(() => DateTimeScalar, { description: 'When the attendee was registered.' })
  createdAt!: Date;
}

@ObjectType({
  implements: Node,
  description: "A credit check of a purchaser's organisation, by Market Regulation.",
})
export class CreditCheck extends Node {
  purchaserId!: string;
  delegationId!: string;

  @Field(() => CheckResult, {
    description: 'PASSED or FAILED: approval needs a passed credit check (the latest counts).',
  })
  result!: CheckResult;

  @Field(() => String, { nullable: true, description: "The checker's remarks." })
  note!: string | null;

  @Field(() => String, { description: 'Who recorded it.' })
  checkedBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  checkedAt!: Date;
}

@ObjectType({
  implements: Node,
  description: 'A background check of an attendee, by Public Security.',
})
export class BackgroundCheck extends Node {
  attendeeId!: string;
  delegationId!: string;

  @Field(() => CheckResult, {
    description:
      'PASSED or FAILED: approval needs a passed background check of every attendee (the latest counts).',
  })
  result!: CheckResult;

  @Field(() => String, { nullable: true, description: "The checker's remarks." })
  note!: string | null;

  @Field(() => String, { description: 'Who recorded it.' })
  checkedBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  checkedAt!: Date;
}

@ObjectType({
  implements: Node,
  description:
    'Approved purchasers reported up to the expo bureau together, by the delegation office.',
})
export class PurchaserReportBatch extends Node {
  delegationId!: string;

  @Field(() => DateTimeScalar, { description: 'When the office reported the batch.' })
  reportedAt!: Date;

  @Field(() => String, { description: 'Who reported them.' })
  reportedBy!: string;

  @Field(() => Int, { description: 'How many purchasers the batch holds.' })
  purchaserCount!: number;
}

/** Purchasers counted at each step; a later step counts in the earlier ones. */
@ObjectType({ description: 'Purchasers counted at each step of recruitment.' })
export abstract class RecruitmentCounts {
  @Field(() => Int, { description: 'Invited and not withdrawn (every later step included).' })
  invited!: number;

  @Field(() => Int, {
    description: 'Registered and not withdrawn: REGISTERED, REJECTED, APPROVED or REPORTED.',
  })
  registered!: number;

  @Field(() => Int, { description: 'APPROVED or REPORTED: what counts towards the target.' })
  approved!: number;

  @Field(() => Int, { description: 'REPORTED to the expo bureau.' })
  reported!: number;

  @Field(() => Int, { description: 'Currently REJECTED (awaiting resubmission).' })
  rejected!: number;

  @Field(() => Int, { description: 'WITHDRAWN.' })
  withdrawn!: number;
}

@ObjectType({ description: "A lead unit's recruitment against its own target." })
export class LeadRecruitmentProgress extends RecruitmentCounts {
  leadId!: string;
  organisationId!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The lead's own minimum target; null when it shares its sub-delegation's target.",
  })
  target!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'approved >= target; null without an own target.',
  })
  targetMet!: boolean | null;
}

@ObjectType({ description: "A sub-delegation's recruitment against its target." })
export class SubDelegationRecruitmentProgress extends RecruitmentCounts {
  subDelegationId!: string;

  @Field(() => Int, {
    description: "The shared target (counted once), or the sum of the leads' own targets.",
  })
  target!: number;

  @Field(() => Boolean, { description: 'Whether co-leads share one target (e.g. Industry).' })
  sharedTarget!: boolean;

  @Field(() => Boolean, {
    description: 'approved >= target, and every lead with an own target has met it.',
  })
  targetMet!: boolean;

  @Field(() => [LeadRecruitmentProgress], {
    description: 'Each lead unit of the sub-delegation, with its own target if it has one.',
  })
  leads!: LeadRecruitmentProgress[];
}

@ObjectType({ description: 'Recruitment of a delegation: per sub-delegation and per lead unit.' })
export class RecruitmentProgress extends RecruitmentCounts {
  delegationId!: string;

  @Field(() => Int, { description: 'Sum of the sub-delegation targets (shared targets once).' })
  target!: number;

  @Field(() => Boolean, { description: 'Every sub-delegation has met its target.' })
  targetMet!: boolean;

  @Field(() => [SubDelegationRecruitmentProgress], {
    description: 'Each sub-delegation of the delegation.',
  })
  subDelegations!: SubDelegationRecruitmentProgress[];
}
