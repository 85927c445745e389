import type { ContactOwner } from '../auth/masking.js';
import type { ContactOwnerRules } from '../graphql/contacts.js';
import type { DelegationContact } from './delegation/delegation.type.js';
import type { ExhibitorRepresentative } from './exhibitor/exhibitor-representative.type.js';
import type { Exhibitor } from './exhibitor/exhibitor.type.js';
import type { ManifestPassenger } from './logistics/logistics.type.js';
import type { Person } from './person/person.type.js';
import type { Attendee } from './purchaser/purchaser.type.js';

/**
 * Who owns the contact fields (`PhoneNumber`, `EmailAddress`, `IdentityDocumentNumber`) of each
 * type that has any, from its row: the one place that says it. The schema build masks every such
 * field by `auth/masking.ts` with these owners, and refuses to build when a type with a contact
 * field has no rule here.
 */

/** A person: of its delegation's office, and of its purchaser's owners when it has one. */
export function personOwner(p: Person): ContactOwner {
  return {
    kind: 'personal',
    delegationId: p.delegationId,
    purchaser:
      p.purchaserId && p.subDelegationId && p.invitedByOrganisationId
        ? {
            purchaserId: p.purchaserId,
            subDelegationId: p.subDelegationId,
            invitedByOrganisationId: p.invitedByOrganisationId,
          }
        : null,
  };
}

/** An attendee: its person's owners, from the attendee's purchaser. */
function attendeeOwner(a: Attendee): ContactOwner {
  return {
    kind: 'personal',
    delegationId: a.delegationId,
    purchaser: {
      purchaserId: a.purchaserId,
      subDelegationId: a.subDelegationId,
      invitedByOrganisationId: a.invitedByOrganisationId,
    },
  };
}

/**
 * A passenger of a train manifest: the attendee's owners, and for the ID number the TICKETING
 * units that book the trip (real-name tickets), while it is not CANCELLED.
 */
function manifestPassengerOwner(p: ManifestPassenger): ContactOwner {
  return {
    kind: 'personal',
    delegationId: p.delegationId,
    purchaser: {
      purchaserId: p.purchaserId,
      subDelegationId: p.subDelegationId,
      invitedByOrganisationId: p.invitedByOrganisationId,
    },
    ticketingUnits: p.ticketingUnits,
  };
}

/** A contact of the delegation office: the office's own. */
function delegationContactOwner(c: DelegationContact): ContactOwner {
  return { kind: 'personal', delegationId: c.delegationId };
}

const BUSINESS: ContactOwner = { kind: 'business' };

export const contactOwners = {
  Person: personOwner,
  Attendee: attendeeOwner,
  ManifestPassenger: manifestPassengerOwner,
  DelegationContact: delegationContactOwner,
  Exhibitor: (_exhibitor: Exhibitor) => BUSINESS,
  /** An exhibitor's people: business contacts, as the exhibitor's own. */
  ExhibitorRepresentative: (_representative: ExhibitorRepresentative) => BUSINESS,
} satisfies ContactOwnerRules;
