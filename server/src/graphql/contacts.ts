import {
  getNamedType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  Kind,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import { ContactKind, shownContact, type ContactOwner } from '../auth/masking.js';
import type { Context } from './context.js';

/**
 * The scalars of personal contact data. A field of one of these types is masked by the one rule
 * of `auth/masking.ts` (see {@link maskedContacts}), whatever its name or its type. They carry
 * text like `String` (masked values such as `***7278` included); what a valid number or address
 * is, inputs check in their services, naming the field at fault.
 */
function contactScalar(kind: ContactKind, description: string): GraphQLScalarType<string, string> {
  const text = (value: unknown): string => {
    if (typeof value !== 'string') throw new TypeError(`${kind} must be a string`);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name: kind,
    description: `${description} Contact data: in full only to the scopes that own the record holding it, masked to everyone else.`,
    serialize: text,
    parseValue: text,
    parseLiteral(ast) {
      if (ast.kind !== Kind.STRING) throw new TypeError(`${kind} must be a string`);
      return ast.value;
    },
  });
}

export const PhoneNumberScalar = contactScalar(
  ContactKind.PHONE_NUMBER,
  'A phone, mobile or fax number, e.g. "0971-6317278"; masked, its last four digits: "***7278".',
);

export const EmailAddressScalar = contactScalar(
  ContactKind.EMAIL_ADDRESS,
  'An e-mail address, e.g. "zhang@example.cn"; masked, its first character and domain: "z***@example.cn".',
);

export const IdentityDocumentNumberScalar = contactScalar(
  ContactKind.IDENTITY_DOCUMENT_NUMBER,
  'A resident ID or passport number; masked, its last four characters: "**************123X".',
);

const KINDS = new Map<string, ContactKind>(
  [PhoneNumberScalar, EmailAddressScalar, IdentityDocumentNumberScalar].map((scalar) => [
    scalar.name,
    scalar.name as ContactKind,
  ]),
);

/** The contact kind of a field's type (through lists and non-null), if it is one. */
export function contactKindOf(type: GraphQLOutputType): ContactKind | undefined {
  const named = getNamedType(type);
  return named instanceof GraphQLScalarType ? KINDS.get(named.name) : undefined;
}

/**
 * Per object type that holds contact fields: the owner of one of its rows (parent records), which
 * decides who sees them in full. Registered in one place (`modules/contact-owners.ts`).
 */
export type ContactOwnerRules = Readonly<Record<string, (row: never) => ContactOwner>>;

function masked(
  kind: ContactKind,
  type: GraphQLOutputType,
  value: unknown,
  show: (value: string | null) => string | null,
): unknown {
  if (value === null || value === undefined) return null;
  if (type instanceof GraphQLNonNull) return masked(kind, type.ofType, value, show);
  if (type instanceof GraphQLList) {
    return Array.isArray(value) ? value.map((item) => masked(kind, type.ofType, item, show)) : null;
  }
  return show(value as string);
}

/**
 * Wraps the resolver of every field whose type is a contact kind, on every object type, with the
 * masking rule: the value (its own resolver's, or the row's property) shows in full only where
 * the viewer sees contacts of its kind owned by the parent row's owner. Every executor (graphql-js,
 * graphql-jit, subscriptions) calls these resolvers, and rows served from embedded or folded
 * statements are parent rows like any other. Deny by default: a contact field on a type with no
 * owner rule (or on a root type, where there is no record to own it) fails the build, and so does
 * a rule for a type that holds no contact field.
 */
export function maskedContacts(schema: GraphQLSchema, owners: ContactOwnerRules): GraphQLSchema {
  const roots = new Set([
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]);
  const unowned: string[] = [];
  const used = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const kind = contactKindOf(field.type);
      if (!kind) continue;
      const ownerOf = roots.has(type)
        ? undefined
        : (owners[type.name] as ((row: unknown) => ContactOwner) | undefined);
      if (!ownerOf) {
        unowned.push(`${type.name}.${field.name} (${kind})`);
        continue;
      }
      used.add(type.name);
      const name = field.name;
      const fieldType = field.type;
      const inner: GraphQLFieldResolver<unknown, Context> =
        field.resolve ?? ((row) => (row as Record<string, unknown>)[name]);
      const show = (row: unknown, context: Context, value: unknown) =>
        masked(kind, fieldType, value, (v) => shownContact(context.viewer, ownerOf(row), kind, v));
      field.resolve = (row, args, context: Context, info) => {
        const value = inner(row, args, context, info);
        return value instanceof Promise
          ? value.then((resolved) => show(row, context, resolved))
          : show(row, context, value);
      };
    }
  }
  if (unowned.length > 0) {
    throw new Error(
      `Contact fields on types with no owner rule (register one in modules/contact-owners.ts): ${unowned.join(', ')}`,
    );
  }
  const stale = Object.keys(owners).filter((name) => !used.has(name));
  if (stale.length > 0) {
    throw new Error(`Owner rules for types without contact fields: ${stale.join(', ')}`);
  }
  return schema;
}
