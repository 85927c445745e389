import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType({
  implements: Node,
  description: 'One audited change: who did what, the state before and after, and when.',
})
export class AuditEvent extends Node {
  delegationId!: string | null;
  /** The audited row's uuid; exposed as a global ID. */
  entityUuid!: string;

  @Field(() => String, { description: 'Who: the user name and ID.' })
  actor!: string;

  @Field(() => String, { description: 'What, e.g. "purchaser.approve".' })
  action!: string;

  @Field(() => String, { description: 'The type of the audited object, e.g. "Purchaser".' })
  entityType!: string;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The relevant state before.' })
  before!: Record<string, unknown> | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'The relevant state after.' })
  after!: Record<string, unknown> | null;

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  at!: Date;
}
