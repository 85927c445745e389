import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireExpoBureau } from '../../auth/policy.js';
import { sql } from '../../db/sql.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { keyArg, requiredText } from '../expo/expo.rules.js';
import type { EditionContext } from '../expo/expo.service.js';
import { Person } from '../person/person.entity.js';
import { inTransaction } from '../shared/transaction.js';
import { DelegationContact } from './delegation-contact.entity.js';
import { Delegation } from './delegation.entity.js';
import { LeadingGroupMember } from './leading-group-member.entity.js';
import { MemberUnit } from './member-unit.entity.js';
import { Responsibility } from './responsibility.entity.js';
import { SubDelegationLead } from './sub-delegation-lead.entity.js';
import { SubDelegation } from './sub-delegation.entity.js';
import { msg } from '../../i18n/message.js';

/**
 * Roll-over (筹备下一届): the next edition's delegation of a province, made from its last one in one
 * transaction. The structure comes as a starting point for the new office to correct: leading
 * group, member units with their liaison officers and designated persons, sub-delegations with
 * their lead units and targets (which one receives the unassigned), duties, the office's contacts
 * and the organisation hosting the office. People are copied, not shared: a person row belongs to
 * one delegation (the composite keys hold every structure row to its delegation's people), so the
 * new delegation's office owns its copies (their contacts shown to it, masked to others as
 * everywhere) and may correct them without touching the earlier edition's record. Purchasers,
 * grants and trade are not copied: the earlier edition's deals stay where they are and the new
 * delegation (same province, later edition) follows them up (`earlierEditionDeals`).
 */

export interface RollOverCommand {
  fromDelegationId: string;
  toExpoId: string;
  key?: string | null;
  names?: { nameZh: string; nameEn: string } | null;
}

const CHINESE_DIGITS = '零一二三四五六七八九';

/** 1..99 in Chinese numerals, as an edition is named (第六届, 第十届, 第十一届, 第二十届). */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ''}`;
}

function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A name of the earlier edition's delegation, with that edition's number made the new one's. */
export function nextEditionName(
  name: { nameZh: string; nameEn: string },
  from: number | null,
  to: number | null,
): { nameZh: string; nameEn: string } {
  if (from == null || to == null) return name;
  return {
    nameZh: name.nameZh.replace(`第${chineseNumber(from)}届`, `第${chineseNumber(to)}届`),
    nameEn: name.nameEn.replace(new RegExp(`\\b${ordinal(from)}\\b`), ordinal(to)),
  };
}

const provinceTaken = (province: string) =>
  new AppError(ErrorCode.CONFLICT, msg`This edition has a delegation of ${province} already`, {
    field: 'toExpoId',
  });
const keyTaken = () =>
  new AppError(ErrorCode.CONFLICT, msg`This edition has a delegation of this key already`, {
    field: 'key',
  });

interface Source {
  id: string;
  key: string;
  nameZh: string;
  nameEn: string;
  provinceEn: string;
  edition: number | null;
  startsOn: string;
}

/**
 * Rolls a delegation over to a later edition (the EXPO_BUREAU of that edition, or ADMIN; the
 * delegation rolled over must be one the viewer reads, NOT_FOUND otherwise). Audited, as one
 * `delegation.rollOver` event on the new delegation naming what it came from and what it holds.
 */
export async function rollOverDelegation(
  ctx: EditionContext,
  input: RollOverCommand,
): Promise<{ id: string; expoId: string }> {
  const { fromDelegationId, toExpoId } = input;
  const [source] = ctx.viewer.readsDelegation(fromDelegationId)
    ? await ctx.query<Source>(
        sql`select d.id, d.key, d.name_zh as "nameZh", d.name_en as "nameEn",
          d.province_en as "provinceEn", e.edition, e.starts_on::text as "startsOn"
        from delegation d join expo e on e.id = d.expo_id
        where d.id = ${sql.value(fromDelegationId)}::uuid`,
      )
    : [];
  if (!source) throw notFound('Delegation', fromDelegationId);
  const [target] = await ctx.query<{ edition: number | null; startsOn: string }>(
    sql`select edition, starts_on::text as "startsOn" from expo where id = ${sql.value(toExpoId)}::uuid`,
  );
  if (!target) throw notFound('Expo', toExpoId);
  requireExpoBureau(ctx.viewer, toExpoId, 'roll delegations over to it');
  if (!(target.startsOn > source.startsOn)) {
    throw badInput(
      'toExpoId',
      msg`Roll a delegation over to a later edition: this one starts on ${target.startsOn}, the delegation's on ${source.startsOn}`,
    );
  }
  const key = input.key != null ? keyArg(input.key, 'key') : source.key;
  const names = input.names
    ? {
        nameZh: requiredText(input.names.nameZh, 'names.nameZh', 200),
        nameEn: requiredText(input.names.nameEn, 'names.nameEn', 300),
      }
    : nextEditionName(source, source.edition, target.edition);
  const taken = await ctx.query<{ key: string; provinceEn: string }>(
    sql`select key, province_en as "provinceEn" from delegation
      where expo_id = ${sql.value(toExpoId)}::uuid
        and (province_en = ${sql.value(source.provinceEn)} or key = ${sql.value(key)})`,
  );
  if (taken.some((d) => d.provinceEn === source.provinceEn)) throw provinceTaken(source.provinceEn);
  if (taken.length > 0) throw keyTaken();

  const mapError = (error: unknown) => {
    if (!(error instanceof UniqueConstraintViolationException)) return undefined;
    if (error.message.includes('delegation_expo_id_province_en_key'))
      return provinceTaken(source.provinceEn);
    if (error.message.includes('delegation_expo_id_key_key')) return keyTaken();
    return undefined;
  };
  const at = { what: 'The delegation', field: 'fromDelegationId', mapError };
  return inTransaction(ctx.em(), at, (em) =>
    copyDelegation(em, ctx.viewer.actor, source.id, toExpoId, { key, ...names }),
  );
}

/** The copy itself, in the caller's transaction: new rows, new ids, the same structure. */
async function copyDelegation(
  em: EntityManager,
  actor: string,
  fromId: string,
  toExpoId: string,
  fields: { key: string; nameZh: string; nameEn: string },
): Promise<{ id: string; expoId: string }> {
  const from = await em.findOneOrFail(Delegation, { id: fromId });
  const delegation = em.create(Delegation, {
    expo: toExpoId,
    ...fields,
    provinceZh: from.provinceZh,
    provinceEn: from.provinceEn,
    registrationPrincipleZh: from.registrationPrincipleZh,
    registrationPrincipleEn: from.registrationPrincipleEn,
    officeOrganisation: from.officeOrganisation?.id ?? null,
  });
  const of = { delegation: fromId };

  // people the structure names, copied once each
  const [members, units, contacts] = await Promise.all([
    em.find(LeadingGroupMember, of, { orderBy: { position: 'asc', id: 'asc' } }),
    em.find(MemberUnit, of, { orderBy: { position: 'asc', id: 'asc' } }),
    em.find(DelegationContact, of, { orderBy: { position: 'asc', id: 'asc' } }),
  ]);
  const personIds = new Set<string>();
  for (const m of members) personIds.add(m.person.id);
  for (const u of units) {
    if (u.liaisonPerson) personIds.add(u.liaisonPerson.id);
    if (u.designatedPerson) personIds.add(u.designatedPerson.id);
  }
  for (const c of contacts) personIds.add(c.person.id);
  const people = personIds.size
    ? await em.find(Person, { id: { $in: [...personIds] } }, { orderBy: { id: 'asc' } })
    : [];
  const personOf = new Map<string, string>();
  for (const p of people) {
    const copy = em.create(Person, {
      delegation: delegation.id,
      organisation: p.organisation?.id ?? null,
      name: p.name,
      phone: p.phone,
      mobile: p.mobile,
      email: p.email,
      idNumber: p.idNumber,
    });
    personOf.set(p.id, copy.id);
  }
  const person = (id: string | undefined) => (id ? personOf.get(id)! : null);

  const unitOf = new Map<string, string>();
  for (const u of units) {
    const copy = em.create(MemberUnit, {
      delegation: delegation.id,
      organisation: u.organisation.id,
      liaisonPerson: person(u.liaisonPerson?.id),
      designatedPerson: person(u.designatedPerson?.id),
      hostsOffice: u.hostsOffice,
      position: u.position,
    });
    unitOf.set(u.id, copy.id);
  }
  for (const m of members) {
    em.create(LeadingGroupMember, {
      delegation: delegation.id,
      memberUnit: unitOf.get(m.memberUnit.id)!,
      person: person(m.person.id)!,
      role: m.role,
      titleZh: m.titleZh,
      titleEn: m.titleEn,
      position: m.position,
    });
  }
  for (const c of contacts) {
    em.create(DelegationContact, {
      delegation: delegation.id,
      person: person(c.person.id)!,
      role: c.role,
      labelZh: c.labelZh,
      fax: c.fax,
      position: c.position,
    });
  }
  const duties = await em.find(Responsibility, of, { orderBy: { position: 'asc', id: 'asc' } });
  for (const r of duties) {
    em.create(Responsibility, {
      delegation: delegation.id,
      memberUnit: unitOf.get(r.memberUnit.id)!,
      dutyEn: r.dutyEn,
      dutyZh: r.dutyZh,
      position: r.position,
    });
  }

  const subs = await em.find(SubDelegation, of, { orderBy: { position: 'asc', id: 'asc' } });
  const subOf = new Map<string, string>();
  for (const s of subs) {
    const copy = em.create(SubDelegation, {
      delegation: delegation.id,
      key: s.key,
      nameZh: s.nameZh,
      nameEn: s.nameEn,
      focus: s.focus,
      sharedTargetMin: s.sharedTargetMin,
      sharedTargetOf: s.sharedTargetOf,
      receivesUnassigned: s.receivesUnassigned,
      position: s.position,
    });
    subOf.set(s.id, copy.id);
  }
  const leads = await em.find(SubDelegationLead, of, { orderBy: { position: 'asc', id: 'asc' } });
  for (const l of leads) {
    em.create(SubDelegationLead, {
      delegation: delegation.id,
      subDelegation: subOf.get(l.subDelegation.id)!,
      organisation: l.organisation.id,
      targetMin: l.targetMin,
      targetOf: l.targetOf,
      position: l.position,
    });
  }

  // the member units' service duties (who books tickets, who lodges): written once the units are
  await em.flush();
  const [served] = await em.execute<{ n: number }[]>(
    `with made as (insert into service_unit (delegation_id, organisation_id, duty)
       select ?, organisation_id, duty from service_unit where delegation_id = ? returning 1)
     select count(*)::int as n from made`,
    [delegation.id, fromId],
  );

  audit(em, {
    actor,
    action: 'delegation.rollOver',
    entityType: 'Delegation',
    entityId: delegation.id,
    delegationId: delegation.id,
    after: {
      expoId: toExpoId,
      fromDelegationId: fromId,
      ...fields,
      provinceEn: from.provinceEn,
      officeOrganisationId: from.officeOrganisation?.id ?? null,
      copied: {
        people: people.length,
        memberUnits: units.length,
        leadingGroupMembers: members.length,
        delegationContacts: contacts.length,
        responsibilities: duties.length,
        subDelegations: subs.length,
        subDelegationLeads: leads.length,
        serviceUnits: served?.n ?? 0,
      },
    },
  });
  return { id: delegation.id, expoId: toExpoId };
}
