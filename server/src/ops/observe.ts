import type { ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import type { Metrics } from './metrics.js';
import { noteErrors } from './errors.js';
import type { RequestScope } from './request-id.js';

/** Notes who asked and which operation ran into the request's scope (for its log line). */
export function observePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const { request } = contextValue;
      if (request && contextValue.viewer.user) request.userId = contextValue.viewer.user.id;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (request && operation) {
            request.operation = { name: operationName ?? null, type: operation.operation };
          }
        },
        async didEncounterErrors({ errors }) {
          noteErrors(request, errors);
        },
      };
    },
  };
}

/**
 * When the answer is sent: one log line for a GraphQL request (operation, request id, user id,
 * status, duration, error codes; never variables or tokens), and its metrics.
 */
export function observeResponse(
  res: ServerResponse,
  route: string,
  request: RequestScope,
  metrics: Metrics | undefined,
): void {
  const started = process.hrtime.bigint();
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const status = res.writableFinished ? res.statusCode : 499; // 499: the client went away
    metrics?.observeResponse(route, status);
    if (route !== '/graphql') return;
    metrics?.observeRequest(request.operation, seconds, request.errorCodes);
    request.log.info(
      {
        operation: request.operation?.name ?? null,
        operationType: request.operation?.type ?? null,
        userId: request.userId ?? null,
        status,
        durationMs: Math.round(seconds * 1000),
        ...(request.errorCodes.length > 0 && { errors: [...new Set(request.errorCodes)] }),
      },
      'graphql request',
    );
  };
  res.once('finish', finish);
  res.once('close', finish);
}
