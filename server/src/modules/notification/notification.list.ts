import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { NotificationKind, WebhookDeliveryStatus } from './notification.enums.js';
import { DELIVERIES, NOTIFICATIONS, WEBHOOKS } from './notification.loader.js';

export const notificationSpec: ListSpec = {
  name: 'Notification',
  table: 'notification_event',
  fields: {
    delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
    kind: {
      value: { kind: 'enum', enum: NotificationKind, name: 'NotificationKind' },
      column: 'kind',
    },
    createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
  },
};

/** The feed: the events the viewer reads (see `notificationScope`), newest first. */
export const notificationList: ListSource = {
  ...NOTIFICATIONS,
  spec: notificationSpec,
  order: { ID: 'id' },
  defaultOrder: [{ field: 'ID', direction: OrderDirection.DESC }],
};

export const webhookSpec: ListSpec = {
  name: 'Webhook',
  table: 'webhook',
  fields: {
    id: { value: { kind: 'id', type: 'Webhook' }, column: 'id' },
    delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
    enabled: { value: { kind: 'boolean' }, column: 'enabled' },
  },
};

export const webhookList: ListSource = {
  ...WEBHOOKS,
  spec: webhookSpec,
  order: { CREATED_AT: 'createdAt', ID: 'id' },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.ASC }],
};

export const deliverySpec: ListSpec = {
  name: 'WebhookDelivery',
  table: 'webhook_delivery',
  fields: {
    webhook: { value: { kind: 'id', type: 'Webhook' }, column: 'webhookId' },
    status: {
      value: { kind: 'enum', enum: WebhookDeliveryStatus, name: 'WebhookDeliveryStatus' },
      column: 'status',
    },
  },
};

/** A webhook's deliveries, in the order they are made (oldest first). */
export const deliveryList: ListSource = {
  ...DELIVERIES,
  spec: deliverySpec,
  order: { SEQUENCE: 'sequence', ID: 'id' },
  defaultOrder: [{ field: 'SEQUENCE', direction: OrderDirection.ASC }],
};
