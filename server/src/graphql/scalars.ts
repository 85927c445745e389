import { Decimal } from 'decimal.js';
import { GraphQLScalarType, Kind } from 'graphql';

export { DateResolver as DateScalar, DateTimeResolver as DateTimeScalar } from 'graphql-scalars';

// Up to 18 integer digits (amounts are numeric(20,2)) and 20 fraction digits (a deal's rate, see
// trade/money.ts DEAL_RATE), written as a plain decimal string; each field narrows it further.
const DECIMAL = /^-?\d{1,18}(\.\d{1,20})?$/;

function parseDecimal(value: unknown): string {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return String(value);
    throw new TypeError('Decimal values with fractions must be sent as strings, e.g. "0.30"');
  }
  if (typeof value !== 'string' || !DECIMAL.test(value.trim())) {
    throw new TypeError(
      `Decimal must be a decimal number written as a string, got ${JSON.stringify(value)}`,
    );
  }
  return new Decimal(value.trim()).toFixed();
}

/**
 * Exact decimal numbers (money, rates, quantities), carried as strings end to end:
 * PostgreSQL NUMERIC in, the same digits out, never a JavaScript float.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description:
    'An exact decimal number as a string, e.g. "1234.50". Money and rates; never a float.',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (value instanceof Decimal) return value.toFixed();
    if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
    throw new TypeError('Decimal cannot represent a non-decimal value');
  },
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseDecimal(ast.value);
    if (ast.kind === Kind.FLOAT) {
      throw new TypeError('Decimal values with fractions must be written as strings, e.g. "0.30"');
    }
    throw new TypeError('Decimal must be a string');
  },
});
