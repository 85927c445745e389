import DataLoader from 'dataloader';
import {
  checkedScope,
  fullDelegationScope,
  matchedPurchaserScope,
  purchaserScope,
} from '../../auth/scope.js';
import { or, sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import type { Context } from '../../graphql/context.js';
import {
  byId,
  byParent,
  idArray,
  type ByIdRelation,
  type ManyRelation,
  type Rows,
} from '../../graphql/loaders.js';
import type {
  Attendee,
  BackgroundCheck,
  CreditCheck,
  Purchaser,
  PurchaserReportBatch,
} from './purchaser.type.js';

export const PURCHASER_SELECT = selectList('purchaser', 'p', [
  'id',
  'delegationId',
  'organisationId',
  'subDelegationId',
  'leadId',
  'invitedByOrganisationId',
  'category',
  'status',
  'contactPersonId',
  'rejectionReason',
  'registrationNumber',
  'invitedAt',
  'registeredAt',
  'approvedAt',
  'reportedAt',
  'reportBatchId',
  'version',
  'createdAt',
  'updatedAt',
]);

const ATTENDEE_SELECT = selectList('attendee', 'a', [
  'id',
  'delegationId',
  'purchaserId',
  'personId',
  'jobTitle',
  'createdAt',
  ['subDelegationId', sql`p.sub_delegation_id`, 'uuid'],
  ['invitedByOrganisationId', sql`p.invited_by_organisation_id`, 'uuid'],
  ['idNumber', sql`pe.id_number`, 'text'],
]);
const ATTENDEE_FROM = sql`attendee a join purchaser p on p.id = a.purchaser_id
  join person pe on pe.id = a.person_id`;
const CREDIT_FROM = sql`credit_check c join purchaser p on p.id = c.purchaser_id`;
const BACKGROUND_FROM = sql`background_check b
  join attendee a on a.id = b.attendee_id join purchaser p on p.id = a.purchaser_id`;

const CREDIT_SELECT = selectList('credit_check', 'c', [
  'id',
  'purchaserId',
  'delegationId',
  'result',
  'note',
  'checkedBy',
  'checkedAt',
]);
const BACKGROUND_SELECT = selectList('background_check', 'b', [
  'id',
  'attendeeId',
  'delegationId',
  'result',
  'note',
  'checkedBy',
  'checkedAt',
]);
const BATCH_SELECT = selectList('purchaser_report_batch', 'r', [
  'id',
  'delegationId',
  'reportedAt',
  'reportedBy',
  'purchaserCount',
]);

// ---------------------------------------------------------------------------------------------
// Relations in the common purchaser scope: what `node(id)` and other modules (trade) use.

/** Purchasers the viewer reads (see `purchaserScope`); others read as null. */
const PURCHASERS: Rows = {
  typename: 'Purchaser',
  alias: 'p',
  from: sql`purchaser p`,
  columns: PURCHASER_SELECT,
  scope: (viewer) => or([purchaserScope(viewer), matchedPurchaserScope(viewer)]),
};

const ATTENDEES: Rows = {
  typename: 'Attendee',
  alias: 'a',
  from: ATTENDEE_FROM,
  columns: ATTENDEE_SELECT,
  scope: (viewer) => purchaserScope(viewer),
};

const CREDIT_CHECKS: Rows = {
  typename: 'CreditCheck',
  alias: 'c',
  from: CREDIT_FROM,
  columns: CREDIT_SELECT,
  scope: (viewer) => purchaserScope(viewer),
};

const BACKGROUND_CHECKS: Rows = {
  typename: 'BackgroundCheck',
  alias: 'b',
  from: BACKGROUND_FROM,
  columns: BACKGROUND_SELECT,
  scope: (viewer) => purchaserScope(viewer),
};

/** Report batches: read by full readers of the delegation, and by those who read a purchaser in it. */
const REPORT_BATCHES: Rows = {
  typename: 'PurchaserReportBatch',
  alias: 'r',
  from: sql`purchaser_report_batch r`,
  columns: BATCH_SELECT,
  scope: (viewer) =>
    or([
      fullDelegationScope(viewer, sql`r.delegation_id`),
      sql`exists (select 1 from purchaser p where p.report_batch_id = r.id
        and ${purchaserScope(viewer)})`,
    ]),
};

/** The batches of delegations the viewer reads in full (a delegation's list of its batches). */
export const DELEGATION_REPORT_BATCHES: Rows = {
  ...REPORT_BATCHES,
  scope: (viewer) => fullDelegationScope(viewer, sql`r.delegation_id`),
};

export const purchaserById = byId<Purchaser>('purchaserById', PURCHASERS);
export const attendeeById = byId<Attendee>('attendeeById', ATTENDEES);
export const creditCheckById = byId<CreditCheck>('creditCheckById', CREDIT_CHECKS);
export const backgroundCheckById = byId<BackgroundCheck>('backgroundCheckById', BACKGROUND_CHECKS);
export const reportBatchById = byId<PurchaserReportBatch>('reportBatchById', REPORT_BATCHES);
export const purchasersByReportBatch = byParent<Purchaser>(
  'purchasersByReportBatch',
  PURCHASERS,
  'reportBatchId',
  sql`p.invited_at, p.id`,
);

// ---------------------------------------------------------------------------------------------
// Relations that the credit and background checkers of a delegation read as well: the purchaser
// scope or'ed with the delegations they check (see `checkedScope`). Used by this module's own
// fields; not for `node(id)`, which keeps the common scope.

/** `rows` as the checkers read them too. */
const checked = (rows: Rows): Rows => ({ ...rows, scope: (viewer) => checkedScope(viewer) });

/** Purchasers as the checkers read them too, and as the other party of an exhibitor's matches. */
const checkedPurchasers = (rows: Rows): Rows => ({
  ...rows,
  scope: (viewer) => or([checkedScope(viewer), matchedPurchaserScope(viewer)]),
});

/** Purchasers with their organisation's name, for the purchaser list and its ordering. */
export const CHECKED_PURCHASERS: Rows = {
  ...checkedPurchasers(PURCHASERS),
  from: sql`purchaser p join organisation o on o.id = p.organisation_id`,
  columns: PURCHASER_SELECT.with(
    selectList('organisation', 'o', [['organisationNameZh', sql`o.name_zh`, 'text']]),
  ),
};

/** A relation read with the checkers' scope. */
export type CheckedRelation<T extends { id: string }> = ByIdRelation<T> | ManyRelation<T>;

const perRequest = new WeakMap<object, Map<string, DataLoader<string, unknown>>>();

function loaderOf<V>(ctx: Context, name: string, batch: (ids: readonly string[]) => Promise<V[]>) {
  let loaders = perRequest.get(ctx.loaders);
  if (!loaders) perRequest.set(ctx.loaders, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(batch);
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** Forgets what this request's checked loaders read (after a write in the same request). */
export function forgetChecked(ctx: Context): void {
  perRequest.delete(ctx.loaders);
}

export function loadCheckedMany<T>(
  ctx: Context,
  relation: ManyRelation<T>,
  parentId: string,
): Promise<T[]> {
  return loaderOf<T[]>(ctx, relation.name, async (ids) => {
    const rows = await ctx.query<T>(relation.sql(idArray(ids), ctx.viewer));
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      const key = row[relation.key] as unknown as string;
      const list = grouped.get(key);
      if (list) list.push(row);
      else grouped.set(key, [row]);
    }
    return ids.map((id) => grouped.get(id) ?? []);
  }).load(parentId);
}

function checkedByIdLoader<T extends { id: string }>(ctx: Context, relation: ByIdRelation<T>) {
  return loaderOf<T | null>(ctx, relation.name, async (ids) => {
    const rows = await ctx.query<T>(relation.sql(idArray(ids), ctx.viewer));
    const found = new Map<string, T>();
    for (const row of rows) {
      (row as T & { __typename?: string }).__typename = relation.typename;
      found.set(row.id, row);
    }
    return ids.map((key) => found.get(key) ?? null);
  });
}

export function loadCheckedById<T extends { id: string }>(
  ctx: Context,
  relation: ByIdRelation<T>,
  id: string,
): Promise<T | null> {
  return checkedByIdLoader(ctx, relation).load(id);
}

/**
 * A row this request has just written and read back in the same statement, with every column
 * of `relation`, given to its loader as though read (after {@link forgetChecked}): the answer
 * costs no second statement. The writer makes sure the viewer reads the row.
 */
export function primeChecked<T extends { id: string }>(
  ctx: Context,
  relation: ByIdRelation<T>,
  row: T,
): T {
  (row as T & { __typename?: string }).__typename = relation.typename;
  checkedByIdLoader(ctx, relation).prime(row.id, row);
  return row;
}

export const checkedPurchaserById = byId<Purchaser>('checkedPurchaserById', checked(PURCHASERS));
export const checkedAttendeeById = byId<Attendee>('checkedAttendeeById', checked(ATTENDEES));
export const attendeesByPurchaser = byParent<Attendee>(
  'attendeesByPurchaser',
  checked(ATTENDEES),
  'purchaserId',
  sql`a.created_at, pe.name, a.id`,
);

/** Newest first. */
export const creditChecksByPurchaser = byParent<CreditCheck>(
  'creditChecksByPurchaser',
  checked(CREDIT_CHECKS),
  'purchaserId',
  sql`c.checked_at desc, c.id`,
);
export const checkedCreditCheckById = byId<CreditCheck>(
  'checkedCreditCheckById',
  checked(CREDIT_CHECKS),
);

/** Newest first. */
export const backgroundChecksByAttendee = byParent<BackgroundCheck>(
  'backgroundChecksByAttendee',
  checked(BACKGROUND_CHECKS),
  'attendeeId',
  sql`b.checked_at desc, b.id`,
);
export const checkedBackgroundCheckById = byId<BackgroundCheck>(
  'checkedBackgroundCheckById',
  checked(BACKGROUND_CHECKS),
);
