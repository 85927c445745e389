import { Field, Int, ObjectType } from 'type-graphql';
import { PhoneNumberScalar } from '../../graphql/contacts.js';
import { Node } from '../../graphql/relay.js';
import { DelegationContactRole, LeadingGroupRole } from './delegation.enums.js';

@ObjectType({
  implements: Node,
  description:
    "One province's trading delegation (交易团) to one expo edition: the tenant boundary.",
})
export class Delegation extends Node {
  expoId!: string;
  officeOrganisationId!: string | null;

  @Field(() => String, { description: 'Key within the expo, e.g. "QH".' })
  key!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String)
  provinceZh!: string;

  @Field(() => String)
  provinceEn!: string;

  @Field(() => String, { nullable: true, description: 'e.g. 多方邀请、统一登记、分级审核' })
  registrationPrincipleZh!: string | null;

  @Field(() => String, { nullable: true })
  registrationPrincipleEn!: string | null;

  @Field(() => Int, {
    description: 'Minimum purchasers to recruit: the sum of the sub-delegation targets.',
  })
  targetTotal!: number;

  @Field(() => Int, { description: 'Changes with every write: pass it back to updateDelegation.' })
  version!: number;
}

@ObjectType({ description: 'A contact of the delegation office.' })
export class DelegationContact {
  personId!: string;
  delegationId!: string;

  @Field(() => DelegationContactRole)
  role!: DelegationContactRole;

  @Field(() => String, { nullable: true })
  labelZh!: string | null;

  @Field(() => PhoneNumberScalar, { nullable: true })
  fax!: string | null;
}

@ObjectType({
  implements: Node,
  description: 'An organisation in the leading group (成员单位), with its liaison officer.',
})
export class MemberUnit extends Node {
  delegationId!: string;
  organisationId!: string;
  liaisonPersonId!: string | null;
  designatedPersonId!: string | null;

  @Field(() => Boolean, { description: 'Hosts the leading group office (领导小组办公室).' })
  hostsOffice!: boolean;

  @Field(() => Int, { description: 'Moves on at every change; send it back to change this.' })
  version!: number;
}

@ObjectType({
  implements: Node,
  description: 'A person in the leading group (领导小组), on behalf of a member unit.',
})
export class LeadingGroupMember extends Node {
  delegationId!: string;
  memberUnitId!: string;
  personId!: string;
  organisationId!: string;

  @Field(() => LeadingGroupRole)
  role!: LeadingGroupRole;

  @Field(() => String)
  titleZh!: string;

  @Field(() => String, { nullable: true })
  titleEn!: string | null;

  @Field(() => Int, { description: 'Moves on at every change; send it back to change this.' })
  version!: number;
}

@ObjectType({ implements: Node, description: 'A duty a member unit carries (任务分工).' })
export class Responsibility extends Node {
  delegationId!: string;
  memberUnitId!: string;
  organisationId!: string;

  @Field(() => String)
  dutyEn!: string;

  @Field(() => String, { nullable: true })
  dutyZh!: string | null;

  @Field(() => Int, { description: 'Moves on at every change; send it back to change this.' })
  version!: number;
}

@ObjectType({ description: 'A minimum number of purchasers to recruit.' })
export class Target {
  @Field(() => Int)
  min!: number;

  @Field(() => String, {
    nullable: true,
    description: 'What is counted, e.g. "enterprises or institutions".',
  })
  of!: string | null;
}

@ObjectType({ implements: Node, description: 'A sector sub-delegation (交易分团).' })
export class SubDelegation extends Node {
  delegationId!: string;
  sharedTargetMin!: number | null;
  sharedTargetOf!: string | null;

  @Field(() => String)
  key!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { nullable: true })
  focus!: string | null;

  @Field(() => Boolean, {
    description:
      'Registers the purchasers of member units that lead no sub-delegation (Commerce & Trade).',
  })
  receivesUnassigned!: boolean;

  @Field(() => Int, {
    description: "Minimum purchasers: the shared target, or the sum of the leads' own targets.",
  })
  targetMin!: number;

  @Field(() => Int, { description: 'Moves on at every change; send it back to change this.' })
  version!: number;
}

@ObjectType({
  implements: Node,
  description: 'A lead unit (牵头单位) of a sub-delegation, with its own target when it has one.',
})
export class SubDelegationLead extends Node {
  delegationId!: string;
  subDelegationId!: string;
  organisationId!: string;
  targetMin!: number | null;
  targetOf!: string | null;

  @Field(() => Int, { description: 'Moves on at every change; send it back to change this.' })
  version!: number;
}
