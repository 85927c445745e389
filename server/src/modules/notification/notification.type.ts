import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { NotificationKind, WebhookDeliveryStatus } from './notification.enums.js';

@ObjectType({
  description:
    'An event worth telling someone (the outbox): in the feed of those whose scope reads it, pushed by notificationAdded, POSTed to webhooks.',
})
export class Notification {
  /** The outbox row's id (a bigint, as text); the field gives its global ID. */
  id!: string;
  delegationId!: string;
  audience!: string;
  unitOrganisationId!: string | null;
  purchaserId!: string | null;

  @Field(() => NotificationKind, { description: 'What happened.' })
  kind!: NotificationKind;

  @Field(() => ID, { description: 'The global ID of the record it is about.' })
  subject!: string;

  @Field(() => JSONObjectResolver, { description: 'What happened, as the webhook body `data`.' })
  payload!: Record<string, unknown>;

  @Field(() => DateTimeScalar, { description: 'When the change that caused it committed.' })
  createdAt!: Date;
}

@ObjectType({ description: 'What markNotificationsRead left unread.' })
export class NotificationsRead {
  @Field(() => Int, { description: 'Notifications marked read by this call.' })
  marked!: number;

  @Field(() => Int, { description: 'Notifications you read that are still unread.' })
  unreadCount!: number;
}

@ObjectType({
  implements: Node,
  description:
    "A receiver a delegation office registered: the delegation's events (of `kinds`, or all) POSTed to `url`, signed (README, Notifications).",
})
export class Webhook extends Node {
  delegationId!: string;

  @Field(() => String, { description: 'Where the events are POSTed (http or https).' })
  url!: string;

  @Field(() => [NotificationKind], {
    nullable: true,
    description: 'The kinds it receives; null: every kind.',
  })
  kinds!: NotificationKind[] | null;

  @Field(() => Boolean, {
    description: 'false: disabled; its deliveries wait until it is enabled again.',
  })
  enabled!: boolean;

  @Field(() => Int, { description: 'Changes with every write: pass it back to updateWebhook.' })
  version!: number;

  @Field(() => String, { description: 'Who registered it.' })
  createdBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it was registered.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'registerWebhook: the webhook, and its signing secret (shown once).' })
export class RegisteredWebhook {
  @Field(() => Webhook, { description: 'The webhook registered.' })
  webhook!: Webhook;

  @Field(() => String, {
    description:
      'The HMAC-SHA256 key of X-DelegationHub-Signature: shown this once, never read back.',
  })
  secret!: string;
}

@ObjectType({
  implements: Node,
  description: 'One event to one webhook, tried in order until delivered or dead.',
})
export class WebhookDelivery extends Node {
  delegationId!: string;
  sequence!: string;
  webhookId!: string;
  eventId!: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where the delivery stands.' })
  status!: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Tries so far.' })
  attempts!: number;

  @Field(() => DateTimeScalar, { description: 'When it is tried next, while PENDING.' })
  nextAttemptAt!: Date;

  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status of the last try." })
  lastStatus!: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last try failed.' })
  lastError!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the receiver answered 2xx; null until then.',
  })
  deliveredAt!: Date | null;

  @Field(() => DateTimeScalar, { description: 'When the event was queued for this webhook.' })
  createdAt!: Date;
}

@InputType({ description: 'A webhook for a delegation: its events POSTed to url.' })
export class RegisterWebhookInput {
  @Field(() => ID, {
    description: 'The delegation whose events it receives (its DELEGATION_OFFICE).',
  })
  delegationId!: string;

  @Field(() => String, { description: 'http(s) URL; in production not a private address.' })
  url!: string;

  @Field(() => [NotificationKind], {
    nullable: true,
    description: 'Only these kinds; all if null.',
  })
  kinds?: NotificationKind[] | null;
}

@InputType({ description: 'Changes to a webhook: its url, kinds, or enabled (false disables it).' })
export class UpdateWebhookInput {
  @Field(() => ID, { description: 'The webhook to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you saw; CONFLICT if it changed.' })
  version!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Another http(s) URL; in production not a private address.',
  })
  url?: string | null;

  @Field(() => [NotificationKind], {
    nullable: true,
    description: 'Only these kinds; null: every kind.',
  })
  kinds?: NotificationKind[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'false disables it (its deliveries wait); true enables it again.',
  })
  enabled?: boolean | null;
}
