import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { NameText } from '../../graphql/text.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { DEAL_TOTALS_RULE } from '../deal/deal-totals.rule.js';
import { OnsiteEventKind, ParticipantKind } from './onsite.enums.js';

@ObjectType({
  implements: Node,
  description: `An activity the delegation runs on site (matchmaking, needs publishing, a signing ceremony): made and changed by the office and the delegation's LOGISTICS unit, read by the delegation's readers. The deals signed there are linked to it (linkDealToEvent); its totals are dealAggregate's over the deals filtered by event, by the one rule: ${DEAL_TOTALS_RULE}`,
})
export class OnsiteEvent extends Node {
  delegationId!: string;
  organiserId!: string | null;

  @Field(() => OnsiteEventKind, { description: 'What kind of activity it is.' })
  kind!: OnsiteEventKind;

  @Field(() => String, { description: 'What it is called.' })
  title!: string;

  @Field(() => DateTimeScalar, { description: 'When it starts.' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it ends.' })
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where (1 to 200 characters).' })
  place!: string | null;

  @Field(() => String, { description: 'Who made it.' })
  createdBy!: string;

  @Field(() => Int, { description: 'Changes with every write: pass it back to updateOnsiteEvent.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

@ObjectType({
  implements: Node,
  description:
    'Who takes part in an on-site activity: a purchaser, an exhibitor, or a guest by name.',
})
export class OnsiteParticipant extends Node {
  delegationId!: string;
  eventId!: string;
  purchaserId!: string | null;
  exhibitorId!: string | null;

  @Field(() => ParticipantKind, { description: 'A purchaser, an exhibitor, or a guest.' })
  kind!: ParticipantKind;

  @Field(() => String, { nullable: true, description: 'A guest’s name (GUEST only).' })
  guestName!: string | null;

  @Field(() => String, { description: 'Who added it (the actor).' })
  addedBy!: string;
}

@InputType({ description: "An on-site activity put on the delegation's programme." })
export class CreateOnsiteEventInput {
  @Field(() => ID, { description: 'The delegation (its global ID).' })
  delegationId!: string;

  @Field(() => OnsiteEventKind, { description: 'What kind of activity it is.' })
  kind!: OnsiteEventKind;

  @Field(() => String, { description: '1 to 200 characters.' })
  title!: string;

  @Field(() => DateTimeScalar, { description: 'When it starts.' })
  startsAt!: Date;

  @Field(() => DateTimeScalar, { description: 'Not before startsAt.' })
  endsAt!: Date;

  @NameText()
  @Field(() => String, { nullable: true, description: 'Where (1 to 200 characters).' })
  place?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The member unit that organises it (an Organisation of the delegation’s member units); the office if left out.',
  })
  organiserId?: string | null;
}

@InputType({ description: 'Changes to an on-site event; only the fields given change.' })
export class UpdateOnsiteEventInput {
  @Field(() => ID, { description: 'The record (its global ID).' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => OnsiteEventKind, { nullable: true, description: 'What kind of activity it is.' })
  kind?: OnsiteEventKind | null;

  @NameText()
  @Field(() => String, { nullable: true, description: '1 to 200 characters.' })
  title?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it starts.' })
  startsAt?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it ends.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'null clears it.' })
  place?: string | null;

  @Field(() => ID, { nullable: true, description: 'null: the office organises it.' })
  organiserId?: string | null;
}

@InputType({ description: 'Exactly one of purchaserId, exhibitorId and guestName.' })
export class AddOnsiteParticipantInput {
  @Field(() => ID, { description: 'The on-site event (its global ID).' })
  eventId!: string;

  @Field(() => ID, { nullable: true, description: 'A purchaser of the delegation.' })
  purchaserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An exhibitor of the delegation’s expo.' })
  exhibitorId?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: 'A guest, by name.' })
  guestName?: string | null;
}

@InputType({
  description:
    'Links a deal to the on-site event it was signed at (eventId null: to none), with the deal’s version.',
})
export class LinkDealToEventInput {
  @Field(() => ID, { description: 'The deal (its global ID).' })
  dealId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'An event of the deal’s delegation; null unlinks.',
  })
  eventId!: string | null;

  @Field(() => Int, { description: 'The deal’s version you read.' })
  version!: number;
}
