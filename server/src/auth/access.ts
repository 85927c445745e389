import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { AppError, ErrorCode } from '../graphql/errors.js';
import { placeNotFound } from '../graphql/relay.js';
import { rootMethods } from '../graphql/type-graphql-internals.js';
import { Role } from './roles.js';
import type { Viewer } from './viewer.js';
import { msg } from '../i18n/message.js';

/**
 * Who may call a root field (query, mutation or subscription):
 * - `'public'`: anyone, no token needed;
 * - `'authenticated'`: any viewer with a valid token (rows are still limited by scope in SQL);
 * - a list of roles: viewers holding one of them (ADMIN always may).
 * What a permitted viewer then reads or writes is limited by scope in the services and SQL.
 */
export type AccessRule = 'public' | 'authenticated' | readonly Role[];

const rules = new Map<Function, Map<string, AccessRule>>();

/**
 * Refuses a viewer that `rule` does not admit: UNAUTHENTICATED without a token, FORBIDDEN
 * without one of its roles. Root fields run it before they resolve; live subscriptions at
 * subscribe time and again while they run (graphql/live.ts).
 */
export function assertAllowed(rule: AccessRule, viewer: Viewer): void {
  if (rule === 'public') return;
  if (!viewer.authenticated) {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      msg`A token is needed: send "Authorization: Bearer <token>"`,
    );
  }
  if (rule !== 'authenticated' && !viewer.isAdmin && !viewer.hasRole(...rule)) {
    throw new AppError(
      ErrorCode.FORBIDDEN,
      msg`Allowed to ${rule.join(', ')}${rule.includes(Role.ADMIN) ? '' : msg` and ADMIN`} only`,
    );
  }
}

function guard(rule: AccessRule): MiddlewareFn<Context> {
  return ({ context, args }, next) => {
    assertAllowed(rule, context.viewer);
    return next().catch((error: unknown) => {
      throw placeNotFound(error, args);
    });
  };
}

/** Declares the access rule of a root resolver method. Every root field must have one. */
export function Access(rule: AccessRule): MethodDecorator {
  const applyGuard = UseMiddleware(guard(rule));
  return (target, propertyKey, descriptor) => {
    const forClass = rules.get(target.constructor) ?? new Map<string, AccessRule>();
    forClass.set(String(propertyKey), rule);
    rules.set(target.constructor, forClass);
    applyGuard(target, propertyKey, descriptor);
  };
}

export function accessRuleOf(target: Function, methodName: string): AccessRule | undefined {
  return rules.get(target)?.get(methodName);
}

/**
 * Deny by default: the server refuses to build a schema in which a query, mutation or
 * subscription has no declared access rule.
 */
export function assertAccessDeclared(resolvers: readonly Function[]): void {
  const missing = rootMethods(resolvers)
    .filter((m) => !accessRuleOf(m.target, m.methodName))
    .map((m) => `${m.type}.${m.field} (${m.target.name}.${m.methodName})`);
  if (missing.length) {
    throw new Error(`No access rule declared (use @Access) for: ${missing.join(', ')}`);
  }
}
