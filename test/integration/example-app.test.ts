import path from 'node:path';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  InvitePurchaserDocument,
  PurchaserDocument,
  RecordBackgroundCheckDocument,
  RecordCreditCheckDocument,
  RecruitmentProgressDocument,
  RegisterPurchaserDocument,
} from '../../sdk/src/index.js';
import { freePort } from '../../server/src/db/embedded.js';
import { chromiumMissing, launchChromium } from '../helpers/browser.js';
import { approvedPurchaser, insertDeal } from '../helpers/fixtures.js';
import { newCreditCode, newResidentId } from '../helpers/recruitment.js';
import { useTestServer } from '../helpers/server.js';

const root = path.resolve(new URL('../..', import.meta.url).pathname);
const CONFIG = path.join(root, 'examples/review-queue/vite.config.ts');
const WAIT = { timeout: 45_000 };
const missing = chromiumMissing();

// examples/review-queue: a React app on the SDK's typed documents, with Apollo Client (the review
// queue: a normalised cache keyed on global IDs, mutations that update a cached list) and urql
// (progress, and live totals over graphql-ws), built with Vite and served by Vite's preview
// server, which passes /graphql (HTTP and WebSocket) on to the test's server.
describe('the example app (React + Vite, Apollo Client and urql) in Chromium', () => {
  const t = useTestServer();
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let preview: PreviewServer;
  let origin: string;
  const waiting = new Map<string, string>();

  /** A purchaser a member unit invites and registers, with its checks passed: for the lead. */
  async function registeredAndChecked(nameZh: string): Promise<string> {
    const unit = await t.client('MEMBER_UNIT', 'CIIE-5/QH/CULTURE_TOURISM');
    const credit = await t.client('CREDIT_CHECKER', 'CIIE-5/QH');
    const background = await t.client('BACKGROUND_CHECKER', 'CIIE-5/QH');
    const { delegation } = (
      await t.sql.query(`select id as delegation from delegation where key = 'QH'`)
    ).rows[0];
    const { toGlobalId } = await import('../../server/src/graphql/relay.js');
    const { invitePurchaser } = await unit.request(InvitePurchaserDocument, {
      input: {
        delegationId: toGlobalId('Delegation', delegation),
        organisation: { kind: 'ENTERPRISE', nameZh, creditCode: newCreditCode() },
      },
    });
    const purchaserId = invitePurchaser.id;
    await unit.request(RegisterPurchaserDocument, {
      input: {
        purchaserId,
        category: 'IMPORT_TRADE',
        contact: { name: '马联系', mobile: '13800138001' },
        attendees: [{ name: '韩采购', idNumber: newResidentId(), mobile: '13900139001' }],
      },
    });
    await credit.request(RecordCreditCheckDocument, { input: { purchaserId, result: 'PASSED' } });
    const { purchaser } = await background.request(PurchaserDocument, { id: purchaserId });
    for (const attendee of purchaser!.attendees) {
      await background.request(RecordBackgroundCheckDocument, {
        input: { attendeeId: attendee.id, result: 'PASSED' },
      });
    }
    return purchaserId;
  }

  beforeAll(async () => {
    if (missing) return;
    for (const name of ['示例审核甲公司', '示例审核乙公司']) {
      waiting.set(name, await registeredAndChecked(name));
    }
    const { build, preview: startPreview } = await import('vite');
    await build({ configFile: CONFIG, logLevel: 'silent' });
    const port = await freePort();
    const target = new URL(t.url).origin;
    preview = await startPreview({
      configFile: CONFIG,
      logLevel: 'silent',
      preview: {
        port,
        strictPort: true,
        host: '127.0.0.1',
        proxy: { '/graphql': { target, ws: true, changeOrigin: true } },
      },
    });
    origin = `http://127.0.0.1:${port}`;
    chromium = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await chromium?.close();
    await preview?.close();
  });

  it('a lead unit approves and rejects from its queue, the cached list updating without a refetch, and reads its progress; the office’s page gets live totals pushed', async () => {
    if (missing) throw new Error(missing);
    const token = await t.token('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
    const page = await chromium.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') {
        requests.push(request.postData() ?? '');
      }
    });
    const logged: string[] = [];
    page.on('console', (message) => logged.push(message.text()));
    page.on('pageerror', (error) => logged.push(error.message));
    await page.goto(`${origin}/?token=${token}&delegation=CIIE-5/QH`);
    await page.waitForSelector('#queue tr', { timeout: 45_000 }).catch(async (error: Error) => {
      throw new Error(
        `${error.message}\n${await page.locator('body').innerText()}\n${logged.join('\n')}`,
      );
    });
    const names = () =>
      page.locator('#queue tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')));
    expect(await names()).toEqual(expect.arrayContaining([...waiting.keys()]));
    const queued = Number(await page.locator('#queue').getAttribute('data-count'));

    // approve the first: one request (the mutation), the row leaves the cached list
    const [first, second] = [...waiting.keys()];
    const before = requests.length;
    await page.locator(`#queue tr[data-name="${first}"] button.approve`).click();
    await expect.poll(names, WAIT).not.toContain(first);
    expect(await page.locator('#queue').getAttribute('data-count')).toBe(String(queued - 1));
    expect(requests.slice(before).map((body) => JSON.parse(body).operationName)).toEqual([
      'ApprovePurchaser',
    ]);
    const lead = await t.client('SUB_DELEGATION_LEAD', 'CIIE-5/QH/COMMERCE');
    const { purchaser: approved } = await lead.request(PurchaserDocument, {
      id: waiting.get(first!)!,
    });
    expect(approved?.status).toBe('APPROVED');

    // reject the second without a reason: the server's refusal is shown, the row stays
    const row = page.locator(`#queue tr[data-name="${second}"]`);
    await row.locator('button.reject').click();
    await expect.poll(() => row.locator('.error').innerText(), WAIT).toContain('BAD_USER_INPUT');
    await row.locator('input.reason').fill('营业执照已过期');
    await row.locator('button.reject').click();
    await expect.poll(names, WAIT).not.toContain(second);
    const { purchaser: rejected } = await lead.request(PurchaserDocument, {
      id: waiting.get(second!)!,
    });
    expect([rejected?.status, rejected?.rejectionReason]).toEqual(['REJECTED', '营业执照已过期']);

    // progress (urql, read at load): the figures recruitmentProgress gives
    const qh = await page.locator('#progress').getAttribute('data-target');
    const delegationId = (await t.sql.query(`select id from delegation where key = 'QH'`)).rows[0]
      .id;
    const { toGlobalId } = await import('../../server/src/graphql/relay.js');
    const { recruitmentProgress } = await lead.request(RecruitmentProgressDocument, {
      delegationId: toGlobalId('Delegation', delegationId),
    });
    expect(qh).toBe(String(recruitmentProgress!.target));

    // live totals are for who reads the whole delegation: the lead's page says so
    await expect
      .poll(() => page.locator('#totals').getAttribute('data-refused'), WAIT)
      .toBe('FORBIDDEN');
    await page.close();

    // the office's page: live totals (urql over graphql-ws) pushed when a deal is recorded
    const office = await chromium.context.newPage();
    await office.goto(`${origin}/?token=${await t.token('DELEGATION_OFFICE', 'CIIE-5/QH')}`);
    await office
      .waitForSelector('#totals[data-count]:not([data-count=""])', { timeout: 45_000 })
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\n${await office.locator('body').innerText()}`);
      });
    const count = Number(await office.locator('#totals').getAttribute('data-count'));
    const buyer = await approvedPurchaser(t.sql, { subDelegation: 'COMMERCE' });
    await insertDeal(t.sql, buyer, '2500.00');
    await expect
      .poll(() => office.locator('#totals').getAttribute('data-count'), WAIT)
      .toBe(String(count + 1));
    await office.close();
  }, 180_000);
});
