import { Role } from './roles.js';
import type { Viewer } from './viewer.js';

/**
 * Personal contact data, and the one rule that masks it. A field's KIND (its GraphQL scalar:
 * `PhoneNumber`, `EmailAddress`, `IdentityDocumentNumber`) decides how it is masked; the OWNER
 * of the record that holds it (see `modules/contact-owners.ts`) decides who sees it in full.
 * The schema build wraps every field of a contact kind with {@link shownContact}: no resolver
 * masks anything by itself, and no field name is listed anywhere.
 */
export enum ContactKind {
  /** Phone, mobile and fax numbers. */
  PHONE_NUMBER = 'PhoneNumber',
  EMAIL_ADDRESS = 'EmailAddress',
  /** Resident ID, passport and other identity document numbers. */
  IDENTITY_DOCUMENT_NUMBER = 'IdentityDocumentNumber',
}

/** The purchaser a person belongs to (as its contact or an attendee). */
export interface PurchaserOfPerson {
  purchaserId: string;
  subDelegationId: string;
  invitedByOrganisationId: string;
}

/**
 * Who owns the contact data of a record:
 * - `personal`: a person of a delegation. ADMIN and the office of that delegation; where the
 *   person is a purchaser's contact or attendee, also the purchaser itself, the leads of its
 *   sub-delegation and the member unit that invited it; for ID numbers, also the background
 *   checkers of the delegation. Nobody else (ANALYST, EXPO_BUREAU, credit checkers, …).
 *   Where the record is a trip the delegation's TICKETING units book (not CANCELLED: real-name
 *   tickets), also those units (`ticketingUnits`, their organisations), for ID numbers only.
 * - `business`: an exhibitor's business contact, masked only for those who merely analyse.
 *
 * A missing delegation (a row read without its owner columns) owns nothing: masked.
 */
export type ContactOwner =
  | {
      kind: 'personal';
      delegationId: string | null | undefined;
      purchaser?: PurchaserOfPerson | null;
      /** The delegation's TICKETING units (organisations), where the record is a live trip. */
      ticketingUnits?: readonly string[] | null;
    }
  | { kind: 'business' };

/** Whether the viewer sees a contact field of this kind, of a record of this owner, in full. */
export function seesContact(viewer: Viewer, owner: ContactOwner, kind: ContactKind): boolean {
  if (viewer.isAdmin) return true;
  if (owner.kind === 'business') return viewer.grants.some((g) => g.role !== Role.ANALYST);
  const { delegationId, purchaser, ticketingUnits } = owner;
  if (!delegationId) return false;
  if (viewer.grantsFor(delegationId, Role.DELEGATION_OFFICE).length > 0) return true;
  if (
    kind === ContactKind.IDENTITY_DOCUMENT_NUMBER &&
    (viewer.grantsFor(delegationId, Role.BACKGROUND_CHECKER).length > 0 ||
      ticketingUnits?.some((unit) => viewer.memberUnitKeys.includes(`${delegationId}:${unit}`)))
  ) {
    return true;
  }
  if (!purchaser) return false;
  return (
    viewer.subDelegationIds.includes(purchaser.subDelegationId) ||
    viewer.purchaserIds.includes(purchaser.purchaserId) ||
    viewer.memberUnitKeys.includes(`${delegationId}:${purchaser.invitedByOrganisationId}`)
  );
}

/** Keeps the last four digits: enough to tell numbers apart, not to call them. */
function maskPhoneNumber(value: string): string {
  return `***${value.replace(/\D/g, '').slice(-4)}`;
}

/** Keeps the first character and the domain. */
function maskEmailAddress(value: string): string {
  const at = value.indexOf('@');
  return at < 1 ? '***' : `${value[0]}***${value.slice(at)}`;
}

/** Keeps the last four characters, each other one a `*`. */
function maskIdentityDocumentNumber(value: string): string {
  return `${'*'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
}

const MASKS: Record<ContactKind, (value: string) => string> = {
  [ContactKind.PHONE_NUMBER]: maskPhoneNumber,
  [ContactKind.EMAIL_ADDRESS]: maskEmailAddress,
  [ContactKind.IDENTITY_DOCUMENT_NUMBER]: maskIdentityDocumentNumber,
};

/** The masked form of a value of this kind (null stays null). */
export function maskContact(kind: ContactKind, value: string | null): string | null {
  return value === null || value === undefined ? null : MASKS[kind](String(value));
}

/** A contact value as this viewer sees it: in full, or masked. */
export function shownContact(
  viewer: Viewer,
  owner: ContactOwner,
  kind: ContactKind,
  value: string | null,
): string | null {
  return seesContact(viewer, owner, kind) ? value : maskContact(kind, value);
}
