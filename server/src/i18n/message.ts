import Negotiator from 'negotiator';
import { zh } from './zh.js';

/** The languages the API answers in: English, and Chinese when the client asks for it. */
export type Language = 'en' | 'zh';
export const LANGUAGES: readonly Language[] = ['en', 'zh'];

/**
 * A message for a user, kept as its English template and the values put in it, so that it can be
 * said again in the client's language when the answer is shaped (gettext-like: the English
 * template is the key of a catalog such as `zh.ts`). Made with {@link msg}; reads as its English
 * text wherever a string is wanted (`String(message)`, logs).
 */
export class Message {
  constructor(
    readonly parts: readonly string[],
    readonly values: readonly unknown[],
  ) {}

  /** The catalog key: the English template with `{0}`, `{1}`… where the values go. */
  get key(): string {
    return keyOf(this.parts);
  }

  toString(): string {
    return translate(this, 'en');
  }

  /** In JSON (an error's `extensions`, a log line) a message is its English text. */
  toJSON(): string {
    return this.toString();
  }
}

/** A user-facing text: a {@link Message}, or a string said the same in every language. */
export type Text = string | Message;

/** The catalog key of a template's literal parts: `name must have at most {0} characters`. */
export function keyOf(parts: readonly string[]): string {
  return parts.map((part, i) => (i === 0 ? part : `{${i - 1}}${part}`)).join('');
}

/**
 * A message for the client, e.g. msg`name must have at most ${max} characters`: add the template
 * (the key, with `{0}`… for the values) and its translation to `zh.ts`; the unit test
 * `test/unit/i18n-catalog.test.ts` fails on a template without one.
 */
export function msg(strings: TemplateStringsArray, ...values: unknown[]): Message {
  return new Message(strings, values);
}

/**
 * A name said in the client's language where a message names it ("Purchaser" in
 * `notFound('Purchaser')`, "The deal" in a version conflict): its catalog key is the name itself.
 */
export function noun(name: string): Message {
  return new Message([name], []);
}

const catalogs: Record<Exclude<Language, 'en'>, Readonly<Record<string, string>>> = { zh };

/** A catalog's entry for `key` (its own entries only: a value may be any text, `constructor`). */
function lookup(catalog: Readonly<Record<string, string>> | undefined, key: string) {
  return catalog && Object.hasOwn(catalog, key) ? catalog[key] : undefined;
}

/**
 * The text in `language`: the catalog's template for the message's key with the values put in,
 * or the English text where the catalog has none. A value that is itself a message is translated
 * too, and so is a string value the catalog holds as a phrase ("add exhibitors" in
 * msg`Only the expo bureau may ${what}`); other values (numbers, names, paths) go in as they are.
 */
export function translate(text: Text, language: Language): string {
  const catalog = language === 'en' ? undefined : catalogs[language];
  if (!(text instanceof Message)) return lookup(catalog, text) ?? text;
  const values = text.values.map((value) =>
    value instanceof Message || typeof value === 'string'
      ? translate(value, language)
      : String(value),
  );
  const template = lookup(catalog, text.key);
  if (template === undefined) {
    return text.parts.map((part, i) => (i === 0 ? part : values[i - 1] + part)).join('');
  }
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => values[Number(n)] ?? whole);
}

/**
 * The language of a WebSocket: its connection_init payload's `accept-language` parameter (any
 * case, as the header is written), else the upgrade request's `Accept-Language` header.
 */
export function socketLanguageOf(
  connectionParams: Readonly<Record<string, unknown>> | undefined,
  upgradeHeader: string | string[] | undefined,
): Language {
  for (const [name, value] of Object.entries(connectionParams ?? {})) {
    if (name.toLowerCase() === 'accept-language' && typeof value === 'string') {
      return languageOf(value);
    }
  }
  return languageOf(upgradeHeader);
}

/**
 * The language a client asks for in `Accept-Language` (q-values honoured; `zh`, `zh-CN`,
 * `zh-Hans` are Chinese), English when it asks for neither or sends nothing.
 */
export function languageOf(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return 'en';
  const best = new Negotiator({ headers: { 'accept-language': header } }).language([...LANGUAGES]);
  return (best as Language | undefined) ?? 'en';
}
