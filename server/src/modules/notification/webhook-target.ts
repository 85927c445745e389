import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { badInput } from '../../graphql/errors.js';
import { msg } from '../../i18n/message.js';

/** Where webhooks may point: in production, never a private, loopback or link-local address. */
export interface TargetPolicy {
  production: boolean;
  /** WEBHOOK_ALLOW_PRIVATE: private targets allowed in production too. */
  allowPrivate: boolean;
}

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** Whether `address` (an IP) is private, loopback, link-local or otherwise not on the internet. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  return PRIVATE.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Why a target may not be delivered to (undefined: it may): in production, a host that does not
 * resolve or resolves to a private address. Checked on registering and again before each POST
 * (a name may resolve elsewhere later).
 */
export async function refusedTarget(url: URL, policy: TargetPolicy): Promise<string | undefined> {
  if (!policy.production || policy.allowPrivate) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string }[];
  try {
    addresses = isIP(host) ? [{ address: host }] : await lookup(host, { all: true });
  } catch {
    return `the host ${host} does not resolve`;
  }
  const found = addresses.find((a) => isPrivateAddress(a.address));
  return found
    ? `${host} is ${found.address}, a private, loopback or link-local address: refused in production`
    : undefined;
}

/** A webhook URL as given, checked: http(s), and a public target in production (else BAD_USER_INPUT). */
export async function checkWebhookUrl(
  raw: string,
  policy: TargetPolicy,
  field = 'url',
): Promise<string> {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput(field, msg`${field} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw badInput(field, msg`${field} must be an http or https URL, not ${url.protocol}`);
  if (text.length > 2000) throw badInput(field, msg`${field} must have at most 2000 characters`);
  const refused = await refusedTarget(url, policy);
  if (refused) throw badInput(field, msg`${field}: ${refused}`);
  return url.toString();
}
