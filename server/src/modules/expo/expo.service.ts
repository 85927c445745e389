import { sql } from '../../db/sql.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireExpoBureau, requireMayCreateExpo } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import { currencyArg } from '../trade/money.js';
import { isoDate } from '../trade/trade-scope.js';
import { RoleGrant } from '../user/role-grant.entity.js';
import { ExchangeRate } from './exchange-rate.entity.js';
import { ExhibitionArea } from './exhibition-area.entity.js';
import { Expo } from './expo.entity.js';
import { ExhibitionAreaKind } from './expo.enums.js';
import {
  areaTree,
  atLeast,
  keyArg,
  optionalText,
  rateTable,
  requiredText,
  type AreaLine,
} from './expo.rules.js';
import type { CreateExpoInput, UpdateExpoInput } from './expo.type.js';
import { msg } from '../../i18n/message.js';

export type EditionContext = Pick<Context, 'viewer' | 'query' | 'em'>;

/** A duplicate edition number or key, by the unique constraint the database names. */
function duplicateOf(error: unknown, fields: { edition: string; key: string }): Error | undefined {
  if (!(error instanceof UniqueConstraintViolationException)) return undefined;
  if (error.message.includes('expo_edition_key')) return duplicate(fields.edition, 'edition');
  if (error.message.includes('expo_key_key')) return duplicate(fields.key, 'key');
  if (error.message.includes('exhibition_area_expo_id_key_key')) {
    return new AppError(ErrorCode.CONFLICT, msg`An area or zone of this key was added meanwhile`, {
      field: 'areas',
    });
  }
  return undefined;
}

function duplicate(field: string, what: 'edition' | 'key'): AppError {
  return new AppError(
    ErrorCode.CONFLICT,
    what === 'edition'
      ? msg`An expo edition of this number exists already`
      : msg`An expo edition of this key exists already`,
    { field },
  );
}

/** Refuses an edition number or key another edition holds (CONFLICT at its field). */
async function requireUnique(
  ctx: EditionContext,
  values: { edition?: number; key?: string },
  exceptId: string | null,
): Promise<void> {
  const rows = await ctx.query<{ edition: number | null; key: string }>(
    sql`select edition, key from expo where (edition = ${sql.value(values.edition ?? null)} or key = ${sql.value(values.key ?? null)}) and id is distinct from ${sql.value(exceptId)}`,
  );
  if (rows.some((r) => values.edition != null && r.edition === values.edition))
    throw duplicate('edition', 'edition');
  if (rows.some((r) => values.key != null && r.key === values.key)) throw duplicate('key', 'key');
}

function datesInOrder(startsOn: string, endsOn: string, field: string): void {
  if (endsOn < startsOn) {
    throw badInput(field, msg`endsOn (${endsOn}) is before startsOn (${startsOn})`);
  }
}

/** Adds an area or zone to an edition, audited. */
function addArea(
  em: EntityManager,
  ctx: EditionContext,
  expo: Expo,
  line: { key: string; nameZh: string; nameEn: string },
  parent: ExhibitionArea | null,
  position: number,
): ExhibitionArea {
  const area = em.create(ExhibitionArea, {
    expo,
    parent,
    key: line.key,
    kind: parent ? ExhibitionAreaKind.ZONE : ExhibitionAreaKind.AREA,
    nameZh: line.nameZh,
    nameEn: line.nameEn,
    position,
  });
  audit(em, {
    actor: ctx.viewer.actor,
    action: 'exhibition_area.create',
    entityType: 'ExhibitionArea',
    entityId: area.id,
    after: { expoId: expo.id, parentKey: parent?.key ?? null, kind: area.kind, ...line, position },
  });
  return area;
}

/**
 * Creates an expo edition with its areas, zones and rate table, in one transaction. An
 * EXPO_BUREAU who creates it is made the bureau of the new edition (a grant, audited), so that it
 * goes on to set it up. Returns the edition's id and that grant's, if any.
 */
export async function createExpo(
  ctx: EditionContext,
  input: CreateExpoInput,
): Promise<{ id: string; grant: RoleGrant | null }> {
  requireMayCreateExpo(ctx.viewer);
  const edition = atLeast(input.edition, 'edition', 1);
  const key = keyArg(input.key ?? `CIIE-${edition}`, 'key', true);
  const fields = {
    edition,
    key,
    nameZh: requiredText(input.nameZh, 'nameZh', 200),
    nameEn: requiredText(input.nameEn, 'nameEn', 200),
    startsOn: isoDate(input.startsOn),
    endsOn: isoDate(input.endsOn),
    venueZh: optionalText(input.venueZh, 'venueZh', 200),
    venueEn: optionalText(input.venueEn, 'venueEn', 300),
    website: optionalText(input.website, 'website', 500),
    reportingCurrency:
      input.reportingCurrency == null
        ? 'USD'
        : currencyArg(input.reportingCurrency, 'reportingCurrency'),
    businessExhibitionAreaM2:
      input.businessExhibitionAreaM2 == null
        ? null
        : atLeast(input.businessExhibitionAreaM2, 'businessExhibitionAreaM2', 0),
  };
  datesInOrder(fields.startsOn, fields.endsOn, 'endsOn');
  const areas = areaTree(input.areas ?? [], 'areas');
  const rates = rateTable(input.rates ?? [], 'rates');
  await requireUnique(ctx, { edition, key }, null);
  const at = { what: 'The expo edition', field: 'edition' };
  return inTransaction(
    ctx.em(),
    { ...at, mapError: (error) => duplicateOf(error, { edition: 'edition', key: 'key' }) },
    async (em) => {
      const expo = em.create(Expo, fields);
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'expo.create',
        entityType: 'Expo',
        entityId: expo.id,
        after: { ...fields },
      });
      areas.forEach((area, position) => {
        const parent = addArea(em, ctx, expo, area, null, position);
        area.zones.forEach((zone, zonePosition) =>
          addArea(em, ctx, expo, zone, parent, zonePosition),
        );
      });
      for (const rate of rates) setRate(em, ctx, expo, null, rate);
      let grant: RoleGrant | null = null;
      if (!ctx.viewer.isAdmin && ctx.viewer.user) {
        grant = em.create(RoleGrant, {
          user: ctx.viewer.user.id,
          role: Role.EXPO_BUREAU,
          expo,
          grantedBy: ctx.viewer.actor,
        });
        audit(em, {
          actor: ctx.viewer.actor,
          action: 'role.grant',
          entityType: 'RoleGrant',
          entityId: grant.id,
          after: { userId: ctx.viewer.user.id, role: Role.EXPO_BUREAU, expoId: expo.id },
        });
      }
      return { id: expo.id, grant };
    },
  );
}

/** Sets one rate of an edition's table (`row`: the line it has for the currency, if any). */
function setRate(
  em: EntityManager,
  ctx: EditionContext,
  expo: Expo,
  row: ExchangeRate | null,
  rate: { currency: string; usdRate: string },
): boolean {
  if (row && row.usdRate === rate.usdRate) return false;
  const before = row ? { currency: rate.currency, usdRate: row.usdRate } : null;
  if (row) row.usdRate = rate.usdRate;
  else row = em.create(ExchangeRate, { expo, ...rate });
  audit(em, {
    actor: ctx.viewer.actor,
    action: 'exchange_rate.set',
    entityType: 'ExchangeRate',
    entityId: row.id,
    before,
    after: { expoId: expo.id, ...rate },
  });
  return true;
}

/** Areas and zones given: added where the edition has not their key, renamed where it has. */
async function mergeAreas(
  em: EntityManager,
  ctx: EditionContext,
  expo: Expo,
  areas: AreaLine[],
): Promise<string[]> {
  if (areas.length === 0) return [];
  const existing = await em.find(ExhibitionArea, { expo }, { orderBy: { position: 'asc' } });
  const byKey = new Map(existing.map((a) => [a.key, a]));
  const changed: string[] = [];
  const rename = (area: ExhibitionArea, line: { nameZh: string; nameEn: string }) => {
    if (area.nameZh === line.nameZh && area.nameEn === line.nameEn) return;
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'exhibition_area.update',
      entityType: 'ExhibitionArea',
      entityId: area.id,
      before: { nameZh: area.nameZh, nameEn: area.nameEn },
      after: { nameZh: line.nameZh, nameEn: line.nameEn },
    });
    area.nameZh = line.nameZh;
    area.nameEn = line.nameEn;
    changed.push(area.key);
  };
  const nextPosition = (parent: ExhibitionArea | null) =>
    Math.max(
      -1,
      ...[...byKey.values()]
        .filter((a) => (a.parent?.id ?? null) === (parent?.id ?? null))
        .map((a) => a.position),
    ) + 1;
  areas.forEach((line, i) => {
    let area = byKey.get(line.key);
    if (area && area.kind !== ExhibitionAreaKind.AREA) {
      throw badInput(`areas.${i}.key`, msg`${line.key} is a zone of this edition, not an area`);
    }
    if (area) rename(area, line);
    else {
      area = addArea(em, ctx, expo, line, null, nextPosition(null));
      byKey.set(line.key, area);
      changed.push(line.key);
    }
    line.zones.forEach((zoneLine, j) => {
      const zone = byKey.get(zoneLine.key);
      if (zone && zone.parent?.id !== area.id) {
        throw badInput(
          `areas.${i}.zones.${j}.key`,
          zone.kind === ExhibitionAreaKind.AREA
            ? msg`${zoneLine.key} is an area of this edition, not a zone`
            : msg`${zoneLine.key} is a zone of another area`,
        );
      }
      if (zone) rename(zone, zoneLine);
      else {
        byKey.set(zoneLine.key, addArea(em, ctx, expo, zoneLine, area, nextPosition(area)));
        changed.push(zoneLine.key);
      }
    });
  });
  return changed;
}

type ScalarKey =
  | 'edition'
  | 'nameZh'
  | 'nameEn'
  | 'startsOn'
  | 'endsOn'
  | 'venueZh'
  | 'venueEn'
  | 'website'
  | 'reportingCurrency'
  | 'businessExhibitionAreaM2';
const SCALARS: ScalarKey[] = [
  'edition',
  'nameZh',
  'nameEn',
  'startsOn',
  'endsOn',
  'venueZh',
  'venueEn',
  'website',
  'reportingCurrency',
  'businessExhibitionAreaM2',
];
const REQUIRED = new Set<ScalarKey>([
  'edition',
  'nameZh',
  'nameEn',
  'startsOn',
  'endsOn',
  'reportingCurrency',
]);

/** A given field of an edition, clean (input not null for the required ones). */
function cleanScalar(key: ScalarKey, value: unknown): string | number | null {
  if (value == null) return null;
  switch (key) {
    case 'edition':
      return atLeast(value as number, key, 1);
    case 'nameZh':
    case 'nameEn':
      return requiredText(value as string, key, 200);
    case 'startsOn':
    case 'endsOn':
      return isoDate(value as Date | string);
    case 'venueZh':
      return optionalText(value as string, key, 200);
    case 'venueEn':
      return optionalText(value as string, key, 300);
    case 'website':
      return optionalText(value as string, key, 500);
    case 'reportingCurrency':
      return currencyArg(value as string, key);
    case 'businessExhibitionAreaM2':
      return atLeast(value as number, key, 0);
  }
}

/**
 * Changes an edition at the version the client read: its own fields, areas and zones (added or
 * renamed by key, never removed: exhibitors, needs and deals point at them) and rates (set per
 * currency). Every change is audited and moves the edition's version on; nothing changed,
 * nothing is written.
 */
export async function updateExpo(ctx: EditionContext, input: UpdateExpoInput): Promise<string> {
  const { id } = input;
  const given = SCALARS.filter((key) => input[key] !== undefined);
  for (const key of given) {
    if (REQUIRED.has(key) && input[key] === null)
      throw badInput(key, msg`${key} cannot be cleared`);
  }
  const changes = Object.fromEntries(given.map((key) => [key, cleanScalar(key, input[key])]));
  const areas = areaTree(input.areas ?? [], 'areas');
  const rates = rateTable(input.rates ?? [], 'rates');
  const at = { what: 'The expo edition', field: 'version' };
  return inTransaction(
    ctx.em(),
    { ...at, mapError: (error) => duplicateOf(error, { edition: 'edition', key: 'key' }) },
    async (em) => {
      const expo = await em.findOne(Expo, { id });
      if (!expo) throw notFound('Expo', id);
      requireExpoBureau(ctx.viewer, id, 'change this edition');
      requireVersion(expo, input.version, at);
      if (changes.edition != null && changes.edition !== expo.edition) {
        await requireUnique(ctx, { edition: changes.edition as number }, id);
      }
      const startsOn = (changes.startsOn as string | undefined) ?? expo.startsOn;
      const endsOn = (changes.endsOn as string | undefined) ?? expo.endsOn;
      datesInOrder(
        isoDate(startsOn),
        isoDate(endsOn),
        changes.endsOn !== undefined ? 'endsOn' : 'startsOn',
      );
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const fields = expo as unknown as Record<ScalarKey, string | number | null>;
      for (const key of given) {
        const now = key === 'startsOn' || key === 'endsOn' ? isoDate(expo[key]) : fields[key];
        if (now === changes[key]) continue;
        before[key] = now;
        after[key] = changes[key];
        fields[key] = changes[key]!;
      }
      const areasChanged = await mergeAreas(em, ctx, expo, areas);
      if (areasChanged.length > 0) after.areas = areasChanged;
      if (rates.length > 0) {
        const rows = await em.find(ExchangeRate, { expo });
        const byCurrency = new Map(rows.map((r) => [r.currency, r]));
        const set = rates.filter((rate) =>
          setRate(em, ctx, expo, byCurrency.get(rate.currency) ?? null, rate),
        );
        if (set.length > 0) after.rates = set;
      }
      if (Object.keys(after).length > 0) {
        // the edition's version moves on with its areas and rates too
        expo.updatedAt = new Date();
        audit(em, {
          actor: ctx.viewer.actor,
          action: 'expo.update',
          entityType: 'Expo',
          entityId: id,
          before,
          after,
        });
      }
      return id;
    },
  );
}
