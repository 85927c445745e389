import type pg from 'pg';
import { ALL_ROLES, Role } from './roles.js';

/** A role grant as named on the command line: ROLE plus a scope key. */
export interface ScopeIds {
  expoId: string | null;
  delegationId: string | null;
  subDelegationId: string | null;
  /** SUB_DELEGATION_LEAD: the lead unit of the sub-delegation. */
  leadId: string | null;
  organisationId: string | null;
  purchaserId: string | null;
  /** EXHIBITOR: the exhibitor (of `expoId`). */
  exhibitorId?: string | null;
}

const EMPTY: ScopeIds = {
  expoId: null,
  delegationId: null,
  subDelegationId: null,
  leadId: null,
  organisationId: null,
  purchaserId: null,
};

/**
 * Resolves a scope key: `EXPO` (e.g. CIIE-5), `EXPO/DELEGATION` (CIIE-5/QH), and below a
 * delegation `EXPO/DELEGATION/SUB/LEAD` (a lead unit: sub-delegation key, then the lead's
 * organisation key or credit code; `EXPO/DELEGATION/SUB` where the sub-delegation has one lead),
 * `EXPO/DELEGATION/ORG` (member unit by organisation key or credit code) or `EXPO/DELEGATION/ORG`
 * for a purchaser (its organisation); for an EXHIBITOR `EXPO/EXHIBITOR` (the exhibitor's English
 * name).
 */
export async function resolveScope(
  pool: pg.Pool,
  role: Role,
  key: string | undefined,
): Promise<ScopeIds> {
  const parts = key ? key.split('/') : [];
  const need = {
    [Role.ADMIN]: 0,
    [Role.EXPO_BUREAU]: 1,
    [Role.DELEGATION_OFFICE]: 2,
    [Role.CREDIT_CHECKER]: 2,
    [Role.BACKGROUND_CHECKER]: 2,
    [Role.SUB_DELEGATION_LEAD]: parts.length === 4 ? 4 : 3,
    [Role.MEMBER_UNIT]: 3,
    [Role.PURCHASER]: 3,
    [Role.ANALYST]: parts.length === 1 ? 1 : 2,
    [Role.EXHIBITOR]: 2,
  }[role];
  if (parts.length !== need) {
    const shape =
      role === Role.SUB_DELEGATION_LEAD
        ? 'EXPO/DELEGATION/SUB or EXPO/DELEGATION/SUB/LEAD'
        : role === Role.EXHIBITOR
          ? 'EXPO/EXHIBITOR'
          : ['(no scope)', 'EXPO', 'EXPO/DELEGATION', 'EXPO/DELEGATION/KEY'][need];
    throw new Error(`${role} takes a scope of the form ${shape}, got "${key ?? ''}"`);
  }
  if (need === 0) return EMPTY;
  const one = async (sql: string, params: unknown[], what: string): Promise<string> => {
    const { rows } = await pool.query(sql, params);
    if (!rows[0]) throw new Error(`No ${what} "${parts.join('/')}"`);
    return rows[0].id as string;
  };
  const expoId = await one('select id from expo where key = $1', [parts[0]], 'expo');
  if (need === 1) return { ...EMPTY, expoId };
  if (role === Role.EXHIBITOR) {
    const exhibitorId = await one(
      'select id from exhibitor where expo_id = $1 and name_en = $2',
      [expoId, parts[1]],
      'exhibitor',
    );
    return { ...EMPTY, expoId, exhibitorId };
  }
  const delegationId = await one(
    'select id from delegation where expo_id = $1 and key = $2',
    [expoId, parts[1]],
    'delegation',
  );
  if (need === 2) return { ...EMPTY, delegationId };
  const third = parts[2]!;
  if (role === Role.SUB_DELEGATION_LEAD) {
    const subDelegationId = await one(
      'select id from sub_delegation where delegation_id = $1 and key = $2',
      [delegationId, third],
      'sub-delegation',
    );
    const { rows: leads } = await pool.query<{
      id: string;
      key: string | null;
      code: string | null;
    }>(
      `select l.id, o.key, o.credit_code as code
       from sub_delegation_lead l join organisation o on o.id = l.organisation_id
       where l.sub_delegation_id = $1 order by l.position, l.id`,
      [subDelegationId],
    );
    const subKey = parts.slice(0, 3).join('/');
    const choices = leads.map((l) => `${subKey}/${l.key ?? l.code}`).join(', ');
    const fourth = parts[3];
    const lead = fourth
      ? leads.find((l) => l.key === fourth || l.code === fourth)
      : leads.length === 1
        ? leads[0]
        : undefined;
    if (!lead) {
      throw new Error(
        leads.length === 0
          ? `Sub-delegation "${subKey}" has no lead unit to act for`
          : fourth
            ? `"${fourth}" is not a lead unit of "${subKey}": give one of ${choices}`
            : `Sub-delegation "${subKey}" has several lead units: give one of ${choices}`,
      );
    }
    return { ...EMPTY, delegationId, subDelegationId, leadId: lead.id };
  }
  const organisationId = await one(
    'select id from organisation where key = $1 or credit_code = $1',
    [third],
    'organisation',
  );
  if (role === Role.MEMBER_UNIT) return { ...EMPTY, delegationId, organisationId };
  const purchaserId = await one(
    'select id from purchaser where delegation_id = $1 and organisation_id = $2',
    [delegationId, organisationId],
    'purchaser',
  );
  return { ...EMPTY, delegationId, purchaserId };
}

/** Creates the user when missing and gives it these grants (kept when present). */
export async function ensureUser(
  pool: pg.Pool,
  name: string,
  role: Role,
  scopes: ScopeIds[],
  grantedBy: string,
): Promise<string> {
  if (!ALL_ROLES.includes(role))
    throw new Error(`Unknown role ${role}; roles: ${ALL_ROLES.join(', ')}`);
  const client = await pool.connect();
  try {
    await client.query('begin');
    const delegationId = scopes.find((s) => s.delegationId)?.delegationId ?? null;
    // an exhibitor's representative is a user of its edition, managed by the expo bureau
    const expoId = role === Role.EXHIBITOR ? (scopes.find((s) => s.expoId)?.expoId ?? null) : null;
    const { rows } = await client.query(
      `insert into app_user (name, delegation_id, expo_id) values ($1, $2, $3)
       on conflict (name) do update set disabled = false returning id`,
      [name, delegationId, expoId],
    );
    const userId = rows[0].id as string;
    for (const s of scopes) {
      await client.query(
        `insert into role_grant (user_id, role, expo_id, delegation_id, sub_delegation_id, lead_id, organisation_id, purchaser_id, exhibitor_id, granted_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict do nothing`,
        [
          userId,
          role,
          s.expoId,
          s.delegationId,
          s.subDelegationId,
          s.leadId,
          s.organisationId,
          s.purchaserId,
          s.exhibitorId ?? null,
          grantedBy,
        ],
      );
    }
    await client.query('commit');
    return userId;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}
