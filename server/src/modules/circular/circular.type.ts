import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType({
  implements: Node,
  description:
    "A circular (通报) a delegation's office sent to all or some of its member units; each unit's readers acknowledge it.",
})
export class Circular extends Node {
  delegationId!: string;

  @Field(() => String, { description: 'Title: 1 to 200 characters.' })
  title!: string;

  @Field(() => String, { description: 'Text: 1 to 20,000 characters.' })
  body!: string;

  @Field(() => String, { description: 'Who sent it.' })
  sentBy!: string;

  @Field(() => DateTimeScalar, { description: 'When the office sent it.' })
  sentAt!: Date;

  @Field(() => Int, { description: 'How many units it is addressed to.' })
  recipientCount!: number;

  @Field(() => Int, {
    description: 'How many of them have not acknowledged it (none of their readers has).',
  })
  unacknowledgedCount!: number;
}

@ObjectType({
  description:
    'A unit a circular is addressed to: acknowledged once one of its readers has acknowledged it.',
})
export class CircularRecipient {
  id!: string;
  circularId!: string;
  delegationId!: string;
  organisationId!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "The first acknowledgement by one of the unit's readers; null: not yet.",
  })
  acknowledgedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who acknowledged it first.' })
  acknowledgedBy!: string | null;
}

@InputType({ description: 'A circular to the member units named, or to every one.' })
export class SendCircularInput {
  @Field(() => ID, { description: 'The delegation whose office sends it.' })
  delegationId!: string;

  @Field(() => String, { description: '1 to 200 characters.' })
  title!: string;

  @Field(() => String, { description: '1 to 20,000 characters.' })
  body!: string;

  @Field(() => [ID], {
    nullable: true,
    description:
      'The member units, by their organisations; every member unit of the delegation when not given.',
  })
  organisationIds?: string[] | null;
}
