import { badInput } from '../../graphql/errors.js';
import { currencyArg, decimalArg } from '../trade/money.js';
import { msg } from '../../i18n/message.js';

/**
 * The input rules of an edition and of a delegation, the same as the database's CHECKs, so that a
 * bad value is reported at its field (a path relative to the command: the resolver roots it).
 */

/** A required text of 1 to `max` characters (already normalised by the schema). */
export function requiredText(raw: string, field: string, max: number): string {
  const value = raw.trim();
  if (value.length < 1 || value.length > max) {
    throw badInput(field, msg`${field.split('.').pop()} must have 1 to ${max} characters`);
  }
  return value;
}

/** An optional text of at most `max` characters; empty is null. */
export function optionalText(raw: string | null | undefined, field: string, max: number) {
  const value = raw?.trim() ?? '';
  if (value.length > max) {
    throw badInput(field, msg`${field.split('.').pop()} must have at most ${max} characters`);
  }
  return value || null;
}

/** A key of the form `pattern` describes (expo keys also take "-"). */
export function keyArg(raw: string, field: string, dash = false): string {
  const value = raw.trim();
  const pattern = dash ? /^[A-Z0-9_-]{1,40}$/ : /^[A-Z0-9_]{1,40}$/;
  if (!pattern.test(value)) {
    throw badInput(
      field,
      msg`${JSON.stringify(raw)} is not a key: 1 to 40 of A-Z, 0-9, _${dash ? msg` and -` : ''}`,
    );
  }
  return value;
}

/** A whole number of at least `min`. */
export function atLeast(value: number, field: string, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw badInput(field, msg`${field.split('.').pop()} must be a whole number of at least ${min}`);
  }
  return value;
}

/** One line of a rate table: an ISO 4217 code and its USD rate (numeric(20, 10), over 0). */
export function rateLine(
  line: { currency: string; usdRate: string },
  path: string,
): { currency: string; usdRate: string } {
  const currency = currencyArg(line.currency, `${path}.currency`);
  const rate = decimalArg(line.usdRate, `${path}.usdRate`, {
    precision: 20,
    scale: 10,
    positive: true,
  });
  if (currency === 'USD' && !rate.eq(1))
    throw badInput(`${path}.usdRate`, msg`The rate of USD is 1`);
  return { currency, usdRate: rate.toFixed(10) };
}

/** A rate table: each line checked, each currency once. */
export function rateTable(
  lines: readonly { currency: string; usdRate: string }[],
  path: string,
): { currency: string; usdRate: string }[] {
  const seen = new Set<string>();
  return lines.map((line, i) => {
    const clean = rateLine(line, `${path}.${i}`);
    if (seen.has(clean.currency)) {
      throw badInput(`${path}.${i}.currency`, msg`${clean.currency} is given twice`);
    }
    seen.add(clean.currency);
    return clean;
  });
}

export interface AreaLine {
  key: string;
  nameZh: string;
  nameEn: string;
  zones: { key: string; nameZh: string; nameEn: string }[];
}

/** Exhibition areas with their zones: keys unique across areas and zones, names 1 to 200. */
export function areaTree(
  areas: readonly {
    key: string;
    nameZh: string;
    nameEn: string;
    zones?: readonly { key: string; nameZh: string; nameEn: string }[] | null;
  }[],
  path: string,
): AreaLine[] {
  const seen = new Set<string>();
  const line = (item: { key: string; nameZh: string; nameEn: string }, at: string) => {
    const key = keyArg(item.key, `${at}.key`);
    if (seen.has(key)) throw badInput(`${at}.key`, msg`${key} is given twice`);
    seen.add(key);
    return {
      key,
      nameZh: requiredText(item.nameZh, `${at}.nameZh`, 200),
      nameEn: requiredText(item.nameEn, `${at}.nameEn`, 200),
    };
  };
  return areas.map((area, i) => ({
    ...line(area, `${path}.${i}`),
    zones: (area.zones ?? []).map((zone, j) => line(zone, `${path}.${i}.zones.${j}`)),
  }));
}
