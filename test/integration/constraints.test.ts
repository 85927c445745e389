import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';

/** The SQLSTATE a statement fails with, or undefined when it succeeds. */
async function sqlState(
  t: { sql: { query: (q: string, p?: unknown[]) => Promise<unknown> } },
  query: string,
  params?: unknown[],
) {
  try {
    await t.sql.query(query, params);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('constraints hold in the database, whatever code writes the rows', () => {
  const t = useTestServer();

  async function fixture() {
    const ids = await t.sql.query(`
      with d as (select id, expo_id from delegation where key = 'QH'),
      o as (insert into organisation (kind, name_zh) values ('ENTERPRISE', '测试企业' || gen_random_uuid()) returning id),
      s as (select s.id from sub_delegation s join d on d.id = s.delegation_id where s.key = 'COMMERCE'),
      inviter as (select id from organisation where key = 'COMMERCE'),
      p as (insert into purchaser (delegation_id, organisation_id, sub_delegation_id, invited_by_organisation_id)
            select d.id, o.id, s.id, inviter.id from d, o, s, inviter returning id, delegation_id, organisation_id)
      select p.id as purchaser, p.delegation_id as delegation, p.organisation_id as organisation,
             (select expo_id from d) as expo from p`);
    return ids.rows[0] as {
      purchaser: string;
      delegation: string;
      organisation: string;
      expo: string;
    };
  }

  it('rejects an organisation whose credit code has a wrong check character', async () => {
    expect(
      await sqlState(
        t,
        `insert into organisation (kind, name_zh, credit_code) values ('ENTERPRISE', 'x', '91350100M000100Y44')`,
      ),
    ).toBe('23514');
    expect(
      await sqlState(
        t,
        `insert into organisation (kind, name_zh, credit_code) values ('ENTERPRISE', 'x', '91350100M000100Y43')`,
      ),
    ).toBeUndefined();
    expect(
      await sqlState(t, `insert into organisation (kind, name_zh) values ('PARTY', 'x')`),
    ).toBe('23514');
  });

  it('keeps zones under areas of the same expo', async () => {
    expect(
      await sqlState(
        t,
        `insert into exhibition_area (expo_id, key, kind, name_zh, name_en)
      select id, 'ORPHAN', 'ZONE', '孤', 'Orphan' from expo where key = 'CIIE-5'`,
      ),
    ).toBe('23514');
  });

  it('refuses negative amounts, unknown states and a second registration of one organisation', async () => {
    const f = await fixture();
    const deal = `insert into deal (delegation_id, expo_id, purchaser_id, goods, amount, currency, usd_rate, amount_usd, status)
      values ($1, $2, $3, 'wool', $4, 'USD', 1, $4, $5)`;
    expect(await sqlState(t, deal, [f.delegation, f.expo, f.purchaser, '-0.01', 'INTENDED'])).toBe(
      '23514',
    );
    expect(await sqlState(t, deal, [f.delegation, f.expo, f.purchaser, '10', 'MAYBE'])).toBe(
      '23514',
    );
    expect(
      await sqlState(t, deal, [f.delegation, f.expo, f.purchaser, '10', 'INTENDED']),
    ).toBeUndefined();
    // a signed deal needs its signing date
    expect(await sqlState(t, deal, [f.delegation, f.expo, f.purchaser, '10', 'SIGNED'])).toBe(
      '23514',
    );
    expect(
      await sqlState(t, `update purchaser set status = 'APPROVED' where id = $1`, [f.purchaser]),
    ).toBe('23514');
    expect(
      await sqlState(
        t,
        `insert into purchaser (delegation_id, organisation_id, sub_delegation_id, invited_by_organisation_id)
      select delegation_id, organisation_id, sub_delegation_id, invited_by_organisation_id from purchaser where id = $1`,
        [f.purchaser],
      ),
    ).toBe('23505');
  });

  it("keeps a deal's USD amount the amount at its rate, rounded to the cent", async () => {
    const f = await fixture();
    const deal = `insert into deal (delegation_id, expo_id, purchaser_id, goods, amount, currency, usd_rate, amount_usd)
      values ($1, $2, $3, 'wool', $4, 'JPY', $5, $6) returning id`;
    const cases: [amount: string, rate: string, usd: string, state: string | undefined][] = [
      // the quotient of an agreed 671,234,567.89 USD cut to 10 places gives 671,234,570.00
      ['99999999999.99', '0.0067123457', '671234567.89', '23514'],
      ['99999999999.99', '0.0067123457', '671234570.00', undefined],
      ['99999999999.99', '0.0067123456789', '671234567.89', undefined],
      // half a cent rounds away from zero, as documented
      ['0.10', '1.15', '0.11', '23514'],
      ['0.10', '1.15', '0.12', undefined],
      // 20 decimal places at most, under 10^10
      ['999999999999999999.99', '0.00000000000000000001', '0.01', undefined],
      ['999999999999999999.99', '0.000000000000000000010', '0.01', '23514'],
      ['0.01', '9999999999.99', '100000000.00', undefined],
      ['0.01', '10000000000', '100000000.00', '23514'],
    ];
    for (const [amount, rate, usd, state] of cases) {
      expect(
        await sqlState(t, deal, [f.delegation, f.expo, f.purchaser, amount, rate, usd]),
        `${amount} at ${rate}: ${usd}`,
      ).toBe(state);
    }
    // nor may a later write break it
    const { rows } = await t.sql.query(deal, [
      f.delegation,
      f.expo,
      f.purchaser,
      '100.00',
      '1.08',
      '108.00',
    ]);
    const id = rows[0].id;
    expect(
      await sqlState(t, `update deal set amount_usd = amount_usd + 0.01 where id = $1`, [id]),
    ).toBe('23514');
    expect(await sqlState(t, `update deal set usd_rate = 1.09 where id = $1`, [id])).toBe('23514');
    expect(await sqlState(t, `update deal set amount = 101 where id = $1`, [id])).toBe('23514');
    expect(
      await sqlState(t, `update deal set amount = 101, amount_usd = 109.08 where id = $1`, [id]),
    ).toBeUndefined();
  });

  it('keeps every tenant row inside the delegation it names', async () => {
    const f = await fixture();
    await t.sql
      .query(`insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en)
      select expo_id, 'GS', '甘肃交易团', 'Gansu', '甘肃', 'Gansu' from delegation where key = 'QH'`);
    // a deal of another delegation may not point at this delegation's purchaser
    expect(
      await sqlState(
        t,
        `insert into deal (delegation_id, expo_id, purchaser_id, goods, amount, currency, usd_rate, amount_usd)
      select d.id, d.expo_id, $1, 'wool', 1, 'USD', 1, 1 from delegation d where d.key = 'GS'`,
        [f.purchaser],
      ),
    ).toBe('23503');
    // nor an attendee, nor a purchaser placed in another delegation's sub-delegation
    expect(
      await sqlState(
        t,
        `insert into purchaser (delegation_id, organisation_id, sub_delegation_id, invited_by_organisation_id)
      select d.id, $1, s.id, $1 from delegation d, sub_delegation s where d.key = 'GS' and s.key = 'COMMERCE'`,
        [f.organisation],
      ),
    ).toBe('23503');
  });

  it('never double-books an attendee in overlapping live meetings; the purchaser meets in parallel', async () => {
    const f = await fixture();
    const exhibitor = await t.sql
      .query(`insert into exhibitor (expo_id, exhibition_area_id, name_en, country)
      select e.id, a.id, 'Acme GmbH', 'DE' from expo e join exhibition_area a on a.expo_id = e.id
      where e.key = 'CIIE-5' and a.key = 'TECH_EQUIPMENT' returning id`);
    const match = await t.sql.query(
      `insert into exhibitor_match (delegation_id, purchaser_id, exhibitor_id, status,
        purchaser_accepted_at, exhibitor_accepted_at)
      values ($1, $2, $3, 'ACCEPTED', now(), now()) returning id`,
      [f.delegation, f.purchaser, exhibitor.rows[0].id],
    );
    const people = await t.sql.query(
      `with pe as (insert into person (delegation_id, name) select $1, 'P' || n from generate_series(1, 2) n returning id)
       insert into attendee (delegation_id, purchaser_id, person_id) select $1, $2, id from pe returning id`,
      [f.delegation, f.purchaser],
    );
    const [first, second] = people.rows.map((r) => r.id as string);
    // a meeting asked for by the purchaser's side (PROPOSED: it holds the slot already) and the
    // attendee taking part, in one statement
    const meeting = `with m as (insert into meeting (delegation_id, match_id, purchaser_id, exhibitor_id, phase, mode, starts_at, ends_at, place,
        purchaser_accepted_at)
      values ($1, $2, $3, $4, 'ON_SITE', 'OFFLINE', $5, $6, 'Hall 4.1', now()) returning id, purchaser_id, exhibitor_id, delegation_id)
      insert into meeting_participant (meeting_id, purchaser_id, exhibitor_id, attendee_id, delegation_id)
      select id, purchaser_id, exhibitor_id, $7, delegation_id from m`;
    const args = [f.delegation, match.rows[0].id, f.purchaser, exhibitor.rows[0].id];
    expect(
      await sqlState(t, meeting, [...args, '2022-11-06T10:00:00Z', '2022-11-06T10:30:00Z', first]),
    ).toBeUndefined();
    expect(
      await sqlState(t, meeting, [...args, '2022-11-06T10:15:00Z', '2022-11-06T10:45:00Z', first]),
    ).toBe('23P01');
    // another attendee of the same purchaser, at the same time, with the same exhibitor
    expect(
      await sqlState(t, meeting, [...args, '2022-11-06T10:15:00Z', '2022-11-06T10:45:00Z', second]),
    ).toBeUndefined();
    expect(
      await sqlState(t, meeting, [...args, '2022-11-06T10:30:00Z', '2022-11-06T11:00:00Z', first]),
    ).toBeUndefined();
    // a cancelled meeting holds nobody: the trigger copies its status to its people
    await t.sql.query(
      `update meeting set status = 'CANCELLED' where id = (select meeting_id from meeting_participant
       where attendee_id = $1 and lower(during) = '2022-11-06T10:00:00Z')`,
      [first],
    );
    expect(
      await sqlState(t, meeting, [...args, '2022-11-06T10:00:00Z', '2022-11-06T10:20:00Z', first]),
    ).toBeUndefined();
  });
});

describe('creating an organisation through the API', () => {
  const t = useTestServer();
  const CREATE = `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id nameZh creditCode } }`;

  it('rejects a bad credit code, naming the field, and writes nothing', async () => {
    const before = await t.sql.query(`select count(*)::int as n from organisation`);
    const audits = await t.sql.query(`select count(*)::int as n from audit_event`);
    const { body } = await t.as('ADMIN')(CREATE, {
      input: { kind: 'ENTERPRISE', nameZh: '青海某公司', creditCode: '91350100M000100Y44' },
    });
    expect(body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.creditCode',
    });
    expect(body.errors![0].message).toContain('check character should be 3');
    expect((await t.sql.query(`select count(*)::int as n from organisation`)).rows[0].n).toBe(
      before.rows[0].n,
    );
    expect((await t.sql.query(`select count(*)::int as n from audit_event`)).rows[0].n).toBe(
      audits.rows[0].n,
    );
  });

  it('creates one with a valid code, audited, and refuses the same code twice', async () => {
    const input = {
      kind: 'ENTERPRISE',
      nameZh: '  青海盐湖工业股份有限公司 ',
      creditCode: '91630000710560850Q'.slice(0, 17),
    };
    const { creditCodeCheckCharacter } =
      await import('../../server/src/modules/organisation/credit-code.js');
    input.creditCode += creditCodeCheckCharacter(input.creditCode);
    const { body } = await t.as('ADMIN')(CREATE, { input });
    expect(body.errors).toBeUndefined();
    expect(body.data.createOrganisation).toMatchObject({
      nameZh: '青海盐湖工业股份有限公司',
      creditCode: input.creditCode,
    });
    const audit = await t.sql.query(
      `select action, entity_type from audit_event where after->>'creditCode' = $1`,
      [input.creditCode],
    );
    expect(audit.rows).toEqual([{ action: 'organisation.create', entity_type: 'Organisation' }]);
    const again = await t.as('ADMIN')(CREATE, { input });
    expect(again.body.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.creditCode',
    });
  });
});
