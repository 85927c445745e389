import { Field, ID, InputType, Int } from 'type-graphql';
import { NameText } from '../../graphql/text.js';
import { CreateOrganisationInput } from '../organisation/organisation.type.js';
import { NameChangesInput } from '../shared/names.input.js';

@InputType({
  description:
    "A province's delegation to an expo edition, with the organisation hosting its office: an existing one (officeOrganisationId) or a new one (officeOrganisation), exactly one of the two.",
})
export class CreateDelegationInput {
  @Field(() => ID, { description: 'The expo edition the delegation goes to.' })
  expoId!: string;

  @Field(() => String, {
    description: 'Key within the edition, unique there: A-Z, 0-9 and _, 1 to 40, e.g. "GS".',
  })
  key!: string;

  @Field(() => String, { description: '1 to 200 characters.' })
  nameZh!: string;

  @Field(() => String, { description: '1 to 300 characters.' })
  nameEn!: string;

  @Field(() => String, { description: 'The province in Chinese, e.g. 青海省.' })
  provinceZh!: string;

  @Field(() => String, { description: 'The province in English, e.g. "Qinghai".' })
  provinceEn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'How purchasers are registered, in Chinese, e.g. 多方邀请、统一登记、分级审核.',
  })
  registrationPrincipleZh?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How purchasers are registered, in English.',
  })
  registrationPrincipleEn?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation hosting the office.' })
  officeOrganisationId?: string | null;

  @Field(() => CreateOrganisationInput, {
    nullable: true,
    description: 'A new organisation to host the office, registered with the delegation.',
  })
  officeOrganisation?: CreateOrganisationInput | null;
}

@InputType({
  description:
    'Changes to a delegation (the EXPO_BUREAU of its edition, or ADMIN): the fields given change, null clears an optional one. A stale version is a CONFLICT.',
})
export class UpdateDelegationInput extends NameChangesInput {
  @Field(() => ID, { description: 'The delegation to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'A new key within the edition, unique there: A-Z, 0-9 and _, 1 to 40.',
  })
  key?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'The province in Chinese.' })
  provinceZh?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'The province in English.' })
  provinceEn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How purchasers are registered, in Chinese; null clears it.',
  })
  registrationPrincipleZh?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'How purchasers are registered, in English; null clears it.',
  })
  registrationPrincipleEn?: string | null;

  @Field(() => ID, { nullable: true, description: 'Another organisation to host the office.' })
  officeOrganisationId?: string | null;
}

@InputType({
  description:
    "The names of a delegation rolled over (both, or neither: then the earlier ones, with the edition's number made the new one's).",
})
export class DelegationNamesInput {
  @Field(() => String, { description: '1 to 200 characters.' })
  nameZh!: string;

  @Field(() => String, { description: '1 to 300 characters.' })
  nameEn!: string;
}

@InputType({
  description:
    "The next edition's delegation of a province, made from its last one (the EXPO_BUREAU of the target edition, or ADMIN): its structure, people (copied) and office host, as a starting point.",
})
export class RollOverDelegationInput {
  @Field(() => ID, { description: 'The delegation to roll over (of an earlier edition).' })
  fromDelegationId!: string;

  @Field(() => ID, {
    description:
      "The edition to roll over to: it starts later; CONFLICT when it has the province's delegation already.",
  })
  toExpoId!: string;

  @Field(() => String, {
    nullable: true,
    description: "Key in the new edition; by default the earlier delegation's.",
  })
  key?: string | null;

  @Field(() => DelegationNamesInput, {
    nullable: true,
    description:
      'By default the earlier names with the edition number replaced (第五届 → 第六届, 5th → 6th).',
  })
  names?: DelegationNamesInput | null;
}
