import { registerEnumType } from 'type-graphql';

/** What happened: each kind says who is told (see `NotificationAudience`, README "Notifications"). */
export enum NotificationKind {
  /** A task not DONE whose deadline is within 2 days (from the reminder scheduler). */
  TASK_DUE_SOON = 'TASK_DUE_SOON',
  /** A task not DONE whose deadline day has passed in Shanghai (from the reminder scheduler). */
  TASK_OVERDUE = 'TASK_OVERDUE',
  /** The office answered a problem a member unit raised. */
  PROBLEM_ANSWERED = 'PROBLEM_ANSWERED',
  /** The lead unit rejected a purchaser. */
  PURCHASER_REJECTED = 'PURCHASER_REJECTED',
  /** The office sent an approved purchaser back to its lead unit. */
  PURCHASER_SENT_BACK = 'PURCHASER_SENT_BACK',
  CREDIT_CHECK_FAILED = 'CREDIT_CHECK_FAILED',
  BACKGROUND_CHECK_FAILED = 'BACKGROUND_CHECK_FAILED',
  /** A meeting was confirmed (accepted by the other side, or published in a schedule). */
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  /** The office sent a circular (通报) to member units. */
  CIRCULAR = 'CIRCULAR',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description:
    'What happened. Those who read the delegation in full (its office, the expo bureau, analysts) are told of every kind; each value says who else is.',
  valuesConfig: {
    TASK_DUE_SOON: {
      description:
        'A task not DONE whose deadline is within 2 days (the reminder scheduler): its owner unit is told.',
    },
    TASK_OVERDUE: {
      description:
        'A task not DONE whose deadline day (a date in Shanghai) has passed in Shanghai (the reminder scheduler): its owner unit is told.',
    },
    PROBLEM_ANSWERED: {
      description: 'The office answered a problem a member unit raised: that unit is told.',
    },
    PURCHASER_REJECTED: {
      description:
        'A lead unit rejected a purchaser: those who read the purchaser are told (its lead, the member unit that invited it, the purchaser).',
    },
    PURCHASER_SENT_BACK: {
      description:
        'The office sent an approved purchaser back to its lead unit: those who read the purchaser are told.',
    },
    CREDIT_CHECK_FAILED: {
      description:
        "The credit check of a purchaser's organisation FAILED: those who read the purchaser are told.",
    },
    BACKGROUND_CHECK_FAILED: {
      description:
        "The background check of one of a purchaser's attendees FAILED: those who read the purchaser are told.",
    },
    MEETING_SCHEDULED: {
      description:
        'A meeting was confirmed (accepted by the other side, or published in a schedule): those who read its purchaser are told.',
    },
    CIRCULAR: {
      description:
        'The office sent a circular (通报): the member units it is addressed to are told (everyone who reads the delegation, when addressed to all).',
    },
  },
});

/**
 * Who reads an event, resolved at read time by the scope rules of auth/scope.ts: those who read
 * the delegation in full (its office, the expo bureau, analysts) read every event of it; besides,
 * DELEGATION: everyone who reads the delegation; UNIT: the member unit `unit_organisation_id`
 * (none: the office only); PURCHASER: whoever reads the purchaser `purchaser_id` (its lead,
 * the member unit that invited it, the purchaser itself).
 */
export enum NotificationAudience {
  DELEGATION = 'DELEGATION',
  UNIT = 'UNIT',
  PURCHASER = 'PURCHASER',
}

export enum WebhookDeliveryStatus {
  /** Waiting for its turn (in order per webhook) or its next try. */
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  /** Dead-lettered after WEBHOOK_MAX_ATTEMPTS tries; redeliverWebhookDelivery tries again. */
  DEAD = 'DEAD',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where the delivery of one event to one webhook stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its turn (in order per webhook) or its next try.' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    DEAD: { description: 'Dead-lettered after the last try; redeliverWebhookDelivery retries.' },
  },
});
