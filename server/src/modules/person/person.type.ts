import { Field, ObjectType } from 'type-graphql';
import { EmailAddressScalar, PhoneNumberScalar } from '../../graphql/contacts.js';
import { Node } from '../../graphql/relay.js';

@ObjectType({
  implements: Node,
  description: 'A person: official, liaison officer, contact or attendee.',
})
export class Person extends Node {
  delegationId!: string | null;
  organisationId!: string | null;
  /**
   * The purchaser whose contact or attendee the person is (null for officials): with the
   * delegation, who owns the contact fields (see `modules/contact-owners.ts`).
   */
  purchaserId!: string | null;
  subDelegationId!: string | null;
  invitedByOrganisationId!: string | null;

  @Field(() => String, { description: 'Full name, as on an ID document for an attendee.' })
  name!: string;

  @Field(() => PhoneNumberScalar, {
    nullable: true,
    description:
      "Office phone; masked unless your scope owns this person's contacts (the delegation office; for a purchaser's contact or attendee, those who act for the purchaser).",
  })
  phone!: string | null;

  @Field(() => PhoneNumberScalar, {
    nullable: true,
    description: "Mobile number; masked unless your scope owns this person's contacts.",
  })
  mobile!: string | null;

  @Field(() => EmailAddressScalar, {
    nullable: true,
    description: "E-mail address; masked unless your scope owns this person's contacts.",
  })
  email!: string | null;
}
