import { sql } from '../../db/sql.js';
import type { Query } from '../../graphql/loaders.js';
import type {
  LeadRecruitmentProgress,
  RecruitmentProgress,
  SubDelegationRecruitmentProgress,
} from './purchaser.type.js';

/** Recruitment progress: an aggregate over the whole delegation, in SQL, against the plan. */

interface CountRow {
  invited: number;
  registered: number;
  approved: number;
  reported: number;
  rejected: number;
  withdrawn: number;
}

const ZERO: CountRow = {
  invited: 0,
  registered: 0,
  approved: 0,
  reported: 0,
  rejected: 0,
  withdrawn: 0,
};

function add(into: CountRow, row: CountRow): void {
  for (const key of Object.keys(ZERO) as (keyof CountRow)[]) into[key] += row[key];
}

/**
 * Per sub-delegation and per lead unit: invited, registered, approved (approved or reported:
 * what counts towards a target), reported, against the targets of the plan. A target shared by
 * co-leads (Industry) counts once, at the sub-delegation; leads with their own targets (Health:
 * HEALTH 10, DRUGS 20) count separately and their sum is the sub-delegation's target.
 */
export async function recruitmentProgress(
  query: Query,
  delegationId: string,
): Promise<RecruitmentProgress> {
  const structure = await query<{
    subId: string;
    sharedTarget: number | null;
    leadId: string | null;
    organisationId: string | null;
    leadTarget: number | null;
  }>(
    sql`select s.id as "subId", s.shared_target_min as "sharedTarget", l.id as "leadId",
       l.organisation_id as "organisationId", l.target_min as "leadTarget"
     from sub_delegation s left join sub_delegation_lead l on l.sub_delegation_id = s.id
     where s.delegation_id = ${sql.value(delegationId)} order by s.position, s.key, l.position`,
  );
  const counts = await query<CountRow & { subId: string; leadId: string | null }>(
    sql`select p.sub_delegation_id as "subId", p.lead_id as "leadId",
       count(*) filter (where p.status <> 'WITHDRAWN')::int as invited,
       count(*) filter (where p.status in ('REGISTERED', 'REJECTED', 'APPROVED', 'REPORTED'))::int as registered,
       count(*) filter (where p.status in ('APPROVED', 'REPORTED'))::int as approved,
       count(*) filter (where p.status = 'REPORTED')::int as reported,
       count(*) filter (where p.status = 'REJECTED')::int as rejected,
       count(*) filter (where p.status = 'WITHDRAWN')::int as withdrawn
     from purchaser p where p.delegation_id = ${sql.value(delegationId)}
     group by p.sub_delegation_id, p.lead_id`,
  );
  const subs = new Map<string, SubDelegationRecruitmentProgress>();
  const leads = new Map<string, LeadRecruitmentProgress>();
  for (const row of structure) {
    let sub = subs.get(row.subId);
    if (!sub) {
      sub = {
        ...ZERO,
        subDelegationId: row.subId,
        target: row.sharedTarget ?? 0,
        sharedTarget: row.sharedTarget !== null,
        targetMet: false,
        leads: [],
      };
      subs.set(row.subId, sub);
    }
    if (row.leadId && row.organisationId) {
      const lead: LeadRecruitmentProgress = {
        ...ZERO,
        leadId: row.leadId,
        organisationId: row.organisationId,
        target: row.leadTarget,
        targetMet: null,
      };
      sub.leads.push(lead);
      leads.set(row.leadId, lead);
      if (!sub.sharedTarget) sub.target += row.leadTarget ?? 0;
    }
  }
  for (const row of counts) {
    const sub = subs.get(row.subId);
    if (sub) add(sub, row);
    const lead = row.leadId ? leads.get(row.leadId) : undefined;
    if (lead) add(lead, row);
  }
  const total: RecruitmentProgress = {
    ...ZERO,
    delegationId,
    target: 0,
    targetMet: true,
    subDelegations: [...subs.values()],
  };
  for (const sub of total.subDelegations) {
    for (const lead of sub.leads)
      lead.targetMet = lead.target === null ? null : lead.approved >= lead.target;
    sub.targetMet = sub.approved >= sub.target && sub.leads.every((l) => l.targetMet !== false);
    add(total, sub);
    total.target += sub.target;
    total.targetMet &&= sub.targetMet;
  }
  return total;
}
