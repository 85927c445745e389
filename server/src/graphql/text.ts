import {
  defaultFieldResolver,
  getNamedType,
  GraphQLString,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { badInput } from './errors.js';
import { msg } from '../i18n/message.js';

/** The extension key of an optional input field that is a name (see {@link NameText}). */
export const NAME_TEXT = 'nameText';

/**
 * Marks an optional String input field as a name: when given, it must hold a visible character
 * (null still clears it where null clears). A required String is a name without this marker.
 */
export const NameText = () => Extensions({ [NAME_TEXT]: true });

/**
 * What is cut from both ends of a text: white space, controls and the default-ignorable
 * characters that show nothing (zero-width spaces and joiners, U+FEFF, soft hyphens, fillers),
 * but not variation selectors nor tags, which belong to the character (an emoji) before them.
 */
const INVISIBLE =
  '[[\\p{White_Space}\\p{Cc}\\p{Default_Ignorable_Code_Point}]--[\\p{Variation_Selector}\\u{E0000}-\\u{E007F}]]';
// the `v` flag (set difference) is newer than the compiler's target: built from text
const EDGE = new RegExp(`^${INVISIBLE}+|${INVISIBLE}+$`, 'gv');

/** A character one sees: a letter, digit, punctuation mark or symbol (not a space, not a mark alone). */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

/** A text input as it is kept: Unicode NFC, without invisible characters at either end. */
export function normaliseText(value: string): string {
  return value.normalize('NFC').replace(EDGE, '');
}

/** Whether a (normalised) text holds a character one sees. */
export function hasVisibleText(value: string): boolean {
  return VISIBLE.test(value);
}

/** Whether values of `type` can hold a String anywhere (input types of mutations are finite). */
function holdsText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named === GraphQLString) return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => holdsText(field.type, seen));
}

/**
 * `value` of `type` (coerced by GraphQL) with every String normalised; a String that must be a
 * name (required, or marked {@link NameText}) and shows nothing is BAD_USER_INPUT at `path`.
 */
function normalised(value: unknown, type: GraphQLInputType, path: string, name: boolean): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return normalised(value, type.ofType, path, true);
  if (isListType(type)) {
    return (value as unknown[]).map((item, i) =>
      normalised(item, type.ofType as GraphQLInputType, `${path}.${i}`, false),
    );
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    const clean: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[key];
      clean[key] = field
        ? normalised(item, field.type, `${path}.${key}`, field.extensions[NAME_TEXT] === true)
        : item;
    }
    return clean;
  }
  if (type !== GraphQLString || typeof value !== 'string') return value;
  const text = normaliseText(value);
  if (name && !hasVisibleText(text)) {
    throw badInput(
      path,
      msg`${path.split('.').pop()} must hold a visible character (a letter, digit, punctuation mark or symbol)`,
    );
  }
  return text;
}

/** The arguments of a root field with their text normalised (see {@link normalised}). */
export function normalisedArguments(
  args: readonly GraphQLArgument[],
  values: Record<string, unknown>,
): Record<string, unknown> {
  const clean: Record<string, unknown> = { ...values };
  for (const arg of args) {
    if (arg.name in values)
      clean[arg.name] = normalised(values[arg.name], arg.type, arg.name, false);
  }
  return clean;
}

/**
 * Every text input of every mutation, argument or input field at any depth, in one place: its
 * resolver (and so its access rule and service) gets the text normalised, Unicode NFC without
 * invisible characters at its ends, and a name that shows nothing is refused before anything
 * runs. Variables and literals alike: this runs on the coerced arguments.
 */
export function normalisedTextInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    if (!field.args.some((arg) => holdsText(arg.type))) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    const args = field.args;
    field.resolve = (root, values, context, info) =>
      resolve(root, normalisedArguments(args, values), context, info);
  }
  return schema;
}
