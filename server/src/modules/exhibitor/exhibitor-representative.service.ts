import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { requireExpoBureau } from '../../auth/policy.js';
import { sql } from '../../db/sql.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import type { TradeContext } from '../trade/trade-scope.js';
import { MeetingParticipant } from '../meeting/meeting-participant.entity.js';
import { ExhibitorRepresentative } from './exhibitor-representative.entity.js';
import type {
  AddExhibitorRepresentativeInput,
  UpdateExhibitorRepresentativeInput,
} from './exhibitor-representative.type.js';
import { msg } from '../../i18n/message.js';

/** The same rules as the database's CHECKs, so that a bad value is reported by name. */
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{4,30}$/;

type Field = 'name' | 'title' | 'email' | 'phone';
const FIELDS: Field[] = ['name', 'title', 'email', 'phone'];

function clean(field: Field, raw: string | null | undefined): string | null {
  const value = raw?.trim() || null;
  switch (field) {
    case 'name':
      if (!value) throw badInput('name', msg`name is required`);
      if (value.length > 100) throw badInput('name', msg`name must have at most 100 characters`);
      return value;
    case 'title':
      if (value && value.length > 200)
        throw badInput('title', msg`title must have at most 200 characters`);
      return value;
    case 'email':
      if (value && (value.length > 254 || !EMAIL.test(value)))
        throw badInput('email', msg`${JSON.stringify(value)} is not an email address`);
      return value;
    case 'phone':
      if (value && !PHONE.test(value))
        throw badInput(
          'phone',
          msg`${JSON.stringify(value)} is not a phone number (digits, spaces, ( ) -, optional leading +)`,
        );
      return value;
  }
}

const userTaken = () =>
  new AppError(ErrorCode.CONFLICT, msg`This user is another representative already`, {
    field: 'userId',
  });

/** Adds a representative to an exhibitor: the EXPO_BUREAU of its edition, or ADMIN. */
export async function addRepresentative(
  ctx: TradeContext,
  input: AddExhibitorRepresentativeInput,
): Promise<string> {
  const [exhibitor] = await ctx.query<{ expoId: string }>(
    sql`select expo_id as "expoId" from exhibitor where id = ${sql.value(input.exhibitorId)}::uuid`,
  );
  if (!exhibitor) throw notFound('Exhibitor', input.exhibitorId);
  requireExpoBureau(ctx.viewer, exhibitor.expoId, 'add exhibitor representatives');
  const fields = Object.fromEntries(FIELDS.map((f) => [f, clean(f, input[f])])) as Record<
    Field,
    string | null
  >;
  if (input.userId) {
    const [user] = await ctx.query(
      sql`select 1 from app_user where id = ${sql.value(input.userId)}::uuid`,
    );
    if (!user) throw notFound('User', input.userId);
  }
  try {
    return await inTransaction(
      ctx.em(),
      { what: 'The representative', field: 'exhibitorId' },
      async (em) => {
        const representative = em.create(ExhibitorRepresentative, {
          exhibitor: input.exhibitorId,
          expo: exhibitor.expoId,
          name: fields.name!,
          title: fields.title,
          email: fields.email,
          phone: fields.phone,
          user: input.userId ?? null,
        });
        audit(em, {
          actor: ctx.viewer.actor,
          action: 'representative.add',
          entityType: 'ExhibitorRepresentative',
          entityId: representative.id,
          after: { exhibitorId: input.exhibitorId, ...fields, userId: input.userId ?? null },
        });
        return representative.id;
      },
    );
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw userTaken();
    throw error;
  }
}

export async function updateRepresentative(
  ctx: TradeContext,
  input: UpdateExhibitorRepresentativeInput,
): Promise<string> {
  if (input.name === null) throw badInput('name', msg`name cannot be cleared`);
  const given = FIELDS.filter((f) => input[f] !== undefined);
  const changes = Object.fromEntries(given.map((f) => [f, clean(f, input[f])]));
  const at = { what: 'The representative', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const representative = await em.findOne(ExhibitorRepresentative, { id: input.id });
    if (!representative) throw notFound('ExhibitorRepresentative', input.id);
    requireExpoBureau(ctx.viewer, representative.expo.id, 'change exhibitor representatives');
    requireVersion(representative, input.version, at);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of given) {
      if (representative[field] === changes[field]) continue;
      before[field] = representative[field];
      after[field] = changes[field];
      (representative as unknown as Record<Field, string | null>)[field] = changes[field]!;
    }
    if (Object.keys(after).length > 0) {
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'representative.update',
        entityType: 'ExhibitorRepresentative',
        entityId: input.id,
        before,
        after,
      });
    }
    return input.id;
  });
}

/** Removes a representative who takes part in no meeting (IN_USE otherwise); its exhibitor's id. */
export async function removeRepresentative(
  ctx: TradeContext,
  id: string,
  version: number,
): Promise<string> {
  const at = { what: 'The representative', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const representative = await em.findOne(ExhibitorRepresentative, { id });
    if (!representative) throw notFound('ExhibitorRepresentative', id);
    requireExpoBureau(ctx.viewer, representative.expo.id, 'remove exhibitor representatives');
    requireVersion(representative, version, at);
    const meetings = await em.count(MeetingParticipant, { representative: id });
    if (meetings > 0) {
      throw new AppError(
        ErrorCode.IN_USE,
        msg`The representative takes part in ${meetings} meeting(s): they stay on record`,
        { field: 'id' },
      );
    }
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'representative.remove',
      entityType: 'ExhibitorRepresentative',
      entityId: id,
      before: { exhibitorId: representative.exhibitor.id, name: representative.name },
    });
    em.remove(representative);
    return representative.exhibitor.id;
  });
}
