/**
 * Keeps personal data (phone numbers, e-mail addresses, ID numbers, names, tokens) out of logs.
 * Error messages are where it slips in: PostgreSQL quotes the value it refused, MikroORM inlines
 * a statement's parameters into its message, a JWT library may echo a token.
 */

/** Words after which PostgreSQL quotes a name of the schema, not a value: those stay readable. */
const IDENTIFIER_BEFORE =
  /\b(relation|column|constraint|table|index|type|function|schema|database|role|enum|sequence|trigger|view|operator|extension|channel|savepoint|cursor|prepared statement|portal)\s*$/i;

/** Masks values in a text: quoted literals, long digit runs, e-mail addresses, JWTs. */
export function redactText(text: string): string {
  return (
    text
      // JWTs and other bearer tokens: three base64url parts
      .replace(/\beyJ[\w-]*\.[\w-]*\.[\w-]*/g, '[token]')
      .replace(/\bBearer\s+\S+/gi, 'Bearer [token]')
      .replace(/[^\s@'"(),<>]+@[^\s@'"(),<>]+/g, '[email]')
      // SQL literals (MikroORM inlines parameters), with '' escapes
      .replace(/'(?:[^']|'')*'/g, "'?'")
      // "Key (phone)=(138…) already exists": keep the key, mask the value
      .replace(/\)=\((?:[^()]|\([^()]*\))*\)/g, ')=(?)')
      .replace(/"((?:[^"\\]|\\.)*)"/g, (quoted, _inner: string, offset: number, all: string) =>
        IDENTIFIER_BEFORE.test(all.slice(Math.max(0, offset - 40), offset)) ? quoted : '"?"',
      )
      // phone numbers, ID numbers (a final X), bank and other long numbers
      .replace(/(?<![\w-])\+?\d[\d\s-]{5,}[\dXx](?![\w-])/g, '[number]')
  );
}

/** Fields of a PostgreSQL error that name parts of the schema, never values. */
const SAFE_FIELDS = ['code', 'constraint', 'table', 'column', 'routine', 'severity'] as const;

/**
 * The pino serializer for errors: kind, codes and a masked message and stack. Leaves out what
 * carries values (`detail`, `where`, parameters, the request's variables).
 */
export function safeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: redactText(String(error)) };
  const out: Record<string, unknown> = {
    type: error.constructor?.name ?? error.name,
    message: redactText(error.message),
  };
  const fields = error as unknown as Record<string, unknown>;
  for (const field of SAFE_FIELDS) {
    if (typeof fields[field] === 'string' || typeof fields[field] === 'number') {
      out[field] = fields[field];
    }
  }
  if (error.stack) out.stack = redactText(error.stack);
  if (error.cause !== undefined && depth < 3) out.cause = safeError(error.cause, depth + 1);
  return out;
}
