import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

/** Structured JSON lines (pino) on stderr; stdout stays free for what a command prints. */
export function createLogger(level: Config['logLevel']): Logger {
  return pino({ level, base: { service: 'delegation-hub' } }, pino.destination(2));
}
