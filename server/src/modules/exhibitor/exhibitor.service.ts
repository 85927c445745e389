import { sql } from '../../db/sql.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { requireExpoBureau } from '../../auth/policy.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import type { TradeContext } from '../trade/trade-scope.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import { isCountryCode } from '../trade/countries.js';
import { csvError, parseExhibitorCsv, type ExhibitorCsvColumn } from './exhibitor.csv.js';
import { Exhibitor } from './exhibitor.entity.js';
import type { CreateExhibitorInput, UpdateExhibitorInput } from './exhibitor.type.js';
import { msg, type Message, type Text } from '../../i18n/message.js';

/** An exhibitor's own fields, clean. */
export interface ExhibitorFields {
  nameEn: string;
  nameZh: string | null;
  country: string;
  booth: string | null;
  products: string;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}
type FieldKey = keyof ExhibitorFields;
const FIELD_KEYS: FieldKey[] = [
  'nameEn',
  'nameZh',
  'country',
  'booth',
  'products',
  'contactName',
  'contactEmail',
  'contactPhone',
];

/** The same rules as the database's CHECKs, so that a bad value is reported by name, not by SQLSTATE. */
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{4,30}$/;

class FieldProblem extends Error {
  constructor(readonly text: Message) {
    super(String(text));
  }
}

function optional(raw: string | null | undefined, max: number, what: string): string | null {
  const value = raw?.trim() ?? '';
  if (value.length > max) throw new FieldProblem(msg`${what} must have at most ${max} characters`);
  return value || null;
}

/** Cleans one field; throws FieldProblem with a message for the user. */
function cleanField(key: FieldKey, raw: string | null | undefined): string | null {
  switch (key) {
    case 'nameEn': {
      const value = raw?.trim() ?? '';
      if (!value) throw new FieldProblem(msg`the company name (English) is required`);
      if (value.length > 300)
        throw new FieldProblem(msg`the company name must have at most 300 characters`);
      return value;
    }
    case 'nameZh':
      return optional(raw, 200, 'the Chinese name');
    case 'country': {
      const value = raw?.trim().toUpperCase() ?? '';
      if (!isCountryCode(value)) {
        throw new FieldProblem(
          msg`${JSON.stringify(raw ?? '')} is not an ISO 3166-1 alpha-2 country code (e.g. DE, FR, JP)`,
        );
      }
      return value;
    }
    case 'booth':
      return optional(raw, 40, 'the booth');
    case 'products':
      return optional(raw, 4000, 'products') ?? '';
    case 'contactName':
      return optional(raw, 200, 'the contact name');
    case 'contactEmail': {
      const value = optional(raw, 254, 'the contact email');
      if (value && !EMAIL.test(value))
        throw new FieldProblem(msg`${JSON.stringify(value)} is not an email address`);
      return value;
    }
    case 'contactPhone': {
      const value = optional(raw, 40, 'the contact phone');
      if (value && !PHONE.test(value)) {
        throw new FieldProblem(
          msg`${JSON.stringify(value)} is not a phone number (digits, spaces, ( ) -, optional leading +)`,
        );
      }
      return value;
    }
  }
}

/** Cleans the given fields, reporting a problem at `fieldOf(key)`. */
function cleanFields(
  raw: Partial<Record<FieldKey, string | null | undefined>>,
  keys: FieldKey[],
  fail: (key: FieldKey, message: Text) => Error,
) {
  const clean: Partial<Record<FieldKey, string | null>> = {};
  for (const key of keys) {
    try {
      clean[key] = cleanField(key, raw[key]);
    } catch (error) {
      if (error instanceof FieldProblem) throw fail(key, error.text);
      throw error;
    }
  }
  return clean;
}

/** An expo that exists (expos are reference data: everyone reads them); NOT_FOUND otherwise. */
async function expoOf(ctx: TradeContext, expoId: string): Promise<string> {
  const [expo] = await ctx.query(sql`select 1 from expo where id = ${sql.value(expoId)}`);
  if (!expo) throw notFound('Expo', expoId);
  return expoId;
}

async function areaOfExpo(
  ctx: TradeContext,
  areaId: string,
  expoId: string,
  field: string,
): Promise<string> {
  const [row] = await ctx.query<{ expoId: string }>(
    sql`select expo_id as "expoId" from exhibition_area where id = ${sql.value(areaId)}`,
  );
  if (!row) throw notFound('Exhibition area', areaId);
  if (row.expoId !== expoId)
    throw badInput(field, msg`Not an exhibition area or zone of this expo`);
  return areaId;
}

function duplicateName(field: string): AppError {
  return new AppError(
    ErrorCode.CONFLICT,
    msg`An exhibitor with this English name exists already at this expo`,
    { field },
  );
}

export async function createExhibitor(
  ctx: TradeContext,
  input: CreateExhibitorInput,
): Promise<string> {
  const expoId = await expoOf(ctx, input.expoId);
  requireExpoBureau(ctx.viewer, expoId, 'add exhibitors');
  const fields = cleanFields(input, FIELD_KEYS, (key, message) =>
    badInput(`${key}`, message),
  ) as ExhibitorFields;
  const areaId = await areaOfExpo(ctx, input.exhibitionAreaId, expoId, 'exhibitionAreaId');
  try {
    const at = { what: 'The exhibitor', field: 'nameEn' };
    return await inTransaction(ctx.em(), at, async (em) => {
      const exhibitor = em.create(Exhibitor, { ...fields, expo: expoId, exhibitionArea: areaId });
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'exhibitor.create',
        entityType: 'Exhibitor',
        entityId: exhibitor.id,
        after: { expoId, exhibitionAreaId: areaId, ...fields },
      });
      return exhibitor.id;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw duplicateName('nameEn');
    throw error;
  }
}

export async function updateExhibitor(
  ctx: TradeContext,
  input: UpdateExhibitorInput,
): Promise<string> {
  const { id } = input;
  const given = FIELD_KEYS.filter((key) => input[key] !== undefined);
  for (const key of ['nameEn', 'country'] as const) {
    if (input[key] === null) throw badInput(`${key}`, msg`${key} cannot be cleared`);
  }
  const changes = cleanFields(input, given, (key, message) => badInput(`${key}`, message));
  try {
    const at = { what: 'The exhibitor', field: 'version' };
    return await inTransaction(ctx.em(), at, async (em) => {
      const exhibitor = await em.findOne(Exhibitor, { id });
      if (!exhibitor) throw notFound('Exhibitor', id);
      requireExpoBureau(ctx.viewer, exhibitor.expo.id, 'change exhibitors');
      requireVersion(exhibitor, input.version, at);
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      if (input.exhibitionAreaId != null) {
        const areaId = await areaOfExpo(
          ctx,
          input.exhibitionAreaId,
          exhibitor.expo.id,
          'exhibitionAreaId',
        );
        if (areaId !== exhibitor.exhibitionArea.id) {
          before.exhibitionAreaId = exhibitor.exhibitionArea.id;
          after.exhibitionAreaId = areaId;
          em.assign(exhibitor, { exhibitionArea: areaId });
        }
      }
      for (const key of given) {
        const value = changes[key] as never;
        if (exhibitor[key] === value) continue;
        before[key] = exhibitor[key];
        after[key] = value;
        (exhibitor as unknown as Record<FieldKey, string | null>)[key] = value;
      }
      if (Object.keys(after).length > 0) {
        audit(em, {
          actor: ctx.viewer.actor,
          action: 'exhibitor.update',
          entityType: 'Exhibitor',
          entityId: id,
          before,
          after,
        });
      }
      return id;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw duplicateName('nameEn');
    throw error;
  }
}

/** CSV column of each field. */
const COLUMN_OF: Record<FieldKey, ExhibitorCsvColumn> = {
  nameEn: 'company',
  nameZh: 'company_zh',
  country: 'country',
  booth: 'booth',
  products: 'products',
  contactName: 'contact_name',
  contactEmail: 'contact_email',
  contactPhone: 'contact_phone',
};

/**
 * Imports the expo bureau's exhibitor list in one transaction: every row is checked first, and
 * the first bad row (its line and column) is reported with nothing written. Returns the new
 * exhibitors' ids in file order.
 */
export async function importExhibitors(
  ctx: TradeContext,
  expoId: string,
  csv: string,
): Promise<string[]> {
  await expoOf(ctx, expoId);
  requireExpoBureau(ctx.viewer, expoId, 'import exhibitors');
  const areaRows = await ctx.query<{ id: string; key: string }>(
    sql`select id, key from exhibition_area where expo_id = ${sql.value(expoId)}`,
  );
  const areas = new Map(areaRows.map((a) => [a.key, a.id]));
  const rows = parseExhibitorCsv(csv);
  const seen = new Map<string, number>();
  const clean = rows.map(({ line, cells }) => {
    const raw = Object.fromEntries(FIELD_KEYS.map((key) => [key, cells[COLUMN_OF[key]]]));
    const fields = cleanFields(raw, FIELD_KEYS, (key, message) =>
      csvError(line, COLUMN_OF[key], message),
    ) as ExhibitorFields;
    const areaKey = cells.area?.trim().toUpperCase() ?? '';
    const areaId = areas.get(areaKey);
    if (!areaId) {
      throw csvError(
        line,
        'area',
        msg`${JSON.stringify(cells.area ?? '')} is not an exhibition area or zone of this expo; the keys are ${[...areas.keys()].sort().join(', ')}`,
      );
    }
    const earlier = seen.get(fields.nameEn);
    if (earlier !== undefined)
      throw csvError(
        line,
        'company',
        msg`${JSON.stringify(fields.nameEn)} appears already on line ${earlier}`,
      );
    seen.set(fields.nameEn, line);
    return { line, fields, areaId };
  });
  const existing = await ctx.query<{ nameEn: string }>(
    sql`select name_en as "nameEn" from exhibitor where expo_id = ${sql.value(expoId)} and name_en = any(${sql.value(clean.map((row) => row.fields.nameEn))}::text[])`,
  );
  if (existing.length > 0) {
    const names = new Set(existing.map((row) => row.nameEn));
    const first = clean.find((row) => names.has(row.fields.nameEn))!;
    throw csvError(
      first.line,
      'company',
      msg`an exhibitor named ${JSON.stringify(first.fields.nameEn)} exists already at this expo (change it with updateExhibitor)`,
    );
  }
  try {
    const at = { what: 'An exhibitor', field: 'csv' };
    return await inTransaction(ctx.em(), at, async (em) =>
      clean.map(({ line, fields, areaId }) => {
        const exhibitor = em.create(Exhibitor, { ...fields, expo: expoId, exhibitionArea: areaId });
        audit(em, {
          actor: ctx.viewer.actor,
          action: 'exhibitor.import',
          entityType: 'Exhibitor',
          entityId: exhibitor.id,
          after: { expoId, exhibitionAreaId: areaId, line, ...fields },
        });
        return exhibitor.id;
      }),
    );
  } catch (error) {
    // another import of the same names committed between our check and our insert
    if (error instanceof UniqueConstraintViolationException)
      throw csvError(
        null,
        'company',
        msg`an exhibitor of this file was added meanwhile; nothing was imported`,
      );
    throw error;
  }
}
