import { sql, type SQL } from '../../db/sql.js';
import { AppError, badInput, ErrorCode } from '../../graphql/errors.js';
import { creditCodeProblem } from '../organisation/credit-code.js';
import { OrganisationKind } from '../organisation/organisation.enums.js';
import { PurchaserCategory, PurchaserStatus } from './purchaser.enums.js';
import { msg } from '../../i18n/message.js';

// ---------------------------------------------------------------------------------------------
// The state machine: INVITED → REGISTERED → APPROVED → REPORTED; REJECTED ⇄ REGISTERED;
// WITHDRAWN from anything before REPORTED. Review has two tiers (分级审核): the lead unit approves
// or rejects a REGISTERED purchaser; the delegation office then reports an APPROVED one up, or
// sends it back (APPROVED → REGISTERED, with a reason), where the lead reviews it again.

export type PurchaserStep =
  | 'register'
  | 'update'
  | 'withdraw'
  | 'approve'
  | 'reject'
  | 'resubmit'
  | 'report'
  | 'sendBack'
  | 'creditCheck'
  | 'backgroundCheck';

const { INVITED, REGISTERED, APPROVED, REPORTED, REJECTED, WITHDRAWN } = PurchaserStatus;

/** From which states each step may be taken, and the state it leads to (null: unchanged). */
export const STEPS: Record<
  PurchaserStep,
  { from: PurchaserStatus[]; to: PurchaserStatus | null; verb: string }
> = {
  register: { from: [INVITED], to: REGISTERED, verb: 'register' },
  update: { from: [REGISTERED, REJECTED], to: null, verb: 'update the registration of' },
  withdraw: { from: [INVITED, REGISTERED, APPROVED, REJECTED], to: WITHDRAWN, verb: 'withdraw' },
  approve: { from: [REGISTERED], to: APPROVED, verb: 'approve' },
  reject: { from: [REGISTERED], to: REJECTED, verb: 'reject' },
  resubmit: { from: [REJECTED], to: REGISTERED, verb: 'resubmit' },
  report: { from: [APPROVED], to: REPORTED, verb: 'report' },
  sendBack: { from: [APPROVED], to: REGISTERED, verb: 'send back' },
  creditCheck: {
    from: [INVITED, REGISTERED, REJECTED],
    to: null,
    verb: 'record a credit check of',
  },
  backgroundCheck: {
    from: [REGISTERED, REJECTED],
    to: null,
    verb: 'record a background check for',
  },
};

/** INVALID_TRANSITION naming the current state unless `step` may be taken from it. */
export function requireStep(
  step: PurchaserStep,
  status: PurchaserStatus,
  which = 'a purchaser',
): void {
  if (!STEPS[step].from.includes(status)) throw stepRefused(step, status, which);
}

/** The INVALID_TRANSITION of `step` from `status` (see {@link requireStep}). */
export function stepRefused(
  step: PurchaserStep,
  status: PurchaserStatus,
  which = 'a purchaser',
): AppError {
  const rule = STEPS[step];
  return new AppError(
    ErrorCode.INVALID_TRANSITION,
    msg`Cannot ${rule.verb} ${which} that is ${status} (only when ${rule.from.join(' or ')})`,
    { status, allowedFrom: rule.from },
  );
}

/** {@link requireStep} as SQL over the purchaser's `status`, from the same {@link STEPS}. */
export function stepSql(step: PurchaserStep, status: SQL): SQL {
  return sql`${status} = any(${sql.value(STEPS[step].from)}::text[])`;
}

// ---------------------------------------------------------------------------------------------
// Input checks: each error names the input field at fault; nothing is written before they pass.

const PHONE = /^\+?[0-9][0-9 ()-]{4,30}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const ID_NUMBER = /^[0-9A-Z]{4,40}$/;
const RESIDENT_ID = /^\d{17}[\dX]$/;
const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11643 check character of an 18-character resident ID number. */
export function residentIdCheckCharacter(first17: string): string {
  let total = 0;
  for (let i = 0; i < 17; i += 1) total += Number(first17[i]) * RESIDENT_WEIGHTS[i]!;
  return '10X98765432'[total % 11]!;
}

export const ENTERPRISE_CATEGORIES: readonly PurchaserCategory[] = [
  PurchaserCategory.WHOLESALE_RETAIL,
  PurchaserCategory.IMPORT_TRADE,
  PurchaserCategory.TRADING_CENTRE,
  PurchaserCategory.DISTRIBUTOR_AGENT,
  PurchaserCategory.ECOMMERCE,
  PurchaserCategory.AUTO_SALES,
  PurchaserCategory.MANUFACTURING,
  PurchaserCategory.SERVICE,
  PurchaserCategory.END_USER,
];

export function text(
  value: string | null | undefined,
  field: string,
  label: string,
  max: number,
  required: boolean,
) {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) {
    if (required) throw badInput(field, msg`${label} is required`);
    return null;
  }
  if (trimmed.length > max)
    throw badInput(field, msg`${label} must have at most ${max} characters`);
  return trimmed;
}

export function phone(
  value: string | null | undefined,
  field: string,
  label: string,
): string | null {
  const trimmed = value?.trim() || null;
  if (trimmed && !PHONE.test(trimmed)) {
    throw badInput(
      field,
      msg`${label} must be 5 to 31 digits, spaces, ( ) or -, optionally after a +`,
    );
  }
  return trimmed;
}

export function email(value: string | null | undefined, field: string): string | null {
  const trimmed = value?.trim() || null;
  if (trimmed && (trimmed.length > 254 || !EMAIL.test(trimmed))) {
    throw badInput(
      field,
      msg`email must be an address like name@example.com, at most 254 characters`,
    );
  }
  return trimmed;
}

export function idNumber(value: string, field: string): string {
  const clean = value.replace(/\s/g, '').toUpperCase();
  if (!clean) throw badInput(field, msg`idNumber is required`);
  if (!ID_NUMBER.test(clean))
    throw badInput(field, msg`idNumber must have 4 to 40 letters and digits`);
  if (RESIDENT_ID.test(clean)) {
    const expected = residentIdCheckCharacter(clean.slice(0, 17));
    if (clean[17] !== expected) {
      throw badInput(
        field,
        msg`idNumber is not a valid resident ID number: check character should be ${expected}`,
      );
    }
  }
  return clean;
}

export function creditCode(value: string | null | undefined, field: string): string | null {
  const clean = value?.trim().toUpperCase() || null;
  if (clean) {
    const problem = creditCodeProblem(clean);
    if (problem)
      throw badInput(field, msg`creditCode is not a valid unified social credit code: ${problem}`);
  }
  return clean;
}

export function reason(
  value: string | null | undefined,
  field: string,
  required: boolean,
): string | null {
  return text(value, field, 'reason', 2000, required);
}

export function note(value: string | null | undefined, field: string): string | null {
  return text(value, field, 'note', 2000, false);
}

export interface CleanContact {
  name: string;
  mobile: string | null;
  phone: string | null;
  email: string | null;
}

export interface CleanAttendee extends CleanContact {
  idNumber: string;
  jobTitle: string | null;
}

export interface CleanRegistration {
  category: PurchaserCategory | null;
  subDelegationId: string | null;
  leadOrganisationId: string | null;
  creditCode: string | null;
  contact: CleanContact | null;
  attendees: CleanAttendee[] | null;
}

export const MAX_ATTENDEES = 50;

/**
 * What a category needs of the organisation: enterprise categories its credit code (Market
 * Regulation checks credit by it), institution categories an organisation of kind INSTITUTION.
 * `path` roots the fields named (none by default: the command's own, `creditCode`).
 */
export function checkCategory(
  category: PurchaserCategory,
  organisation: { kind: OrganisationKind; creditCode: string | null; nameZh: string },
  path = '',
): void {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  if (ENTERPRISE_CATEGORIES.includes(category)) {
    if (!organisation.creditCode) {
      throw badInput(
        at('creditCode'),
        msg`A ${category} purchaser needs the unified social credit code of ${organisation.nameZh} (for the credit check)`,
      );
    }
  } else if (organisation.kind !== OrganisationKind.INSTITUTION) {
    throw badInput(
      at('category'),
      msg`${category} is for institutions; ${organisation.nameZh} is registered as ${organisation.kind}`,
    );
  }
}
