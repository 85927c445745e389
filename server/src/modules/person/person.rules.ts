import { badInput } from '../../graphql/errors.js';
import { msg } from '../../i18n/message.js';

/** What the database accepts for a phone number and an e-mail address (person's CHECKs). */
const PHONE = /^\+?[0-9][0-9 ()-]{4,30}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** A person's contact data as it is kept, checked; errors name `at.<field>`. */
export interface CleanPerson {
  name: string;
  phone: string | null;
  mobile: string | null;
  email: string | null;
}

const prefix = (at: string) => (at ? `${at}.` : '');

/** A person's name: 1 to 100 characters. */
export function personName(value: string | null | undefined, at: string): string {
  const name = value?.trim() ?? '';
  if (!name) throw badInput(`${prefix(at)}name`, msg`name is required for a new person`);
  if (name.length > 100)
    throw badInput(`${prefix(at)}name`, msg`name must have at most 100 characters`);
  return name;
}

function phone(value: string | null | undefined, field: string): string | null {
  const clean = value?.trim() || null;
  if (clean && !PHONE.test(clean)) {
    throw badInput(
      field,
      msg`${field.split('.').pop()} must be 5 to 31 digits, spaces, ( ) or -, optionally after a +`,
    );
  }
  return clean;
}

/** Checks a new person's name and contact data; errors name `at.name`, `at.phone`, … */
export function cleanPerson(
  input: {
    name?: string | null;
    phone?: string | null;
    mobile?: string | null;
    email?: string | null;
  },
  at: string,
): CleanPerson {
  const email = input.email?.trim() || null;
  if (email && (email.length > 254 || !EMAIL.test(email))) {
    throw badInput(
      `${prefix(at)}email`,
      msg`email must be an address like name@example.com, at most 254 characters`,
    );
  }
  return {
    name: personName(input.name, at),
    phone: phone(input.phone, `${prefix(at)}phone`),
    mobile: phone(input.mobile, `${prefix(at)}mobile`),
    email,
  };
}
