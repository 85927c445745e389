import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { EmailAddressScalar, PhoneNumberScalar } from '../../graphql/contacts.js';
import { Node } from '../../graphql/relay.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { NameText } from '../../graphql/text.js';

@ObjectType({
  implements: Node,
  description:
    "A person of an exhibitor who meets purchasers (the exhibitor's team at its booth, online).",
})
export class ExhibitorRepresentative extends Node {
  exhibitorId!: string;
  expoId!: string;
  userId!: string | null;

  @Field(() => String, { description: "The representative's name." })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  title!: string | null;

  @Field(() => EmailAddressScalar, {
    nullable: true,
    description: "A business contact, as the exhibitor's: masked only for ANALYST.",
  })
  email!: string | null;

  @Field(() => PhoneNumberScalar, {
    nullable: true,
    description: "A business contact, as the exhibitor's: masked only for ANALYST.",
  })
  phone!: string | null;

  @Field(() => Int, { description: 'Changes with every write: pass it back to changes.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the representative was added.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When the representative last changed.' })
  updatedAt!: Date;
}

@InputType({ description: "A representative of an exhibitor (its edition's EXPO_BUREAU, ADMIN)." })
export class AddExhibitorRepresentativeInput {
  @Field(() => ID, { description: 'Global ID of the exhibitor.' })
  exhibitorId!: string;

  @NameText()
  @Field(() => String, { description: '1 to 100 characters.' })
  name!: string;

  @NameText()
  @Field(() => String, { nullable: true, description: 'Job title: at most 200 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'A business e-mail address.' })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A business phone: digits, spaces, ( ) and -, optionally a leading +.',
  })
  phone?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The User the representative signs in as, if any (one representative per user).',
  })
  userId?: string | null;
}

@InputType({ description: 'Changes to a representative: only the fields given; null clears.' })
export class UpdateExhibitorRepresentativeInput {
  @Field(() => ID, { description: 'Global ID of the representative.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @NameText()
  @Field(() => String, { nullable: true, description: '1 to 100 characters; cannot be cleared.' })
  name?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'Job title: at most 200 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'A business e-mail address.' })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A business phone: digits, spaces, ( ) and -, optionally a leading +.',
  })
  phone?: string | null;
}
