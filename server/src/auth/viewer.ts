import { createHash } from 'node:crypto';
import type pg from 'pg';
import { AppError, ErrorCode } from '../graphql/errors.js';
import { Role } from './roles.js';
import { verifyToken, type SigningKey } from './tokens.js';
import { msg, type Text } from '../i18n/message.js';

/** One role grant, bound to its scope. */
export interface Grant {
  id: string;
  role: Role;
  expoId: string | null;
  delegationId: string | null;
  subDelegationId: string | null;
  /** SUB_DELEGATION_LEAD: the lead unit (牵头单位) of `subDelegationId` it acts for. */
  leadId: string | null;
  /** SUB_DELEGATION_LEAD: the sub-delegation's leads share one target (each reviews them all). */
  sharedTarget: boolean;
  organisationId: string | null;
  purchaserId: string | null;
  /** For expo-wide grants: the delegations of that expo. */
  expoDelegationIds: string[] | null;
  /**
   * The delegations of earlier editions of the provinces whose delegations this grant covers:
   * a later delegation follows their deals up until they are carried out (read with the grant,
   * VIEWER_SQL); absent: none.
   */
  followedDelegationIds?: string[] | null;
  /** EXHIBITOR: the exhibitor (of `expoId`) the grant represents; absent or null otherwise. */
  exhibitorId?: string | null;
  /**
   * EXHIBITOR: the exhibition areas whose published needs the exhibitor reads (VIEWER_SQL): its
   * own area or zone; for a zone, also the area above it (needs placed in the area with no zone);
   * for an area, also its zones.
   */
  needAreaIds?: string[] | null;
}

/** Roles that read every purchaser-level record of the delegations they cover. */
const FULL_READERS = new Set([Role.EXPO_BUREAU, Role.DELEGATION_OFFICE, Role.ANALYST]);
/** Roles that read purchasers and attendees of their delegation, for the checks they record. */
const CHECKERS = new Set([Role.CREDIT_CHECKER, Role.BACKGROUND_CHECKER]);

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * Who is asking, with the scopes their grants give. Read scopes are arrays of ids that SQL
 * predicates take as parameters; `null` means unrestricted (ADMIN).
 */
export class Viewer {
  readonly isAdmin: boolean;
  /** Delegations whose structure (leading group, sub-delegations, members) the viewer reads. */
  readonly delegationIds: string[] | null;
  /** Delegations all of whose purchasers, needs, matches and deals the viewer reads. */
  readonly fullDelegationIds: string[] | null;
  /**
   * Delegations all of whose deals the viewer reads: those it reads in full, and the earlier
   * editions' delegations of the same provinces, whose deals those follow up.
   */
  readonly dealDelegationIds: string[] | null;
  /** Delegations whose purchasers and attendees the viewer reads for checks. */
  readonly checkDelegationIds: string[] | null;
  /** Sub-delegations the viewer leads (a lead unit of): it reads their purchasers. */
  readonly subDelegationIds: string[];
  /** The lead units the viewer acts for: it reviews their purchasers (see policy.ts). */
  readonly leadUnits: { subDelegationId: string; leadId: string; sharedTarget: boolean }[];
  /** `delegationId:organisationId` of member-unit grants: purchasers they invited. */
  readonly memberUnitKeys: string[];
  readonly purchaserIds: string[];
  /** The exhibitors the viewer represents (EXHIBITOR): their matches, meetings and deals. */
  readonly exhibitorIds: string[];
  /** EXHIBITOR: the delegations of its exhibitors' editions, whose published needs it may read. */
  readonly exhibitorDelegationIds: string[];
  /** EXHIBITOR: the areas and zones whose published needs it reads (see `Grant.needAreaIds`). */
  readonly needAreaIds: string[];
  /** The editions the viewer is the EXPO_BUREAU of: it manages their users (`app_user.expo_id`). */
  readonly bureauExpoIds: string[];
  readonly expoIds: string[] | null;

  constructor(
    readonly user: { id: string; name: string } | null,
    readonly grants: readonly Grant[],
    readonly jti: string | null = null,
  ) {
    this.isAdmin = grants.some((g) => g.role === Role.ADMIN);
    const delegationsOf = (g: Grant) =>
      g.delegationId ? [g.delegationId] : (g.expoDelegationIds ?? []);
    // an exhibitor reads no delegation's structure: its edition's delegations serve its needs
    const exhibitorGrants = grants.filter((g) => g.role === Role.EXHIBITOR && g.exhibitorId);
    this.delegationIds = this.isAdmin
      ? null
      : unique(grants.filter((g) => g.role !== Role.EXHIBITOR).flatMap(delegationsOf));
    this.fullDelegationIds = this.isAdmin
      ? null
      : unique(grants.filter((g) => FULL_READERS.has(g.role)).flatMap(delegationsOf));
    this.dealDelegationIds = this.isAdmin
      ? null
      : unique([
          ...this.fullDelegationIds!,
          ...grants
            .filter((g) => FULL_READERS.has(g.role))
            .flatMap((g) => g.followedDelegationIds ?? []),
        ]);
    this.checkDelegationIds = this.isAdmin
      ? null
      : unique([
          ...this.fullDelegationIds!,
          ...grants.filter((g) => CHECKERS.has(g.role)).flatMap(delegationsOf),
        ]);
    this.subDelegationIds = unique(
      grants.flatMap((g) =>
        g.role === Role.SUB_DELEGATION_LEAD && g.subDelegationId ? [g.subDelegationId] : [],
      ),
    );
    this.leadUnits = grants.flatMap((g) =>
      g.role === Role.SUB_DELEGATION_LEAD && g.subDelegationId && g.leadId
        ? [{ subDelegationId: g.subDelegationId, leadId: g.leadId, sharedTarget: g.sharedTarget }]
        : [],
    );
    this.memberUnitKeys = unique(
      grants.flatMap((g) =>
        // a member unit is a (delegation, organisation) pair: a grant naming no unit acts for none
        g.role === Role.MEMBER_UNIT && g.delegationId && g.organisationId
          ? [`${g.delegationId}:${g.organisationId}`]
          : [],
      ),
    );
    this.purchaserIds = unique(
      grants.flatMap((g) => (g.role === Role.PURCHASER && g.purchaserId ? [g.purchaserId] : [])),
    );
    this.exhibitorIds = unique(exhibitorGrants.map((g) => g.exhibitorId!));
    this.exhibitorDelegationIds = unique(exhibitorGrants.flatMap((g) => g.expoDelegationIds ?? []));
    this.needAreaIds = unique(exhibitorGrants.flatMap((g) => g.needAreaIds ?? []));
    this.bureauExpoIds = unique(
      grants.flatMap((g) => (g.role === Role.EXPO_BUREAU && g.expoId ? [g.expoId] : [])),
    );
    this.expoIds = this.isAdmin
      ? null
      : unique(grants.flatMap((g) => (g.expoId ? [g.expoId] : [])));
  }

  static readonly anonymous = new Viewer(null, []);

  /** The server itself, for work already authorised (shared live totals). */
  static readonly system = new Viewer(
    { id: '00000000-0000-0000-0000-000000000000', name: 'system' },
    [
      {
        id: 'system',
        role: Role.ADMIN,
        expoId: null,
        delegationId: null,
        subDelegationId: null,
        leadId: null,
        sharedTarget: false,
        organisationId: null,
        purchaserId: null,
        expoDelegationIds: null,
      },
    ],
  );

  get authenticated(): boolean {
    return this.user !== null;
  }

  private fingerprintText: string | undefined;

  /**
   * Equal for viewers made from the same user, token and grants, who therefore see exactly the
   * same things (e.g. connections of one dashboard that share subscription results). A SHA-256
   * of them: each subscription keeps its key, fingerprint included, and the grants' JSON is half
   * a kilobyte (5,000 subscribers of one token held 2.9 MB of copies of it).
   */
  get fingerprint(): string {
    return (this.fingerprintText ??= createHash('sha256')
      .update(JSON.stringify([this.user, this.jti, this.grants]))
      .digest('base64url'));
  }

  /** As written into audit events. */
  get actor(): string {
    return this.user ? `${this.user.name} (${this.user.id})` : 'anonymous';
  }

  hasRole(...roles: Role[]): boolean {
    return this.grants.some((g) => roles.includes(g.role));
  }

  /** Grants of these roles that cover a delegation (expo-wide grants cover its delegations). */
  grantsFor(delegationId: string, ...roles: Role[]): Grant[] {
    return this.grants.filter(
      (g) =>
        roles.includes(g.role) &&
        (g.delegationId === delegationId || (g.expoDelegationIds ?? []).includes(delegationId)),
    );
  }

  /** Reads every deal, purchaser and need of this delegation. */
  readsAllOf(delegationId: string): boolean {
    return this.fullDelegationIds === null || this.fullDelegationIds.includes(delegationId);
  }

  /** Reads everything of this expo (ADMIN, or an expo-wide EXPO_BUREAU or ANALYST grant). */
  readsAllOfExpo(expoId: string): boolean {
    return (
      this.isAdmin ||
      this.grants.some(
        (g) => g.expoId === expoId && (g.role === Role.EXPO_BUREAU || g.role === Role.ANALYST),
      )
    );
  }

  /** Reads the structure of this delegation. */
  readsDelegation(delegationId: string): boolean {
    return this.delegationIds === null || this.delegationIds.includes(delegationId);
  }
}

/** The statement that reads who a token is (tests tell it from a request's own). */
export const VIEWER_SQL = `
  select u.id, u.name, u.disabled,
    exists (select 1 from revoked_token r where r.jti = $2) as revoked,
    coalesce(json_agg(json_build_object(
      'id', g.id, 'role', g.role, 'expoId', g.expo_id, 'delegationId', g.delegation_id,
      'subDelegationId', g.sub_delegation_id, 'leadId', g.lead_id,
      'sharedTarget', coalesce((select s.shared_target_min is not null from sub_delegation s
        where s.id = g.sub_delegation_id), false),
      'organisationId', g.organisation_id,
      'purchaserId', g.purchaser_id,
      'expoDelegationIds', case when g.expo_id is not null then
        coalesce((select array_agg(d.id) from delegation d where d.expo_id = g.expo_id), '{}') end,
      'followedDelegationIds', (
        select coalesce(array_agg(distinct own.id), '{}')
        from delegation later join expo later_expo on later_expo.id = later.expo_id
          join delegation own on own.province_en = later.province_en
          join expo own_expo on own_expo.id = own.expo_id
        where case when g.delegation_id is not null then later.id = g.delegation_id
            else later.expo_id = g.expo_id end
          and own_expo.starts_on < later_expo.starts_on),
      'exhibitorId', g.exhibitor_id,
      'needAreaIds', case when g.exhibitor_id is not null then (
        select coalesce(array_agg(distinct a.id), '{}')
        from exhibitor x join exhibition_area own on own.id = x.exhibition_area_id
          join exhibition_area a on a.id = own.id or a.id = own.parent_id or a.parent_id = own.id
        where x.id = g.exhibitor_id) end
    ) order by g.created_at) filter (where g.id is not null), '[]') as grants
  from app_user u left join role_grant g on g.user_id = u.id
  where u.id = $1
  group by u.id`;

const unauthenticated = (message: Text) =>
  new AppError(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });

/** What an `authorization` value may hold, said in every refusal of its form. */
const CREDENTIALS_FORM = msg`Authorization must be "Bearer <token>" (or the token alone)`;

/**
 * The token in an `authorization` value, as an HTTP header or a WebSocket connection parameter
 * holds it alike: `Bearer <token>` (the scheme in any case), or the token alone; `null` when
 * there is none (no value, or an empty one). Anything else is refused (UNAUTHENTICATED).
 */
export function tokenOf(authorization: unknown): string | null {
  if (authorization === undefined || authorization === null) return null;
  if (typeof authorization !== 'string')
    throw unauthenticated(msg`${CREDENTIALS_FORM}: not a string`);
  const value = authorization.trim();
  if (value === '') return null;
  const bearer = /^Bearer(?:\s+(\S+))?$/i.exec(value);
  if (bearer) {
    if (!bearer[1]) throw unauthenticated(msg`${CREDENTIALS_FORM}: the token is missing`);
    return bearer[1];
  }
  // a token alone: one word, as a JWT is (a scheme such as "Basic …" has two)
  if (/^\S+$/.test(value)) return value;
  throw unauthenticated(CREDENTIALS_FORM);
}

/**
 * The `authorization` parameter of a WebSocket's connection_init payload (its name in any case),
 * to hand to {@link Authenticator.authenticate} as an HTTP request's header is.
 */
export function credentialsOf(
  connectionParams: Readonly<Record<string, unknown>> | undefined,
): unknown {
  for (const [name, value] of Object.entries(connectionParams ?? {})) {
    if (name.toLowerCase() === 'authorization') return value;
  }
  return undefined;
}

interface Authenticated {
  viewer: Viewer;
  expiresAt: number;
}

/**
 * Turns an `authorization` value (an HTTP header or the WebSocket connection parameter: one
 * function for both transports, so that they cannot disagree) into a Viewer: the signature and
 * expiry checked, the user enabled, the token not revoked, the grants read fresh (cached for a
 * few seconds, never past the token's expiry).
 */
export class Authenticator {
  /** By token; the promise itself, so that callers at once (live subscriptions) read once. */
  private readonly cache = new Map<string, { read: Promise<Authenticated>; until: number }>();
  private readonly invalidated = new Set<() => void>();

  constructor(
    private readonly key: SigningKey,
    private readonly pool: pg.Pool,
    private readonly ttlMs = 3_000,
  ) {}

  async authenticate(authorization: unknown): Promise<Viewer> {
    const token = tokenOf(authorization);
    if (token === null) return Viewer.anonymous;
    const now = Date.now();
    let cached = this.cache.get(token);
    if (!cached || cached.until <= now) {
      const entry = { read: this.read(token), until: now + this.ttlMs };
      if (this.cache.size >= 10_000) this.cache.clear();
      this.cache.set(token, (cached = entry));
      entry.read.then(
        (read) => (entry.until = Math.min(entry.until, read.expiresAt)),
        () => {
          // refusals and failures are not kept: the next call asks again
          if (this.cache.get(token) === entry) this.cache.delete(token);
        },
      );
    }
    const { viewer, expiresAt } = await cached.read;
    // a token that expires while cached is refused from that moment on
    if (expiresAt <= Date.now()) throw unauthenticated(msg`Invalid token: token has expired`);
    return viewer;
  }

  private async read(token: string): Promise<Authenticated> {
    const verified = await verifyToken(this.key, token);
    if ('problem' in verified) throw unauthenticated(msg`Invalid token: ${verified.problem}`);
    const { rows } = await this.pool.query(VIEWER_SQL, [verified.userId, verified.jti]);
    const row = rows[0] as
      | { id: string; name: string; disabled: boolean; revoked: boolean; grants: Grant[] }
      | undefined;
    if (!row) throw unauthenticated(msg`Invalid token: unknown user`);
    if (row.disabled) throw unauthenticated(msg`Invalid token: user is disabled`);
    if (row.revoked) throw unauthenticated(msg`Invalid token: token has been revoked`);
    return {
      viewer: new Viewer({ id: row.id, name: row.name }, row.grants, verified.jti),
      expiresAt: verified.expiresAt.getTime(),
    };
  }

  /**
   * Forget cached viewers (after a grant, revocation or disable on this instance), and tell
   * those who hold viewers (live subscriptions) to check theirs again.
   */
  invalidate(): void {
    this.cache.clear();
    for (const listener of [...this.invalidated]) listener();
  }

  /** `listener` runs after every {@link invalidate}; the function returned unregisters it. */
  onInvalidate(listener: () => void): () => void {
    this.invalidated.add(listener);
    return () => this.invalidated.delete(listener);
  }
}
