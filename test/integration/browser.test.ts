import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DealAggregateDocument,
  RecruitmentProgressDocument,
  type DealGroupBy,
} from '../../sdk/src/index.js';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { chromiumMissing, launchChromium } from '../helpers/browser.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';
import { exhibitorsInAreas } from '../helpers/trade.js';
import { useTestServer } from '../helpers/server.js';

// Without Chromium these tests cannot run; they are not skipped: one test fails and says why
// (the global setup says it up front too). See README.md, "Browser tests".
const missing = chromiumMissing();

// live updates and page loads, on a busy two-core machine
// generous: CI runs the whole suite on two cores, and Chromium is the slowest guest
const WAIT = { timeout: 45_000 };

/**
 * Replaces the text of GraphiQL's query editor by pasting it, as a user would (typed in, Monaco
 * would close each bracket as it is opened).
 */
async function pasteQuery(page: Page, text: string): Promise<void> {
  await page.evaluate((query) => navigator.clipboard.writeText(query), text);
  await page.click('.graphiql-query-editor .monaco-editor');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  // Monaco draws spaces as no-break spaces
  const shown = async () =>
    (await page.locator('.graphiql-query-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
  await expect.poll(shown, WAIT).toBe(text);
  // GraphiQL re-reads the operations (and so the operation name it sends) a moment after an edit
  await page.waitForTimeout(1_500);
}

/** The response pane's text, with Monaco's no-break spaces and line wrapping undone. */
async function response(page: Page): Promise<string> {
  return (await page.locator('.graphiql-response').innerText()).replace(/[\s\u00a0]+/g, ' ');
}

if (missing) {
  describe('the browser pages', () => {
    it('are tested in Chromium', () => {
      throw new Error(missing);
    });
  });
} else {
  describe('the browser pages, in Chromium', () => {
    const t = useTestServer();
    let chromium: Awaited<ReturnType<typeof launchChromium>>;
    let qh: string;

    beforeAll(async () => {
      chromium = await launchChromium();
      const { rows } = await t.sql.query(`select id from delegation where key = 'QH'`);
      qh = toGlobalId('Delegation', rows[0].id);
    });
    afterAll(async () => {
      await chromium?.close();
    });

    it('GraphiQL at /graphql runs a typed query with the token from its headers editor, and a live subscription', async () => {
      const page = await chromium.context.newPage();
      await page.goto(t.url, { waitUntil: 'load' });
      await page.waitForSelector('.graphiql-query-editor .monaco-editor');
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(t.url).origin,
      });
      await pasteQuery(page, '{ delegation(expoKey: "CIIE-5", key: "QH") { nameEn targetTotal } }');

      // the headers editor opens with no token after "Bearer ": the query is refused
      await page.click('.graphiql-execute-button');
      await expect.poll(() => response(page), WAIT).toContain('UNAUTHENTICATED');

      // with the token (`?token=` puts it into the headers editor), the same query answers
      await page.goto(`${t.url}?token=${encodeURIComponent(await t.token('ADMIN'))}`, {
        waitUntil: 'load',
      });
      await page.waitForSelector('.graphiql-query-editor .monaco-editor');
      await pasteQuery(page, '{ delegation(expoKey: "CIIE-5", key: "QH") { nameEn targetTotal } }');
      await page.click('.graphiql-execute-button');
      await expect.poll(() => response(page), WAIT).toContain('"targetTotal": 174');
      expect(await response(page)).toContain('Qinghai Trading Delegation to the 5th CIIE');

      // the schema loaded (GraphiQL's introspection query passes the server's limits): the
      // documentation explorer lists the root types and their fields
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
      await expect
        .poll(() => page.locator('.graphiql-doc-explorer').innerText(), WAIT)
        .toContain('dealAggregate');

      // a subscription runs over graphql-ws with the same token, and updates in place
      await pasteQuery(
        page,
        `subscription { dealTotals(delegationId: "${qh}", groupBy: [STATUS]) { sequence groups { status count sumUsd } } }`,
      );
      await page.click('.graphiql-execute-button');
      await expect.poll(() => response(page), WAIT).toContain('"sequence": 1');
      const purchaser = await approvedPurchaser(t.sql, { subDelegation: 'ECOLOGY' });
      await insertDeal(t.sql, purchaser, '42.00');
      await expect.poll(() => response(page), WAIT).toContain('"sumUsd": "42.00"');
      await page.close();
    }, 240_000);

    it('the dashboard charts the deal totals per sub-delegation and follows new deals live', async () => {
      const token = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
      const page = await chromium.context.newPage();
      await page.goto(`${new URL(t.url).origin}/dashboard?token=${token}&delegation=CIIE-5/QH`);
      await page.waitForSelector('#status[data-state="live"]');
      // the token leaves the address bar as soon as it is read
      expect(page.url()).not.toContain(token);
      expect(page.url()).toContain('delegation=CIIE-5%2FQH');
      await expect.poll(() => page.locator('h1').innerText(), WAIT).toContain('CIIE-5/QH');

      const total = page.locator('#total');
      const before = BigInt((await total.getAttribute('data-cents')) ?? 'NaN');
      // one bar per sub-delegation of the Qinghai plan
      const keys = await page
        .locator('#chart g.bar')
        .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-key')));
      expect(keys).toEqual(
        expect.arrayContaining(['COMMERCE', 'SCIENCE', 'INDUSTRY', 'ECOLOGY', 'HEALTH']),
      );
      const bar = (key: string) => page.locator(`#chart g.bar[data-key="${key}"]`);
      const healthBefore = BigInt((await bar('HEALTH').getAttribute('data-cents')) ?? 'NaN');

      const health = await approvedPurchaser(t.sql, { subDelegation: 'HEALTH' });
      await insertDeal(t.sql, health, '1234567.89');
      const expected = before + 123456789n;
      await expect.poll(() => total.getAttribute('data-cents'), WAIT).toBe(String(expected));
      expect(await bar('HEALTH').getAttribute('data-cents')).toBe(
        String(healthBefore + 123456789n),
      );
      expect(await total.innerText()).toMatch(/^US\$ [\d,]+\.\d\d in \d+ deals?$/);
      expect(await total.innerText()).toContain(
        `US$ ${(expected / 100n).toLocaleString('en-US')}.${String(expected % 100n).padStart(2, '0')}`,
      );

      // bars are drawn to scale: a deal half the size makes a bar half as long
      const commerce = await approvedPurchaser(t.sql, { subDelegation: 'COMMERCE' });
      const commerceBefore = BigInt((await bar('COMMERCE').getAttribute('data-cents')) ?? 'NaN');
      expect(commerceBefore).toBe(0n);
      await insertDeal(t.sql, commerce, '617283.94');
      await expect
        .poll(() => bar('COMMERCE').getAttribute('data-cents'), WAIT)
        .toBe(String(61728394n));
      const width = async (key: string) =>
        (await bar(key).locator('rect').first().boundingBox())?.width ?? 0;
      const healthCents = Number(healthBefore + 123456789n);
      const ratio = (await width('COMMERCE')) / (await width('HEALTH'));
      expect(ratio).toBeCloseTo(61728394 / healthCents, 1);
      await page.close();
    });

    it('the dashboard charts recruitment against targets, and deals by area, by country and per day, live, in Chinese', async () => {
      const token = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
      const office = await t.client('DELEGATION_OFFICE', 'CIIE-5/QH');
      const page = await chromium.context.newPage();
      await page.goto(`${new URL(t.url).origin}/dashboard?token=${token}&delegation=CIIE-5/QH`);
      await page.waitForSelector('#status[data-state="live"]');
      await page.waitForSelector('#progress-chart g.progress');

      /** What a chart shows: each row's key and figures, from its data attributes. */
      const shown = (chart: string) =>
        page
          .locator(`#${chart} g.bar`)
          .evaluateAll((rows) =>
            rows.map((row) => [
              row.getAttribute('data-key'),
              row.getAttribute('data-cents'),
              Number(row.getAttribute('data-count')),
            ]),
          );
      /** The same figures as the API gives them to anyone who asks (dealAggregate). */
      const served = async (dimension: DealGroupBy) => {
        const { dealAggregate } = await office.request(DealAggregateDocument, {
          filter: { delegation: { eq: qh } },
          groupBy: [dimension],
        });
        const keyOf = (g: (typeof dealAggregate)[number]) =>
          dimension === 'EXHIBITION_AREA'
            ? (g.exhibitionArea?.key ?? '')
            : dimension === 'EXHIBITOR_COUNTRY'
              ? (g.exhibitorCountry ?? '')
              : (g.daySigned ?? '');
        const cents = (usd: string) => {
          const [whole, fraction = ''] = usd.split('.');
          return String(BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0')));
        };
        return dealAggregate
          .filter((g) => g.inTotals)
          .map((g) => [keyOf(g), cents(g.sumUsd), g.count]);
      };
      const same = async (chart: string, dimension: DealGroupBy) => {
        const expected = await served(dimension);
        await expect
          .poll(async () => (await shown(chart)).sort(), WAIT)
          .toEqual([...expected].sort());
      };

      // a signed deal with a German exhibitor in the first area, on a day of the expo week
      const [exhibitor] = await exhibitorsInAreas(t.sql, 'Dashboard');
      const buyer = await approvedPurchaser(t.sql, { subDelegation: 'ECOLOGY' });
      await t.sql.query(`update exhibitor set country = 'DE' where id = $1`, [exhibitor]);
      const { rows: area } = await t.sql.query(
        // a deal in a zone counts under the zone's area
        `select coalesce(up.key, a.key) as key from exhibitor e
         join exhibition_area a on a.id = e.exhibition_area_id
         left join exhibition_area up on up.id = a.parent_id where e.id = $1`,
        [exhibitor],
      );
      await t.sql.query(
        `insert into deal (delegation_id, expo_id, purchaser_id, exhibitor_id, exhibition_area_id, goods,
           amount, currency, usd_rate, amount_usd, status, signed_on)
         select $1, $2, $3, e.id, e.exhibition_area_id, 'dashboard goods', '4321.09', 'USD', 1, '4321.09',
           'SIGNED', '2022-11-06' from exhibitor e where e.id = $4`,
        [buyer.delegation, buyer.expo, buyer.purchaser, exhibitor],
      );
      await expect
        .poll(
          async () => (await shown('day-chart')).find(([key]) => key === '2022-11-06')?.[2],
          WAIT,
        )
        .toBeGreaterThanOrEqual(1);
      // each chart holds exactly the groups and sums the API gives, pushed live
      await same('area-chart', 'EXHIBITION_AREA');
      await same('country-chart', 'EXHIBITOR_COUNTRY');
      await same('day-chart', 'DAY_SIGNED');
      expect((await shown('area-chart')).map(([key]) => key)).toContain(area[0].key);
      expect((await shown('country-chart')).map(([key]) => key)).toContain('DE');

      // recruitment: every sub-delegation and lead unit with the counts recruitmentProgress gives
      const { recruitmentProgress } = await office.request(RecruitmentProgressDocument, {
        delegationId: qh,
      });
      const progress = recruitmentProgress!.subDelegations.flatMap((sub) => [
        [sub.subDelegation!.key, sub.approved, String(sub.target)],
        ...sub.leads.map((lead) => [
          `${sub.subDelegation!.key}/${lead.organisation!.key ?? lead.organisation!.id}`,
          lead.approved,
          lead.target === null ? '' : String(lead.target),
        ]),
      ]);
      await expect
        .poll(
          () =>
            page
              .locator('#progress-chart g.progress')
              .evaluateAll((rows) =>
                rows.map((row) => [
                  row.getAttribute('data-key'),
                  Number(row.getAttribute('data-approved')),
                  row.getAttribute('data-target'),
                ]),
              ),
          WAIT,
        )
        .toEqual(progress);

      // the Chinese labels are drawn with a font that has their glyphs (fonts-noto-cjk), not boxes
      const cdp = await chromium.context.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      for (const chart of ['progress-chart', 'area-chart', 'country-chart']) {
        const { nodeId } = await cdp.send('DOM.querySelector', {
          nodeId: root.nodeId,
          selector: `#${chart} .label-zh`,
        });
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        expect([chart, fonts.map((f) => f.familyName).join(', ')]).toEqual([
          chart,
          expect.stringMatching(/CJK/),
        ]);
        // and a picture of each chart, for a person to look at (in test-results/)
        const png = await page.locator(`#${chart}`).screenshot({
          path: `test-results/dashboard-${chart}.png`,
        });
        expect(png.length).toBeGreaterThan(2_000);
      }
      await page.close();
    }, 120_000);

    it('the dashboard shows the totals the server sends and adds nothing up itself', async () => {
      const token = await t.token('DELEGATION_OFFICE', 'CIIE-5/QH');
      const page = await chromium.context.newPage();
      // between the page and the server, the server's total and subtotals are replaced by
      // figures that no sum of its groups gives: the page must show those
      await page.routeWebSocket(/\/graphql/, (ws) => {
        const server = ws.connectToServer();
        server.onMessage((message) => {
          const frame = JSON.parse(String(message));
          const totals = frame.type === 'next' ? frame.payload?.data?.dealTotals : undefined;
          if (totals) {
            totals.total = { ...totals.total, count: 4242, sumUsd: '4242.42' };
            totals.subtotals = totals.subtotals.map((s: object) => ({
              ...s,
              count: 7,
              sumUsd: '1.23',
            }));
          }
          ws.send(JSON.stringify(frame));
        });
      });
      await page.goto(`${new URL(t.url).origin}/dashboard?token=${token}&delegation=CIIE-5/QH`);
      await page.waitForSelector('#status[data-state="live"]');
      const total = page.locator('#total');
      expect(await total.getAttribute('data-cents')).toBe('424242');
      expect(await total.getAttribute('data-count')).toBe('4242');
      expect(await total.innerText()).toBe('US$ 4,242.42 in 4242 deals');
      // every sub-delegation with deals shows its subtotal as sent
      const health = page.locator('#chart g.bar[data-key="HEALTH"]');
      expect(await health.getAttribute('data-cents')).toBe('123');
      expect(await health.getAttribute('data-count')).toBe('7');
      await page.close();
    });

    it('the dashboard says plainly when a token entered in its form is refused', async () => {
      const page = await chromium.context.newPage();
      await page.goto(`${new URL(t.url).origin}/dashboard`);
      await expect.poll(() => page.locator('#status').innerText(), WAIT).toContain('Enter a token');
      await page.fill('#token', 'not-a-token');
      await page.fill('#delegation', 'CIIE-5/QH');
      await page.click('button[type="submit"]');
      await page.waitForSelector('#status[data-state="error"]');
      expect(await page.locator('#status').innerText()).toContain('token was not accepted');
      await page.close();
    });

    it('the dashboard speaks Chinese to a browser that prefers it (or to ?lang=zh)', async () => {
      const page = await chromium.context.newPage();
      // a browser set to Chinese: navigator.languages is what its Accept-Language is made from
      await page.addInitScript(() =>
        Object.defineProperty(navigator, 'languages', { get: () => ['zh-CN', 'zh', 'en'] }),
      );
      await page.goto(`${new URL(t.url).origin}/dashboard`);
      await expect.poll(() => page.locator('#status').innerText(), WAIT).toContain('请输入令牌');
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.locator('h1').innerText()).toContain('实时成交');
      expect(await page.locator('button[type="submit"]').innerText()).toBe('显示');
      await page.fill('#token', 'not-a-token');
      await page.fill('#delegation', 'CIIE-5/QH');
      await page.click('button[type="submit"]');
      await page.waitForSelector('#status[data-state="error"]');
      expect(await page.locator('#status').innerText()).toContain('令牌未被接受');
      await page.close();
      // ?lang= says it whatever the browser prefers
      const english = await chromium.context.newPage();
      await english.addInitScript(() =>
        Object.defineProperty(navigator, 'languages', { get: () => ['zh-CN'] }),
      );
      await english.goto(`${new URL(t.url).origin}/dashboard?lang=en`);
      await expect
        .poll(() => english.locator('#status').innerText(), WAIT)
        .toContain('Enter a token');
      await english.close();
    });
  });
}
