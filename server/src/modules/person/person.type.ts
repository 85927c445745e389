import { Field, ObjectType } from 'type-graphql';
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

  @Field(() => String, { nullable: true, description: 'Personal contact field.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Personal contact field.' })
  mobile!: string | null;

  @Field(() => String, { nullable: true, description: 'Personal contact field.' })
  email!: string | null;
}
