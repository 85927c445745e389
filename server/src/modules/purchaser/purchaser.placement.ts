import { leadsPurchaser, memberUnitOrganisationsIn } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError, badInput, ErrorCode } from '../../graphql/errors.js';
import type { Purchaser } from './purchaser.entity.js';
import type { Em } from './purchaser.write.js';
import { msg } from '../../i18n/message.js';

/**
 * Where a purchaser goes: its sub-delegation and the lead unit it counts for, by the routing
 * rule and what the viewer leads. Pure rules over {@link delegationFacts}; invitation and
 * registration apply them. Fields are named relative to the mutation's input.
 */
export interface SubFacts {
  id: string;
  nameEn: string;
  receivesUnassigned: boolean;
  leads: { id: string; organisationId: string; organisationKey: string | null }[];
}

export interface DelegationFacts {
  id: string;
  officeOrganisationId: string | null;
  subs: Map<string, SubFacts>;
  /** Organisations leading some sub-delegation of the delegation. */
  leadOrganisationIds: Set<string>;
}

export async function delegationFacts(
  em: Em,
  delegationId: string,
): Promise<DelegationFacts | null> {
  // em.execute: inside the transaction (a connection of its own could wait on a full pool)
  const [delegation] = await em.execute<{ office: string | null }[]>(
    'select office_organisation_id as office from delegation where id = ?',
    [delegationId],
  );
  if (!delegation) return null;
  const rows = await em.execute<
    {
      id: string;
      nameEn: string;
      receives: boolean;
      leadId: string | null;
      orgId: string | null;
      orgKey: string | null;
    }[]
  >(
    `select s.id, s.name_en as "nameEn", s.receives_unassigned as receives, l.id as "leadId",
       l.organisation_id as "orgId", o.key as "orgKey"
     from sub_delegation s
     left join sub_delegation_lead l on l.sub_delegation_id = s.id
     left join organisation o on o.id = l.organisation_id
     where s.delegation_id = ? order by s.position, s.key, l.position`,
    [delegationId],
  );
  const subs = new Map<string, SubFacts>();
  const leadOrganisationIds = new Set<string>();
  for (const row of rows) {
    let sub = subs.get(row.id);
    if (!sub)
      subs.set(
        row.id,
        (sub = { id: row.id, nameEn: row.nameEn, receivesUnassigned: row.receives, leads: [] }),
      );
    if (row.leadId && row.orgId) {
      sub.leads.push({ id: row.leadId, organisationId: row.orgId, organisationKey: row.orgKey });
      leadOrganisationIds.add(row.orgId);
    }
  }
  return { id: delegationId, officeOrganisationId: delegation.office, subs, leadOrganisationIds };
}

/**
 * The routing rule: purchasers invited by a member unit that leads no sub-delegation (Culture &
 * Tourism, the Federation of Industry and Commerce) register in the sub-delegation receiving
 * unassigned purchasers (Commerce & Trade), whatever is asked.
 */
function receivingSub(facts: DelegationFacts, inviterOrganisationId: string): SubFacts | null {
  if (facts.leadOrganisationIds.has(inviterOrganisationId)) return null;
  if (inviterOrganisationId === facts.officeOrganisationId) return null;
  return [...facts.subs.values()].find((s) => s.receivesUnassigned) ?? null;
}

/** Places purchasers anywhere in the delegation: ADMIN, its office, the purchaser itself. */
export function placesAnywhere(
  viewer: Viewer,
  delegationId: string,
  purchaserId: string | null,
): boolean {
  return (
    viewer.isAdmin ||
    viewer.grantsFor(delegationId, Role.DELEGATION_OFFICE).length > 0 ||
    (purchaserId !== null && viewer.purchaserIds.includes(purchaserId))
  );
}

/** Sub-delegations a lead or member unit places purchasers in: those it leads. */
export function subsLedBy(viewer: Viewer, facts: DelegationFacts): string[] {
  const orgs = new Set(memberUnitOrganisationsIn(viewer, facts.id));
  return [...facts.subs.values()]
    .filter(
      (s) =>
        viewer.subDelegationIds.includes(s.id) || s.leads.some((l) => orgs.has(l.organisationId)),
    )
    .map((s) => s.id);
}

/** The lead units of this sub-delegation the viewer acts for (SUB_DELEGATION_LEAD grants). */
export function ownLeads(viewer: Viewer, sub: SubFacts): SubFacts['leads'] {
  return sub.leads.filter((l) => viewer.leadUnits.some((u) => u.leadId === l.id));
}

export const leadKeys = (leads: SubFacts['leads']) =>
  leads.map((l) => l.organisationKey ?? l.organisationId).join(', ');

export interface Placement {
  subDelegationId: string;
  leadId: string | null;
}

export function place(
  viewer: Viewer,
  facts: DelegationFacts,
  args: {
    purchaserId: string | null;
    inviterOrganisationId: string;
    requestedSub: string | null;
    requestedLeadOrganisation: string | null;
    current: { subDelegationId: string; leadId: string | null } | null;
    /** Registration: a sub-delegation with several leads needs one chosen. */
    needLead: boolean;
  },
): Placement {
  if (args.requestedSub && !facts.subs.has(args.requestedSub)) {
    throw badInput(`subDelegationId`, msg`This is not a sub-delegation of the delegation`);
  }
  let sub: SubFacts | undefined;
  const receiving = receivingSub(facts, args.inviterOrganisationId);
  if (receiving) {
    sub = receiving;
  } else if (args.requestedSub && args.requestedSub !== args.current?.subDelegationId) {
    sub = facts.subs.get(args.requestedSub)!;
    if (
      !placesAnywhere(viewer, facts.id, args.purchaserId) &&
      !subsLedBy(viewer, facts).includes(sub.id)
    ) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        msg`You may not place purchasers in ${sub.nameEn}: only in the sub-delegations you lead`,
        {
          field: `subDelegationId`,
        },
      );
    }
  } else if (args.current) {
    sub = facts.subs.get(args.current.subDelegationId);
  } else if (!placesAnywhere(viewer, facts.id, args.purchaserId)) {
    const led = subsLedBy(viewer, facts);
    if (led.length === 1) sub = facts.subs.get(led[0]!);
  }
  if (!sub)
    throw badInput(
      `subDelegationId`,
      msg`subDelegationId is required: say where the purchaser registers`,
    );

  const leads = sub.leads;
  let leadId: string | null = null;
  if (args.requestedLeadOrganisation) {
    const lead = leads.find((l) => l.organisationId === args.requestedLeadOrganisation);
    if (!lead) {
      throw badInput(
        `leadOrganisationId`,
        msg`This organisation is not a lead unit of ${sub.nameEn}${leads.length ? msg`: choose one of ${leads.map((l) => l.organisationKey ?? l.organisationId).join(', ')}` : ''}`,
      );
    }
    leadId = lead.id;
  } else if (args.current?.subDelegationId === sub.id && args.current.leadId) {
    leadId = args.current.leadId;
  } else if (leads.length === 1) {
    leadId = leads[0]!.id;
  } else if (
    ownLeads(viewer, sub).length === 1 &&
    !placesAnywhere(viewer, facts.id, args.purchaserId)
  ) {
    // a lead registering a purchaser nobody attributed yet: for its own unit
    leadId = ownLeads(viewer, sub)[0]!.id;
  } else if (leads.length > 1 && args.needLead) {
    throw badInput(
      `leadOrganisationId`,
      msg`${sub.nameEn} has several lead units (${leads.map((l) => l.organisationKey ?? l.organisationId).join(', ')}): leadOrganisationId says which one the purchaser counts for`,
    );
  }
  return { subDelegationId: sub.id, leadId };
}

/**
 * A lead edits a purchaser as its lead unit: whatever it changes, the purchaser stays one it
 * reviews (it cannot hand itself a co-lead's purchaser to approve). The office, the purchaser
 * itself and the member unit that invited it attribute it to any lead of its sub-delegation.
 */
export function requireMayAttribute(
  viewer: Viewer,
  facts: DelegationFacts,
  p: Purchaser,
  placement: Placement,
): void {
  if (placesAnywhere(viewer, facts.id, p.id)) return;
  if (viewer.memberUnitKeys.includes(`${facts.id}:${p.invitedByOrganisation.id}`)) return;
  if (leadsPurchaser(viewer, placement)) return;
  const sub = facts.subs.get(placement.subDelegationId)!;
  throw new AppError(
    ErrorCode.FORBIDDEN,
    msg`You review the purchasers of your own lead unit (${leadKeys(ownLeads(viewer, sub))}) in ${sub.nameEn}: leadOrganisationId must name it`,
    { field: 'leadOrganisationId' },
  );
}
