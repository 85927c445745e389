import { sql } from '../../db/sql.js';
import { requireMayTradeFor, TradeRules } from '../../auth/policy.js';
import { badInput, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { currencyArg, decimalArg } from '../trade/money.js';
import { isCountryCode } from '../trade/countries.js';
import { NeedCloseReason, NeedStatus } from './need.enums.js';
import type {
  CloseProcurementNeedInput,
  CreateProcurementNeedInput,
  UpdateProcurementNeedInput,
} from './need.type.js';
import { ProcurementNeed } from './procurement-need.entity.js';
import {
  invalidTransition,
  isoDate,
  requireDrafting,
  scopedPurchaser,
  TRADING,
  scopedTradeRow,
  type TradeContext,
} from '../trade/trade-scope.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import { msg } from '../../i18n/message.js';

/** The writable fields of a need, clean. */
interface NeedFields {
  exhibitionAreaId: string | null;
  title: string;
  description: string;
  quantity: string | null;
  unit: string | null;
  budgetAmount: string | null;
  budgetCurrency: string | null;
  preferredCountries: string[];
  deadline: string | null;
}
type NeedInput = {
  [K in Exclude<keyof CreateProcurementNeedInput, 'purchaserId'>]?:
    CreateProcurementNeedInput[K] | null;
};
const KEYS = [
  'exhibitionAreaId',
  'title',
  'description',
  'quantity',
  'unit',
  'budgetAmount',
  'budgetCurrency',
  'preferredCountries',
  'deadline',
] as const;

/** Cleans the given fields of an input (absent ones are left out). */
async function cleanNeed(
  ctx: TradeContext,
  input: NeedInput,
  expoId: string,
): Promise<Partial<NeedFields>> {
  const clean: Partial<NeedFields> = {};
  if (input.exhibitionAreaId !== undefined) {
    clean.exhibitionAreaId = null;
    if (input.exhibitionAreaId !== null) {
      const areaId = input.exhibitionAreaId;
      const [area] = await ctx.query<{ expoId: string }>(
        sql`select expo_id as "expoId" from exhibition_area where id = ${sql.value(areaId)}`,
      );
      if (!area) throw notFound('Exhibition area', areaId);
      if (area.expoId !== expoId)
        throw badInput(
          'exhibitionAreaId',
          msg`Not an exhibition area or zone of the purchaser's expo`,
        );
      clean.exhibitionAreaId = areaId;
    }
  }
  if (input.title !== undefined) {
    const title = input.title?.trim() ?? '';
    if (title.length < 1 || title.length > 200)
      throw badInput('title', msg`title must have 1 to 200 characters`);
    clean.title = title;
  }
  if (input.description !== undefined) {
    const description = input.description?.trim() ?? '';
    if (description.length > 4000)
      throw badInput('description', msg`description must have at most 4000 characters`);
    clean.description = description;
  }
  if (input.quantity !== undefined) {
    clean.quantity =
      input.quantity === null
        ? null
        : decimalArg(input.quantity, 'quantity', {
            precision: 20,
            scale: 4,
            positive: true,
          }).toFixed();
  }
  if (input.unit !== undefined) {
    const unit = input.unit?.trim() || null;
    if (unit && unit.length > 40) throw badInput('unit', msg`unit must have at most 40 characters`);
    clean.unit = unit;
  }
  if (input.budgetAmount !== undefined) {
    clean.budgetAmount =
      input.budgetAmount === null
        ? null
        : decimalArg(input.budgetAmount, 'budgetAmount', { precision: 20, scale: 2 }).toFixed(2);
  }
  if (input.budgetCurrency !== undefined) {
    clean.budgetCurrency =
      input.budgetCurrency === null ? null : currencyArg(input.budgetCurrency, 'budgetCurrency');
  }
  if (input.preferredCountries !== undefined) {
    const countries = (input.preferredCountries ?? []).map((code) => code.trim().toUpperCase());
    const bad = countries.find((code) => !isCountryCode(code));
    if (bad !== undefined)
      throw badInput(
        'preferredCountries',
        msg`${JSON.stringify(bad)} is not an ISO 3166-1 alpha-2 country code`,
      );
    clean.preferredCountries = [...new Set(countries)];
  }
  if (input.deadline !== undefined)
    clean.deadline = input.deadline === null ? null : isoDate(input.deadline);
  return clean;
}

/** A budget is an amount with its currency, or neither. */
function requireWholeBudget(need: {
  budgetAmount: string | null;
  budgetCurrency: string | null;
}): void {
  if ((need.budgetAmount === null) !== (need.budgetCurrency === null)) {
    throw badInput(
      need.budgetAmount === null ? 'budgetAmount' : 'budgetCurrency',
      msg`budgetAmount and budgetCurrency go together`,
    );
  }
}

function snapshot(
  need: ProcurementNeed,
  keys: readonly (keyof NeedFields)[],
): Record<string, unknown> {
  return Object.fromEntries(
    keys.map((key) => [
      key,
      key === 'exhibitionAreaId'
        ? (need.exhibitionArea?.id ?? null)
        : need[key as Exclude<keyof NeedFields, 'exhibitionAreaId'>],
    ]),
  );
}

export async function createProcurementNeed(
  ctx: TradeContext,
  input: CreateProcurementNeedInput,
): Promise<string> {
  const party = await scopedPurchaser(ctx, input.purchaserId);
  requireMayTradeFor(ctx.viewer, party, 'write procurement needs', TradeRules.needs);
  requireDrafting(party, 'purchaserId');
  const values = (await cleanNeed(
    ctx,
    {
      exhibitionAreaId: input.exhibitionAreaId ?? null,
      title: input.title,
      description: input.description ?? '',
      quantity: input.quantity ?? null,
      unit: input.unit ?? null,
      budgetAmount: input.budgetAmount ?? null,
      budgetCurrency: input.budgetCurrency ?? null,
      preferredCountries: input.preferredCountries ?? [],
      deadline: input.deadline ?? null,
    },
    party.expoId,
  )) as NeedFields;
  requireWholeBudget(values);
  const at = { what: 'The purchaser', field: 'purchaserId' };
  return inTransaction(ctx.em(), at, async (em) => {
    const { exhibitionAreaId, ...rest } = values;
    const need = em.create(ProcurementNeed, {
      ...rest,
      delegation: party.delegationId,
      purchaser: party.purchaserId,
      exhibitionArea: exhibitionAreaId,
    });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'need.create',
      entityType: 'ProcurementNeed',
      entityId: need.id,
      delegationId: party.delegationId,
      after: { purchaserId: party.purchaserId, ...values },
    });
    return need.id;
  });
}

/** Loads a need for a write: in scope (else NOT_FOUND), writable by the viewer. */
async function needForWrite(ctx: TradeContext, id: string, what: string) {
  const party = await scopedTradeRow(ctx, 'procurement_need', id, 'Procurement need');
  requireMayTradeFor(ctx.viewer, party, what, TradeRules.needs);
  return { id, party };
}

export async function updateProcurementNeed(
  ctx: TradeContext,
  input: UpdateProcurementNeedInput,
): Promise<string> {
  const { id } = input;
  const { party } = await needForWrite(ctx, id, 'change procurement needs');
  if (input.title === null) throw badInput('title', msg`title cannot be cleared`);
  const changes = await cleanNeed(ctx, input, party.expoId);
  const at = { what: 'The procurement need', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const need = await em.findOneOrFail(ProcurementNeed, { id });
    requireVersion(need, input.version, at);
    if (need.status === NeedStatus.CLOSED) throw invalidTransition('change', 'a need', need.status);
    const keys = (Object.keys(changes) as (keyof NeedFields)[]).filter((key) => KEYS.includes(key));
    const before = snapshot(need, keys);
    const { exhibitionAreaId, ...rest } = changes;
    em.assign(need, {
      ...rest,
      ...(exhibitionAreaId !== undefined ? { exhibitionArea: exhibitionAreaId } : {}),
    });
    requireWholeBudget(need);
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'need.update',
      entityType: 'ProcurementNeed',
      entityId: id,
      delegationId: party.delegationId,
      before,
      after: snapshot(need, keys),
    });
    return id;
  });
}

export async function publishProcurementNeed(
  ctx: TradeContext,
  id: string,
  version: number,
): Promise<string> {
  const { party } = await needForWrite(ctx, id, 'publish procurement needs');
  const at = { what: 'The procurement need', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const need = await em.findOneOrFail(ProcurementNeed, { id });
    requireVersion(need, version, at);
    if (need.status !== NeedStatus.DRAFT) throw invalidTransition('publish', 'a need', need.status);
    // drafted before the purchaser was approved: published only once it is
    if (!TRADING.includes(party.status))
      throw invalidTransition('publish a need of', 'a purchaser', party.status, {
        field: 'id',
        allowedFrom: TRADING,
      });
    need.status = NeedStatus.PUBLISHED;
    need.publishedAt = new Date();
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'need.publish',
      entityType: 'ProcurementNeed',
      entityId: id,
      delegationId: party.delegationId,
      before: { status: NeedStatus.DRAFT },
      after: { status: NeedStatus.PUBLISHED },
    });
    return id;
  });
}

export async function closeProcurementNeed(
  ctx: TradeContext,
  input: CloseProcurementNeedInput,
): Promise<string> {
  const { id } = input;
  const { party } = await needForWrite(ctx, id, 'close procurement needs');
  const at = { what: 'The procurement need', field: 'version' };
  return inTransaction(ctx.em(), at, async (em) => {
    const need = await em.findOneOrFail(ProcurementNeed, { id });
    requireVersion(need, input.version, at);
    const fulfilled = input.reason === NeedCloseReason.FULFILLED;
    if (need.status === NeedStatus.CLOSED || (fulfilled && need.status !== NeedStatus.PUBLISHED)) {
      throw invalidTransition(fulfilled ? 'close as fulfilled' : 'cancel', 'a need', need.status);
    }
    const from = need.status;
    need.status = NeedStatus.CLOSED;
    need.closeReason = input.reason;
    need.closedAt = new Date();
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'need.close',
      entityType: 'ProcurementNeed',
      entityId: id,
      delegationId: party.delegationId,
      before: { status: from },
      after: { status: NeedStatus.CLOSED, closeReason: input.reason },
    });
    return id;
  });
}
