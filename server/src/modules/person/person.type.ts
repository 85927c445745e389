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

  @Field(() => String)
  name!: string;

  @Field(() => PhoneNumberScalar, { nullable: true })
  phone!: string | null;

  @Field(() => PhoneNumberScalar, { nullable: true })
  mobile!: string | null;

  @Field(() => EmailAddressScalar, { nullable: true })
  email!: string | null;
}
