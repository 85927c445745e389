import { randomBytes } from 'node:crypto';
import { requireInDelegation } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { and, sql, type SQL } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import { invalidTransition, requireDelegation } from '../trade/trade-scope.js';
import { type NotificationKind, WebhookDeliveryStatus } from './notification.enums.js';
import { DELIVERIES, NOTIFICATIONS, WEBHOOKS } from './notification.loader.js';
import { Webhook } from './webhook.entity.js';
import { checkWebhookUrl, type TargetPolicy } from './webhook-target.js';
import { msg } from '../../i18n/message.js';

/*
 * The feed's read state and the webhooks a delegation office manages. Services speak database
 * ids (the resolvers decode global IDs) and name fields relative to their input.
 */

type Ctx = Pick<Context, 'viewer' | 'query' | 'em' | 'app'>;

/** Where this server lets webhooks point (config.production, WEBHOOK_ALLOW_PRIVATE). */
export function targetPolicy(config: Context['app']['config']): TargetPolicy {
  return { production: config.production, allowPrivate: config.webhookAllowPrivate };
}

const OFFICE = [Role.DELEGATION_OFFICE];

/** The signed-in user's id (notifications are read per user). */
function userOf(viewer: Viewer): string {
  if (!viewer.user)
    throw new AppError(ErrorCode.UNAUTHENTICATED, msg`Sign in to read notifications`);
  return viewer.user.id;
}

/** SQL over the event `n`: the viewer's user has not read it (above its mark, not marked). */
export function unreadSql(viewer: Viewer): SQL {
  const user = sql`${sql.value(userOf(viewer))}::uuid`;
  return sql`(n.id > coalesce((select m.up_to from notification_read_mark m where m.user_id = ${user}), 0)
    and not exists (select 1 from notification_read r where r.user_id = ${user} and r.event_id = n.id))`;
}

/** Events the viewer reads that its user has not read. */
export async function unreadCount(ctx: Pick<Ctx, 'viewer' | 'query'>): Promise<number> {
  const [row] = await ctx.query<{ n: number }>(
    sql`select count(*)::int as n from ${NOTIFICATIONS.from}
      where ${and([NOTIFICATIONS.scope(ctx.viewer), unreadSql(ctx.viewer)])}`,
  );
  return row!.n;
}

/**
 * Marks notifications read for the viewer's user: those of `ids`, or every one up to and
 * including `upTo` (a mark: later ones stay unread). Each must be one the viewer reads
 * (NOT_FOUND at its path otherwise, nothing written). One statement.
 */
export async function markNotificationsRead(
  ctx: Pick<Ctx, 'viewer' | 'query'>,
  input: { ids?: readonly string[] | null; upTo?: string | null },
): Promise<{ marked: number; unreadCount: number }> {
  const user = sql`${sql.value(userOf(ctx.viewer))}::uuid`;
  const ids = input.ids ?? null;
  if ((ids === null) === (input.upTo == null))
    throw badInput('ids', msg`Give ids or upTo (one of them)`);
  const wanted = ids ?? [input.upTo!];
  const readable = await ctx.query<{ id: string; unread: boolean }>(
    sql`select n.id::text as id, ${unreadSql(ctx.viewer)} as unread from ${NOTIFICATIONS.from}
      where ${and([sql`n.id = any(${sql.value(wanted as string[])}::bigint[])`, NOTIFICATIONS.scope(ctx.viewer)])}`,
  );
  const found = new Map(readable.map((r) => [r.id, r.unread]));
  const missing = wanted.findIndex((id) => !found.has(id));
  if (missing >= 0) {
    const error = notFound('Notification');
    error.extensions.field = ids ? `ids.${missing}` : 'upTo';
    throw error;
  }
  let marked: number;
  if (ids) {
    const [row] = await ctx.query<{ n: number }>(
      sql`with m as (insert into notification_read (user_id, event_id, delegation_id)
          select ${user}, e.id, e.delegation_id from notification_event e
          where e.id = any(${sql.value([...found].filter(([, u]) => u).map(([id]) => id))}::bigint[])
          on conflict do nothing returning 1)
        select count(*)::int as n from m`,
    );
    marked = row!.n;
  } else {
    const before = await unreadCount(ctx);
    await ctx.query(
      sql`insert into notification_read_mark (user_id, up_to) values (${user}, ${sql.value(input.upTo!)}::bigint)
        on conflict (user_id) do update set up_to = greatest(notification_read_mark.up_to, excluded.up_to),
          updated_at = now()`,
    );
    const after = await unreadCount(ctx);
    return { marked: before - after, unreadCount: after };
  }
  return { marked, unreadCount: await unreadCount(ctx) };
}

/** A delegation the viewer reads (else NOT_FOUND), of which it is the office (else FORBIDDEN). */
async function requireOfficeOf(ctx: Ctx, delegationId: string, what: string): Promise<void> {
  await requireDelegation(ctx, delegationId);
  requireInDelegation(ctx.viewer, delegationId, OFFICE, what);
}

function cleanKinds(kinds: readonly NotificationKind[] | null | undefined): string[] | null {
  if (kinds == null) return null;
  if (kinds.length === 0)
    throw badInput('kinds', msg`Give at least one kind, or null for every kind`);
  return [...new Set(kinds)].sort();
}

/** The webhook's signing secret: 32 random bytes, hex, shown once. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('hex')}`;
}

/** A delegation office registers a webhook; its secret is returned this once. */
export async function registerWebhook(
  ctx: Ctx,
  input: { delegationId: string; url: string; kinds?: readonly NotificationKind[] | null },
): Promise<{ id: string; secret: string }> {
  await requireOfficeOf(ctx, input.delegationId, 'register webhooks');
  const kinds = cleanKinds(input.kinds);
  const url = await checkWebhookUrl(input.url, targetPolicy(ctx.app.config));
  const secret = newSecret();
  const at = { what: 'The webhook', field: 'delegationId' };
  const id = await inTransaction(ctx.em(), at, async (em) => {
    const webhook = em.create(Webhook, {
      delegation: input.delegationId,
      url,
      secret,
      kinds,
      createdBy: ctx.viewer.actor,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'webhook.register',
      entityType: 'Webhook',
      entityId: webhook.id,
      delegationId: input.delegationId,
      after: { url, kinds, enabled: true },
    });
    return webhook.id;
  });
  return { id, secret };
}

/**
 * A webhook the viewer reads (else NOT_FOUND) that it may change as its delegation's office
 * (else FORBIDDEN).
 */
async function scopedWebhook(
  ctx: Ctx,
  id: string,
  what: string,
): Promise<{ delegationId: string }> {
  const [row] = await ctx.query<{ delegationId: string }>(
    sql`select w.delegation_id as "delegationId" from ${WEBHOOKS.from}
      where ${and([sql`w.id = ${sql.value(id)}::uuid`, WEBHOOKS.scope(ctx.viewer)])}`,
  );
  if (!row) throw notFound('Webhook', id);
  requireInDelegation(ctx.viewer, row.delegationId, OFFICE, what);
  return row;
}

/** The office changes a webhook: url, kinds (null: every kind), enabled. */
export async function updateWebhook(
  ctx: Ctx,
  input: {
    id: string;
    version: number;
    url?: string | null;
    kinds?: readonly NotificationKind[] | null;
    enabled?: boolean | null;
  },
): Promise<string> {
  const { delegationId } = await scopedWebhook(ctx, input.id, 'change webhooks');
  if (input.url === null) throw badInput('url', msg`url cannot be cleared`);
  if (input.enabled === null) throw badInput('enabled', msg`enabled cannot be cleared`);
  const url =
    input.url !== undefined
      ? await checkWebhookUrl(input.url, targetPolicy(ctx.app.config))
      : undefined;
  const kinds = input.kinds !== undefined ? cleanKinds(input.kinds) : undefined;
  const at = { what: 'The webhook', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const webhook = await em.findOneOrFail(Webhook, { id: input.id });
    requireVersion(webhook, input.version, at);
    const before = { url: webhook.url, kinds: webhook.kinds, enabled: webhook.enabled };
    if (url !== undefined) webhook.url = url;
    if (kinds !== undefined) webhook.kinds = kinds;
    if (input.enabled != null) webhook.enabled = input.enabled;
    const after = { url: webhook.url, kinds: webhook.kinds, enabled: webhook.enabled };
    if (JSON.stringify(before) === JSON.stringify(after)) return input.id;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'webhook.update',
      entityType: 'Webhook',
      entityId: input.id,
      delegationId,
      before,
      after,
    });
    return input.id;
  });
}

/**
 * The office tries a delivery again: DEAD or DELIVERED → PENDING, its tries counted from 0, due
 * now (a worker is woken). A PENDING one is on its way already (INVALID_TRANSITION).
 */
export async function redeliverWebhookDelivery(ctx: Ctx, id: string): Promise<string> {
  const [row] = await ctx.query<{
    status: WebhookDeliveryStatus;
    webhookId: string;
    delegationId: string;
  }>(
    sql`select wd.status, wd.webhook_id as "webhookId", wd.delegation_id as "delegationId"
      from ${DELIVERIES.from}
      where ${and([sql`wd.id = ${sql.value(id)}::uuid`, DELIVERIES.scope(ctx.viewer)])}`,
  );
  if (!row) throw notFound('Webhook delivery', id);
  requireInDelegation(ctx.viewer, row.delegationId, OFFICE, 'redeliver webhook deliveries');
  const at = { what: 'The delivery', field: 'id' };
  return inTransaction(ctx.em(), at, async (em) => {
    const [changed] = await em.execute<{ id: string }[]>(
      `update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = now(),
         last_error = null, last_status = null, updated_at = now()
       where id = ? and status <> 'PENDING' returning id`,
      [id],
    );
    if (!changed) throw invalidTransition('redeliver', 'a delivery', WebhookDeliveryStatus.PENDING);
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'webhook.redeliver',
      entityType: 'Webhook',
      entityId: row.webhookId,
      delegationId: row.delegationId,
      before: { deliveryId: id, status: row.status },
      after: { deliveryId: id, status: WebhookDeliveryStatus.PENDING },
    });
    return id;
  });
}
