import { LockMode, ref, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireExpoBureau, requireInDelegation } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { sql } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { AppError, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { expoById } from '../expo/expo.loader.js';
import { organisationById } from '../organisation/organisation.loader.js';
import { personById } from '../person/person.loader.js';
import type { EditionContext } from '../expo/expo.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { OrganisationKind } from '../organisation/organisation.enums.js';
import { Person } from '../person/person.entity.js';
import { inTransaction } from '../shared/transaction.js';
import type { DelegationContactRole, LeadingGroupRole } from './delegation.enums.js';
import { Delegation } from './delegation.entity.js';
import {
  contactsByDelegation,
  delegationById,
  leadingGroupByDelegation,
  leadsBySubDelegation,
  memberUnitsByDelegation,
  responsibilitiesByDelegation,
  subDelegationsByDelegation,
} from './delegation.loader.js';
import { DelegationContact } from './delegation-contact.entity.js';
import { LeadingGroupMember } from './leading-group-member.entity.js';
import { MemberUnit } from './member-unit.entity.js';
import {
  planErrors,
  readJsonPlan,
  readXlsxPlan,
  writeXlsxPlan,
  type PlanError,
  type PlanFile,
  type PlanPerson,
} from './plan.file.js';
import { Responsibility } from './responsibility.entity.js';
import { SubDelegationLead } from './sub-delegation-lead.entity.js';
import { SubDelegation } from './sub-delegation.entity.js';
import { msg } from '../../i18n/message.js';

/**
 * A delegation's plan as a file: imported in one transaction after every check (or nothing),
 * exported in the same shape. One writer ({@link writePlan}) serves the import and the seed.
 *
 * Re-importing onto a delegation that has a structure replaces it (people of the old structure
 * are kept and reused by name and organisation) as long as no recorded work depends on it:
 * purchasers registered in the delegation, or user grants acting for its sub-delegations, lead
 * units or member units. Otherwise IN_USE, naming what blocks; the office then corrects the
 * structure with the structure mutations instead.
 */

export type PlanFormat = 'JSON' | 'XLSX';

/** What reading a plan needs: the viewer and its loaders. */
export type PlanReadContext = Pick<Context, 'viewer' | 'loaders'>;

export interface ImportPlanCommand {
  /** An existing delegation (its office), or … */
  delegationId?: string | null;
  /** … an edition in which the file's delegation is created (its EXPO_BUREAU). */
  expoId?: string | null;
  format: PlanFormat;
  file: string;
  dryRun?: boolean | null;
}

export interface PlanCounts {
  memberUnits: number;
  leadingGroup: number;
  subDelegations: number;
  leads: number;
  responsibilities: number;
  contacts: number;
  organisationsCreated: number;
}

export interface ImportPlanResult {
  delegationId: string | null;
  dryRun: boolean;
  /** An earlier structure was replaced. */
  replaced: boolean;
  counts: PlanCounts;
}

/** The parsed and checked plan of a file; BAD_USER_INPUT at `input.file` with every error. */
export async function readPlan(format: PlanFormat, file: string): Promise<PlanFile> {
  const { plan, errors } = format === 'XLSX' ? await readXlsxPlan(file) : readJsonPlan(file);
  if (errors.length) throw planErrors(errors, 'file');
  return plan;
}

class DryRun extends Error {
  constructor(readonly result: ImportPlanResult) {
    super('dry run');
  }
}

/** Imports a plan file (see the module's comment for who may and what replacing means). */
export async function importPlan(
  ctx: EditionContext,
  input: ImportPlanCommand,
): Promise<ImportPlanResult> {
  const { viewer } = ctx;
  if ((input.delegationId == null) === (input.expoId == null)) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      msg`Give delegationId (import into that delegation) or expoId (create the file’s delegation in that edition), one of the two`,
      { field: 'delegationId' },
    );
  }
  let target: { delegationId: string; expoId: string } | { expoId: string; delegationId: null };
  if (input.delegationId) {
    const [row] = await ctx.query<{ expoId: string; key: string }>(
      sql`select expo_id as "expoId", key from delegation where id = ${sql.value(input.delegationId)}`,
    );
    if (!row || !viewer.readsDelegation(input.delegationId))
      throw notFound('Delegation', input.delegationId);
    requireInDelegation(viewer, input.delegationId, [Role.DELEGATION_OFFICE], 'import its plan');
    target = { delegationId: input.delegationId, expoId: row.expoId };
  } else {
    const expoId = input.expoId!;
    const [expo] = await ctx.query(sql`select 1 from expo where id = ${sql.value(expoId)}`);
    if (!expo) throw notFound('Expo', expoId);
    requireExpoBureau(viewer, expoId, 'create a delegation from a plan');
    target = { expoId, delegationId: null };
  }
  const plan = await readPlan(input.format, input.file);

  const at = {
    what: 'The delegation',
    field: 'file',
    // what another change wrote meanwhile (the same key, the same member unit): try again
    mapError: (error: unknown) =>
      error instanceof UniqueConstraintViolationException
        ? new AppError(
            ErrorCode.CONFLICT,
            msg`The delegation was changed meanwhile (another import or structure change): import again`,
            { field: 'file' },
          )
        : undefined,
  };
  try {
    return await inTransaction(ctx.em(), at, async (tx) => {
      const result = await writePlan(tx, target, plan, viewer);
      if (input.dryRun) throw new DryRun({ ...result, dryRun: true });
      return result;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.result;
    throw error;
  }
}

// ----------------------------------------------------------------------------------- writing

/** Reuses an organisation of the database for each of the plan's, or creates it. */
async function resolveOrganisations(
  tx: EntityManager,
  plan: PlanFile,
  errors: PlanError[],
): Promise<{ orgs: Map<string, Organisation>; created: number }> {
  const byKey = new Map(
    (await tx.find(Organisation, { key: { $in: plan.organisations.map((o) => o.key) } })).map(
      (o) => [o.key!, o],
    ),
  );
  const unkeyed = plan.organisations.filter((o) => !byKey.has(o.key)).map((o) => o.zh);
  const byName = new Map<string, Organisation[]>();
  if (unkeyed.length) {
    for (const o of await tx.find(Organisation, { nameZh: { $in: unkeyed } })) {
      byName.set(o.nameZh, [...(byName.get(o.nameZh) ?? []), o]);
    }
  }
  const orgs = new Map<string, Organisation>();
  let created = 0;
  plan.organisations.forEach((o, i) => {
    const keyed = byKey.get(o.key);
    if (keyed) {
      if (keyed.nameZh !== o.zh) {
        errors.push({
          path: `organisations.${i}.key`,
          message: `Key ${o.key} is the organisation ${keyed.nameZh} already: give ${o.zh} another key`,
        });
      }
      orgs.set(o.key, keyed);
      return;
    }
    // an organisation registered without a key (by createDelegation, createOrganisation)
    const named = (byName.get(o.zh) ?? []).filter((n) => n.key == null);
    if (named.length === 1) {
      // it takes the plan's key, so that the plan exports as it was imported
      named[0]!.key = o.key;
      orgs.set(o.key, named[0]!);
      return;
    }
    created += 1;
    orgs.set(
      o.key,
      tx.create(Organisation, {
        key: o.key,
        kind: o.kind as OrganisationKind,
        nameZh: o.zh,
        nameEn: o.en,
      }),
    );
  });
  return { orgs, created };
}

/** What depends on a delegation's structure: purchasers and grants (none: it may be replaced). */
async function blockers(tx: EntityManager, delegationId: string): Promise<string[]> {
  // by entity name: the user and purchaser modules import this one, not the other way round
  const purchasers = await tx.count('Purchaser', { delegation: delegationId });
  const grants = await tx.count('RoleGrant', {
    delegation: delegationId,
    $or: [
      { subDelegation: { $ne: null } },
      { lead: { $ne: null } },
      { organisation: { $ne: null } },
    ],
  });
  return [
    purchasers && `${purchasers} purchaser(s) are registered`,
    grants && `${grants} user grant(s) act for its sub-delegations or units`,
  ].filter(Boolean) as string[];
}

/**
 * Writes a checked plan: into `target.delegationId` (replacing its structure), or as a new
 * delegation of `target.expoId`. `viewer` null: the seed (no audit). The caller's transaction.
 */
export async function writePlan(
  tx: EntityManager,
  target: { expoId: string; delegationId: string | null },
  plan: PlanFile,
  viewer: Viewer | null,
): Promise<ImportPlanResult> {
  const errors: PlanError[] = [];
  const { orgs, created } = await resolveOrganisations(tx, plan, errors);
  const org = (key: string) => orgs.get(key)!;
  const host = org(plan.delegation.officeHostedBy);

  let delegation: Delegation;
  let replaced = false;
  const kept = new Map<string, Person[]>();
  // the member units' service duties (logistics), put back for the units the new plan keeps
  let serviceDuties: { organisation_id: string; duty: string }[] = [];
  if (target.delegationId) {
    // one import of a delegation at a time: a second waits, then reads what the first wrote
    delegation = await tx.findOneOrFail(
      Delegation,
      { id: target.delegationId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (delegation.key !== plan.delegation.key) {
      errors.push({
        path: 'delegation.key',
        message: `This is the plan of ${plan.delegation.key}; the delegation is ${delegation.key}`,
      });
    }
    const hostNow = delegation.officeOrganisation?.id;
    if (hostNow && hostNow !== host.id) {
      const current = await tx.findOneOrFail(Organisation, { id: hostNow });
      errors.push({
        path: 'delegation.officeHostedBy',
        message: `The office of this delegation is hosted by ${current.nameZh}: officeHostedBy names it`,
      });
    }
    if (errors.length) throw planErrors(errors, 'file');
    const units = await tx.find(MemberUnit, { delegation: delegation.id });
    if (units.length) {
      const blocking = await blockers(tx, delegation.id);
      if (blocking.length) {
        throw new AppError(
          ErrorCode.IN_USE,
          msg`The delegation's structure stays, recorded work depends on it: ${blocking.join('; ')}. Correct it with the structure mutations instead`,
          { field: 'delegationId', blockers: blocking },
        );
      }
      replaced = true;
      // people of the old structure are kept, and reused for the same name and organisation
      const members = await tx.find(LeadingGroupMember, { delegation: delegation.id });
      const contacts = await tx.find(DelegationContact, { delegation: delegation.id });
      const ids = [
        ...members.map((m) => m.person.id),
        ...contacts.map((c) => c.person.id),
        ...units.flatMap((u) => [u.liaisonPerson?.id, u.designatedPerson?.id]),
      ].filter((id): id is string => !!id);
      for (const p of await tx.find(Person, { id: { $in: ids } })) {
        const k = `${p.name}|${p.organisation?.id ?? ''}`;
        kept.set(k, [...(kept.get(k) ?? []), p]);
      }
      serviceDuties = await tx.execute<{ organisation_id: string; duty: string }[]>(
        'select organisation_id, duty from service_unit where delegation_id = ?',
        [delegation.id],
      );
      for (const entity of [
        LeadingGroupMember,
        Responsibility,
        SubDelegationLead,
        SubDelegation,
        DelegationContact,
        MemberUnit,
      ] as const) {
        await tx.nativeDelete(entity as never, { delegation: delegation.id } as never);
      }
    }
  } else {
    if (errors.length) throw planErrors(errors, 'file');
    const taken = await tx.count(Delegation, { expo: target.expoId, key: plan.delegation.key });
    if (taken) {
      throw planErrors(
        [{ path: 'delegation.key', message: 'This edition has a delegation of this key already' }],
        'file',
      );
    }
    delegation = tx.create(Delegation, {
      expo: target.expoId,
      key: plan.delegation.key,
      nameZh: plan.delegation.name.zh,
      nameEn: plan.delegation.name.en,
      provinceZh: plan.delegation.province.zh,
      provinceEn: plan.delegation.province.en,
      registrationPrincipleZh: plan.delegation.registrationPrinciple?.zh ?? null,
      registrationPrincipleEn: plan.delegation.registrationPrinciple?.en ?? null,
      officeOrganisation: host,
    });
  }
  const delegationId = delegation.id;

  const person = (given: PlanPerson & { name: string }, organisation: Organisation): Person => {
    const reuse = kept.get(`${given.name}|${organisation.id}`)?.shift();
    const contact = {
      phone: given.phone ?? null,
      mobile: given.mobile ?? null,
      email: given.email ?? null,
    };
    if (reuse) {
      if (contact.phone) reuse.phone = contact.phone;
      if (contact.mobile) reuse.mobile = contact.mobile;
      if (contact.email) reuse.email = contact.email;
      return reuse;
    }
    return tx.create(Person, {
      delegation: ref(Delegation, delegationId),
      organisation,
      name: given.name,
      ...contact,
    });
  };

  plan.delegation.contacts.forEach((contact, position) => {
    tx.create(DelegationContact, {
      delegation: ref(Delegation, delegationId),
      person: person(contact, host),
      role: contact.role as DelegationContactRole,
      labelZh: contact.zh,
      fax: contact.fax ?? null,
      position,
    });
  });

  const units = new Map<string, MemberUnit>();
  plan.organisations.forEach((o, position) => {
    const organisation = org(o.key);
    units.set(
      o.key,
      tx.create(MemberUnit, {
        delegation: ref(Delegation, delegationId),
        organisation,
        hostsOffice: organisation === host,
        liaisonPerson: o.liaison ? person(o.liaison, organisation) : null,
        designatedPerson: o.designatedPerson ? person(o.designatedPerson, organisation) : null,
        position,
      }),
    );
  });

  plan.leadingGroup.forEach((member, position) => {
    tx.create(LeadingGroupMember, {
      delegation: ref(Delegation, delegationId),
      memberUnit: units.get(member.org)!,
      person: person({ name: member.name }, org(member.org)),
      role: member.role as LeadingGroupRole,
      titleZh: member.title.zh,
      titleEn: member.title.en,
      position,
    });
  });

  // the one receiving purchasers of units without a sub-delegation: as marked, else the office's
  const marked = plan.subDelegations.findIndex((s) => s.receivesUnassigned);
  const office = plan.subDelegations.findIndex((s) =>
    s.leads.some((l) => l.org === plan.delegation.officeHostedBy),
  );
  const receiving = marked >= 0 ? marked : office >= 0 ? office : 0;
  let leads = 0;
  plan.subDelegations.forEach((sub, position) => {
    const subDelegation = tx.create(SubDelegation, {
      delegation: ref(Delegation, delegationId),
      key: sub.key,
      nameZh: sub.zh,
      nameEn: sub.en,
      focus: sub.focus,
      sharedTargetMin: sub.sharedTarget?.min ?? null,
      sharedTargetOf: sub.sharedTarget?.of ?? null,
      receivesUnassigned: position === receiving,
      position,
    });
    sub.leads.forEach((lead, leadPosition) => {
      leads += 1;
      tx.create(SubDelegationLead, {
        delegation: ref(Delegation, delegationId),
        subDelegation,
        organisation: org(lead.org),
        targetMin: lead.target?.min ?? null,
        targetOf: lead.target?.of ?? null,
        position: leadPosition,
      });
    });
  });

  let duties = 0;
  for (const entry of plan.responsibilities) {
    entry.duties.forEach((duty, position) => {
      duties += 1;
      tx.create(Responsibility, {
        delegation: ref(Delegation, delegationId),
        memberUnit: units.get(entry.org)!,
        dutyEn: typeof duty === 'string' ? duty : duty.en,
        dutyZh: typeof duty === 'string' ? null : duty.zh,
        position,
      });
    });
  }

  const counts: PlanCounts = {
    memberUnits: plan.organisations.length,
    leadingGroup: plan.leadingGroup.length,
    subDelegations: plan.subDelegations.length,
    leads,
    responsibilities: duties,
    contacts: plan.delegation.contacts.length,
    organisationsCreated: created,
  };
  if (viewer) {
    audit(tx, {
      actor: viewer.actor,
      action: 'delegation.importPlan',
      entityType: 'Delegation',
      entityId: delegationId,
      delegationId,
      after: { ...counts, replaced, created: !target.delegationId },
    });
  }
  await tx.flush();
  if (serviceDuties.length > 0) {
    await tx.execute(
      `insert into service_unit (delegation_id, organisation_id, duty)
       select u.delegation_id, u.organisation_id, x.duty
       from jsonb_to_recordset(?::jsonb) x(organisation_id uuid, duty text)
         join member_unit u on u.delegation_id = ? and u.organisation_id = x.organisation_id`,
      [JSON.stringify(serviceDuties), delegationId],
    );
  }
  return { delegationId, dryRun: false, replaced, counts };
}

// ----------------------------------------------------------------------------------- export

/** The plan of a delegation, as its office would import it (JSON, or XLSX in base64). */
export async function exportPlan(
  ctx: PlanReadContext,
  delegationId: string,
  format: PlanFormat,
): Promise<string> {
  const plan = await planOf(ctx, delegationId);
  return format === 'XLSX' ? writeXlsxPlan(plan) : JSON.stringify(plan, null, 2);
}

/**
 * The plan of a delegation, read through the loaders of its records (the read path's one
 * declaration per table, scoped to the viewer): its office, the bureau of its edition, ADMIN.
 */
export async function planOf(ctx: PlanReadContext, delegationId: string): Promise<PlanFile> {
  const { viewer, loaders } = ctx;
  const d = await loaders.byId(delegationById, delegationId);
  if (!d) throw notFound('Delegation', delegationId);
  if (!viewer.isAdmin && !viewer.grantsFor(delegationId, Role.DELEGATION_OFFICE).length)
    requireExpoBureau(viewer, d.expoId, "export a delegation's plan");
  const [expo, units, contacts, group, subs, duties] = await Promise.all([
    loaders.byId(expoById, d.expoId),
    loaders.many(memberUnitsByDelegation, delegationId),
    loaders.many(contactsByDelegation, delegationId),
    loaders.many(leadingGroupByDelegation, delegationId),
    loaders.many(subDelegationsByDelegation, delegationId),
    loaders.many(responsibilitiesByDelegation, delegationId),
  ]);
  const leads = await Promise.all(subs.map((s) => loaders.many(leadsBySubDelegation, s.id)));
  const organisations = await Promise.all(
    units.map((u) => loaders.byId(organisationById, u.organisationId)),
  );
  const personIds = [
    ...contacts.map((c) => c.personId),
    ...group.map((m) => m.personId),
    ...units.flatMap((u) => [u.liaisonPersonId, u.designatedPersonId]),
  ].filter((id): id is string => !!id);
  const people = new Map(
    (await Promise.all(personIds.map((id) => loaders.byId(personById, id)))).map((p, i) => [
      personIds[i]!,
      p,
    ]),
  );
  // an organisation registered without a key gets one of its place in the file
  const keyOf = new Map<string, string>();
  units.forEach((u, i) => keyOf.set(u.organisationId, organisations[i]?.key ?? `UNIT_${i + 1}`));
  const orgKey = (organisationId: string | null | undefined) =>
    (organisationId && keyOf.get(organisationId)) ?? '';
  const person = (id: string | null | undefined): PlanPerson | undefined => {
    const p = id ? people.get(id) : null;
    if (!p) return undefined;
    return {
      name: p.name,
      ...(p.phone ? { phone: p.phone } : {}),
      ...(p.mobile ? { mobile: p.mobile } : {}),
      ...(p.email ? { email: p.email } : {}),
    };
  };
  const target = (min: number | null, of: string | null) => (min == null ? null : { min, of });

  return {
    expo: {
      key: expo?.key,
      name: { zh: expo?.nameZh, en: expo?.nameEn },
      startsOn: expo?.startsOn,
      endsOn: expo?.endsOn,
    },
    delegation: {
      key: d.key,
      name: { zh: d.nameZh, en: d.nameEn },
      province: { zh: d.provinceZh, en: d.provinceEn },
      registrationPrinciple: { zh: d.registrationPrincipleZh, en: d.registrationPrincipleEn },
      officeHostedBy: orgKey(d.officeOrganisationId),
      contacts: contacts.map((c) => {
        const p = person(c.personId);
        return {
          role: c.role,
          name: p?.name ?? '',
          zh: c.labelZh,
          ...(p?.phone ? { phone: p.phone } : {}),
          ...(c.fax ? { fax: c.fax } : {}),
          ...(p?.email ? { email: p.email } : {}),
        };
      }),
    },
    organisations: units.map((u, i) => {
      const o = organisations[i]!;
      const liaison = person(u.liaisonPersonId);
      const designatedPerson = person(u.designatedPersonId);
      return {
        key: orgKey(u.organisationId),
        kind: o.kind,
        zh: o.nameZh,
        en: o.nameEn,
        ...(liaison ? { liaison } : {}),
        ...(designatedPerson ? { designatedPerson } : {}),
      };
    }),
    leadingGroup: group.map((m) => ({
      role: m.role,
      name: person(m.personId)?.name ?? '',
      title: { zh: m.titleZh, en: m.titleEn },
      org: orgKey(m.organisationId),
    })),
    subDelegations: subs.map((s, i) => ({
      key: s.key,
      zh: s.nameZh,
      en: s.nameEn,
      focus: s.focus,
      leads: leads[i]!.map((l) => ({
        org: orgKey(l.organisationId),
        target: target(l.targetMin, l.targetOf),
      })),
      ...(s.sharedTargetMin != null
        ? { sharedTarget: target(s.sharedTargetMin, s.sharedTargetOf) }
        : {}),
      ...(s.receivesUnassigned ? { receivesUnassigned: true } : {}),
    })),
    responsibilities: units
      .map((u) => ({
        org: orgKey(u.organisationId),
        duties: duties
          .filter((r) => r.memberUnitId === u.id)
          .map((r) => (r.dutyZh ? { en: r.dutyEn, zh: r.dutyZh } : r.dutyEn)),
      }))
      .filter((r) => r.duties.length > 0),
  };
}
