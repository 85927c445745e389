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

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { nullable: true })
  nameZh!: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, e.g. "DE".' })
  country!: string;

  @Field(() => String, { nullable: true })
  booth!: string | null;

  @Field(() => String, { description: 'What it exhibits, as free text (English and/or Chinese).' })
  products!: string;

  @Field(() => String, { nullable: true })
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

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@InputType({ description: 'A new exhibitor of an expo.' })
export class CreateExhibitorInput {
  @Field(() => ID)
  expoId!: string;

  @Field(() => ID, { description: 'The exhibition area or zone of the same expo.' })
  exhibitionAreaId!: string;

  @Field(() => String)
  nameEn!: string;

  @NameText()
  @Field(() => String, { nullable: true })
  nameZh?: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2, e.g. "DE".' })
  country!: string;

  @Field(() => String, { nullable: true })
  booth?: string | null;

  @Field(() => String, { nullable: true })
  products?: string | null;

  @NameText()
  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;
}

@InputType({
  description:
    'Changes to an exhibitor: only the fields given change; null clears an optional one.',
})
export class UpdateExhibitorInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => ID, { nullable: true })
  exhibitionAreaId?: string | null;

  @NameText()
  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @NameText()
  @Field(() => String, { nullable: true })
  nameZh?: string | null;

  @Field(() => String, { nullable: true })
  country?: string | null;

  @Field(() => String, { nullable: true })
  booth?: string | null;

  @Field(() => String, { nullable: true })
  products?: string | null;

  @NameText()
  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;
}

@ObjectType({ description: 'What an import wrote: every exhibitor of the file, in file order.' })
export class ExhibitorImport {
  @Field(() => Int)
  count!: number;

  @Field(() => [Exhibitor])
  exhibitors!: Exhibitor[];
}
