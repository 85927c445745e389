import {
  delegationScope,
  fullDelegationScope,
  purchaserScope,
  unitWorkScope,
} from '../../auth/scope.js';
import { and, or, sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, type Rows } from '../../graphql/loaders.js';
import type { Viewer } from '../../auth/viewer.js';
import { NotificationAudience } from './notification.enums.js';

/*
 * The read side of notifications, declared once. Who reads an event is not stored as a list of
 * users: it is resolved when read, by the scope rules every other row of the delegation is read
 * by (auth/scope.ts), so a grant given or taken away changes whose feed an event is in, past
 * events included.
 */

export const NOTIFICATION_SELECT = selectList('notification_event', 'n', [
  // a bigserial: typed as the bigint it is
  ['id', sql`n.id`, 'bigint'],
  'delegationId',
  'kind',
  'subject',
  'audience',
  'unitOrganisationId',
  'purchaserId',
  'payload',
  'createdAt',
]);

/**
 * The events a viewer reads (alias `n`, its purchaser `np` when it has one): every event of a
 * delegation it reads in full (the office, the expo bureau, analysts) and, besides, a UNIT
 * event of its own member unit (`unitWorkScope`), a PURCHASER event of a purchaser it reads
 * (`purchaserScope`: the lead, the inviting unit, the purchaser), a DELEGATION event of a
 * delegation it reads at all (`delegationScope`).
 */
export function notificationScope(viewer: Viewer): ReturnType<typeof or> {
  if (viewer.isAdmin) return sql.true;
  return or([
    unitWorkScope(viewer, 'n', 'unit_organisation_id'),
    purchaserScope(viewer, 'np'),
    and([
      sql`n.audience = ${sql.literal(NotificationAudience.DELEGATION)}`,
      delegationScope(viewer, sql`n.delegation_id`),
    ]),
  ]);
}

export const NOTIFICATIONS: Rows = {
  typename: 'Notification',
  alias: 'n',
  from: sql`notification_event n
    left join purchaser np on np.id = n.purchaser_id and np.delegation_id = n.delegation_id`,
  columns: NOTIFICATION_SELECT,
  scope: notificationScope,
};

export const WEBHOOK_SELECT = selectList('webhook', 'w', [
  'id',
  'delegationId',
  'url',
  'kinds',
  'enabled',
  'version',
  'createdBy',
  'createdAt',
  'updatedAt',
]);

/**
 * Webhooks, read by those who read their delegation in full (its office, the expo bureau,
 * analysts); only the office changes them. The secret is never read back.
 */
export const WEBHOOKS: Rows = {
  typename: 'Webhook',
  alias: 'w',
  from: sql`webhook w`,
  columns: WEBHOOK_SELECT,
  scope: (viewer) => fullDelegationScope(viewer, sql`w.delegation_id`),
};

export const webhookById = byId<{ id: string }>('webhookById', WEBHOOKS);

export const DELIVERY_SELECT = selectList('webhook_delivery', 'wd', [
  'id',
  ['sequence', sql`wd.sequence`, 'bigint'],
  'delegationId',
  ['webhookId', sql`wd.webhook_id`, 'uuid'],
  ['eventId', sql`wd.event_id`, 'bigint'],
  'status',
  'attempts',
  'nextAttemptAt',
  'lastStatus',
  'lastError',
  'deliveredAt',
  'createdAt',
  'updatedAt',
]);

/** Deliveries, read as their webhook is. */
export const DELIVERIES: Rows = {
  typename: 'WebhookDelivery',
  alias: 'wd',
  from: sql`webhook_delivery wd`,
  columns: DELIVERY_SELECT,
  scope: (viewer) => fullDelegationScope(viewer, sql`wd.delegation_id`),
};

export const deliveryById = byId<{ id: string }>('webhookDeliveryById', DELIVERIES);
