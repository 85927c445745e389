import DataLoader from 'dataloader';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { Access } from '../../auth/access.js';
import { forbidden } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { and, sql } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { AppError, ErrorCode, notFound } from '../../graphql/errors.js';
import {
  connectionArgs,
  connectionType,
  listConnection,
  type Connection,
  type ConnectionArgs,
} from '../../graphql/lists/connection.js';
import { live } from '../../graphql/live.js';
import { rootedAt } from '../../graphql/paths.js';
import { toGlobalId, uuidOf } from '../../graphql/relay.js';
import { delegationById } from '../delegation/delegation.loader.js';
import { Delegation } from '../delegation/delegation.type.js';
import { notificationsAdded } from './feed.js';
import { deliveryList, notificationList, webhookList } from './notification.list.js';
import { deliveryById, NOTIFICATIONS, webhookById } from './notification.loader.js';
import {
  markNotificationsRead,
  redeliverWebhookDelivery,
  registerWebhook,
  unreadCount,
  unreadSql,
  updateWebhook,
} from './notification.service.js';
import {
  Notification,
  NotificationsRead,
  RegisteredWebhook,
  RegisterWebhookInput,
  UpdateWebhookInput,
  Webhook,
  WebhookDelivery,
} from './notification.type.js';
import { msg, noun } from '../../i18n/message.js';

const OFFICE = [Role.DELEGATION_OFFICE];
/** Who reads webhooks and their deliveries: those who read the delegation in full. */
const FULL_READERS = [Role.DELEGATION_OFFICE, Role.EXPO_BUREAU, Role.ANALYST];

const NotificationConnection = connectionType(Notification, 'Notification');
const NotificationArgs = connectionArgs(notificationList);
const WebhookConnection = connectionType(Webhook, 'Webhook');
const WebhookArgs = connectionArgs(webhookList);
const WebhookDeliveryConnection = connectionType(WebhookDelivery, 'WebhookDelivery');
const WebhookDeliveryArgs = connectionArgs(deliveryList);

/**
 * The row id inside a global ID of `type` whose id is a sequence number (notifications and
 * deliveries are numbered in order); otherwise NOT_FOUND at `field`, as `uuidOf` answers.
 */
export function sequenceOf(globalId: string, type: string, field: string): string {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const match = new RegExp(`^${type}:([1-9][0-9]{0,17})$`).exec(decoded);
  if (!match)
    throw new AppError(ErrorCode.NOT_FOUND, msg`${field} is not the ID of a ${noun(type)}`, {
      field,
    });
  return match[1]!;
}

function loadedWebhook(ctx: Context, id: string): Promise<Webhook> {
  return ctx.loaders.byIdOrNotFound(webhookById, id, 'Webhook') as Promise<Webhook>;
}

/** Who may watch their notifications: a signed-in user (the feed is per user). */
function ownFeed(viewer: Viewer): string {
  if (!viewer.user) throw forbidden(msg`Notifications are for signed-in users`);
  return viewer.user.id;
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Access('authenticated')
  @Query(() => NotificationConnection, {
    description:
      'Your notifications (the in-app feed), newest first: the events of what you read (README, Notifications); unreadOnly: those you have not marked read.',
  })
  notifications(
    @Ctx() ctx: Context,
    @Args(() => NotificationArgs) args: ConnectionArgs,
    @Arg('unreadOnly', () => Boolean, {
      defaultValue: false,
      description: 'true: only those you have not marked read.',
    })
    unreadOnly: boolean,
  ): Promise<Connection<Notification & Record<string, unknown>>> {
    ownFeed(ctx.viewer);
    return listConnection(
      ctx,
      notificationList,
      args,
      unreadOnly ? () => unreadSql(ctx.viewer) : undefined,
    );
  }

  @Access('authenticated')
  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    ownFeed(ctx.viewer);
    return unreadCount(ctx);
  }

  @Access('authenticated')
  @Mutation(() => NotificationsRead, {
    description:
      'Marks your notifications read: those of ids, or every one up to and including upTo (later ones stay unread).',
  })
  markNotificationsRead(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID], { nullable: true, description: 'Mark these notifications read.' })
    ids?: string[] | null,
    @Arg('upTo', () => ID, {
      nullable: true,
      description: 'Or mark every one of yours up to and including this one read.',
    })
    upTo?: string | null,
  ): Promise<NotificationsRead> {
    ownFeed(ctx.viewer);
    return markNotificationsRead(ctx, {
      ids: ids?.map((id, i) => sequenceOf(id, 'Notification', `ids.${i}`)) ?? null,
      upTo: upTo == null ? null : sequenceOf(upTo, 'Notification', 'upTo'),
    });
  }

  @Access('authenticated')
  @Subscription(() => Notification, {
    description:
      'Each notification of yours as it is committed (the feed, live): only those you read.',
    subscribe: live({
      authorize: (viewer: Viewer) => ownFeed(viewer),
      events: (context: Context) =>
        notificationsAdded(
          context.app.listener,
          (signal) =>
            context.viewer.delegationIds === null ||
            context.viewer.purchaserIds.length > 0 ||
            (signal.d !== undefined && context.viewer.delegationIds.includes(signal.d)),
          async (id) => {
            const [row] = await context.query<Notification>(
              sql`select ${NOTIFICATIONS.columns.sql} from ${NOTIFICATIONS.from}
                where ${and([sql`n.id = ${sql.value(id)}::bigint`, NOTIFICATIONS.scope(context.viewer)])}`,
            );
            return row ?? null;
          },
        ),
    }),
  })
  notificationAdded(@Root() notification: Notification): Notification {
    return notification;
  }

  @FieldResolver(() => ID, { description: 'Global ID; later notifications sort after earlier.' })
  id(@Root() notification: Notification): string {
    return toGlobalId('Notification', notification.id);
  }

  @FieldResolver(() => Delegation, { description: 'The delegation it happened in.' })
  async delegation(@Root() notification: Notification, @Ctx() ctx: Context): Promise<Delegation> {
    const delegation = await ctx.loaders.byId(delegationById, notification.delegationId);
    if (!delegation) throw notFound('Delegation');
    return delegation;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you marked it read.' })
  read(@Root() notification: Notification, @Ctx() ctx: Context): Promise<boolean> {
    const loader = ctx.loaders.custom(
      'notificationRead',
      () =>
        new DataLoader<string, boolean>(async (ids) => {
          const rows = await ctx.query<{ id: string; unread: boolean }>(
            sql`select n.id::text as id, ${unreadSql(ctx.viewer)} as unread
              from notification_event n where n.id = any(${sql.value(ids as string[])}::bigint[])`,
          );
          const unread = new Map(rows.map((r) => [r.id, r.unread]));
          return ids.map((id) => unread.get(id) === false);
        }),
    );
    return loader.load(String(notification.id));
  }
}

@Resolver(() => Webhook)
export class WebhookResolver {
  @Access(FULL_READERS)
  @Query(() => WebhookConnection, {
    description:
      'Webhooks of the delegations you read in full (the secret is never read back); the office changes them.',
  })
  webhooks(
    @Ctx() ctx: Context,
    @Args(() => WebhookArgs) args: ConnectionArgs,
  ): Promise<Connection<Webhook & Record<string, unknown>>> {
    return listConnection(ctx, webhookList, args);
  }

  @Access(FULL_READERS)
  @Query(() => WebhookDeliveryConnection, {
    description:
      'The deliveries of a webhook, oldest first, with their status, tries and last error.',
  })
  async webhookDeliveries(
    @Ctx() ctx: Context,
    @Arg('webhookId', () => ID, { description: 'The webhook whose deliveries to list.' })
    webhookId: string,
    @Args(() => WebhookDeliveryArgs) args: ConnectionArgs,
  ): Promise<Connection<WebhookDelivery & Record<string, unknown>>> {
    const id = uuidOf(webhookId, 'Webhook', 'webhookId');
    const webhook = await ctx.loaders.byId(webhookById, id);
    if (!webhook) throw notFound('Webhook', id);
    return listConnection(
      ctx,
      deliveryList,
      args,
      () => sql`wd.webhook_id = ${sql.value(id)}::uuid`,
    );
  }

  @Access(OFFICE)
  @Mutation(() => RegisteredWebhook, {
    description:
      'The office registers a webhook for its delegation: every event (of kinds, or all) POSTed to url, signed with the secret returned here once. A url not http(s), or (in production) of a private address, is BAD_USER_INPUT.',
  })
  async registerWebhook(
    @Ctx() ctx: Context,
    @Arg('input', () => RegisterWebhookInput, {
      description: 'The delegation, the url and the kinds it receives.',
    })
    input: RegisterWebhookInput,
  ): Promise<RegisteredWebhook> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
    };
    const { id, secret } = await rootedAt('input', () => registerWebhook(ctx, command));
    return { webhook: await loadedWebhook(ctx, id), secret };
  }

  @Access(OFFICE)
  @Mutation(() => Webhook, {
    description:
      'The office changes a webhook: url, kinds (null: every kind), enabled (false: disabled, its deliveries wait).',
  })
  async updateWebhook(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateWebhookInput, {
      description: 'The webhook, the version you saw, and what changes.',
    })
    input: UpdateWebhookInput,
  ): Promise<Webhook> {
    const command = { ...input, id: uuidOf(input.id, 'Webhook', 'input.id') };
    return loadedWebhook(ctx, await rootedAt('input', () => updateWebhook(ctx, command)));
  }

  @Access(OFFICE)
  @Mutation(() => WebhookDelivery, {
    description:
      'The office tries a delivery again (DEAD or DELIVERED → PENDING, tries from 0), in its place in the order.',
  })
  async redeliverWebhookDelivery(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The delivery to try again.' }) id: string,
  ): Promise<WebhookDelivery> {
    const deliveryId = uuidOf(id, 'WebhookDelivery', 'id');
    await redeliverWebhookDelivery(ctx, deliveryId);
    const row = await ctx.loaders.byId(deliveryById, deliveryId);
    if (!row) throw notFound('Webhook delivery');
    return row as unknown as WebhookDelivery;
  }

  @FieldResolver(() => Delegation, { description: 'The delegation whose events it receives.' })
  async delegation(@Root() webhook: Webhook, @Ctx() ctx: Context): Promise<Delegation> {
    const delegation = await ctx.loaders.byId(delegationById, webhook.delegationId);
    if (!delegation) throw notFound('Delegation');
    return delegation;
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => String, {
    description: 'X-DelegationHub-Delivery: the same on every try of this event to this webhook.',
  })
  deliveryKey(@Root() delivery: WebhookDelivery): string {
    return `${delivery.eventId}:${delivery.webhookId}`;
  }

  @FieldResolver(() => Webhook, { description: 'The webhook delivered to.' })
  webhook(@Root() delivery: WebhookDelivery, @Ctx() ctx: Context): Promise<Webhook> {
    return loadedWebhook(ctx, delivery.webhookId);
  }

  @FieldResolver(() => Notification, { description: 'The event delivered.' })
  async notification(
    @Root() delivery: WebhookDelivery,
    @Ctx() ctx: Context,
  ): Promise<Notification> {
    const loader = ctx.loaders.custom(
      'notificationBySequence',
      () =>
        new DataLoader<string, Notification | null>(async (ids) => {
          const rows = await ctx.query<Notification>(
            sql`select ${NOTIFICATIONS.columns.sql} from ${NOTIFICATIONS.from}
              where ${and([sql`n.id = any(${sql.value(ids as string[])}::bigint[])`, NOTIFICATIONS.scope(ctx.viewer)])}`,
          );
          const found = new Map(rows.map((r) => [String(r.id), r]));
          return ids.map((id) => found.get(id) ?? null);
        }),
    );
    const row = await loader.load(String(delivery.eventId));
    if (!row) throw notFound('Notification');
    return row;
  }
}
