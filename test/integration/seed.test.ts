import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';

const plan = JSON.parse(
  readFileSync(new URL('../../server/src/db/seed/qinghai-ciie5.json', import.meta.url), 'utf8'),
);

const DELEGATION = /* GraphQL */ `
  query Delegation {
    delegation(expoKey: "CIIE-5", key: "QH") {
      id
      key
      nameZh
      nameEn
      provinceEn
      registrationPrincipleZh
      targetTotal
      officeHost {
        key
      }
      contacts {
        role
        labelZh
        fax
        person {
          name
          phone
          email
        }
      }
      leadingGroup {
        role
        titleZh
        titleEn
        person {
          name
        }
        organisation {
          key
          nameZh
        }
      }
      memberUnits {
        hostsOffice
        organisation {
          key
          kind
          nameZh
          nameEn
        }
        responsibilities {
          dutyEn
        }
      }
      subDelegations {
        key
        nameZh
        nameEn
        targetMin
        receivesUnassigned
        sharedTarget {
          min
          of
        }
        leads {
          organisation {
            key
          }
          target {
            min
            of
          }
        }
      }
      responsibilities {
        dutyEn
        organisation {
          key
        }
      }
      expo {
        key
        edition
        nameEn
        startsOn
        endsOn
        reportingCurrency
        exhibitionAreas {
          key
          kind
          nameZh
          nameEn
          zones {
            key
            kind
            parent {
              key
            }
          }
        }
      }
    }
  }
`;

describe('the seeded Qinghai plan', () => {
  const t = useTestServer();

  it('reads back exactly as planned, in a constant number of SQL statements', async () => {
    const { body, headers } = await t.as('ADMIN')(DELEGATION);
    expect(body.errors).toBeUndefined();
    const d = body.data.delegation;
    expect(d).toMatchObject({ key: 'QH', nameZh: plan.delegation.name.zh, provinceEn: 'Qinghai' });
    expect(d.registrationPrincipleZh).toBe('多方邀请、统一登记、分级审核');
    expect(d.officeHost.key).toBe('COMMERCE');

    // expo: 6 areas, 2 zones nested under their areas
    expect(d.expo).toMatchObject({
      key: 'CIIE-5',
      edition: 5,
      startsOn: '2022-11-05',
      endsOn: '2022-11-10',
      reportingCurrency: 'USD',
    });
    expect(d.expo.exhibitionAreas.map((a: any) => a.key)).toEqual(
      plan.expo.exhibitionAreas.map((a: any) => a.key),
    );
    const zones = d.expo.exhibitionAreas.flatMap((a: any) =>
      a.zones.map((z: any) => [z.key, a.key, z.parent.key]),
    );
    expect(zones).toEqual([
      ['AI', 'TECH_EQUIPMENT', 'TECH_EQUIPMENT'],
      ['CROP_SEEDS', 'FOOD_AGRI', 'FOOD_AGRI'],
    ]);

    // 19 organisations, all member units, the office hosted by Commerce
    expect(d.memberUnits).toHaveLength(19);
    expect(
      d.memberUnits.filter((u: any) => u.hostsOffice).map((u: any) => u.organisation.key),
    ).toEqual(['COMMERCE']);
    expect(new Set(d.memberUnits.map((u: any) => u.organisation.key))).toEqual(
      new Set(plan.organisations.map((o: any) => o.key)),
    );

    // 20 leading-group members: 1 leader, 1 deputy, 1 secretary-general, 17 members, in that order
    const roles = d.leadingGroup.map((m: any) => m.role);
    expect(roles).toHaveLength(20);
    expect(roles.filter((r: string) => r === 'LEADER')).toHaveLength(1);
    expect(roles.filter((r: string) => r === 'DEPUTY_LEADER')).toHaveLength(1);
    expect(roles.filter((r: string) => r === 'SECRETARY_GENERAL')).toHaveLength(1);
    expect(roles.filter((r: string) => r === 'MEMBER')).toHaveLength(17);
    expect(roles.slice(0, 3)).toEqual(['LEADER', 'DEPUTY_LEADER', 'SECRETARY_GENERAL']);
    expect(d.leadingGroup[0]).toMatchObject({
      titleZh: '副省长',
      person: { name: '杨逢春' },
      organisation: { key: 'GOV' },
    });

    // 7 sub-delegations with their leads and targets: 174 in all
    const subs = Object.fromEntries(d.subDelegations.map((s: any) => [s.key, s]));
    expect(d.subDelegations.map((s: any) => s.key)).toEqual([
      'COMMERCE',
      'EDUCATION',
      'SCIENCE',
      'INDUSTRY',
      'ECOLOGY',
      'AGRICULTURE',
      'HEALTH',
    ]);
    expect(d.subDelegations.map((s: any) => s.targetMin)).toEqual([70, 4, 15, 15, 20, 20, 30]);
    expect(d.subDelegations.reduce((sum: number, s: any) => sum + s.targetMin, 0)).toBe(174);
    expect(d.targetTotal).toBe(174);
    expect(subs.INDUSTRY.sharedTarget).toEqual({ min: 15, of: 'enterprises or institutions' });
    expect(subs.INDUSTRY.leads).toEqual([
      { organisation: { key: 'INDUSTRY' }, target: null },
      { organisation: { key: 'SASAC' }, target: null },
    ]);
    expect(subs.HEALTH.sharedTarget).toBeNull();
    expect(subs.HEALTH.leads.map((l: any) => [l.organisation.key, l.target.min])).toEqual([
      ['HEALTH', 10],
      ['DRUGS', 20],
    ]);
    expect(
      d.subDelegations.filter((s: any) => s.receivesUnassigned).map((s: any) => s.key),
    ).toEqual(['COMMERCE']);

    // office contacts and every member unit's responsibilities
    expect(d.contacts.map((c: any) => [c.role, c.person.name, c.person.phone])).toEqual([
      ['OFFICE_CONTACT', '王利民', '0971-6321489'],
      ['REGISTRATION_CONTACT', '喇鸿娟', '0971-6317278'],
    ]);
    expect(d.contacts[1]).toMatchObject({
      fax: '0971-6317278',
      person: { email: '524179053@qq.com' },
    });
    const duties = plan.responsibilities.flatMap((r: any) =>
      r.duties.map((duty: string) => [r.org, duty]),
    );
    expect(d.responsibilities.map((r: any) => [r.organisation.key, r.dutyEn]).sort()).toEqual(
      duties.sort(),
    );
    const commerce = d.memberUnits.find((u: any) => u.organisation.key === 'COMMERCE');
    expect(commerce.responsibilities).toHaveLength(9);

    // one statement per relation level the read-ahead does not fold (17 here), whatever the row count
    expect(Number(headers.get('x-sql-statements'))).toBe(17);
  });

  it('costs the same number of statements for one delegation or for all of an expo', async () => {
    const one = await t.as('ADMIN')(
      `{ delegation(expoKey: "CIIE-5", key: "QH") { subDelegations { leads { organisation { key } } } leadingGroup { person { name } } } }`,
    );
    // a second delegation makes more rows at every level
    await t.sql
      .query(`insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en)
      select expo_id, 'XZ', '西藏交易团', 'Tibet', '西藏', 'Tibet' from delegation where key = 'QH'`);
    await t.sql.query(`insert into sub_delegation (delegation_id, key, name_zh, name_en)
      select id, 'COMMERCE', '商贸分团', 'Commerce' from delegation where key = 'XZ'`);
    const all = await t.as('ADMIN')(
      `{ expo(key: "CIIE-5") { delegations { subDelegations { leads { organisation { key } } } leadingGroup { person { name } } } } }`,
    );
    expect(all.body.errors).toBeUndefined();
    expect(all.body.data.expo.delegations).toHaveLength(2);
    // the expo query has one level more (expo -> delegations), nothing per row
    expect(Number(all.headers.get('x-sql-statements'))).toBe(
      Number(one.headers.get('x-sql-statements')) + 1,
    );
  });

  it('finds any object again by its global ID', async () => {
    const { body } = await t.as('ADMIN')(
      `{ delegation(expoKey: "CIIE-5", key: "QH") { id subDelegations { id key } } }`,
    );
    const sub = body.data.delegation.subDelegations[0];
    const again = await t.as('ADMIN')(
      `query($id: ID!) { node(id: $id) { __typename id ... on SubDelegation { key } } }`,
      { id: sub.id },
    );
    expect(again.body.data.node).toEqual({ __typename: 'SubDelegation', id: sub.id, key: sub.key });
    const missing = await t.as('ADMIN')(`{ node(id: "bm9wZQ") { id } }`);
    expect(missing.body.data.node).toBeNull();
  });

  it('answers /healthz while the database is reachable', async () => {
    const response = await fetch(t.url.replace('/graphql', '/healthz'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
