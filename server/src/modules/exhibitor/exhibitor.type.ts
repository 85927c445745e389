import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EmailAddressScalar, PhoneNumberScalar } from '../../graphql/contacts.js';
import { Node } from '../../graphql/relay.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { NameText } from '../../graphql/text.js';

@ObjectType({
  implements: Node,
  description:
    'A foreign company exhibiting (参展商) at one expo: country, area or zone, booth, products.',
})
export class Exhibitor extends Node {
  expoId!: string;
  exhibitionAreaId!: string;

  @Field(() => String, { description: 'The company name in English (unique within the expo).' })
  nameEn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The company name in Chinese, where it has one.',
  })
  nameZh!: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, e.g. "DE".' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'Its booth number in the exhibition hall.' })
  booth!: string | null;

  @Field(() => String, { description: 'What it exhibits, as free text (English and/or Chinese).' })
  products!: string;

  @Field(() => String, { nullable: true, description: 'Its business contact person.' })
  contactName!: string | null;

  @Field(() => EmailAddressScalar, {
    nullable: true,
    description: 'A business contact: masked only for those who merely analyse (ANALYST).',
  })
  contactEmail!: string | null;

  @Field(() => PhoneNumberScalar, {
    nullable: true,
    description: 'A business contact: masked only for those who merely analyse (ANALYST).',
  })
  contactPhone!: string | null;

  @Field(() => Int, { description: 'Changes with every write: pass it back to updateExhibitor.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was added.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@InputType({ description: 'A new exhibitor of an expo.' })
export class CreateExhibitorInput {
  @Field(() => ID, {
    description: 'Global ID of the expo edition it exhibits at (you must be its EXPO_BUREAU).',
  })
  expoId!: string;

  @Field(() => ID, { description: 'The exhibition area or zone of the same expo.' })
  exhibitionAreaId!: string;

  @Field(() => String, {
    description: 'The company name in English: 1 to 300 characters, unique within the expo.',
  })
  nameEn!: string;

  @NameText()
  @Field(() => String, { nullable: true, description: 'The Chinese name: at most 200 characters.' })
  nameZh?: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. "DE".' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'The booth: at most 40 characters.' })
  booth?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What it exhibits, free text: at most 4000 characters.',
  })
  products?: string | null;

  @NameText()
  @Field(() => String, {
    nullable: true,
    description: 'The business contact person: at most 200 characters.',
  })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'The business contact e-mail address.' })
  contactEmail?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The business contact phone: digits, spaces, ( ) and -, optionally a leading +.',
  })
  contactPhone?: string | null;
}

@InputType({
  description:
    'Changes to an exhibitor: only the fields given change; null clears an optional one.',
})
export class UpdateExhibitorInput {
  @Field(() => ID, { description: 'Global ID of the exhibitor.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'An exhibition area or zone of the same expo.' })
  exhibitionAreaId?: string | null;

  @NameText()
  @Field(() => String, {
    nullable: true,
    description: '1 to 300 characters, unique within the expo; cannot be cleared.',
  })
  nameEn?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'At most 200 characters.' })
  nameZh?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; cannot be cleared.' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 40 characters.' })
  booth?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 4000 characters.' })
  products?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'At most 200 characters.' })
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'An e-mail address.' })
  contactEmail?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Digits, spaces, ( ) and -, optionally a leading +.',
  })
  contactPhone?: string | null;
}

@ObjectType({ description: 'What an import wrote: every exhibitor of the file, in file order.' })
export class ExhibitorImport {
  @Field(() => Int, { description: 'How many exhibitors the file held (rows written).' })
  count!: number;

  @Field(() => [Exhibitor], { description: 'The exhibitors written, in file order.' })
  exhibitors!: Exhibitor[];
}
