import type { TradeOwner } from '../../auth/policy.js';
import { purchaserScopeSql } from '../../auth/viewer.js';
import type { Context } from '../../graphql/context.js';
import { AppError, ErrorCode, notFound } from '../../graphql/errors.js';
import { Params } from '../../graphql/lists/filter.js';
import { PurchaserStatus } from '../purchaser/purchaser.enums.js';

/** What the trade services need from a request: the viewer, scoped reads and the write EM. */
export type TradeContext = Pick<Context, 'viewer' | 'query' | 'em'>;

/** A purchaser as trade writes see it: owner ids for policy, plus its expo and province. */
export interface TradeParty extends TradeOwner {
  organisationId: string;
  status: PurchaserStatus;
  expoId: string;
  provinceEn: string;
}

const PARTY_COLUMNS = `p.id as "purchaserId", p.delegation_id as "delegationId",
  p.sub_delegation_id as "subDelegationId", p.organisation_id as "organisationId", p.status,
  d.expo_id as "expoId", d.province_en as "provinceEn"`;

/**
 * Tables a party read joins besides its own (aliases of its choosing), with their parameters
 * added after the scope's: lets a write read what it checks in the same statement.
 */
export type PartyJoins = (params: Params) => string;

/**
 * The purchaser owning a trade row, read within the viewer's scope: `from` names the row's table
 * (alias `t`, with `purchaser_id`) and `extra` selects its own columns, from `joins` too. Out of
 * scope reads as missing (NOT_FOUND), like a record that does not exist.
 */
export async function scopedTradeRow<T>(
  ctx: TradeContext,
  table: string,
  id: string,
  what: string,
  extra = '',
  joins?: PartyJoins,
): Promise<T & TradeParty> {
  const params = new Params([id, ...ctx.viewer.purchaserScopeParams()]);
  const [row] = await ctx.query<T & TradeParty>(
    `select ${PARTY_COLUMNS}${extra ? `, ${extra}` : ''} from ${table} t
     join purchaser p on p.id = t.purchaser_id join delegation d on d.id = p.delegation_id
     ${joins?.(params) ?? ''}
     where t.id = $1 and ${purchaserScopeSql('p', 2)}`,
    params.values,
  );
  if (!row) throw notFound(what, id);
  return row;
}

/** A purchaser the viewer reads (with `extra` columns, from `joins` too); NOT_FOUND otherwise. */
export async function scopedPurchaser<T = unknown>(
  ctx: TradeContext,
  purchaserId: string,
  extra = '',
  joins?: PartyJoins,
): Promise<T & TradeParty> {
  const params = new Params([purchaserId, ...ctx.viewer.purchaserScopeParams()]);
  const [row] = await ctx.query<T & TradeParty>(
    `select ${PARTY_COLUMNS}${extra ? `, ${extra}` : ''} from purchaser p
     join delegation d on d.id = p.delegation_id ${joins?.(params) ?? ''}
     where p.id = $1 and ${purchaserScopeSql('p', 2)}`,
    params.values,
  );
  if (!row) throw notFound('Purchaser', purchaserId);
  return row;
}

/** Only purchasers admitted to the expo (approved, or reported up) trade. */
export function requireTrading(party: TradeParty, field: string): void {
  if (party.status !== PurchaserStatus.APPROVED && party.status !== PurchaserStatus.REPORTED) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `The purchaser is ${party.status}: only APPROVED or REPORTED purchasers trade`,
      {
        field,
      },
    );
  }
}

/** 'YYYY-MM-DD' of a Date scalar value (graphql-scalars parses dates as UTC midnight). */
export function isoDate(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/** A state machine refusing a move: names the current state, e.g. "Cannot sign a deal that is SIGNED". */
export function invalidTransition(action: string, what: string, current: string): AppError {
  return new AppError(ErrorCode.INVALID_TRANSITION, `Cannot ${action} ${what} that is ${current}`, {
    currentState: current,
  });
}

/** `first` and `offset` of a list query. */
export function page(first: number, offset: number): [number, number] {
  if (!Number.isInteger(first) || first < 1 || first > 500)
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'first must be between 1 and 500', {
      field: 'first',
    });
  if (!Number.isInteger(offset) || offset < 0)
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'offset must not be negative', {
      field: 'offset',
    });
  return [first, offset];
}
