import { ref } from '@mikro-orm/core';
import { forbidden, leadsPurchaser, memberUnitOrganisationsIn } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { Delegation } from '../delegation/delegation.entity.js';
import { SubDelegationLead } from '../delegation/sub-delegation-lead.entity.js';
import { SubDelegation } from '../delegation/sub-delegation.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import {
  validateOrganisation,
  type NewOrganisation,
} from '../organisation/organisation.service.js';
import { Purchaser } from './purchaser.entity.js';
import {
  delegationFacts,
  leadKeys,
  ownLeads,
  place,
  type DelegationFacts,
} from './purchaser.placement.js';
import { creditCode as cleanCreditCode } from './purchaser.rules.js';
import {
  alreadyRegistered,
  auditPurchaser,
  gid,
  purchaserTransaction,
  requireKnown,
  snapshot,
  type Em,
} from './purchaser.write.js';
import { msg } from '../../i18n/message.js';

/** Invitation: an organisation asked to register as a purchaser of a delegation. */

/** What `invitePurchaser` takes: domain IDs; exactly one of organisationId, creditCode, organisation. */
export interface InvitePurchaserCommand {
  delegationId: string;
  subDelegationId: string | null;
  leadOrganisationId: string | null;
  organisationId: string | null;
  creditCode?: string | null;
  organisation?: NewOrganisation | null;
}

/**
 * Who invites, and for which lead unit: the office (for its host organisation), a lead unit (for
 * itself: the purchasers it organises count for it and it reviews them), or a member unit.
 */
function inviterOf(
  viewer: Viewer,
  facts: DelegationFacts,
  requestedSub: string | null,
  requestedLeadOrganisation: string | null,
): { inviter: string; leadOrganisationId: string | null } {
  if (viewer.isAdmin || viewer.grantsFor(facts.id, Role.DELEGATION_OFFICE).length > 0) {
    if (!facts.officeOrganisationId) {
      throw badInput(
        'delegationId',
        msg`This delegation has no office organisation to invite on behalf of`,
      );
    }
    return { inviter: facts.officeOrganisationId, leadOrganisationId: requestedLeadOrganisation };
  }
  const ledSubs = [...facts.subs.keys()].filter((id) => viewer.subDelegationIds.includes(id));
  const memberOrgs = memberUnitOrganisationsIn(viewer, facts.id);
  if (
    ledSubs.length > 0 &&
    (memberOrgs.length === 0 || (requestedSub && ledSubs.includes(requestedSub)))
  ) {
    const subId = requestedSub ?? (ledSubs.length === 1 ? ledSubs[0]! : null);
    if (!subId)
      throw badInput('subDelegationId', msg`subDelegationId is required: you lead several`);
    if (!ledSubs.includes(subId)) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        msg`A lead unit invites into its own sub-delegation only`,
        {
          field: 'subDelegationId',
        },
      );
    }
    const sub = facts.subs.get(subId)!;
    const own = ownLeads(viewer, sub);
    if (own.length === 0)
      throw forbidden(msg`Your grant names no lead unit of this sub-delegation`);
    let lead = own.length === 1 ? own[0]! : undefined;
    if (requestedLeadOrganisation) {
      lead = sub.leads.find((l) => l.organisationId === requestedLeadOrganisation);
      if (!lead) {
        throw badInput(
          'leadOrganisationId',
          msg`This organisation is not a lead unit of ${sub.nameEn}: choose one of ${leadKeys(sub.leads)}`,
        );
      }
      if (!leadsPurchaser(viewer, { subDelegationId: sub.id, leadId: lead.id })) {
        throw new AppError(
          ErrorCode.FORBIDDEN,
          msg`A lead unit invites for itself (${leadKeys(own)}): ${leadKeys([lead])} reviews its own purchasers`,
          { field: 'leadOrganisationId' },
        );
      }
    }
    if (!lead) {
      throw badInput(
        'leadOrganisationId',
        msg`leadOrganisationId says which lead unit invites: one of ${leadKeys(own)}`,
      );
    }
    // where the target is shared, a lead may count a purchaser for a co-lead; it still invites
    const inviter = own.includes(lead) ? lead : own[0]!;
    return { inviter: inviter.organisationId, leadOrganisationId: lead.organisationId };
  }
  if (memberOrgs.length > 0)
    return { inviter: memberOrgs[0]!, leadOrganisationId: requestedLeadOrganisation };
  throw forbidden(
    msg`Only member units, lead units and the office of this delegation invite purchasers`,
  );
}

async function organisationToInvite(
  em: Em,
  viewer: Viewer,
  input: InvitePurchaserCommand,
): Promise<{ organisation: Organisation; field: string }> {
  const given = [input.organisationId, input.creditCode, input.organisation].filter(
    (v) => v != null,
  );
  if (given.length !== 1) {
    throw badInput(
      'organisation',
      msg`Give exactly one of organisationId, creditCode or organisation`,
    );
  }
  if (input.organisationId) {
    const id = input.organisationId;
    const organisation = await em.findOne(Organisation, { id });
    if (!organisation) throw notFound('Organisation', id);
    return { organisation, field: 'organisationId' };
  }
  if (input.creditCode) {
    const code = cleanCreditCode(input.creditCode, 'creditCode')!;
    const organisation = await em.findOne(Organisation, { creditCode: code });
    if (!organisation) {
      throw badInput(
        'creditCode',
        msg`No organisation has this credit code: give input.organisation to register it`,
      );
    }
    return { organisation, field: 'creditCode' };
  }
  const clean: NewOrganisation = validateOrganisation(input.organisation!, 'organisation');
  if (clean.creditCode) {
    // the credit code identifies a Chinese organisation: known already, it is the one invited
    const known = await em.findOne(Organisation, { creditCode: clean.creditCode });
    if (known) return { organisation: known, field: 'organisation.creditCode' };
  }
  const organisation = em.create(Organisation, {
    kind: clean.kind,
    nameZh: clean.nameZh,
    nameEn: clean.nameEn ?? null,
    creditCode: clean.creditCode ?? null,
  });
  audit(em, {
    actor: viewer.actor,
    action: 'organisation.create',
    entityType: 'Organisation',
    entityId: organisation.id,
    after: { ...clean },
  });
  return { organisation, field: 'organisation' };
}

/**
 * Invites an organisation inside the caller's transaction `tx`: the rules of `invitePurchaser`,
 * also for each organisation of a bulk import (purchaser.import.ts). Returns the new purchaser.
 */
export async function inviteIn(
  tx: Em,
  viewer: Viewer,
  input: InvitePurchaserCommand,
): Promise<Purchaser> {
  const { delegationId, subDelegationId: requestedSub, leadOrganisationId: requestedLead } = input;
  const facts = viewer.readsDelegation(delegationId)
    ? await delegationFacts(tx, delegationId)
    : null;
  if (!facts) throw notFound('Delegation', delegationId);
  await requireKnown(tx, viewer, requestedSub, requestedLead);
  if (requestedSub && !facts.subs.has(requestedSub)) {
    throw badInput('subDelegationId', msg`This is not a sub-delegation of the delegation`);
  }
  const { inviter, leadOrganisationId } = inviterOf(viewer, facts, requestedSub, requestedLead);
  const placement = place(viewer, facts, {
    purchaserId: null,
    inviterOrganisationId: inviter,
    requestedSub,
    requestedLeadOrganisation: leadOrganisationId,
    current: null,
    needLead: false,
  });
  const { organisation, field } = await organisationToInvite(tx, viewer, input);
  const existing = await tx.count(Purchaser, {
    delegation: delegationId,
    organisation: organisation.id,
  });
  if (existing > 0) throw alreadyRegistered(field);
  const purchaser = tx.create(Purchaser, {
    delegation: ref(Delegation, delegationId),
    organisation,
    subDelegation: ref(SubDelegation, placement.subDelegationId),
    lead: placement.leadId ? ref(SubDelegationLead, placement.leadId) : null,
    invitedByOrganisation: ref(Organisation, inviter),
  });
  auditPurchaser(tx, viewer, purchaser, 'invite', null, {
    ...snapshot(purchaser),
    organisationId: gid('Organisation', organisation.id),
    invitedByOrganisationId: gid('Organisation', inviter),
  });
  return purchaser;
}

/** Invites an organisation to register as a purchaser. Returns the purchaser's id. */
export async function invitePurchaser(
  em: Em,
  viewer: Viewer,
  input: InvitePurchaserCommand,
): Promise<string> {
  const conflict = { what: 'The delegation', field: 'delegationId' };
  return purchaserTransaction(em, async (tx) => (await inviteIn(tx, viewer, input)).id, conflict);
}
