import { Field, ID, InputType, Int } from 'type-graphql';
import { CreateOrganisationInput } from '../organisation/organisation.type.js';
import { CheckResult, PurchaserCategory } from './purchaser.enums.js';
import { NameText } from '../../graphql/text.js';

@InputType({ description: 'Who to invite into which sub-delegation.' })
export class InvitePurchaserInput {
  @Field(() => ID, { description: 'Global ID of the delegation the purchaser joins.' })
  delegationId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Where the purchaser registers. A member unit that leads no sub-delegation (Culture & ' +
      'Tourism, the Federation of Industry and Commerce…) always invites into the sub-delegation ' +
      'that receives unassigned purchasers (Commerce & Trade), whatever is asked here. Lead units ' +
      'and member units that lead one invite into theirs (the default when there is only one); ' +
      'the delegation office chooses.',
  })
  subDelegationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The lead unit (an Organisation) whose target the purchaser counts towards, when the ' +
      'sub-delegation has several (Health: HEALTH for hospitals and institutions, DRUGS for drug ' +
      'and device enterprises): that lead reviews it. Defaults to the only lead, or to the lead ' +
      'unit that invites. A SUB_DELEGATION_LEAD invites for its own lead unit (where the leads ' +
      'share one target, it may name a co-lead).',
  })
  leadOrganisationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An organisation known already. Give one of three.',
  })
  organisationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The unified social credit code of an organisation known already.',
  })
  creditCode?: string | null;

  @Field(() => CreateOrganisationInput, {
    nullable: true,
    description:
      'A new organisation. If its credit code is known already, that organisation is invited.',
  })
  organisation?: CreateOrganisationInput | null;
}

@InputType({ description: "The purchaser's contact person." })
export class RegisterContactInput {
  @Field(() => String, { description: '1 to 100 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Mobile or phone is required.' })
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: 'Digits, spaces, ( ) and -, optionally +.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;
}

@InputType({
  description:
    'A person attending for the purchaser; identified by the ID number (a resident ID ' +
    'number is checked with its check digit), which Public Security checks.',
})
export class RegisterAttendeeInput {
  @Field(() => String, { description: '1 to 100 characters.' })
  name!: string;

  @Field(() => String, { description: 'ID or passport number, 4 to 40 letters and digits.' })
  idNumber!: string;

  @NameText()
  @Field(() => String, { nullable: true, description: 'At most 100 characters.' })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile number.' })
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: 'Landline number.' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;
}

@InputType({
  description:
    'The unified registration, by the purchaser or for it. Every category needs a contact with ' +
    'a mobile or phone number and at least one attendee; enterprise categories need the ' +
    "organisation's credit code (for the credit check); institution categories an organisation " +
    'of kind INSTITUTION.',
})
export class RegisterPurchaserInput {
  @Field(() => ID, { description: 'Global ID of the purchaser.' })
  purchaserId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed.' })
  version?: number | null;

  @Field(() => PurchaserCategory, {
    description: 'What kind of purchaser: decides what the registration needs (credit code, kind).',
  })
  category!: PurchaserCategory;

  @Field(() => ID, {
    nullable: true,
    description:
      'Change of sub-delegation. Purchasers invited by a member unit that leads no ' +
      'sub-delegation stay in the one receiving unassigned purchasers (Commerce & Trade).',
  })
  subDelegationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The lead unit (an Organisation) the purchaser counts for and that reviews it: required ' +
      'when the sub-delegation has several and none was chosen at the invitation (a ' +
      'SUB_DELEGATION_LEAD registering it: its own unit by default, and only its own).',
  })
  leadOrganisationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The organisation's credit code, when it was invited without one.",
  })
  creditCode?: string | null;

  @Field(() => RegisterContactInput, { description: "The purchaser's contact person." })
  contact!: RegisterContactInput;

  @Field(() => [RegisterAttendeeInput], { description: '1 to 50 attendees.' })
  attendees!: RegisterAttendeeInput[];
}

@InputType({
  description:
    'Changes to a registration not yet approved (REGISTERED or REJECTED). Fields left out stay; ' +
    'attendees, when given, replace the list (matched by ID number, so that their background ' +
    'checks stay).',
})
export class UpdatePurchaserInput {
  @Field(() => ID, { description: 'Global ID of the purchaser.' })
  purchaserId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed.' })
  version?: number | null;

  @Field(() => PurchaserCategory, { nullable: true, description: 'As in RegisterPurchaserInput.' })
  category?: PurchaserCategory | null;

  @Field(() => ID, { nullable: true, description: 'As in RegisterPurchaserInput.' })
  subDelegationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'As in RegisterPurchaserInput.' })
  leadOrganisationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The organisation's unified social credit code (18 characters).",
  })
  creditCode?: string | null;

  @Field(() => RegisterContactInput, {
    nullable: true,
    description: 'The contact person, replaced as a whole.',
  })
  contact?: RegisterContactInput | null;

  @Field(() => [RegisterAttendeeInput], {
    nullable: true,
    description: '1 to 50 attendees: the whole list, which replaces the one registered.',
  })
  attendees?: RegisterAttendeeInput[] | null;
}

@InputType({ description: 'A purchaser not yet REPORTED to withdraw: → WITHDRAWN.' })
export class WithdrawPurchaserInput {
  @Field(() => ID, { description: 'Global ID of the purchaser.' })
  purchaserId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed.' })
  version?: number | null;

  @Field(() => String, { nullable: true, description: 'Why; at most 2000 characters.' })
  reason?: string | null;
}

@InputType({
  description:
    'A REGISTERED purchaser its lead unit approves: → APPROVED, counted towards the target.',
})
export class ApprovePurchaserInput {
  @Field(() => ID, { description: 'Global ID of the purchaser.' })
  purchaserId!: string;

  @Field(() => Int, {
    description:
      'The version you reviewed: if it changed meanwhile, CONFLICT (and nothing changes).',
  })
  version!: number;
}

@InputType({
  description: 'A REGISTERED purchaser its lead unit rejects, with a reason: → REJECTED.',
})
export class RejectPurchaserInput {
  @Field(() => ID, { description: 'Global ID of the purchaser.' })
  purchaserId!: string;

  @Field(() => Int, {
    description:
      'The version you reviewed: if it changed meanwhile, CONFLICT (and nothing changes).',
  })
  version!: number;

  @Field(() => String, { description: 'Why, for the purchaser: 1 to 2000 characters.' })
  reason!: string;
}

@InputType({
  description:
    "The office's review tier: an APPROVED purchaser, not yet reported, sent back to its lead unit.",
})
export class SendBackPurchaserInput {
  @Field(() => ID, { description: 'Global ID of the purchaser.' })
  purchaserId!: string;

  @Field(() => Int, {
    description:
      'The version you reviewed: if it changed meanwhile, CONFLICT (and nothing changes).',
  })
  version!: number;

  @Field(() => String, { description: 'Why, for the lead unit: 1 to 2000 characters.' })
  reason!: string;
}

@InputType({ description: 'A REJECTED registration submitted again: → REGISTERED.' })
export class ResubmitPurchaserInput {
  @Field(() => ID, { description: 'Global ID of the purchaser.' })
  purchaserId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you saw; CONFLICT if it changed.' })
  version?: number | null;
}

@InputType({ description: "The result of Market Regulation's credit check of the organisation." })
export class RecordCreditCheckInput {
  @Field(() => ID, { description: 'Global ID of the purchaser.' })
  purchaserId!: string;

  @Field(() => CheckResult, { description: 'The outcome of the credit check.' })
  result!: CheckResult;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  note?: string | null;
}

@InputType({ description: "The result of Public Security's background check of an attendee." })
export class RecordBackgroundCheckInput {
  @Field(() => ID, { description: 'Global ID of the attendee checked.' })
  attendeeId!: string;

  @Field(() => CheckResult, { description: 'The outcome of the background check.' })
  result!: CheckResult;

  @Field(() => String, { nullable: true, description: 'At most 2000 characters.' })
  note?: string | null;
}

@InputType({ description: 'Approved purchasers to report up to the expo bureau, as one batch.' })
export class ReportPurchasersInput {
  @Field(() => ID, { description: 'Global ID of the delegation reporting.' })
  delegationId!: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'At most 1000; all APPROVED. Left out: every APPROVED purchaser of the delegation.',
  })
  purchaserIds?: string[] | null;
}
