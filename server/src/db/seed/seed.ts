import { createRequire } from 'node:module';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ExchangeRate } from '../../modules/expo/exchange-rate.entity.js';
import { ExhibitionArea } from '../../modules/expo/exhibition-area.entity.js';
import { Expo } from '../../modules/expo/expo.entity.js';
import { ExhibitionAreaKind } from '../../modules/expo/expo.enums.js';
import { Money } from '../../modules/trade/money.js';
import { checkPlan } from '../../modules/delegation/plan.file.js';
import { writePlan as writePlanFile } from '../../modules/delegation/plan.service.js';
import { PLAN_SERVICE_DUTIES } from '../../modules/logistics/logistics.rules.js';
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
  const lock = await db.direct.connect();
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

  // the delegation and its structure: the very code importPlan writes with (one rule, one place)
  await em.flush();
  const { plan: checked, errors } = checkPlan(plan);
  if (errors.length) throw new Error(`the built-in plan is not valid: ${JSON.stringify(errors)}`);
  await writePlanFile(em, { expoId: expo.id, delegationId: null }, checked, null);
  // the service duties of its member units (the railway books tickets, Commerce lodges and feeds)
  await em.flush();
  await em.execute(
    `insert into service_unit (delegation_id, organisation_id, duty)
     select u.delegation_id, u.organisation_id, x.duty
     from member_unit u join delegation d on d.id = u.delegation_id join expo e on e.id = d.expo_id
       join organisation o on o.id = u.organisation_id
       join jsonb_each(?::jsonb) j on j.key = o.key
       cross join lateral jsonb_array_elements_text(j.value) x(duty)
     where e.key = ? and d.key = ?`,
    [JSON.stringify(PLAN_SERVICE_DUTIES), plan.expo.key, plan.delegation.key],
  );
}
