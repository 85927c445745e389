// npm run lint:schema: lints schema/schema.graphql with eslint.schema.config.js (descriptions,
// Relay connections, naming). Prints what is missing per kind (types, fields, input fields,
// arguments, enum values), then each problem with its line; exits 1 on any problem.
import { ESLint } from 'eslint';

const SCHEMA = 'schema/schema.graphql';
const eslint = new ESLint({ overrideConfigFile: 'eslint.schema.config.js' });
const [result] = await eslint.lintFiles([SCHEMA]);
const messages = result?.messages ?? [];

/** What a require-description message is about: `Description is required for field "x" in …`. */
function kind(message) {
  const [, what, parent] =
    /^Description is required for (.+?) "[^"]*"(?: in (\w+))?/.exec(message) ?? [];
  if (what === 'input value') return parent === 'input' ? 'input fields' : 'arguments';
  if (what === 'enum value') return 'enum values';
  if (what === 'field') return 'fields';
  return what ? 'types' : 'other';
}

const ORDER = ['types', 'fields', 'input fields', 'arguments', 'enum values', 'other'];
const missing = new Map();
const others = new Map();
for (const m of messages) {
  if (m.ruleId === '@graphql-eslint/require-description') {
    const k = kind(m.message);
    missing.set(k, (missing.get(k) ?? 0) + 1);
  } else {
    const k = m.ruleId ?? 'parse error';
    others.set(k, (others.get(k) ?? 0) + 1);
  }
}

if (process.argv.includes('--verbose') || messages.length <= 50) {
  for (const m of messages) process.stderr.write(`${SCHEMA}:${m.line}:${m.column} ${m.message}\n`);
}
if (messages.length === 0) {
  process.stdout.write(`${SCHEMA}: every definition described; Relay and naming rules hold\n`);
} else {
  const counts = (map) =>
    [...map]
      .sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b))
      .map(([k, n]) => `  ${k}: ${n}`)
      .join('\n');
  if (missing.size) process.stderr.write(`${SCHEMA}: descriptions missing\n${counts(missing)}\n`);
  if (others.size) process.stderr.write(`${SCHEMA}: other problems\n${counts(others)}\n`);
  if (messages.length > 50 && !process.argv.includes('--verbose')) {
    process.stderr.write('(run `npm run lint:schema -- --verbose` for each one with its line)\n');
  }
  process.exit(1);
}
