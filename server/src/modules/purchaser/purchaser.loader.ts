import { selectList, type SelectList } from '../../graphql/columns.js';
import DataLoader from 'dataloader';
import { purchaserScopeSql, type Viewer } from '../../auth/viewer.js';
import type { Context } from '../../graphql/context.js';
import type { ByIdRelation, ManyRelation } from '../../graphql/loaders.js';
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
  'invitedAt',
  'registeredAt',
  'approvedAt',
  'reportedAt',
  'reportBatchId',
  'version',
  'createdAt',
  'updatedAt',
]);
export const PURCHASER_COLUMNS = PURCHASER_SELECT.text;

const ATTENDEE_SELECT = selectList('attendee', 'a', [
  'id',
  'delegationId',
  'purchaserId',
  'personId',
  'jobTitle',
  'createdAt',
  ['subDelegationId', 'p.sub_delegation_id', 'uuid'],
  ['invitedByOrganisationId', 'p.invited_by_organisation_id', 'uuid'],
  ['idNumber', 'pe.id_number', 'text'],
]);
const ATTENDEE_COLUMNS = ATTENDEE_SELECT.text;
const ATTENDEE_FROM = `attendee a join purchaser p on p.id = a.purchaser_id
  join person pe on pe.id = a.person_id`;

const CREDIT_SELECT = selectList('credit_check', 'c', [
  'id',
  'purchaserId',
  'delegationId',
  'result',
  'note',
  'checkedBy',
  'checkedAt',
]);
const CREDIT_COLUMNS = CREDIT_SELECT.text;
const BACKGROUND_SELECT = selectList('background_check', 'b', [
  'id',
  'attendeeId',
  'delegationId',
  'result',
  'note',
  'checkedBy',
  'checkedAt',
]);
const BACKGROUND_COLUMNS = BACKGROUND_SELECT.text;
const BATCH_SELECT = selectList('purchaser_report_batch', 'r', [
  'id',
  'delegationId',
  'reportedAt',
  'reportedBy',
  'purchaserCount',
]);
const BATCH_COLUMNS = BATCH_SELECT.text;

// ---------------------------------------------------------------------------------------------
// Relations in the common purchaser scope: what `node(id)` and other modules (trade) use.

/** Purchasers the viewer reads (see `purchaserScopeSql`); others read as null. */
export const purchaserById: ByIdRelation<Purchaser> = {
  name: 'purchaserById',
  columns: PURCHASER_SELECT,
  typename: 'Purchaser',
  scope: 'purchaser',
  sql: `select ${PURCHASER_COLUMNS} from purchaser p
        where p.id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}`,
};

export const attendeeById: ByIdRelation<Attendee> = {
  name: 'attendeeById',
  columns: ATTENDEE_SELECT,
  typename: 'Attendee',
  scope: 'purchaser',
  sql: `select ${ATTENDEE_COLUMNS} from ${ATTENDEE_FROM}
        where a.id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}`,
};

export const creditCheckById: ByIdRelation<CreditCheck> = {
  name: 'creditCheckById',
  columns: CREDIT_SELECT,
  typename: 'CreditCheck',
  scope: 'purchaser',
  sql: `select ${CREDIT_COLUMNS} from credit_check c join purchaser p on p.id = c.purchaser_id
        where c.id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}`,
};

export const backgroundCheckById: ByIdRelation<BackgroundCheck> = {
  name: 'backgroundCheckById',
  columns: BACKGROUND_SELECT,
  typename: 'BackgroundCheck',
  scope: 'purchaser',
  sql: `select ${BACKGROUND_COLUMNS} from background_check b
        join attendee a on a.id = b.attendee_id join purchaser p on p.id = a.purchaser_id
        where b.id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}`,
};

/** Report batches: read by full readers of the delegation, and by those who read a purchaser in it. */
export const reportBatchById: ByIdRelation<PurchaserReportBatch> = {
  name: 'reportBatchById',
  columns: BATCH_SELECT,
  typename: 'PurchaserReportBatch',
  scope: 'purchaser',
  sql: `select ${BATCH_COLUMNS} from purchaser_report_batch r
        where r.id = any($1::uuid[]) and ($2::boolean or r.delegation_id = any($3::uuid[])
          or exists (select 1 from purchaser p where p.report_batch_id = r.id
            and ${purchaserScopeSql('p', 2)}))`,
};

export const purchasersByReportBatch: ManyRelation<Purchaser> = {
  name: 'purchasersByReportBatch',
  columns: PURCHASER_SELECT,
  key: 'reportBatchId',
  scope: 'purchaser',
  sql: `select ${PURCHASER_COLUMNS} from purchaser p
        where p.report_batch_id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}
        order by p.invited_at, p.id`,
};

export const BATCH_LIST_SQL = `select ${BATCH_COLUMNS} from purchaser_report_batch r`;

// ---------------------------------------------------------------------------------------------
// Relations that the credit and background checkers of a delegation read as well: the purchaser
// scope or'ed with `delegation_id = any($7)` (Viewer.checkDelegationIds). Used by this module's
// own fields; not for `node(id)`, which keeps the common scope.

/** A batch of rows by parent (or by id) in one statement: `$1::uuid[]`, then `$2`…`$7`. */
export interface CheckedRelation<T> {
  name: string;
  /** The column grouping rows under their parent; absent for by-id relations. */
  key?: keyof T & string;
  /** Stamped on by-id rows for Node resolution. */
  typename?: string;
  sql: string;
  /** The columns `sql` selects. */
  columns: SelectList;
}

/** The scope predicate of checker-readable rows over a purchaser alias; parameters $2…$7. */
export function checkedScopeSql(alias: string, first = 2): string {
  return `(${purchaserScopeSql(alias, first)} or ${alias}.delegation_id = any($${first + 5}::uuid[]))`;
}

export function checkedScopeParams(viewer: Viewer): unknown[] {
  return [...viewer.purchaserScopeParams(), viewer.checkDelegationIds ?? []];
}

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
  relation: CheckedRelation<T>,
  parentId: string,
): Promise<T[]> {
  return loaderOf<T[]>(ctx, relation.name, async (ids) => {
    const rows = await ctx.query<T>(relation.sql, [ids, ...checkedScopeParams(ctx.viewer)]);
    const grouped = new Map<string, T[]>();
    for (const row of rows) {
      const key = row[relation.key!] as unknown as string;
      const list = grouped.get(key);
      if (list) list.push(row);
      else grouped.set(key, [row]);
    }
    return ids.map((id) => grouped.get(id) ?? []);
  }).load(parentId);
}

export function loadCheckedById<T extends { id: string }>(
  ctx: Context,
  relation: CheckedRelation<T>,
  id: string,
): Promise<T | null> {
  return loaderOf<T | null>(ctx, relation.name, async (ids) => {
    const rows = await ctx.query<T>(relation.sql, [ids, ...checkedScopeParams(ctx.viewer)]);
    const found = new Map<string, T>();
    for (const row of rows) {
      (row as T & { __typename?: string }).__typename = relation.typename;
      found.set(row.id, row);
    }
    return ids.map((key) => found.get(key) ?? null);
  }).load(id);
}

export const checkedPurchaserById: CheckedRelation<Purchaser> = {
  name: 'checkedPurchaserById',
  columns: PURCHASER_SELECT,
  typename: 'Purchaser',
  sql: `select ${PURCHASER_COLUMNS} from purchaser p
        where p.id = any($1::uuid[]) and ${checkedScopeSql('p')}`,
};

export const checkedAttendeeById: CheckedRelation<Attendee> = {
  name: 'checkedAttendeeById',
  columns: ATTENDEE_SELECT,
  typename: 'Attendee',
  sql: `select ${ATTENDEE_COLUMNS} from ${ATTENDEE_FROM}
        where a.id = any($1::uuid[]) and ${checkedScopeSql('p')}`,
};

export const attendeesByPurchaser: CheckedRelation<Attendee> = {
  name: 'attendeesByPurchaser',
  columns: ATTENDEE_SELECT,
  key: 'purchaserId',
  sql: `select ${ATTENDEE_COLUMNS} from ${ATTENDEE_FROM}
        where a.purchaser_id = any($1::uuid[]) and ${checkedScopeSql('p')}
        order by a.created_at, pe.name, a.id`,
};

/** Newest first. */
export const creditChecksByPurchaser: CheckedRelation<CreditCheck> = {
  name: 'creditChecksByPurchaser',
  columns: CREDIT_SELECT,
  key: 'purchaserId',
  sql: `select ${CREDIT_COLUMNS} from credit_check c join purchaser p on p.id = c.purchaser_id
        where c.purchaser_id = any($1::uuid[]) and ${checkedScopeSql('p')}
        order by c.checked_at desc, c.id`,
};

export const checkedCreditCheckById: CheckedRelation<CreditCheck> = {
  name: 'checkedCreditCheckById',
  columns: CREDIT_SELECT,
  typename: 'CreditCheck',
  sql: `select ${CREDIT_COLUMNS} from credit_check c join purchaser p on p.id = c.purchaser_id
        where c.id = any($1::uuid[]) and ${checkedScopeSql('p')}`,
};

/** Newest first. */
export const backgroundChecksByAttendee: CheckedRelation<BackgroundCheck> = {
  name: 'backgroundChecksByAttendee',
  columns: BACKGROUND_SELECT,
  key: 'attendeeId',
  sql: `select ${BACKGROUND_COLUMNS} from background_check b
        join attendee a on a.id = b.attendee_id join purchaser p on p.id = a.purchaser_id
        where b.attendee_id = any($1::uuid[]) and ${checkedScopeSql('p')}
        order by b.checked_at desc, b.id`,
};

export const checkedBackgroundCheckById: CheckedRelation<BackgroundCheck> = {
  name: 'checkedBackgroundCheckById',
  columns: BACKGROUND_SELECT,
  typename: 'BackgroundCheck',
  sql: `select ${BACKGROUND_COLUMNS} from background_check b
        join attendee a on a.id = b.attendee_id join purchaser p on p.id = a.purchaser_id
        where b.id = any($1::uuid[]) and ${checkedScopeSql('p')}`,
};
