import {
  FlushMode,
  LockMode,
  OptimisticLockError,
  ref,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  leadsPurchaser,
  memberUnitOrganisationsIn,
  readsPurchaser,
  requireInDelegation,
  requireLeadOf,
  requireMayEditPurchaser,
  forbidden,
  type PurchaserScope,
} from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { toGlobalId, uuidOf } from '../../graphql/relay.js';
import { audit } from '../audit/audit.service.js';
import { Delegation } from '../delegation/delegation.entity.js';
import { SubDelegationLead } from '../delegation/sub-delegation-lead.entity.js';
import { SubDelegation } from '../delegation/sub-delegation.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import {
  validateOrganisation,
  type NewOrganisation,
} from '../organisation/organisation.service.js';
import { Person } from '../person/person.entity.js';
import { Attendee } from './attendee.entity.js';
import { BackgroundCheck } from './background-check.entity.js';
import { CreditCheck } from './credit-check.entity.js';
import { PurchaserReportBatch } from './purchaser-report-batch.entity.js';
import { Purchaser } from './purchaser.entity.js';
import { CheckResult, PurchaserStatus } from './purchaser.enums.js';
import {
  checkCategory,
  cleanRegistration,
  creditCode as cleanCreditCode,
  note as cleanNote,
  reason as cleanReason,
  requireStep,
  type CleanAttendee,
  type CleanContact,
  type CleanRegistration,
} from './purchaser.rules.js';
import type { Query } from '../../graphql/loaders.js';
import type {
  LeadRecruitmentProgress,
  RecruitmentProgress,
  SubDelegationRecruitmentProgress,
} from './purchaser.type.js';
import type {
  ApprovePurchaserInput,
  InvitePurchaserInput,
  RecordBackgroundCheckInput,
  RecordCreditCheckInput,
  RegisterPurchaserInput,
  RejectPurchaserInput,
  ReportPurchasersInput,
  ResubmitPurchaserInput,
  UpdatePurchaserInput,
  WithdrawPurchaserInput,
} from './purchaser.input.js';

type Em = EntityManager;

const conflict = (message = 'This purchaser changed since you read it: reload it and try again') =>
  new AppError(ErrorCode.CONFLICT, message);

/**
 * Runs `work` in one transaction on a fresh fork: everything it creates or changes, audit events
 * included, is flushed together or not at all. A purchaser changed meanwhile (its version moved
 * on) fails the flush with OptimisticLockError, answered as CONFLICT, or tried again `retries`
 * times when the caller gave no version of its own (check results).
 */
async function inTransaction<T>(em: Em, work: (tx: Em) => Promise<T>, retries = 0): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      // COMMIT: nothing reaches the database before the end, so the version moves on once
      return await em.fork({ flushMode: FlushMode.COMMIT }).transactional((tx) => work(tx as Em));
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        if (attempt < retries) continue;
        throw conflict();
      }
      if (error instanceof UniqueConstraintViolationException) {
        if (/purchaser_delegation_id_organisation_id/.test(error.message))
          throw alreadyRegistered();
        if (/credit_code/.test(error.message)) {
          throw new AppError(
            ErrorCode.CONFLICT,
            'An organisation with this credit code was registered at the same time: try again',
            {
              field: 'input.creditCode',
            },
          );
        }
      }
      throw error;
    }
  }
}

const alreadyRegistered = (field?: string) =>
  new AppError(
    ErrorCode.ALREADY_REGISTERED,
    'This organisation is a purchaser of this delegation already',
    field ? { field } : {},
  );

export function scopeOf(p: Purchaser): PurchaserScope {
  return {
    id: p.id,
    delegationId: p.delegation.id,
    subDelegationId: p.subDelegation.id,
    leadId: p.lead?.id ?? null,
    invitedByOrganisationId: p.invitedByOrganisation.id,
  };
}

/** The purchaser, if the viewer reads it; NOT_FOUND otherwise (whether or not it exists). */
async function loadPurchaser(
  em: Em,
  viewer: Viewer,
  globalId: string,
  field: string,
): Promise<Purchaser> {
  const id = uuidOf(globalId, 'Purchaser', field);
  const purchaser = await em.findOne(Purchaser, { id });
  if (!purchaser || !readsPurchaser(viewer, scopeOf(purchaser))) throw notFound('Purchaser', id);
  return purchaser;
}

/**
 * A sub-delegation and a lead organisation asked for by uuid name records the viewer reads:
 * NOT_FOUND otherwise, before any rule on where a purchaser may go.
 */
async function requireKnown(
  em: Em,
  viewer: Viewer,
  subDelegationId: string | null,
  leadOrganisationId: string | null,
): Promise<void> {
  if (subDelegationId) {
    const [sub] = await em.execute<{ delegation_id: string }[]>(
      'select delegation_id from sub_delegation where id = ?',
      [subDelegationId],
    );
    if (!sub || !viewer.readsDelegation(sub.delegation_id))
      throw notFound('Sub-delegation', subDelegationId);
  }
  if (leadOrganisationId) {
    const [organisation] = await em.execute('select 1 from organisation where id = ?', [
      leadOrganisationId,
    ]);
    if (!organisation) throw notFound('Organisation', leadOrganisationId);
  }
}

function requireVersion(p: Purchaser, expected: number | null | undefined): void {
  if (expected != null && p.version !== expected) {
    throw new AppError(
      ErrorCode.CONFLICT,
      `This purchaser changed since you read it (you saw version ${expected}, it is now ${p.version}): reload it and try again`,
      { version: p.version },
    );
  }
}

const gid = (type: string, id: string | null | undefined) => (id ? toGlobalId(type, id) : null);

/** What an audit event records of a purchaser: its state, never personal data. */
function snapshot(p: Purchaser, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    status: p.status,
    category: p.category,
    subDelegationId: gid('SubDelegation', p.subDelegation.id),
    leadId: gid('SubDelegationLead', p.lead?.id),
    rejectionReason: p.rejectionReason,
    ...extra,
  };
}

function auditPurchaser(
  em: Em,
  viewer: Viewer,
  p: Purchaser,
  action: string,
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): void {
  audit(em, {
    actor: viewer.actor,
    action: `purchaser.${action}`,
    entityType: 'Purchaser',
    entityId: p.id,
    delegationId: p.delegation.id,
    before,
    after,
  });
}

// ---------------------------------------------------------------------------------------------
// Where a purchaser goes: its sub-delegation and the lead unit it counts for.

interface SubFacts {
  id: string;
  nameEn: string;
  receivesUnassigned: boolean;
  leads: { id: string; organisationId: string; organisationKey: string | null }[];
}

interface DelegationFacts {
  id: string;
  officeOrganisationId: string | null;
  subs: Map<string, SubFacts>;
  /** Organisations leading some sub-delegation of the delegation. */
  leadOrganisationIds: Set<string>;
}

async function delegationFacts(em: Em, delegationId: string): Promise<DelegationFacts | null> {
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
function placesAnywhere(viewer: Viewer, delegationId: string, purchaserId: string | null): boolean {
  return (
    viewer.isAdmin ||
    viewer.grantsFor(delegationId, Role.DELEGATION_OFFICE).length > 0 ||
    (purchaserId !== null && viewer.purchaserIds.includes(purchaserId))
  );
}

/** Sub-delegations a lead or member unit places purchasers in: those it leads. */
function subsLedBy(viewer: Viewer, facts: DelegationFacts): string[] {
  const orgs = new Set(memberUnitOrganisationsIn(viewer, facts.id));
  return [...facts.subs.values()]
    .filter(
      (s) =>
        viewer.subDelegationIds.includes(s.id) || s.leads.some((l) => orgs.has(l.organisationId)),
    )
    .map((s) => s.id);
}

/** The lead units of this sub-delegation the viewer acts for (SUB_DELEGATION_LEAD grants). */
function ownLeads(viewer: Viewer, sub: SubFacts): SubFacts['leads'] {
  return sub.leads.filter((l) => viewer.leadUnits.some((u) => u.leadId === l.id));
}

const leadKeys = (leads: SubFacts['leads']) =>
  leads.map((l) => l.organisationKey ?? l.organisationId).join(', ');

interface Placement {
  subDelegationId: string;
  leadId: string | null;
}

function place(
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
    path: string;
  },
): Placement {
  const { path } = args;
  if (args.requestedSub && !facts.subs.has(args.requestedSub)) {
    throw badInput(`${path}.subDelegationId`, 'This is not a sub-delegation of the delegation');
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
        `You may not place purchasers in ${sub.nameEn}: only in the sub-delegations you lead`,
        {
          field: `${path}.subDelegationId`,
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
      `${path}.subDelegationId`,
      'subDelegationId is required: say where the purchaser registers',
    );

  const leads = sub.leads;
  let leadId: string | null = null;
  if (args.requestedLeadOrganisation) {
    const lead = leads.find((l) => l.organisationId === args.requestedLeadOrganisation);
    if (!lead) {
      throw badInput(
        `${path}.leadOrganisationId`,
        `This organisation is not a lead unit of ${sub.nameEn}${leads.length ? `: choose one of ${leads.map((l) => l.organisationKey ?? l.organisationId).join(', ')}` : ''}`,
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
      `${path}.leadOrganisationId`,
      `${sub.nameEn} has several lead units (${leads.map((l) => l.organisationKey ?? l.organisationId).join(', ')}): leadOrganisationId says which one the purchaser counts for`,
    );
  }
  return { subDelegationId: sub.id, leadId };
}

// ---------------------------------------------------------------------------------------------
// Invitation

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
        'input.delegationId',
        'This delegation has no office organisation to invite on behalf of',
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
      throw badInput('input.subDelegationId', 'subDelegationId is required: you lead several');
    if (!ledSubs.includes(subId)) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'A lead unit invites into its own sub-delegation only',
        {
          field: 'input.subDelegationId',
        },
      );
    }
    const sub = facts.subs.get(subId)!;
    const own = ownLeads(viewer, sub);
    if (own.length === 0) throw forbidden('Your grant names no lead unit of this sub-delegation');
    let lead = own.length === 1 ? own[0]! : undefined;
    if (requestedLeadOrganisation) {
      lead = sub.leads.find((l) => l.organisationId === requestedLeadOrganisation);
      if (!lead) {
        throw badInput(
          'input.leadOrganisationId',
          `This organisation is not a lead unit of ${sub.nameEn}: choose one of ${leadKeys(sub.leads)}`,
        );
      }
      if (!leadsPurchaser(viewer, { subDelegationId: sub.id, leadId: lead.id })) {
        throw new AppError(
          ErrorCode.FORBIDDEN,
          `A lead unit invites for itself (${leadKeys(own)}): ${leadKeys([lead])} reviews its own purchasers`,
          { field: 'input.leadOrganisationId' },
        );
      }
    }
    if (!lead) {
      throw badInput(
        'input.leadOrganisationId',
        `leadOrganisationId says which lead unit invites: one of ${leadKeys(own)}`,
      );
    }
    // where the target is shared, a lead may count a purchaser for a co-lead; it still invites
    const inviter = own.includes(lead) ? lead : own[0]!;
    return { inviter: inviter.organisationId, leadOrganisationId: lead.organisationId };
  }
  if (memberOrgs.length > 0)
    return { inviter: memberOrgs[0]!, leadOrganisationId: requestedLeadOrganisation };
  throw forbidden(
    'Only member units, lead units and the office of this delegation invite purchasers',
  );
}

async function organisationToInvite(
  em: Em,
  viewer: Viewer,
  input: InvitePurchaserInput,
): Promise<{ organisation: Organisation; field: string }> {
  const given = [input.organisationId, input.creditCode, input.organisation].filter(
    (v) => v != null,
  );
  if (given.length !== 1) {
    throw badInput(
      'input.organisation',
      'Give exactly one of organisationId, creditCode or organisation',
    );
  }
  if (input.organisationId) {
    const id = uuidOf(input.organisationId, 'Organisation', 'input.organisationId');
    const organisation = await em.findOne(Organisation, { id });
    if (!organisation) throw notFound('Organisation', id);
    return { organisation, field: 'input.organisationId' };
  }
  if (input.creditCode) {
    const code = cleanCreditCode(input.creditCode, 'input.creditCode')!;
    const organisation = await em.findOne(Organisation, { creditCode: code });
    if (!organisation) {
      throw badInput(
        'input.creditCode',
        'No organisation has this credit code: give input.organisation to register it',
      );
    }
    return { organisation, field: 'input.creditCode' };
  }
  const clean: NewOrganisation = validateOrganisation(input.organisation!, 'input.organisation');
  if (clean.creditCode) {
    // the credit code identifies a Chinese organisation: known already, it is the one invited
    const known = await em.findOne(Organisation, { creditCode: clean.creditCode });
    if (known) return { organisation: known, field: 'input.organisation.creditCode' };
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
  return { organisation, field: 'input.organisation' };
}

/** Invites an organisation to register as a purchaser. Returns the purchaser's id. */
export async function invitePurchaser(
  em: Em,
  viewer: Viewer,
  input: InvitePurchaserInput,
): Promise<string> {
  const delegationId = uuidOf(input.delegationId, 'Delegation', 'input.delegationId');
  const requestedSub = input.subDelegationId
    ? uuidOf(input.subDelegationId, 'SubDelegation', 'input.subDelegationId')
    : null;
  const requestedLead = input.leadOrganisationId
    ? uuidOf(input.leadOrganisationId, 'Organisation', 'input.leadOrganisationId')
    : null;
  return inTransaction(em, async (tx) => {
    const facts = viewer.readsDelegation(delegationId)
      ? await delegationFacts(tx, delegationId)
      : null;
    if (!facts) throw notFound('Delegation', delegationId);
    await requireKnown(tx, viewer, requestedSub, requestedLead);
    if (requestedSub && !facts.subs.has(requestedSub)) {
      throw badInput('input.subDelegationId', 'This is not a sub-delegation of the delegation');
    }
    const { inviter, leadOrganisationId } = inviterOf(viewer, facts, requestedSub, requestedLead);
    const placement = place(viewer, facts, {
      purchaserId: null,
      inviterOrganisationId: inviter,
      requestedSub,
      requestedLeadOrganisation: leadOrganisationId,
      current: null,
      needLead: false,
      path: 'input',
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
    return purchaser.id;
  });
}

// ---------------------------------------------------------------------------------------------
// Registration and changes to it

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
  path: string,
) {
  if (!code || organisation.creditCode === code) return;
  if (organisation.creditCode) {
    throw badInput(
      `${path}.creditCode`,
      `creditCode differs from the one ${organisation.nameZh} is registered with`,
    );
  }
  const other = await em.count(Organisation, { creditCode: code, id: { $ne: organisation.id } });
  if (other > 0)
    throw badInput(`${path}.creditCode`, 'This credit code belongs to another organisation');
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

/**
 * A lead edits a purchaser as its lead unit: whatever it changes, the purchaser stays one it
 * reviews (it cannot hand itself a co-lead's purchaser to approve). The office, the purchaser
 * itself and the member unit that invited it attribute it to any lead of its sub-delegation.
 */
function requireMayAttribute(
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
    `You review the purchasers of your own lead unit (${leadKeys(ownLeads(viewer, sub))}) in ${sub.nameEn}: leadOrganisationId must name it`,
    { field: 'input.leadOrganisationId' },
  );
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
    path: 'input',
  });
  requireMayAttribute(viewer, facts, p, placement);
  const organisation = await tx.findOneOrFail(Organisation, { id: p.organisation.id });
  const category = clean.category ?? p.category!;
  checkCategory(
    category,
    { ...organisation, creditCode: clean.creditCode ?? organisation.creditCode },
    'input',
  );
  await applyCreditCode(tx, viewer, organisation, clean.creditCode, 'input');
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

export async function registerPurchaser(
  em: Em,
  viewer: Viewer,
  input: RegisterPurchaserInput,
): Promise<string> {
  const clean = cleanRegistration(input, 'register');
  return inTransaction(em, async (tx) => {
    const p = await loadPurchaser(tx, viewer, input.purchaserId, 'input.purchaserId');
    await requireKnown(tx, viewer, clean.subDelegationId ?? null, clean.leadOrganisationId ?? null);
    requireMayEditPurchaser(viewer, scopeOf(p), 'register it');
    requireVersion(p, input.version);
    requireStep('register', p.status);
    const before = snapshot(p);
    const changes = await applyRegistration(tx, viewer, p, clean, true);
    p.status = PurchaserStatus.REGISTERED;
    p.registeredAt = new Date();
    auditPurchaser(
      tx,
      viewer,
      p,
      'register',
      before,
      snapshot(p, { attendees: changes.attendees }),
    );
    return p.id;
  });
}

export async function updatePurchaser(
  em: Em,
  viewer: Viewer,
  input: UpdatePurchaserInput,
): Promise<string> {
  const clean = cleanRegistration(input, 'update');
  return inTransaction(em, async (tx) => {
    const p = await loadPurchaser(tx, viewer, input.purchaserId, 'input.purchaserId');
    await requireKnown(tx, viewer, clean.subDelegationId ?? null, clean.leadOrganisationId ?? null);
    requireMayEditPurchaser(viewer, scopeOf(p), 'change its registration');
    requireVersion(p, input.version);
    requireStep('update', p.status);
    const before = snapshot(p);
    const changes = await applyRegistration(tx, viewer, p, clean, true);
    // every write moves the version on, also when only persons or attendees changed
    p.updatedAt = new Date();
    auditPurchaser(tx, viewer, p, 'update', before, snapshot(p, changes));
    return p.id;
  });
}

// ---------------------------------------------------------------------------------------------
// Simple transitions

export async function withdrawPurchaser(
  em: Em,
  viewer: Viewer,
  input: WithdrawPurchaserInput,
): Promise<string> {
  const why = cleanReason(input.reason, 'input.reason', false);
  return inTransaction(em, async (tx) => {
    const p = await loadPurchaser(tx, viewer, input.purchaserId, 'input.purchaserId');
    requireMayEditPurchaser(viewer, scopeOf(p), 'withdraw it');
    requireVersion(p, input.version);
    requireStep('withdraw', p.status);
    const before = snapshot(p);
    p.status = PurchaserStatus.WITHDRAWN;
    auditPurchaser(tx, viewer, p, 'withdraw', before, snapshot(p, { reason: why }));
    return p.id;
  });
}

export async function resubmitPurchaser(
  em: Em,
  viewer: Viewer,
  input: ResubmitPurchaserInput,
): Promise<string> {
  return inTransaction(em, async (tx) => {
    const p = await loadPurchaser(tx, viewer, input.purchaserId, 'input.purchaserId');
    requireMayEditPurchaser(viewer, scopeOf(p), 'resubmit it');
    requireVersion(p, input.version);
    requireStep('resubmit', p.status);
    const before = snapshot(p);
    p.status = PurchaserStatus.REGISTERED;
    p.rejectionReason = null;
    p.registeredAt = new Date();
    auditPurchaser(tx, viewer, p, 'resubmit', before, snapshot(p));
    return p.id;
  });
}

// ---------------------------------------------------------------------------------------------
// Checks and review

/** What still stands in the way of approval; empty when the checks all passed. */
export async function approvalBlockers(em: Em, purchaserId: string): Promise<string[]> {
  const [row] = await em.execute<
    { credit: string | null; attendees: number; unchecked: number; failed: number }[]
  >(
    `select
       (select c.result from credit_check c where c.purchaser_id = ?
         order by c.checked_at desc, c.result limit 1) as credit,
       count(a.id)::int as attendees,
       count(a.id) filter (where b.result is null)::int as unchecked,
       count(a.id) filter (where b.result = 'FAILED')::int as failed
     from (select 1) one
     left join attendee a on a.purchaser_id = ?
     left join lateral (select b.result from background_check b where b.attendee_id = a.id
       order by b.checked_at desc, b.result limit 1) b on true`,
    [purchaserId, purchaserId],
  );
  return blockersOf(row!);
}

/** Reasons, in words, from the latest credit check and each attendee's latest background check. */
export function blockersOf(state: {
  credit: string | null;
  attendees: number;
  unchecked: number;
  failed: number;
}): string[] {
  const blockers: string[] = [];
  if (state.credit === null) blockers.push('no credit check yet');
  else if (state.credit !== CheckResult.PASSED) blockers.push('the credit check failed');
  if (state.attendees === 0) blockers.push('no attendees');
  if (state.unchecked > 0)
    blockers.push(`${state.unchecked} attendee(s) without a background check`);
  if (state.failed > 0) blockers.push(`${state.failed} attendee(s) failed the background check`);
  return blockers;
}

export async function approvePurchaser(
  em: Em,
  viewer: Viewer,
  input: ApprovePurchaserInput,
): Promise<string> {
  return inTransaction(em, async (tx) => {
    const p = await loadPurchaser(tx, viewer, input.purchaserId, 'input.purchaserId');
    requireLeadOf(viewer, scopeOf(p), 'approve it');
    requireVersion(p, input.version);
    requireStep('approve', p.status);
    const blockers = await approvalBlockers(tx, p.id);
    if (blockers.length) {
      throw new AppError(
        ErrorCode.INVALID_TRANSITION,
        `Cannot approve yet: ${blockers.join('; ')}`,
        {
          status: p.status,
          blockers,
        },
      );
    }
    const before = snapshot(p);
    p.status = PurchaserStatus.APPROVED;
    p.approvedAt = new Date();
    auditPurchaser(tx, viewer, p, 'approve', before, snapshot(p));
    return p.id;
  });
}

export async function rejectPurchaser(
  em: Em,
  viewer: Viewer,
  input: RejectPurchaserInput,
): Promise<string> {
  const why = cleanReason(input.reason, 'input.reason', true)!;
  return inTransaction(em, async (tx) => {
    const p = await loadPurchaser(tx, viewer, input.purchaserId, 'input.purchaserId');
    requireLeadOf(viewer, scopeOf(p), 'reject it');
    requireVersion(p, input.version);
    requireStep('reject', p.status);
    const before = snapshot(p);
    p.status = PurchaserStatus.REJECTED;
    p.rejectionReason = why;
    auditPurchaser(tx, viewer, p, 'reject', before, snapshot(p));
    return p.id;
  });
}

/** A check result moves the purchaser's version on: a reviewer's stale view cannot approve. */
const CHECK_RETRIES = 3;

export async function recordCreditCheck(
  em: Em,
  viewer: Viewer,
  input: RecordCreditCheckInput,
): Promise<string> {
  const text = cleanNote(input.note, 'input.note');
  return inTransaction(
    em,
    async (tx) => {
      const p = await loadPurchaser(tx, viewer, input.purchaserId, 'input.purchaserId');
      requireInDelegation(viewer, p.delegation.id, [Role.CREDIT_CHECKER], 'record credit checks');
      requireStep('creditCheck', p.status);
      const check = tx.create(CreditCheck, {
        delegation: p.delegation.id,
        purchaser: p,
        result: input.result,
        note: text,
        checkedBy: viewer.actor,
      });
      p.updatedAt = new Date();
      auditPurchaser(
        tx,
        viewer,
        p,
        'creditCheck',
        { status: p.status },
        {
          status: p.status,
          creditCheckId: gid('CreditCheck', check.id),
          result: input.result,
        },
      );
      return check.id;
    },
    CHECK_RETRIES,
  );
}

export async function recordBackgroundCheck(
  em: Em,
  viewer: Viewer,
  input: RecordBackgroundCheckInput,
): Promise<string> {
  const text = cleanNote(input.note, 'input.note');
  const attendeeId = uuidOf(input.attendeeId, 'Attendee', 'input.attendeeId');
  return inTransaction(
    em,
    async (tx) => {
      const attendee = await tx.findOne(Attendee, { id: attendeeId }, { populate: ['purchaser'] });
      const p = attendee?.purchaser.getEntity();
      if (!attendee || !p || !readsPurchaser(viewer, scopeOf(p)))
        throw notFound('Attendee', attendeeId);
      requireInDelegation(
        viewer,
        p.delegation.id,
        [Role.BACKGROUND_CHECKER],
        'record background checks',
      );
      requireStep('backgroundCheck', p.status, 'an attendee of a purchaser');
      const check = tx.create(BackgroundCheck, {
        delegation: p.delegation.id,
        attendee,
        result: input.result,
        note: text,
        checkedBy: viewer.actor,
      });
      p.updatedAt = new Date();
      auditPurchaser(
        tx,
        viewer,
        p,
        'backgroundCheck',
        { status: p.status },
        {
          status: p.status,
          attendeeId: gid('Attendee', attendee.id),
          backgroundCheckId: gid('BackgroundCheck', check.id),
          result: input.result,
        },
      );
      return check.id;
    },
    CHECK_RETRIES,
  );
}

// ---------------------------------------------------------------------------------------------
// Reporting up to the expo bureau

export const MAX_REPORT_BATCH = 1000;

export async function reportPurchasers(
  em: Em,
  viewer: Viewer,
  input: ReportPurchasersInput,
): Promise<string> {
  const delegationId = uuidOf(input.delegationId, 'Delegation', 'input.delegationId');
  const [delegation] = viewer.readsDelegation(delegationId)
    ? await em.execute('select 1 from delegation where id = ?', [delegationId])
    : [];
  if (!delegation) throw notFound('Delegation', delegationId);
  requireInDelegation(
    viewer,
    delegationId,
    [Role.DELEGATION_OFFICE],
    'report purchasers to the expo bureau',
  );
  let ids: string[] | null = null;
  if (input.purchaserIds) {
    if (input.purchaserIds.length === 0 || input.purchaserIds.length > MAX_REPORT_BATCH) {
      throw badInput('input.purchaserIds', `Report 1 to ${MAX_REPORT_BATCH} purchasers at a time`);
    }
    ids = input.purchaserIds.map((id, i) => uuidOf(id, 'Purchaser', `input.purchaserIds.${i}`));
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) throw badInput(`input.purchaserIds.${i}`, 'This purchaser is listed twice');
      seen.add(id);
    });
  }
  return inTransaction(em, async (tx) => {
    // locked: two offices reporting at once never report one purchaser twice
    const lock = { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } } as const;
    let purchasers: Purchaser[];
    if (ids) {
      purchasers = await tx.find(Purchaser, { id: { $in: ids } }, lock);
      const found = new Map(purchasers.map((p) => [p.id, p]));
      ids.forEach((id, i) => {
        const p = found.get(id);
        if (!p || p.delegation.id !== delegationId) {
          throw new AppError(ErrorCode.NOT_FOUND, 'Purchaser not found in this delegation', {
            field: `input.purchaserIds.${i}`,
          });
        }
        requireStep('report', p.status, `purchaser ${toGlobalId('Purchaser', id)}`);
      });
    } else {
      purchasers = await tx.find(
        Purchaser,
        { delegation: delegationId, status: PurchaserStatus.APPROVED },
        lock,
      );
      if (purchasers.length === 0)
        throw badInput('input.purchaserIds', 'No approved purchasers to report');
      if (purchasers.length > MAX_REPORT_BATCH) {
        throw badInput(
          'input.purchaserIds',
          `More than ${MAX_REPORT_BATCH} approved: list which to report`,
        );
      }
    }
    const reportedAt = new Date();
    const batch = tx.create(PurchaserReportBatch, {
      delegation: delegationId,
      reportedAt,
      reportedBy: viewer.actor,
      purchaserCount: purchasers.length,
    });
    for (const p of purchasers) {
      const before = snapshot(p);
      p.status = PurchaserStatus.REPORTED;
      p.reportedAt = reportedAt;
      p.reportBatch = ref(batch);
      auditPurchaser(
        tx,
        viewer,
        p,
        'report',
        before,
        snapshot(p, { reportBatchId: gid('PurchaserReportBatch', batch.id) }),
      );
    }
    return batch.id;
  });
}

// ---------------------------------------------------------------------------------------------
// Recruitment progress: an aggregate over the whole delegation, in SQL.

interface CountRow {
  invited: number;
  registered: number;
  approved: number;
  reported: number;
  rejected: number;
  withdrawn: number;
}

const ZERO: CountRow = {
  invited: 0,
  registered: 0,
  approved: 0,
  reported: 0,
  rejected: 0,
  withdrawn: 0,
};

function add(into: CountRow, row: CountRow): void {
  for (const key of Object.keys(ZERO) as (keyof CountRow)[]) into[key] += row[key];
}

/**
 * Per sub-delegation and per lead unit: invited, registered, approved (approved or reported:
 * what counts towards a target), reported, against the targets of the plan. A target shared by
 * co-leads (Industry) counts once, at the sub-delegation; leads with their own targets (Health:
 * HEALTH 10, DRUGS 20) count separately and their sum is the sub-delegation's target.
 */
export async function recruitmentProgress(
  query: Query,
  delegationId: string,
): Promise<RecruitmentProgress> {
  const structure = await query<{
    subId: string;
    sharedTarget: number | null;
    leadId: string | null;
    organisationId: string | null;
    leadTarget: number | null;
  }>(
    `select s.id as "subId", s.shared_target_min as "sharedTarget", l.id as "leadId",
       l.organisation_id as "organisationId", l.target_min as "leadTarget"
     from sub_delegation s left join sub_delegation_lead l on l.sub_delegation_id = s.id
     where s.delegation_id = $1 order by s.position, s.key, l.position`,
    [delegationId],
  );
  const counts = await query<CountRow & { subId: string; leadId: string | null }>(
    `select p.sub_delegation_id as "subId", p.lead_id as "leadId",
       count(*) filter (where p.status <> 'WITHDRAWN')::int as invited,
       count(*) filter (where p.status in ('REGISTERED', 'REJECTED', 'APPROVED', 'REPORTED'))::int as registered,
       count(*) filter (where p.status in ('APPROVED', 'REPORTED'))::int as approved,
       count(*) filter (where p.status = 'REPORTED')::int as reported,
       count(*) filter (where p.status = 'REJECTED')::int as rejected,
       count(*) filter (where p.status = 'WITHDRAWN')::int as withdrawn
     from purchaser p where p.delegation_id = $1
     group by p.sub_delegation_id, p.lead_id`,
    [delegationId],
  );
  const subs = new Map<string, SubDelegationRecruitmentProgress>();
  const leads = new Map<string, LeadRecruitmentProgress>();
  for (const row of structure) {
    let sub = subs.get(row.subId);
    if (!sub) {
      sub = {
        ...ZERO,
        subDelegationId: row.subId,
        target: row.sharedTarget ?? 0,
        sharedTarget: row.sharedTarget !== null,
        targetMet: false,
        leads: [],
      };
      subs.set(row.subId, sub);
    }
    if (row.leadId && row.organisationId) {
      const lead: LeadRecruitmentProgress = {
        ...ZERO,
        leadId: row.leadId,
        organisationId: row.organisationId,
        target: row.leadTarget,
        targetMet: null,
      };
      sub.leads.push(lead);
      leads.set(row.leadId, lead);
      if (!sub.sharedTarget) sub.target += row.leadTarget ?? 0;
    }
  }
  for (const row of counts) {
    const sub = subs.get(row.subId);
    if (sub) add(sub, row);
    const lead = row.leadId ? leads.get(row.leadId) : undefined;
    if (lead) add(lead, row);
  }
  const total: RecruitmentProgress = {
    ...ZERO,
    delegationId,
    target: 0,
    targetMet: true,
    subDelegations: [...subs.values()],
  };
  for (const sub of total.subDelegations) {
    for (const lead of sub.leads)
      lead.targetMet = lead.target === null ? null : lead.approved >= lead.target;
    sub.targetMet = sub.approved >= sub.target && sub.leads.every((l) => l.targetMet !== false);
    add(total, sub);
    total.target += sub.target;
    total.targetMet &&= sub.targetMet;
  }
  return total;
}
