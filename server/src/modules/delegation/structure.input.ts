import { Field, ID, InputType, Int } from 'type-graphql';
import { NameText } from '../../graphql/text.js';
import { LeadingGroupRole } from './delegation.enums.js';
import { NameChangesInput } from '../shared/names.input.js';

/** Editing a delegation's structure: the inputs of its office's mutations. */

@InputType({
  description:
    'A person of the delegation: `personId` (someone of the delegation already, not a ' +
    "purchaser's contact or attendee), or a new person by `name` with contact data, of the " +
    'organisation the person stands for. Contacts show masked to whoever does not own them.',
})
export class PersonInput {
  @Field(() => ID, { nullable: true, description: 'A person of the delegation. Or a new one:' })
  personId?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'A new person: 1 to 100 characters.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Digits, spaces, ( ) and -, optionally +.' })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Mobile number: digits, spaces, ( ) and -, optionally +.',
  })
  mobile?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;
}

@InputType({ description: 'A minimum number of purchasers to recruit.' })
export class TargetInput {
  @Field(() => Int, { description: '0 or more (at most 1,000,000).' })
  min!: number;

  @Field(() => String, {
    nullable: true,
    description: 'What is counted, e.g. "enterprises or institutions".',
  })
  of?: string | null;
}

// ------------------------------------------------------------------------------ leading group

@InputType({ description: 'A person joining the leading group (领导小组), for a member unit.' })
export class AddLeadingGroupMemberInput {
  @Field(() => ID, { description: 'The member unit the person stands for (its delegation).' })
  memberUnitId!: string;

  @Field(() => PersonInput, { description: 'The person: one of the delegation, or a new one.' })
  person!: PersonInput;

  @Field(() => LeadingGroupRole, {
    description:
      'One LEADER (the first member), at most one SECRETARY_GENERAL; a second is refused.',
  })
  role!: LeadingGroupRole;

  @Field(() => String, { description: 'e.g. 副省长' })
  titleZh!: string;

  @NameText()
  @Field(() => String, {
    nullable: true,
    description: 'Official title in English, e.g. "Vice Governor".',
  })
  titleEn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order within its role; default: last.' })
  position?: number | null;
}

@InputType({
  description:
    'Corrects a member of the leading group; fields left out stay. To hand the LEADER role ' +
    "over, give the leader's member another person.",
})
export class UpdateLeadingGroupMemberInput {
  @Field(() => ID, { description: 'The leading group member to correct.' })
  memberId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Another member unit of the delegation to hold the role for.',
  })
  memberUnitId?: string | null;

  @Field(() => PersonInput, {
    nullable: true,
    description: 'Another person to hold the role (hands the role over).',
  })
  person?: PersonInput | null;

  @Field(() => LeadingGroupRole, {
    nullable: true,
    description: 'Another role; the one-LEADER and one-SECRETARY_GENERAL rules still hold.',
  })
  role?: LeadingGroupRole | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'Official title in Chinese.' })
  titleZh?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'null clears it.' })
  titleEn?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order within its role.' })
  position?: number | null;
}

@InputType({ description: 'Removes a person from the leading group.' })
export class RemoveLeadingGroupMemberInput {
  @Field(() => ID, { description: 'The leading group member to remove.' })
  memberId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;
}

// ------------------------------------------------------------------------------- member units

@InputType({
  description: 'An organisation joining the leading group as a member unit (成员单位).',
})
export class AddMemberUnitInput {
  @Field(() => ID, { description: 'The delegation the unit joins.' })
  delegationId!: string;

  @Field(() => ID, {
    description:
      'The organisation joining; it must not be a member unit of the delegation already.',
  })
  organisationId!: string;

  @Field(() => PersonInput, { nullable: true, description: 'Its liaison officer (联络员).' })
  liaison?: PersonInput | null;

  @Field(() => PersonInput, { nullable: true, description: 'Its designated person (专人).' })
  designatedPerson?: PersonInput | null;

  @Field(() => Int, { nullable: true, description: 'Default: last.' })
  position?: number | null;
}

@InputType({ description: 'Changes a member unit; fields left out stay, null clears.' })
export class UpdateMemberUnitInput {
  @Field(() => ID, { description: 'The member unit to change.' })
  memberUnitId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;

  @Field(() => PersonInput, { nullable: true, description: 'Its liaison officer (联络员).' })
  liaison?: PersonInput | null;

  @Field(() => PersonInput, { nullable: true, description: 'Its designated person (专人).' })
  designatedPerson?: PersonInput | null;

  @Field(() => Int, { nullable: true, description: 'Order among the member units.' })
  position?: number | null;
}

@InputType({ description: 'Removes a member unit from the leading group.' })
export class RemoveMemberUnitInput {
  @Field(() => ID, { description: 'The member unit to remove.' })
  memberUnitId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;
}

// ---------------------------------------------------------------------------- sub-delegations

@InputType({ description: 'A lead unit (牵头单位) of a new sub-delegation.' })
export class NewSubDelegationLeadInput {
  @Field(() => ID, { description: 'A member unit of the delegation, by its organisation.' })
  organisationId!: string;

  @Field(() => TargetInput, {
    nullable: true,
    description: "The lead's own target; none where the co-leads share the sub-delegation's.",
  })
  target?: TargetInput | null;
}

@InputType({ description: 'A new sector sub-delegation (交易分团), with its lead units.' })
export class AddSubDelegationInput {
  @Field(() => ID, { description: 'The delegation the sub-delegation belongs to.' })
  delegationId!: string;

  @Field(() => String, { description: 'Unique in the delegation: A-Z, 0-9, _ (e.g. HEALTH).' })
  key!: string;

  @Field(() => String, { description: 'Name in Chinese, e.g. 医药卫生分团.' })
  nameZh!: string;

  @Field(() => String, { description: 'Name in English, e.g. "Medicine & Health".' })
  nameEn!: string;

  @Field(() => String, { nullable: true, description: 'The sectors it recruits in.' })
  focus?: string | null;

  @Field(() => TargetInput, {
    nullable: true,
    description: 'A target the co-leads share (then the leads have none of their own).',
  })
  sharedTarget?: TargetInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Takes over receiving the purchasers of units without a sub-delegation (exactly one per ' +
      "delegation; a delegation's first sub-delegation receives them).",
  })
  receivesUnassigned?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Default: last.' })
  position?: number | null;

  @Field(() => [NewSubDelegationLeadInput], {
    nullable: true,
    description: 'Its lead units (牵头单位), each with its own target unless they share one.',
  })
  leads?: NewSubDelegationLeadInput[] | null;
}

@InputType({ description: 'Changes a sub-delegation; fields left out stay.' })
export class UpdateSubDelegationInput extends NameChangesInput {
  @Field(() => ID, { description: 'The sub-delegation to change.' })
  subDelegationId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'A new key, unique in the delegation: A-Z, 0-9, _.',
  })
  key?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  focus?: string | null;

  @Field(() => TargetInput, {
    nullable: true,
    description: 'The target the co-leads share; null: the leads have their own.',
  })
  sharedTarget?: TargetInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: this one receives the purchasers of units without a sub-delegation (the one that ' +
      'did stops). false is refused where it does: set it on another instead.',
  })
  receivesUnassigned?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Order among the sub-delegations.' })
  position?: number | null;
}

@InputType({ description: 'Removes a sub-delegation.' })
export class RemoveSubDelegationInput {
  @Field(() => ID, { description: 'The sub-delegation to remove.' })
  subDelegationId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;
}

@InputType({ description: 'A lead unit (牵头单位) joining a sub-delegation.' })
export class AddSubDelegationLeadInput {
  @Field(() => ID, { description: 'The sub-delegation the lead unit joins.' })
  subDelegationId!: string;

  @Field(() => ID, { description: 'A member unit of the delegation, by its organisation.' })
  organisationId!: string;

  @Field(() => TargetInput, { nullable: true, description: "The lead's own target." })
  target?: TargetInput | null;

  @Field(() => Int, { nullable: true, description: 'Default: last.' })
  position?: number | null;
}

@InputType({ description: 'Changes a lead unit; fields left out stay.' })
export class UpdateSubDelegationLeadInput {
  @Field(() => ID, { description: 'The lead unit to change.' })
  leadId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;

  @Field(() => TargetInput, { nullable: true, description: "The lead's own target; null clears." })
  target?: TargetInput | null;

  @Field(() => Int, { nullable: true, description: "Order among the sub-delegation's lead units." })
  position?: number | null;
}

@InputType({ description: 'Removes a lead unit from its sub-delegation.' })
export class RemoveSubDelegationLeadInput {
  @Field(() => ID, { description: 'The lead unit to remove.' })
  leadId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;
}

// --------------------------------------------------------------------------- responsibilities

@InputType({ description: 'A duty (任务分工) of a member unit, in English and Chinese.' })
export class AddResponsibilityInput {
  @Field(() => ID, { description: 'The member unit that carries the duty.' })
  memberUnitId!: string;

  @Field(() => String, { description: '1 to 1000 characters.' })
  dutyEn!: string;

  @Field(() => String, { nullable: true, description: 'At most 1000 characters.' })
  dutyZh?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Unique among the unit’s duties; default: last.',
  })
  position?: number | null;
}

@InputType({ description: 'Changes a duty; fields left out stay.' })
export class UpdateResponsibilityInput {
  @Field(() => ID, { description: 'The duty to change.' })
  responsibilityId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;

  @NameText()
  @Field(() => String, {
    nullable: true,
    description: 'The duty in English: 1 to 1000 characters.',
  })
  dutyEn?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  dutyZh?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Order among the unit's duties; unique among them.",
  })
  position?: number | null;
}

@InputType({ description: 'Removes a duty of a member unit.' })
export class RemoveResponsibilityInput {
  @Field(() => ID, { description: 'The duty to remove.' })
  responsibilityId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;
}
