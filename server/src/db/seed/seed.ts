import { createRequire } from 'node:module';
import type { EntityManager } from '@mikro-orm/postgresql';
import type {
  DelegationContactRole,
  LeadingGroupRole,
} from '../../modules/delegation/delegation.enums.js';
import { Delegation } from '../../modules/delegation/delegation.entity.js';
import { DelegationContact } from '../../modules/delegation/delegation-contact.entity.js';
import { LeadingGroupMember } from '../../modules/delegation/leading-group-member.entity.js';
import { MemberUnit } from '../../modules/delegation/member-unit.entity.js';
import { Responsibility } from '../../modules/delegation/responsibility.entity.js';
import { SubDelegation } from '../../modules/delegation/sub-delegation.entity.js';
import { SubDelegationLead } from '../../modules/delegation/sub-delegation-lead.entity.js';
import { ExchangeRate } from '../../modules/expo/exchange-rate.entity.js';
import { ExhibitionArea } from '../../modules/expo/exhibition-area.entity.js';
import { Expo } from '../../modules/expo/expo.entity.js';
import { ExhibitionAreaKind } from '../../modules/expo/expo.enums.js';
import { Organisation } from '../../modules/organisation/organisation.entity.js';
import type { OrganisationKind } from '../../modules/organisation/organisation.enums.js';
import { Person } from '../../modules/person/person.entity.js';
import { Money } from '../../modules/trade/money.js';
import type { Database } from '../database.js';

interface Bilingual {
  zh: string;
  en: string;
}
interface PlanTarget {
  min: number;
  of: string;
}
/** The shape of qinghai-ciie5.json (the delegation plan as data). */
export interface Plan {
  expo: {
    key: string;
    name: Bilingual;
    startsOn: string;
    endsOn: string;
    venue: Bilingual;
    website: string;
    reportingCurrency: string;
    businessExhibitionAreaM2: number;
    exhibitionAreas: ({ key: string } & Bilingual)[];
    specialZones: ({ key: string; parentArea: string } & Bilingual)[];
  };
  delegation: {
    key: string;
    name: Bilingual;
    province: Bilingual;
    registrationPrinciple: Bilingual;
    officeHostedBy: string;
    contacts: {
      role: string;
      name: string;
      zh: string;
      phone?: string;
      fax?: string;
      email?: string;
    }[];
  };
  organisations: ({ key: string; kind: string } & Bilingual)[];
  leadingGroup: { role: string; name: string; title: Bilingual; org: string }[];
  subDelegations: ({
    key: string;
    focus: string;
    leads: { org: string; target: PlanTarget | null }[];
    sharedTarget?: PlanTarget;
  } & Bilingual)[];
  responsibilities: { org: string; duties: string[] }[];
}

export function loadPlan(): Plan {
  // JSON read through require so that it resolves beside this module in src/ and dist/ alike
  return createRequire(import.meta.url)('./qinghai-ciie5.json') as Plan;
}

/**
 * The 5th CIIE's rate table: the euro foreign exchange reference rates of the European Central
 * Bank on Friday 4 November 2022, the last working day before the expo opened (5 November),
 * as published (units of each currency per euro; eurofxref-hist.csv, "2022-11-04"). An expo's
 * rate is USD per unit of the currency, so each is the cross rate USD/EUR ÷ currency/EUR,
 * rounded half up to the table's 10 places (EUR: 0.9872000000, JPY: 0.0067993663).
 * The currencies are those of the countries exhibiting in the plan's areas and of the
 * delegation's own (CNY), so that a first deal in any of them converts on a fresh seed; the
 * expo bureau changes them with setExchangeRate or updateExpo.
 */
const ECB_REFERENCE_2022_11_04 = {
  USD: '0.9872',
  JPY: '145.19',
  GBP: '0.87478',
  CHF: '0.9863',
  DKK: '7.4419',
  SEK: '10.8538',
  NOK: '10.2019',
  AUD: '1.5311',
  NZD: '1.6769',
  CAD: '1.3351',
  CNY: '7.0894',
  HKD: '7.7493',
  SGD: '1.3891',
  KRW: '1397.7',
  THB: '36.906',
  MYR: '4.6872',
} as const;

/** USD per unit of each currency of {@link ECB_REFERENCE_2022_11_04}, EUR included. */
export function ciie5Rates(): { currency: string; usdRate: string }[] {
  const { USD: usdPerEuro, ...perEuro } = ECB_REFERENCE_2022_11_04;
  return [
    { currency: 'EUR', usdRate: new Money(usdPerEuro).toFixed(10) },
    ...Object.entries(perEuro).map(([currency, units]) => ({
      currency,
      usdRate: new Money(usdPerEuro).div(units).toFixed(10),
    })),
  ];
}

function editionOf(key: string): number | null {
  const match = /(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

/** Loads a delegation plan into an empty database in one transaction. Returns false if present. */
export async function seedPlan(db: Database, plan: Plan = loadPlan()): Promise<boolean> {
  const lock = await db.pool.connect();
  try {
    // instances starting together: one seeds, the others find it done
    await lock.query('select pg_advisory_lock(727002)');
    return await db.orm.em.fork().transactional(async (em) => {
      const present = await em.getConnection().execute<{ n: number }[]>(
        `select count(*)::int as n from delegation d join expo e on e.id = d.expo_id
         where e.key = ? and d.key = ?`,
        [plan.expo.key, plan.delegation.key],
      );
      if (present[0]!.n > 0) return false;
      await writePlan(em as EntityManager, plan);
      return true;
    });
  } finally {
    await lock.query('select pg_advisory_unlock(727002)').catch(() => undefined);
    lock.release();
  }
}

async function writePlan(em: EntityManager, plan: Plan): Promise<void> {
  const found = await em.findOne(Expo, { key: plan.expo.key });
  const expo =
    found ??
    em.create(Expo, {
      key: plan.expo.key,
      edition: editionOf(plan.expo.key),
      nameZh: plan.expo.name.zh,
      nameEn: plan.expo.name.en,
      startsOn: plan.expo.startsOn,
      endsOn: plan.expo.endsOn,
      venueZh: plan.expo.venue.zh,
      venueEn: plan.expo.venue.en,
      website: plan.expo.website,
      reportingCurrency: plan.expo.reportingCurrency,
      businessExhibitionAreaM2: plan.expo.businessExhibitionAreaM2,
    });
  if (!found) {
    const areas = new Map<string, ExhibitionArea>();
    plan.expo.exhibitionAreas.forEach((area, position) => {
      areas.set(
        area.key,
        em.create(ExhibitionArea, {
          expo,
          key: area.key,
          kind: ExhibitionAreaKind.AREA,
          nameZh: area.zh,
          nameEn: area.en,
          position,
        }),
      );
    });
    plan.expo.specialZones.forEach((zone, position) => {
      const parent = areas.get(zone.parentArea);
      if (!parent) throw new Error(`zone ${zone.key}: no area ${zone.parentArea}`);
      em.create(ExhibitionArea, {
        expo,
        parent,
        key: zone.key,
        kind: ExhibitionAreaKind.ZONE,
        nameZh: zone.zh,
        nameEn: zone.en,
        position,
      });
    });
    // the reference rates are the 5th CIIE's: another edition's plan starts with no table
    if (plan.expo.key === 'CIIE-5') {
      for (const rate of ciie5Rates()) em.create(ExchangeRate, { expo, ...rate });
    }
  }

  // organisations are shared across delegations and editions: reuse by key
  const existing = await em.find(Organisation, {
    key: { $in: plan.organisations.map((o) => o.key) },
  });
  const orgs = new Map(existing.map((o) => [o.key!, o]));
  for (const org of plan.organisations) {
    if (orgs.has(org.key)) continue;
    orgs.set(
      org.key,
      em.create(Organisation, {
        key: org.key,
        kind: org.kind as OrganisationKind,
        nameZh: org.zh,
        nameEn: org.en,
      }),
    );
  }
  const org = (key: string): Organisation => {
    const found = orgs.get(key);
    if (!found) throw new Error(`plan names unknown organisation ${key}`);
    return found;
  };

  const delegation = em.create(Delegation, {
    expo,
    key: plan.delegation.key,
    nameZh: plan.delegation.name.zh,
    nameEn: plan.delegation.name.en,
    provinceZh: plan.delegation.province.zh,
    provinceEn: plan.delegation.province.en,
    registrationPrincipleZh: plan.delegation.registrationPrinciple.zh,
    registrationPrincipleEn: plan.delegation.registrationPrinciple.en,
    officeOrganisation: org(plan.delegation.officeHostedBy),
  });

  plan.delegation.contacts.forEach((contact, position) => {
    const person = em.create(Person, {
      delegation,
      organisation: org(plan.delegation.officeHostedBy),
      name: contact.name,
      phone: contact.phone ?? null,
      email: contact.email ?? null,
    });
    em.create(DelegationContact, {
      delegation,
      person,
      role: contact.role as DelegationContactRole,
      labelZh: contact.zh,
      fax: contact.fax ?? null,
      position,
    });
  });

  // every organisation of the plan is a member unit of the leading group
  const units = new Map<string, MemberUnit>();
  plan.organisations.forEach((o, position) => {
    units.set(
      o.key,
      em.create(MemberUnit, {
        delegation,
        organisation: org(o.key),
        hostsOffice: o.key === plan.delegation.officeHostedBy,
        position,
      }),
    );
  });
  const unit = (key: string): MemberUnit => {
    const found = units.get(key);
    if (!found) throw new Error(`plan names unknown member unit ${key}`);
    return found;
  };

  plan.leadingGroup.forEach((member, position) => {
    const person = em.create(Person, {
      delegation,
      organisation: org(member.org),
      name: member.name,
    });
    em.create(LeadingGroupMember, {
      delegation,
      memberUnit: unit(member.org),
      person,
      role: member.role as LeadingGroupRole,
      titleZh: member.title.zh,
      titleEn: member.title.en,
      position,
    });
  });

  plan.subDelegations.forEach((sub, position) => {
    const subDelegation = em.create(SubDelegation, {
      delegation,
      key: sub.key,
      nameZh: sub.zh,
      nameEn: sub.en,
      focus: sub.focus,
      sharedTargetMin: sub.sharedTarget?.min ?? null,
      sharedTargetOf: sub.sharedTarget?.of ?? null,
      // the office's own sub-delegation takes in purchasers of units without one
      receivesUnassigned: sub.leads.some((lead) => lead.org === plan.delegation.officeHostedBy),
      position,
    });
    sub.leads.forEach((lead, leadPosition) => {
      em.create(SubDelegationLead, {
        delegation,
        subDelegation,
        organisation: org(lead.org),
        targetMin: lead.target?.min ?? null,
        targetOf: lead.target?.of ?? null,
        position: leadPosition,
      });
    });
  });

  for (const entry of plan.responsibilities) {
    entry.duties.forEach((duty, position) => {
      em.create(Responsibility, {
        delegation,
        memberUnit: unit(entry.org),
        dutyEn: duty,
        position,
      });
    });
  }
  await em.flush();
}
