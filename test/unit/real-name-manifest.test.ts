import { describe, expect, it } from 'vitest';
import { ContactKind, seesContact } from '../../server/src/auth/masking.js';
import { Role } from '../../server/src/auth/roles.js';
import { Viewer, type Grant } from '../../server/src/auth/viewer.js';
import { contactOwners } from '../../server/src/modules/contact-owners.js';

/**
 * Real-name tickets through the one masking rule: a train manifest's ID numbers show in full to
 * the delegation's TICKETING units (for the trips they book), and to nobody else that did not
 * see them before (a LOGISTICS unit, a lead of another sub-delegation, another delegation's
 * railway); the railway sees no other contact kind, and no ID number of a record that is not
 * a trip it books (an attendee).
 */

const grant = (fields: Partial<Grant>): Grant => ({
  id: 'g',
  role: Role.MEMBER_UNIT,
  expoId: 'expo',
  delegationId: 'qh',
  subDelegationId: null,
  leadId: null,
  sharedTarget: false,
  organisationId: null,
  purchaserId: null,
  expoDelegationIds: null,
  ...fields,
});
const viewer = (fields: Partial<Grant>) => new Viewer({ id: 'u', name: 'u' }, [grant(fields)]);

const traveller = {
  delegationId: 'qh',
  purchaserId: 'buyer',
  subDelegationId: 'health-sub',
  invitedByOrganisationId: 'culture',
};
const passenger = contactOwners.ManifestPassenger({
  ...traveller,
  ticketingUnits: ['railway'],
  tripId: 'trip',
  position: 1,
  name: '王一',
  idNumber: '630102199001011234',
});
const ID = ContactKind.IDENTITY_DOCUMENT_NUMBER;

describe('real-name train manifests by the one masking rule', () => {
  it("the TICKETING unit sees a passenger's ID number in full, and only that", () => {
    const railway = viewer({ organisationId: 'railway' });
    expect(seesContact(railway, passenger, ID)).toBe(true);
    expect(seesContact(railway, passenger, ContactKind.PHONE_NUMBER)).toBe(false);
    // the attendee record itself is no trip it books
    const attendee = contactOwners.Attendee({
      ...traveller,
      id: 'a',
      personId: 'p',
      idNumber: '630102199001011234',
      jobTitle: null,
      createdAt: new Date(),
    });
    expect(seesContact(railway, attendee, ID)).toBe(false);
  });

  it('a LOGISTICS unit, a lead of another sub-delegation, another delegation’s railway do not', () => {
    expect(seesContact(viewer({ organisationId: 'commerce' }), passenger, ID)).toBe(false);
    expect(
      seesContact(
        viewer({ role: Role.SUB_DELEGATION_LEAD, subDelegationId: 'commerce-sub', leadId: 'l' }),
        passenger,
        ID,
      ),
    ).toBe(false);
    expect(
      seesContact(viewer({ delegationId: 'gs', organisationId: 'railway' }), passenger, ID),
    ).toBe(false);
    // a trip no TICKETING unit books (cancelled): nobody new sees it
    const cancelled = { ...passenger, ticketingUnits: [] };
    expect(seesContact(viewer({ organisationId: 'railway' }), cancelled, ID)).toBe(false);
  });

  it('those who saw ID numbers before still do: the office, the lead of its sub-delegation', () => {
    expect(seesContact(viewer({ role: Role.DELEGATION_OFFICE }), passenger, ID)).toBe(true);
    expect(
      seesContact(
        viewer({ role: Role.SUB_DELEGATION_LEAD, subDelegationId: 'health-sub', leadId: 'l' }),
        passenger,
        ID,
      ),
    ).toBe(true);
  });
});
