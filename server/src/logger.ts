import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';
import { redactText, safeError } from './ops/redact.js';
import { traceFields } from './ops/tracing.js';

export type { DestinationStream, Logger };

/**
 * Structured JSON lines (pino) on stderr; stdout stays free for what a command prints. Logs carry
 * no personal data: request logs name the operation, never its variables; errors go through
 * {@link safeError}, which keeps their kind and codes and masks values in their messages.
 */
export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'delegation-hub' },
      // the trace and span of the line, when tracing is on: logs and traces meet on them
      mixin: traceFields,
      serializers: { err: safeError, error: safeError },
      // a second line of defence, should a caller log a request's parts
      redact: {
        paths: [
          'authorization',
          'headers.authorization',
          'req.headers.authorization',
          'token',
          'variables',
          '*.variables',
          'phone',
          'email',
          'idNumber',
          '*.phone',
          '*.email',
          '*.idNumber',
        ],
        censor: '[redacted]',
      },
      hooks: {
        // messages logged as plain strings may quote values too (e.g. a pool error)
        logMethod(args, method) {
          const [first, ...rest] = args;
          if (typeof first === 'string') return method.apply(this, [redactText(first), ...rest]);
          if (typeof rest[0] === 'string') {
            return method.apply(this, [first, redactText(rest[0]), ...rest.slice(1)]);
          }
          return method.apply(this, args);
        },
      },
    },
    destination ?? pino.destination(2),
  );
}
