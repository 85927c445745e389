import { forbidden, ownUnits, requireInDelegation } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import { sql } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { delegationById } from '../delegation/delegation.loader.js';
import { inTransaction } from '../shared/transaction.js';
import { enqueueCircular } from '../notification/outbox.js';
import { Circular, CircularRecipient } from './circular.entity.js';
import { circularById } from './circular.loader.js';
import { msg } from '../../i18n/message.js';

/*
 * Circulars (通报): the office sends, the units' readers acknowledge. Services speak uuids (the
 * resolver decodes global IDs); every input is checked before anything is written.
 */

type Ctx = Pick<Context, 'viewer' | 'loaders' | 'query' | 'em'>;

function cleanText(value: string | null | undefined, field: string, max: number): string {
  const text = value?.trim() ?? '';
  if (text.length < 1 || text.length > max)
    throw badInput(field, msg`${field} must have 1 to ${max} characters`);
  return text;
}

/**
 * The units a circular goes to: those named (each an organisation that is a member unit of the
 * delegation: one that names no organisation is NOT_FOUND, one that is no member unit here
 * BAD_USER_INPUT, at its index), or every member unit of the delegation when none are named.
 */
async function addressees(
  ctx: Ctx,
  delegationId: string,
  organisationIds: readonly string[] | null | undefined,
): Promise<string[]> {
  const units = await ctx.query<{ organisationId: string }>(
    sql`select organisation_id as "organisationId" from member_unit
      where delegation_id = ${sql.value(delegationId)}::uuid order by position, organisation_id`,
  );
  const members = new Set(units.map((u) => u.organisationId));
  if (organisationIds == null) {
    if (members.size === 0)
      throw badInput('organisationIds', msg`The delegation has no member units`);
    return [...members];
  }
  if (organisationIds.length === 0)
    throw badInput(
      'organisationIds',
      msg`Name at least one unit, or leave organisationIds out for all`,
    );
  const known = new Set(
    (
      await ctx.query<{ id: string }>(
        sql`select id from organisation where id = any(${sql.value([...organisationIds])}::uuid[])`,
      )
    ).map((o) => o.id),
  );
  const seen = new Set<string>();
  organisationIds.forEach((id, i) => {
    const field = `organisationIds.${i}`;
    if (!known.has(id))
      throw new AppError(ErrorCode.NOT_FOUND, msg`Organisation not found`, { field });
    if (!members.has(id))
      throw badInput(field, msg`This organisation is not a member unit of the delegation`);
    if (seen.has(id)) throw badInput(field, msg`This unit is named twice`);
    seen.add(id);
  });
  return [...organisationIds];
}

/** The office sends a circular to all or some of the delegation's member units: its id. */
export async function sendCircular(
  ctx: Ctx,
  input: {
    delegationId: string;
    title: string;
    body: string;
    organisationIds?: readonly string[] | null;
  },
): Promise<string> {
  const { delegationId } = input;
  const delegation = await ctx.loaders.byId(delegationById, delegationId);
  if (!delegation) throw notFound('Delegation', delegationId);
  requireInDelegation(ctx.viewer, delegationId, [Role.DELEGATION_OFFICE], 'send circulars');
  const title = cleanText(input.title, 'title', 200);
  const body = cleanText(input.body, 'body', 20000);
  const units = await addressees(ctx, delegationId, input.organisationIds);
  return inTransaction(ctx.em(), { what: 'The circular', field: 'delegationId' }, async (em) => {
    const circular = em.create(Circular, {
      delegation: delegationId,
      title,
      body,
      sentBy: ctx.viewer.actor,
    });
    for (const organisation of units)
      em.create(CircularRecipient, { delegation: delegationId, circular, organisation });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'circular.send',
      entityType: 'Circular',
      entityId: circular.id,
      delegationId,
      after: { title, organisationIds: units },
    });
    // its notification, in the same transaction: to every unit's readers, or to those named
    await enqueueCircular(em, {
      id: circular.id,
      delegationId,
      title,
      unitOrganisationIds: input.organisationIds == null ? null : units,
    });
    return circular.id;
  });
}

/**
 * A reader of a unit the circular is addressed to acknowledges it, for each such unit it acts
 * for (MEMBER_UNIT). Idempotent: once per user and unit; the unit counts as acknowledged from
 * its first reader's acknowledgement. One statement (acknowledgements and their audit events).
 */
export async function acknowledgeCircular(ctx: Ctx, id: string): Promise<void> {
  const circular = await ctx.loaders.byId(circularById, id);
  if (!circular) throw notFound('Circular', id);
  const mine = ownUnits(ctx.viewer, circular.delegationId);
  const [addressed] = mine.length
    ? await ctx.query<{ n: number }>(
        sql`select count(*)::int as n from circular_recipient
          where circular_id = ${sql.value(id)}::uuid
            and organisation_id = any(${sql.value(mine)}::uuid[])`,
      )
    : [];
  if (!addressed?.n || !ctx.viewer.user)
    throw forbidden(msg`Only the readers of a unit the circular is addressed to acknowledge it`);
  const actor = sql.value(ctx.viewer.actor);
  await ctx.query(sql`
    with made as (
      insert into circular_acknowledgement
        (circular_id, organisation_id, user_id, acknowledged_by, delegation_id)
      select r.circular_id, r.organisation_id, ${sql.value(ctx.viewer.user.id)}::uuid, ${actor}::text,
        r.delegation_id
      from circular_recipient r
      where r.circular_id = ${sql.value(id)}::uuid
        and r.organisation_id = any(${sql.value(mine)}::uuid[])
      on conflict on constraint circular_acknowledgement_once do nothing
      returning id, organisation_id
    )
    insert into audit_event (delegation_id, actor, action, entity_type, entity_id, after)
    select ${sql.value(circular.delegationId)}::uuid, ${actor}::text, 'circular.acknowledge',
      'Circular', ${sql.value(id)}::uuid, jsonb_build_object('organisationId', made.organisation_id)
    from made`);
}
