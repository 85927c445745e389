import { codes } from 'currency-codes';
import { Decimal } from 'decimal.js';
import { badInput } from '../../graphql/errors.js';

/**
 * Decimal arithmetic wide enough for every product of our columns (numeric(20,2) amounts times
 * numeric(20,10) rates) without rounding on the way; rounding is explicit, half away from zero
 * like PostgreSQL's round(numeric).
 */
export const Money = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP });
export type Money = Decimal;

/**
 * A Decimal-scalar string that fits numeric(precision, scale): at most `scale` fraction digits
 * and `precision - scale` integer digits, not negative; `positive` refuses zero too.
 */
export function decimalArg(
  value: string,
  field: string,
  opts: { precision: number; scale: number; positive?: boolean },
): Money {
  const number = new Money(value);
  if (number.isNegative()) throw badInput(field, `${field.split('.').pop()} must not be negative`);
  if (opts.positive && number.isZero())
    throw badInput(field, `${field.split('.').pop()} must be greater than 0`);
  if (number.decimalPlaces() > opts.scale) {
    throw badInput(
      field,
      `${field.split('.').pop()} has at most ${opts.scale} decimal places, got ${value}`,
    );
  }
  if (number.abs().gte(new Money(10).pow(opts.precision - opts.scale))) {
    throw badInput(field, `${field.split('.').pop()} is too large`);
  }
  return number;
}

/**
 * The currencies of ISO 4217 (the `currency-codes` package, which follows the maintenance
 * agency's list), without XTS (reserved for testing) and XXX (no currency involved).
 */
const CURRENCIES = new Set(codes().filter((code) => code !== 'XTS' && code !== 'XXX'));

/** An ISO 4217 currency code, upper-cased; anything else is BAD_USER_INPUT at `field`. */
export function currencyArg(value: string, field: string): string {
  const code = value.trim().toUpperCase();
  if (!CURRENCIES.has(code))
    throw badInput(
      field,
      `${JSON.stringify(value)} is not an ISO 4217 currency code (e.g. USD, EUR, CNY)`,
    );
  return code;
}

/** The USD amount of `amount` at `usdRate` (USD per unit), rounded to the cent. */
export function toUsd(amount: Money, usdRate: Money): Money {
  return amount.times(usdRate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The rate implied by an amount and its given USD amount, to the 10 places the column keeps. */
export function impliedRate(amount: Money, amountUsd: Money): Money {
  return amountUsd.dividedBy(amount).toDecimalPlaces(10, Decimal.ROUND_HALF_UP);
}
