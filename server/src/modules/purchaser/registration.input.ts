import { badInput } from '../../graphql/errors.js';
import { uuidOf } from '../../graphql/relay.js';
import type { PurchaserCategory } from './purchaser.enums.js';
import {
  creditCode,
  email,
  idNumber,
  MAX_ATTENDEES,
  phone,
  text,
  type CleanAttendee,
  type CleanContact,
  type CleanRegistration,
} from './purchaser.rules.js';
import { msg } from '../../i18n/message.js';

/**
 * A registration as the resolver takes it (`RegisterPurchaserInput`, `UpdatePurchaserInput`),
 * cleaned on the resolver's side before the service runs: checked and trimmed, its global IDs
 * decoded, its fields at fault named at `input`. The services take the clean result.
 */
export interface RegistrationInput {
  category?: PurchaserCategory | null;
  subDelegationId?: string | null;
  leadOrganisationId?: string | null;
  creditCode?: string | null;
  contact?: {
    name: string;
    mobile?: string | null;
    phone?: string | null;
    email?: string | null;
  } | null;
  attendees?:
    | {
        name: string;
        idNumber: string;
        jobTitle?: string | null;
        mobile?: string | null;
        phone?: string | null;
        email?: string | null;
      }[]
    | null;
}

/**
 * Checks a registration (complete: `register`) or changes to one (`update`): formats, lengths,
 * required fields. What depends on the organisation the service checks (`checkCategory`, purchaser.rules.ts).
 */
export function cleanRegistration(
  input: RegistrationInput,
  mode: 'register' | 'update',
  path = 'input',
): CleanRegistration {
  const complete = mode === 'register';
  if (complete && !input.category) throw badInput(`${path}.category`, msg`category is required`);
  let contact: CleanContact | null = null;
  if (input.contact) {
    const at = `${path}.contact`;
    contact = {
      name: text(input.contact.name, `${at}.name`, 'name', 100, true)!,
      mobile: phone(input.contact.mobile, `${at}.mobile`, 'mobile'),
      phone: phone(input.contact.phone, `${at}.phone`, 'phone'),
      email: email(input.contact.email, `${at}.email`),
    };
    if (!contact.mobile && !contact.phone) {
      throw badInput(`${at}.mobile`, msg`The contact needs a mobile or a phone number`);
    }
  } else if (complete) {
    throw badInput(`${path}.contact`, msg`contact is required`);
  }
  let attendees: CleanAttendee[] | null = null;
  if (input.attendees) {
    if (input.attendees.length < 1)
      throw badInput(`${path}.attendees`, msg`At least one attendee is required`);
    if (input.attendees.length > MAX_ATTENDEES) {
      throw badInput(`${path}.attendees`, msg`At most ${MAX_ATTENDEES} attendees`);
    }
    const seen = new Set<string>();
    attendees = input.attendees.map((a, i) => {
      const at = `${path}.attendees.${i}`;
      const clean: CleanAttendee = {
        name: text(a.name, `${at}.name`, 'name', 100, true)!,
        idNumber: idNumber(a.idNumber, `${at}.idNumber`),
        jobTitle: text(a.jobTitle, `${at}.jobTitle`, 'jobTitle', 100, false),
        mobile: phone(a.mobile, `${at}.mobile`, 'mobile'),
        phone: phone(a.phone, `${at}.phone`, 'phone'),
        email: email(a.email, `${at}.email`),
      };
      if (seen.has(clean.idNumber))
        throw badInput(`${at}.idNumber`, msg`The same idNumber appears twice`);
      seen.add(clean.idNumber);
      return clean;
    });
  } else if (complete) {
    throw badInput(`${path}.attendees`, msg`At least one attendee is required`);
  }
  return {
    category: input.category ?? null,
    subDelegationId: input.subDelegationId
      ? uuidOf(input.subDelegationId, 'SubDelegation', `${path}.subDelegationId`)
      : null,
    leadOrganisationId: input.leadOrganisationId
      ? uuidOf(input.leadOrganisationId, 'Organisation', `${path}.leadOrganisationId`)
      : null,
    creditCode: creditCode(input.creditCode, `${path}.creditCode`),
    contact,
    attendees,
  };
}
