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

  @Field(() => String, { description: 'Name in Chinese, e.g. 第五届进博会青海省交易团.' })
  nameZh!: string;

  @Field(() => String, {
    description: 'Name in English, e.g. "Qinghai Trading Delegation to the 5th CIIE".',
  })
  nameEn!: string;

  @Field(() => String, { description: 'The province in Chinese, e.g. 青海省.' })
  provinceZh!: string;

  @Field(() => String, { description: 'The province in English, e.g. "Qinghai".' })
  provinceEn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'How purchasers are registered, in Chinese, e.g. 多方邀请、统一登记、分级审核.',
  })
  registrationPrincipleZh!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'How purchasers are registered, in English, e.g. "invitations from many parties, one unified registration, review tier by tier".',
  })
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

  @Field(() => DelegationContactRole, { description: 'What this person is the contact for.' })
  role!: DelegationContactRole;

  @Field(() => String, {
    nullable: true,
    description: 'The label the plan gives the contact, e.g. 参会报名事务联系人.',
  })
  labelZh!: string | null;

  @Field(() => PhoneNumberScalar, {
    nullable: true,
    description: 'Fax number; masked for viewers who may not see contact details (ANALYST).',
  })
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

  @Field(() => LeadingGroupRole, { description: 'The role held in the leading group.' })
  role!: LeadingGroupRole;

  @Field(() => String, { description: 'Official title in Chinese, e.g. 副省长.' })
  titleZh!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Official title in English, e.g. "Vice Governor".',
  })
  titleEn!: string | null;

  @Field(() => Int, { description: 'Moves on at every change; send it back to change this.' })
  version!: number;
}

@ObjectType({ implements: Node, description: 'A duty a member unit carries (任务分工).' })
export class Responsibility extends Node {
  delegationId!: string;
  memberUnitId!: string;
  organisationId!: string;

  @Field(() => String, {
    description: 'The duty in English, e.g. "report progress to the CIIE preparatory committee".',
  })
  dutyEn!: string;

  @Field(() => String, { nullable: true, description: 'The duty in Chinese, as the plan says it.' })
  dutyZh!: string | null;

  @Field(() => Int, { description: 'Moves on at every change; send it back to change this.' })
  version!: number;
}

@ObjectType({ description: 'A minimum number of purchasers to recruit.' })
export class Target {
  @Field(() => Int, { description: 'At least this many approved or reported purchasers.' })
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

  @Field(() => String, { description: 'Key within the delegation, e.g. "COMMERCE".' })
  key!: string;

  @Field(() => String, { description: 'Name in Chinese, e.g. 商贸分团.' })
  nameZh!: string;

  @Field(() => String, { description: 'Name in English, e.g. "Commerce & Trade".' })
  nameEn!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The sectors it recruits in, e.g. "higher education, vocational education and related institutions".',
  })
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
