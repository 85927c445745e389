import { ref } from '@mikro-orm/core';
import { requireMayEditPurchaser } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import { badInput } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { SubDelegationLead } from '../delegation/sub-delegation-lead.entity.js';
import { SubDelegation } from '../delegation/sub-delegation.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../person/person.entity.js';
import { requireVersion } from '../shared/transaction.js';
import { Attendee } from './attendee.entity.js';
import type { Purchaser } from './purchaser.entity.js';
import { PurchaserStatus } from './purchaser.enums.js';
import { delegationFacts, place, requireMayAttribute } from './purchaser.placement.js';
import {
  checkCategory,
  reason as cleanReason,
  requireStep,
  type CleanAttendee,
  type CleanContact,
  type CleanRegistration,
  type PurchaserStep,
} from './purchaser.rules.js';
import {
  auditPurchaser,
  loadPurchaser,
  purchaserTransaction,
  PURCHASER_VERSION,
  requireKnown,
  scopeOf,
  snapshot,
  type Em,
} from './purchaser.write.js';
import { msg } from '../../i18n/message.js';

/**
 * Registration and changes to it (category, contact, attendees, where the purchaser goes), and
 * the registrant's own steps: withdrawing, resubmitting.
 */

/** A write to one purchaser: its id, and the version the client saw (optional: unchecked). */
export interface PurchaserCommand {
  purchaserId: string;
  version?: number | null;
}

/** A registration or changes to one, checked by `cleanRegistration` (purchaser.rules.ts). */
export interface RegistrationCommand extends PurchaserCommand {
  registration: CleanRegistration;
}

function newPerson(
  em: Em,
  p: Purchaser,
  contact: CleanContact & { idNumber?: string | null },
): Person {
  return em.create(Person, {
    delegation: p.delegation.id,
    organisation: p.organisation.id,
    name: contact.name,
    mobile: contact.mobile,
    phone: contact.phone,
    email: contact.email,
    idNumber: contact.idNumber ?? null,
  });
}

function setContact(em: Em, p: Purchaser, person: Person | null, contact: CleanContact): void {
  if (!person) {
    p.contactPerson = ref(newPerson(em, p, contact));
    return;
  }
  Object.assign(person, {
    name: contact.name,
    mobile: contact.mobile,
    phone: contact.phone,
    email: contact.email,
  });
}

/**
 * Makes the attendees exactly `wanted`: matched to the present ones by ID number (their
 * background checks stay), new ones added, the others removed with their person records.
 */
async function setAttendees(
  em: Em,
  p: Purchaser,
  wanted: CleanAttendee[],
): Promise<{ added: number; removed: number }> {
  const present = await em.find(Attendee, { purchaser: p.id }, { populate: ['person'] });
  const byIdNumber = new Map(present.map((a) => [a.person.getEntity().idNumber ?? '', a]));
  let added = 0;
  for (const w of wanted) {
    const found = byIdNumber.get(w.idNumber);
    if (found) {
      byIdNumber.delete(w.idNumber);
      found.jobTitle = w.jobTitle;
      Object.assign(found.person.getEntity(), {
        name: w.name,
        mobile: w.mobile,
        phone: w.phone,
        email: w.email,
      });
    } else {
      const person = newPerson(em, p, w);
      em.create(Attendee, {
        delegation: p.delegation.id,
        purchaser: p,
        person,
        jobTitle: w.jobTitle,
      });
      added += 1;
    }
  }
  for (const gone of byIdNumber.values()) {
    // busy times and calendar tokens are replicated tables (db/distribution.ts), which keep no
    // foreign key to an attendee: they go with it here
    await em.execute(
      `with busy as (delete from unavailability where attendee_id = ?)
       delete from calendar_token where attendee_id = ?`,
      [gone.id, gone.id],
    );
    em.remove(gone);
    em.remove(gone.person.getEntity());
  }
  return { added, removed: byIdNumber.size };
}

/** Sets the organisation's credit code when it has none; it must match when it has one. */
async function applyCreditCode(
  em: Em,
  viewer: Viewer,
  organisation: Organisation,
  code: string | null,
) {
  if (!code || organisation.creditCode === code) return;
  if (organisation.creditCode) {
    throw badInput(
      `creditCode`,
      msg`creditCode differs from the one ${organisation.nameZh} is registered with`,
    );
  }
  const other = await em.count(Organisation, { creditCode: code, id: { $ne: organisation.id } });
  if (other > 0)
    throw badInput(`creditCode`, msg`This credit code belongs to another organisation`);
  organisation.creditCode = code;
  audit(em, {
    actor: viewer.actor,
    action: 'organisation.update',
    entityType: 'Organisation',
    entityId: organisation.id,
    before: { creditCode: null },
    after: { creditCode: code },
  });
}
async function applyRegistration(
  tx: Em,
  viewer: Viewer,
  p: Purchaser,
  clean: CleanRegistration,
  needLead: boolean,
): Promise<Record<string, unknown>> {
  const facts = (await delegationFacts(tx, p.delegation.id))!;
  const placement = place(viewer, facts, {
    purchaserId: p.id,
    inviterOrganisationId: p.invitedByOrganisation.id,
    requestedSub: clean.subDelegationId,
    requestedLeadOrganisation: clean.leadOrganisationId,
    current: { subDelegationId: p.subDelegation.id, leadId: p.lead?.id ?? null },
    needLead,
  });
  requireMayAttribute(viewer, facts, p, placement);
  const organisation = await tx.findOneOrFail(Organisation, { id: p.organisation.id });
  const category = clean.category ?? p.category!;
  checkCategory(
    category,
    { ...organisation, creditCode: clean.creditCode ?? organisation.creditCode },
    '',
  );
  await applyCreditCode(tx, viewer, organisation, clean.creditCode);
  p.category = category;
  if (placement.subDelegationId !== p.subDelegation.id)
    p.subDelegation = ref(SubDelegation, placement.subDelegationId);
  if (placement.leadId !== (p.lead?.id ?? null))
    p.lead = placement.leadId ? ref(SubDelegationLead, placement.leadId) : null;
  const changes: Record<string, unknown> = {};
  if (clean.contact) {
    const person = p.contactPerson ? await tx.findOne(Person, { id: p.contactPerson.id }) : null;
    setContact(tx, p, person, clean.contact);
    changes.contactChanged = true;
  }
  if (clean.attendees) {
    Object.assign(changes, await setAttendees(tx, p, clean.attendees), {
      attendees: clean.attendees.length,
    });
  }
  return changes;
}

/**
 * One of the registrant's steps on a purchaser, in one transaction: the purchaser read in scope,
 * `prepare` (checks of the command's own IDs, before any refusal of the step), who may take it,
 * the version the client saw, the state machine, then `apply` (what it changes, and what the
 * audit entry adds to the purchaser's snapshot), audited as `step`.
 */
function registrantStep(
  em: Em,
  viewer: Viewer,
  input: PurchaserCommand,
  step: PurchaserStep,
  what: string,
  apply: (tx: Em, p: Purchaser) => Promise<Record<string, unknown>> | Record<string, unknown>,
  prepare?: (tx: Em) => Promise<void>,
): Promise<string> {
  return purchaserTransaction(em, async (tx) => {
    const p = await loadPurchaser(tx, viewer, input.purchaserId);
    await prepare?.(tx);
    await stepOn(tx, viewer, p, input.version, step, what, apply);
    return p.id;
  });
}

/** The checks and the audit of a registrant's step on `p`, read already in scope. */
async function stepOn(
  tx: Em,
  viewer: Viewer,
  p: Purchaser,
  version: number | null | undefined,
  step: PurchaserStep,
  what: string,
  apply: (tx: Em, p: Purchaser) => Promise<Record<string, unknown>> | Record<string, unknown>,
): Promise<void> {
  requireMayEditPurchaser(viewer, scopeOf(p), what);
  requireVersion(p, version, PURCHASER_VERSION);
  requireStep(step, p.status);
  const before = snapshot(p);
  const extra = await apply(tx, p);
  auditPurchaser(tx, viewer, p, step, before, snapshot(p, extra));
}

/** What registering changes: the registration applied, INVITED → REGISTERED. */
function registering(viewer: Viewer, clean: CleanRegistration) {
  return async (tx: Em, p: Purchaser) => {
    const changes = await applyRegistration(tx, viewer, p, clean, true);
    p.status = PurchaserStatus.REGISTERED;
    p.registeredAt = new Date();
    return { attendees: changes.attendees };
  };
}

/**
 * Registers `p` (invited in the same transaction `tx`) by the rules of `registerPurchaser`: for
 * each organisation of a bulk import (purchaser.import.ts).
 */
export async function registerIn(
  tx: Em,
  viewer: Viewer,
  p: Purchaser,
  clean: CleanRegistration,
): Promise<void> {
  await requireKnown(tx, viewer, clean.subDelegationId ?? null, clean.leadOrganisationId ?? null);
  await stepOn(tx, viewer, p, null, 'register', 'register it', registering(viewer, clean));
}

export async function registerPurchaser(
  em: Em,
  viewer: Viewer,
  input: RegistrationCommand,
): Promise<string> {
  const clean = input.registration;
  return registrantStep(
    em,
    viewer,
    input,
    'register',
    'register it',
    registering(viewer, clean),
    (tx) =>
      requireKnown(tx, viewer, clean.subDelegationId ?? null, clean.leadOrganisationId ?? null),
  );
}

export async function updatePurchaser(
  em: Em,
  viewer: Viewer,
  input: RegistrationCommand,
): Promise<string> {
  const clean = input.registration;
  return registrantStep(
    em,
    viewer,
    input,
    'update',
    'change its registration',
    async (tx, p) => {
      const changes = await applyRegistration(tx, viewer, p, clean, true);
      // every write moves the version on, also when only persons or attendees changed
      p.updatedAt = new Date();
      return changes;
    },
    (tx) =>
      requireKnown(tx, viewer, clean.subDelegationId ?? null, clean.leadOrganisationId ?? null),
  );
}

/** Withdrawing, and submitting a rejected registration again: the registrant's own steps. */

export async function withdrawPurchaser(
  em: Em,
  viewer: Viewer,
  input: PurchaserCommand & { reason?: string | null },
): Promise<string> {
  const why = cleanReason(input.reason, 'reason', false);
  return registrantStep(em, viewer, input, 'withdraw', 'withdraw it', (_tx, p) => {
    p.status = PurchaserStatus.WITHDRAWN;
    return { reason: why };
  });
}

export async function resubmitPurchaser(
  em: Em,
  viewer: Viewer,
  input: PurchaserCommand,
): Promise<string> {
  return registrantStep(em, viewer, input, 'resubmit', 'resubmit it', (_tx, p) => {
    p.status = PurchaserStatus.REGISTERED;
    p.rejectionReason = null;
    p.registeredAt = new Date();
    return {};
  });
}
