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

  @Field(() => String, { nullable: true })
  mobile?: string | null;

  @Field(() => String, { nullable: true })
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

  @Field(() => PersonInput)
  person!: PersonInput;

  @Field(() => LeadingGroupRole, {
    description:
      'One LEADER (the first member), at most one SECRETARY_GENERAL; a second is refused.',
  })
  role!: LeadingGroupRole;

  @Field(() => String, { description: 'e.g. 副省长' })
  titleZh!: string;

  @NameText()
  @Field(() => String, { nullable: true })
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
  @Field(() => ID)
  memberId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;

  @Field(() => ID, { nullable: true })
  memberUnitId?: string | null;

  @Field(() => PersonInput, { nullable: true })
  person?: PersonInput | null;

  @Field(() => LeadingGroupRole, { nullable: true })
  role?: LeadingGroupRole | null;

  @NameText()
  @Field(() => String, { nullable: true })
  titleZh?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'null clears it.' })
  titleEn?: string | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class RemoveLeadingGroupMemberInput {
  @Field(() => ID)
  memberId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;
}

// ------------------------------------------------------------------------------- member units

@InputType({
  description: 'An organisation joining the leading group as a member unit (成员单位).',
})
export class AddMemberUnitInput {
  @Field(() => ID)
  delegationId!: string;

  @Field(() => ID)
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
  @Field(() => ID)
  memberUnitId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;

  @Field(() => PersonInput, { nullable: true, description: 'Its liaison officer (联络员).' })
  liaison?: PersonInput | null;

  @Field(() => PersonInput, { nullable: true, description: 'Its designated person (专人).' })
  designatedPerson?: PersonInput | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class RemoveMemberUnitInput {
  @Field(() => ID)
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
  @Field(() => ID)
  delegationId!: string;

  @Field(() => String, { description: 'Unique in the delegation: A-Z, 0-9, _ (e.g. HEALTH).' })
  key!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { nullable: true })
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

  @Field(() => [NewSubDelegationLeadInput], { nullable: true })
  leads?: NewSubDelegationLeadInput[] | null;
}

@InputType({ description: 'Changes a sub-delegation; fields left out stay.' })
export class UpdateSubDelegationInput extends NameChangesInput {
  @Field(() => ID)
  subDelegationId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;

  @Field(() => String, { nullable: true })
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

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class RemoveSubDelegationInput {
  @Field(() => ID)
  subDelegationId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;
}

@InputType({ description: 'A lead unit (牵头单位) joining a sub-delegation.' })
export class AddSubDelegationLeadInput {
  @Field(() => ID)
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
  @Field(() => ID)
  leadId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;

  @Field(() => TargetInput, { nullable: true, description: "The lead's own target; null clears." })
  target?: TargetInput | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class RemoveSubDelegationLeadInput {
  @Field(() => ID)
  leadId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;
}

// --------------------------------------------------------------------------- responsibilities

@InputType({ description: 'A duty (任务分工) of a member unit, in English and Chinese.' })
export class AddResponsibilityInput {
  @Field(() => ID)
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
  @Field(() => ID)
  responsibilityId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;

  @NameText()
  @Field(() => String, { nullable: true })
  dutyEn?: string | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  dutyZh?: string | null;

  @Field(() => Int, { nullable: true })
  position?: number | null;
}

@InputType()
export class RemoveResponsibilityInput {
  @Field(() => ID)
  responsibilityId!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;
}
