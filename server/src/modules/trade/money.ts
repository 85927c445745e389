import { codes } from 'currency-codes';
import { Decimal } from 'decimal.js';
import { badInput } from '../../graphql/errors.js';
import { msg } from '../../i18n/message.js';

/**
 * Decimal arithmetic wide enough for every product of our columns (numeric(20,2) amounts times
 * deal rates of up to 30 digits) without rounding on the way; rounding is explicit, half away
 * from zero like PostgreSQL's round(numeric).
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
  if (number.isNegative())
    throw badInput(field, msg`${field.split('.').pop()} must not be negative`);
  if (opts.positive && number.isZero())
    throw badInput(field, msg`${field.split('.').pop()} must be greater than 0`);
  if (number.decimalPlaces() > opts.scale) {
    throw badInput(
      field,
      msg`${field.split('.').pop()} has at most ${opts.scale} decimal places, got ${value}`,
    );
  }
  if (number.abs().gte(new Money(10).pow(opts.precision - opts.scale))) {
    throw badInput(field, msg`${field.split('.').pop()} is too large`);
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
      msg`${JSON.stringify(value)} is not an ISO 4217 currency code (e.g. USD, EUR, CNY)`,
    );
  return code;
}

/** The USD amount of `amount` at `usdRate` (USD per unit), rounded to the cent. */
export function toUsd(amount: Money, usdRate: Money): Money {
  return amount.times(usdRate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * A deal's rate: under 10^10 USD per unit, at most 20 decimal places (the deal.usd_rate column's
 * checks). 20 places always suffice for an agreed USD amount: the rates that give it for an
 * amount A under 10^18 (numeric(20, 2)) span 0.01 / A > 10^-20.
 */
export const DEAL_RATE = { precision: 30, scale: 20 } as const;

/**
 * The shortest rate that gives `amountUsd` for `amount` exactly (toUsd(amount, rate) equals it):
 * the fewest decimal places, and of those the nearest to amountUsd / amount. So an agreed
 * 1,085,600.00 USD for 1,000,000.00 EUR implies 1.0856, and the stored deal keeps
 * amountUsd = amount × usdRate rounded to the cent, as documented, at any magnitude.
 */
export function impliedRate(amount: Money, amountUsd: Money): Money {
  if (!amount.isPositive() || !amountUsd.isPositive())
    throw new RangeError('An implied rate needs a positive amount and USD amount');
  const quotient = amountUsd.dividedBy(amount);
  for (let places = 0; places <= DEAL_RATE.scale; places += 1) {
    const nearest = quotient.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
    const other = quotient.toDecimalPlaces(
      places,
      nearest.gt(quotient) ? Decimal.ROUND_DOWN : Decimal.ROUND_UP,
    );
    // the rates giving amountUsd form an interval around the quotient: if one has `places`
    // places, so has the nearest such multiple below or above the quotient
    for (const rate of [nearest, other]) {
      if (rate.isPositive() && toUsd(amount, rate).eq(amountUsd)) return rate;
    }
  }
  throw new RangeError(`No rate of ${DEAL_RATE.scale} places gives ${amountUsd} for ${amount}`);
}

/**
 * A deal rate as stored and shown: to 10 decimal places like the expo's rate table, more (up to
 * 20) only where the rate has them.
 */
export function rateText(rate: Money): string {
  return rate.toFixed(Math.max(10, rate.decimalPlaces()));
}
