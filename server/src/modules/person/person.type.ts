import { Field, ObjectType } from 'type-graphql';
import type { ContactOwners } from '../../auth/policy.js';
import { Node } from '../../graphql/relay.js';

@ObjectType({
  implements: Node,
  description: 'A person: official, liaison officer, contact or attendee.',
})
export class Person extends Node {
  delegationId!: string | null;
  organisationId!: string | null;

  @Field(() => String)
  name!: string;

  phone!: string | null;

  mobile!: string | null;

  email!: string | null;

  /** Who besides the office sees the contact fields unmasked (attendees and purchaser contacts). */
  owners?: ContactOwners;
}
