import type { ServerResponse } from 'node:http';
import { ErrorCode } from '../graphql/errors.js';
import { sendGraphQLError } from './errors.js';
import type { RequestScope } from './request-id.js';
import { msg } from '../i18n/message.js';

/**
 * Answers 504 REQUEST_TIMEOUT when `work` has not answered within `ms`. The work itself goes on
 * until it ends (its answer is then dropped); each of its statements is bounded by PostgreSQL's
 * statement_timeout, and a mutation still commits or rolls back as one transaction.
 */
export async function withTimeout(
  res: ServerResponse,
  ms: number,
  request: RequestScope,
  work: () => Promise<void>,
): Promise<void> {
  if (ms <= 0) return work();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<'expired'>((resolve) => {
    timer = setTimeout(() => resolve('expired'), ms);
  });
  const running = work();
  try {
    if ((await Promise.race([running, expired])) !== 'expired') return;
  } finally {
    clearTimeout(timer);
  }
  running.catch((error) => request.log.error({ err: error }, 'request failed after its timeout'));
  if (res.headersSent) return;
  sendGraphQLError(
    res,
    504,
    ErrorCode.REQUEST_TIMEOUT,
    msg`The request took longer than ${ms} ms and was abandoned; a mutation may still have been carried out, so read before retrying it`,
    {},
    request,
  );
}
