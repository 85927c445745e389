import type { TradeOwner } from '../../auth/policy.js';
import { delegationScope, purchaserScope } from '../../auth/scope.js';
import { and, sql, type SQL } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import type { Rows } from '../../graphql/loaders.js';
import { AppError, ErrorCode, notFound } from '../../graphql/errors.js';
import { PurchaserStatus } from '../purchaser/purchaser.enums.js';
import { msg } from '../../i18n/message.js';

/** What the trade services need from a request: the viewer, scoped reads and the write EM. */
export type TradeContext = Pick<Context, 'viewer' | 'query' | 'em'>;

/** Whether the delegation exists and the viewer reads its structure (`delegationScope`). */
export async function readsDelegation(
  ctx: Pick<Context, 'viewer' | 'query'>,
  delegationId: string,
): Promise<boolean> {
  const [found] = await ctx.query<{ id: string }>(
    sql`select d.id from delegation d where ${and([
      sql`d.id = ${sql.value(delegationId)}::uuid`,
      delegationScope(ctx.viewer, sql`d.id`),
    ])}`,
  );
  return found !== undefined;
}

/** A delegation the viewer reads, else NOT_FOUND (missing and out of scope alike). */
export async function requireDelegation(
  ctx: Pick<Context, 'viewer' | 'query'>,
  delegationId: string,
): Promise<void> {
  if (!(await readsDelegation(ctx, delegationId))) throw notFound('Delegation', delegationId);
}

/**
 * The delegation of row `id` of `rows` where the viewer reads it (its list's scope), or
 * undefined: the caller says NOT_FOUND with its own record's name.
 */
export async function delegationOfScoped(
  ctx: Pick<Context, 'viewer' | 'query'>,
  rows: Pick<Rows, 'alias' | 'from' | 'scope'>,
  id: string,
): Promise<string | undefined> {
  const [row] = await ctx.query<{ delegationId: string }>(
    sql`select ${sql.identifier(rows.alias, 'delegation_id')} as "delegationId" from ${rows.from}
      where ${and([sql`${sql.identifier(rows.alias, 'id')} = ${sql.value(id)}::uuid`, rows.scope(ctx.viewer)])}`,
  );
  return row?.delegationId;
}

/** A purchaser as trade writes see it: owner ids for policy, plus its expo and province. */
export interface TradeParty extends TradeOwner {
  organisationId: string;
  status: PurchaserStatus;
  expoId: string;
  provinceEn: string;
}

const PARTY_COLUMNS = sql`p.id as "purchaserId", p.delegation_id as "delegationId",
  p.sub_delegation_id as "subDelegationId", p.organisation_id as "organisationId", p.status,
  p.invited_by_organisation_id as "invitedByOrganisationId",
  d.expo_id as "expoId", d.province_en as "provinceEn"`;

/** The party's columns, then `extra` (a select list) when given. */
const partyColumns = (extra: SQL | null) =>
  extra ? sql`${PARTY_COLUMNS}, ${extra}` : PARTY_COLUMNS;

/**
 * The purchaser owning a trade row, read within the viewer's scope: `table` names the row's
 * table (alias `t`, with `purchaser_id`) and `extra` selects its own columns, from `joins` (tables
 * a write reads what it checks from, in the same statement) too. Out of scope reads as missing
 * (NOT_FOUND), like a record that does not exist. `scope` (over `t` and `p`): the rows the write
 * may name, the viewer's purchasers unless said (the exhibitor side names its own matches).
 */
export async function scopedTradeRow<T>(
  ctx: TradeContext,
  table: string,
  id: string,
  what: string,
  extra: SQL | null = null,
  joins: SQL = sql.blank,
  scope: SQL = purchaserScope(ctx.viewer),
): Promise<T & TradeParty> {
  const [row] = await ctx.query<T & TradeParty>(
    sql`select ${partyColumns(extra)} from ${sql.identifier(table)} t
     join purchaser p on p.id = t.purchaser_id join delegation d on d.id = p.delegation_id
     ${joins}
     where ${and([sql`t.id = ${sql.value(id)}::uuid`, scope])}`,
  );
  if (!row) throw notFound(what, id);
  return row;
}

/** A purchaser the viewer reads (with `extra` columns, from `joins` too); NOT_FOUND otherwise. */
export async function scopedPurchaser<T = unknown>(
  ctx: TradeContext,
  purchaserId: string,
  extra: SQL | null = null,
  joins: SQL = sql.blank,
): Promise<T & TradeParty> {
  const [row] = await ctx.query<T & TradeParty>(
    sql`select ${partyColumns(extra)} from purchaser p
     join delegation d on d.id = p.delegation_id ${joins}
     where ${and([sql`p.id = ${sql.value(purchaserId)}::uuid`, purchaserScope(ctx.viewer)])}`,
  );
  if (!row) throw notFound('Purchaser', purchaserId);
  return row;
}

/** Only purchasers admitted to the expo (approved, or reported up) trade. */
export const TRADING: readonly PurchaserStatus[] = [
  PurchaserStatus.APPROVED,
  PurchaserStatus.REPORTED,
];

/**
 * A purchaser's needs are drafted from its invitation on, before it is approved (the member unit
 * that organised it publishes them once it is: 五(九) 参会注册、需求发布); not once it withdrew.
 */
export const DRAFTING: readonly PurchaserStatus[] = [
  PurchaserStatus.INVITED,
  PurchaserStatus.REGISTERED,
  PurchaserStatus.REJECTED,
  ...TRADING,
];

export function requireDrafting(party: Pick<TradeParty, 'status'>, field: string): void {
  if (!DRAFTING.includes(party.status))
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      msg`The purchaser is ${party.status}: needs are drafted for ${DRAFTING.join(', ')} purchasers`,
      { field },
    );
}

/** Whether a purchaser's status (SQL of it) is one of {@link TRADING}: the same rule in a statement. */
export function tradingSql(status: SQL): SQL {
  return sql`${status} = any(${sql.value([...TRADING])}::text[])`;
}

/** The refusal of a purchaser not {@link TRADING}. */
export function notTrading(status: PurchaserStatus, field: string): AppError {
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    msg`The purchaser is ${status}: only ${TRADING.join(' or ')} purchasers trade`,
    { field },
  );
}

export function requireTrading(party: Pick<TradeParty, 'status'>, field: string): void {
  if (!TRADING.includes(party.status)) throw notTrading(party.status, field);
}

/** 'YYYY-MM-DD' of a Date scalar value (graphql-scalars parses dates as UTC midnight). */
export function isoDate(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/**
 * A state machine refusing a move: names the current state, e.g. "Cannot sign a deal that is
 * SIGNED"; with `allowedFrom`, the states it may be taken from, and `field`, the argument naming
 * the record whose state refuses it (where that is not the record the mutation moves).
 */
export function invalidTransition(
  action: string,
  what: string,
  current: string,
  options: { field?: string; allowedFrom?: readonly string[] } = {},
): AppError {
  const { field, allowedFrom } = options;
  const only = allowedFrom ? ` (only when ${allowedFrom.join(' or ')})` : '';
  return new AppError(
    ErrorCode.INVALID_TRANSITION,
    msg`Cannot ${action} ${what} that is ${current}${only}`,
    {
      currentState: current,
      ...(field !== undefined ? { field } : {}),
      ...(allowedFrom ? { allowedFrom } : {}),
    },
  );
}

/** `first` and `offset` of a list query. */
export function page(first: number, offset: number): [number, number] {
  if (!Number.isInteger(first) || first < 1 || first > 500)
    throw new AppError(ErrorCode.BAD_USER_INPUT, msg`first must be between 1 and 500`, {
      field: 'first',
    });
  if (!Number.isInteger(offset) || offset < 0)
    throw new AppError(ErrorCode.BAD_USER_INPUT, msg`offset must not be negative`, {
      field: 'offset',
    });
  return [first, offset];
}
