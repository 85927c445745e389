import { describe, expect, it } from 'vitest';
import { backoffMs, signedRequest } from '../../server/src/modules/notification/delivery.worker.js';
import {
  checkWebhookUrl,
  isPrivateAddress,
} from '../../server/src/modules/notification/webhook-target.js';
import { verifySignature } from '../helpers/webhooks.js';

const production = { production: true, allowPrivate: false };

describe('webhook targets, signatures and retries', () => {
  it('knows private, loopback and link-local addresses from public ones', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
    ])
      expect([address, isPrivateAddress(address)]).toEqual([address, true]);
    for (const address of ['8.8.8.8', '172.32.0.1', '1.1.1.1', '2606:4700::1111', '::ffff:8.8.8.8'])
      expect([address, isPrivateAddress(address)]).toEqual([address, false]);
  });

  it('refuses in production a target on a private address, by IP or by a name resolving to one', async () => {
    for (const url of [
      'http://127.0.0.1:8080/hook',
      'http://[::1]/hook',
      'https://169.254.169.254/latest',
      'http://localhost:9/hook',
    ]) {
      const error = await checkWebhookUrl(url, production).then(
        () => undefined,
        (e: unknown) => e as { extensions: Record<string, unknown> },
      );
      expect([url, error?.extensions]).toEqual([url, { code: 'BAD_USER_INPUT', field: 'url' }]);
    }
    // allowed outside production, and with WEBHOOK_ALLOW_PRIVATE
    expect(
      await checkWebhookUrl('http://127.0.0.1:8080/hook', { ...production, production: false }),
    ).toBe('http://127.0.0.1:8080/hook');
    expect(
      await checkWebhookUrl('http://127.0.0.1:8080/hook', { ...production, allowPrivate: true }),
    ).toBe('http://127.0.0.1:8080/hook');
    // a public address literal needs no lookup
    expect(await checkWebhookUrl('https://8.8.8.8/hook', production)).toBe('https://8.8.8.8/hook');
  });

  it('refuses anything but http(s)', async () => {
    for (const url of [
      'ftp://example.com/x',
      'file:///etc/passwd',
      'mailto:a@b.c',
      'example.com',
    ]) {
      await expect(checkWebhookUrl(url, production)).rejects.toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'url' },
      });
    }
  });

  it('signs timestamp.body with the secret, as a receiver verifies it', () => {
    const body = JSON.stringify({ id: 'x', kind: 'TASK_OVERDUE', data: { a: 1 } });
    const headers = signedRequest(
      'whsec_test',
      { eventId: '42', webhookId: 'w' },
      body,
      1_700_000_000,
    );
    expect(headers).toMatchObject({
      'x-delegationhub-delivery': '42:w',
      'x-delegationhub-timestamp': '1700000000',
    });
    expect(verifySignature('whsec_test', headers, body)).toBe(true);
    expect(verifySignature('whsec_other', headers, body)).toBe(false);
    expect(verifySignature('whsec_test', headers, body.replace('1', '2'))).toBe(false);
    expect(
      verifySignature(
        'whsec_test',
        { ...headers, 'x-delegationhub-timestamp': '1700000001' },
        body,
      ),
    ).toBe(false);
  });

  it('backs off exponentially up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 10].map((n) => backoffMs(n, 100, 1_000))).toEqual([
      100, 200, 400, 800, 1_000, 1_000,
    ]);
  });
});
