import { circularScope, unitWorkScope } from '../../auth/scope.js';
import { sql, type SQL } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { byId, byParent, type Rows } from '../../graphql/loaders.js';
import type { Query } from '../../graphql/loaders.js';
import type { Circular, CircularRecipient } from './circular.type.js';

/** SQL: how many units the circular at alias `c` is addressed to that none of whose readers has acknowledged it. */
export function unacknowledgedUnits(c: string | symbol): SQL {
  return sql`(select count(*)::int from circular_recipient ur
    where ur.circular_id = ${sql.identifier(c, 'id')} and not exists (
      select 1 from circular_acknowledgement ua
      where ua.circular_id = ur.circular_id and ua.organisation_id = ur.organisation_id))`;
}

const CIRCULAR_SELECT = selectList('circular', 'c', [
  'id',
  'delegationId',
  'title',
  'body',
  'sentBy',
  'sentAt',
  [
    'recipientCount',
    sql`(select count(*)::int from circular_recipient rr where rr.circular_id = c.id)`,
    'int',
  ],
  ['unacknowledgedCount', unacknowledgedUnits('c'), 'int'],
]);

/** Circulars: all of a delegation for those who read it in full, its own for a unit addressed. */
export const CIRCULARS: Rows = {
  typename: 'Circular',
  alias: 'c',
  from: sql`circular c`,
  columns: CIRCULAR_SELECT,
  scope: (viewer) => circularScope(viewer, 'c'),
};

const RECIPIENT_SELECT = selectList('circular_recipient', 'cr', [
  'id',
  'circularId',
  'delegationId',
  'organisationId',
  ['acknowledgedAt', sql`ca.acknowledged_at`, 'timestamptz'],
  ['acknowledgedBy', sql`ca.acknowledged_by`, 'text'],
]);

/**
 * The units a circular is addressed to, each with the first acknowledgement by one of its
 * readers (the unit counts as acknowledged from then): every unit for the office, its own for a
 * unit (see `unitWorkScope`).
 */
const RECIPIENTS: Rows = {
  typename: 'CircularRecipient',
  alias: 'cr',
  from: sql`circular_recipient cr
    left join member_unit mu on mu.delegation_id = cr.delegation_id
      and mu.organisation_id = cr.organisation_id
    left join lateral (
      select a.acknowledged_at, a.acknowledged_by from circular_acknowledgement a
      where a.circular_id = cr.circular_id and a.organisation_id = cr.organisation_id
      order by a.acknowledged_at, a.id limit 1) ca on true`,
  columns: RECIPIENT_SELECT,
  scope: (viewer) => unitWorkScope(viewer, 'cr', 'organisation_id'),
};

export const circularById = byId<Circular>('circularById', CIRCULARS);
export const recipientsByCircular = byParent<CircularRecipient>(
  'recipientsByCircular',
  RECIPIENTS,
  'circularId',
  sql`mu.position nulls last, cr.organisation_id`,
);

const circularSpec: ListSpec = {
  name: 'Circular',
  table: 'circular',
  fields: {
    id: { value: { kind: 'id', type: 'Circular' }, column: 'id' },
    delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
    title: { value: { kind: 'string' }, column: 'title' },
    sentAt: { value: { kind: 'datetime' }, column: 'sentAt' },
    unacknowledged: {
      value: { kind: 'boolean' },
      column: 'unacknowledged',
      expression: (alias) => sql`(${unacknowledgedUnits(alias)} > 0)`,
      description: 'Some unit it is addressed to has not acknowledged it yet.',
    },
  },
};

/** Circulars the viewer reads, newest first. */
export const circularList: ListSource = {
  ...CIRCULARS,
  spec: circularSpec,
  order: { SENT_AT: 'sentAt', TITLE: 'title', ID: 'id' },
  defaultOrder: [{ field: 'SENT_AT', direction: OrderDirection.DESC }],
  tenant: { field: 'delegation', reads: (viewer) => viewer.fullDelegationIds },
};

/** A unit a circular is addressed to, for telling it: its readers, and whether it acknowledged. */
export interface CircularAddressee {
  delegationId: string;
  organisationId: string;
  acknowledgedAt: Date | null;
  /** The users holding the unit's MEMBER_UNIT grant (not disabled): who reads it. */
  userIds: string[];
}

/**
 * Every unit circular `circularId` is addressed to, with its readers and its acknowledgement
 * (for notifications: a new circular for each reader; a reminder where not acknowledged). A
 * system read, unscoped: the caller decides who is told.
 */
export function circularRecipients(query: Query, circularId: string): Promise<CircularAddressee[]> {
  return query<CircularAddressee>(sql`
    select cr.delegation_id as "delegationId", cr.organisation_id as "organisationId",
      (select min(a.acknowledged_at) from circular_acknowledgement a
        where a.circular_id = cr.circular_id and a.organisation_id = cr.organisation_id)
        as "acknowledgedAt",
      coalesce((select array_agg(g.user_id order by g.user_id) from role_grant g
        join app_user u on u.id = g.user_id and not u.disabled
        where g.role = 'MEMBER_UNIT' and g.delegation_id = cr.delegation_id
          and g.organisation_id = cr.organisation_id), '{}') as "userIds"
    from circular_recipient cr
    where cr.circular_id = ${sql.value(circularId)}::uuid
    order by cr.organisation_id`);
}
