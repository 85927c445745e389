import { ContactKind, shownContact, type ContactOwner } from '../../auth/masking.js';
import { requireInDelegation } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import { checkedScope, delegationScope } from '../../auth/scope.js';
import type { Viewer } from '../../auth/viewer.js';
import { alias, and, column, sql, type SQL } from '../../db/sql.js';
import { AppError, ErrorCode, notFound } from '../../graphql/errors.js';
import { Delegation } from '../delegation/delegation.entity.js';
import type { Query } from '../../graphql/loaders.js';
import { requireVersion } from '../shared/transaction.js';
import { Purchaser } from './purchaser.entity.js';
import { PurchaserStatus } from './purchaser.enums.js';
import { PURCHASER_COLUMNS } from './purchaser.import.js';
import { text } from './purchaser.rules.js';
import {
  fileErrors,
  readSheet,
  writeSheet,
  type SheetColumn,
  type SheetFormat,
  type SheetProblem,
} from './purchaser.sheet.js';
import {
  auditPurchaser,
  loadPurchaser,
  PURCHASER_VERSION,
  purchaserTransaction,
  type Em,
} from './purchaser.write.js';
import { msg } from '../../i18n/message.js';

/**
 * The hand-over to the expo's registration site (参会注册): the approved purchasers and their
 * attendees as a lead unit uploads them, and the registration numbers the site gives back.
 */

/** The export's columns: the bulk registration's (same headers), then sub-delegation and number. */
export const REGISTRATION_EXPORT_HEADERS = [
  ...PURCHASER_COLUMNS.map((c) => c.zh[0]),
  '分团',
  '注册编号',
] as const;

/** The statuses handed over: approved by the lead unit, or reported up already. */
const HANDED_OVER = [PurchaserStatus.APPROVED, PurchaserStatus.REPORTED];

async function delegationRead(em: Em, viewer: Viewer, delegationId: string): Promise<void> {
  const found = viewer.readsDelegation(delegationId)
    ? await em.fork().count(Delegation, { id: delegationId })
    : 0;
  if (found === 0) throw notFound('Delegation', delegationId);
}

/** One attendee of the export (none: a purchaser without attendees), as the statement reads it. */
interface RegistrationRow {
  purchaserId: string;
  subDelegationId: string;
  invitedByOrganisationId: string;
  category: string | null;
  registrationNumber: string | null;
  subDelegationZh: string;
  organisationZh: string;
  organisationEn: string | null;
  organisationKind: string;
  creditCode: string | null;
  contactName: string | null;
  contactMobile: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  attendeeId: string | null;
  attendeeName: string | null;
  idNumber: string | null;
  jobTitle: string | null;
  attendeeMobile: string | null;
  attendeePhone: string | null;
  attendeeEmail: string | null;
}

/**
 * The delegation's handed-over purchasers the viewer reads (checkedScope: the rule readsPurchaser
 * states in JavaScript), each with its attendees, one row per attendee (one without for none).
 */
function registrationSql(viewer: Viewer, delegationId: string): SQL {
  const p = alias('p');
  const a = alias('a');
  const c = alias('c');
  const ap = alias('ap');
  const o = alias('o');
  const s = alias('s');
  return sql`select
  ${column(p, 'id')} as "purchaserId",
  ${column(p, 'sub_delegation_id')} as "subDelegationId",
  ${column(p, 'invited_by_organisation_id')} as "invitedByOrganisationId",
  ${column(p, 'category')} as "category",
  ${column(p, 'registration_number')} as "registrationNumber",
  ${column(s, 'name_zh')} as "subDelegationZh",
  ${column(o, 'name_zh')} as "organisationZh",
  ${column(o, 'name_en')} as "organisationEn",
  ${column(o, 'kind')} as "organisationKind",
  ${column(o, 'credit_code')} as "creditCode",
  ${column(c, 'name')} as "contactName",
  ${column(c, 'mobile')} as "contactMobile",
  ${column(c, 'phone')} as "contactPhone",
  ${column(c, 'email')} as "contactEmail",
  ${column(a, 'id')} as "attendeeId",
  ${column(ap, 'name')} as "attendeeName",
  ${column(ap, 'id_number')} as "idNumber",
  ${column(a, 'job_title')} as "jobTitle",
  ${column(ap, 'mobile')} as "attendeeMobile",
  ${column(ap, 'phone')} as "attendeePhone",
  ${column(ap, 'email')} as "attendeeEmail"
from purchaser ${sql.identifier(p)}
join organisation ${sql.identifier(o)} on ${column(o, 'id')} = ${column(p, 'organisation_id')}
join sub_delegation ${sql.identifier(s)} on ${column(s, 'id')} = ${column(p, 'sub_delegation_id')}
left join person ${sql.identifier(c)} on ${column(c, 'id')} = ${column(p, 'contact_person_id')}
left join attendee ${sql.identifier(a)} on ${column(a, 'purchaser_id')} = ${column(p, 'id')}
left join person ${sql.identifier(ap)} on ${column(ap, 'id')} = ${column(a, 'person_id')}
where ${and([
    sql`${column(p, 'delegation_id')} = ${sql.value(delegationId)}::uuid`,
    sql`${column(p, 'status')} = any(${sql.value(HANDED_OVER)}::text[])`,
    checkedScope(viewer, p),
  ])}
order by ${column(p, 'id')}, ${column(a, 'id')}`;
}

/**
 * The delegation's APPROVED and REPORTED purchasers the viewer reads (a lead unit: its own), one
 * row per attendee, as XLSX (base64). Sorted by sub-delegation, organisation, attendee.
 */
export async function exportRegistration(
  ctx: { query: Query; viewer: Viewer },
  delegationId: string,
): Promise<{ file: string; purchasers: number; attendees: number }> {
  const { viewer } = ctx;
  const [delegation] = await ctx.query(
    sql`select 1 from delegation d where ${and([
      sql`d.id = ${sql.value(delegationId)}::uuid`,
      delegationScope(viewer, sql`d.id`),
    ])}`,
  );
  if (!delegation) throw notFound('Delegation', delegationId);
  requireInDelegation(
    viewer,
    delegationId,
    [Role.DELEGATION_OFFICE, Role.SUB_DELEGATION_LEAD],
    'export the registration',
  );
  const read = await ctx.query<RegistrationRow>(registrationSql(viewer, delegationId));
  // each purchaser once, with its attendees (a row without one: it has none)
  const purchasers = new Map<string, { p: RegistrationRow; attendees: RegistrationRow[] }>();
  for (const row of read) {
    let entry = purchasers.get(row.purchaserId);
    if (!entry) purchasers.set(row.purchaserId, (entry = { p: row, attendees: [] }));
    if (row.attendeeId !== null) entry.attendees.push(row);
  }
  const sortedPurchasers = [...purchasers.values()].sort(
    (a, b) =>
      a.p.subDelegationZh.localeCompare(b.p.subDelegationZh) ||
      a.p.organisationZh.localeCompare(b.p.organisationZh),
  );
  const rows: (string | null)[][] = [];
  for (const { p, attendees } of sortedPurchasers) {
    // the one masking rule of the API: the file shows what the viewer sees in full
    const owner: ContactOwner = {
      kind: 'personal',
      delegationId,
      purchaser: {
        purchaserId: p.purchaserId,
        subDelegationId: p.subDelegationId,
        invitedByOrganisationId: p.invitedByOrganisationId,
      },
    };
    const phone = (v: string | null) => shownContact(viewer, owner, ContactKind.PHONE_NUMBER, v);
    const email = (v: string | null) => shownContact(viewer, owner, ContactKind.EMAIL_ADDRESS, v);
    const own = [...attendees].sort((a, b) => a.attendeeName!.localeCompare(b.attendeeName!));
    for (const a of own) {
      rows.push([
        p.organisationZh,
        p.organisationEn,
        p.organisationKind,
        p.creditCode,
        p.category,
        p.contactName,
        phone(p.contactMobile),
        phone(p.contactPhone),
        email(p.contactEmail),
        a.attendeeName,
        shownContact(viewer, owner, ContactKind.IDENTITY_DOCUMENT_NUMBER, a.idNumber),
        a.jobTitle,
        phone(a.attendeeMobile),
        phone(a.attendeePhone),
        email(a.attendeeEmail),
        p.subDelegationZh,
        p.registrationNumber,
      ]);
    }
  }
  const file = await writeSheet('参会注册', REGISTRATION_EXPORT_HEADERS, rows);
  return { file, purchasers: purchasers.size, attendees: rows.length };
}

/** Trims a registration number: 1 to 64 characters. */
export function registrationNumber(value: string | null | undefined, field: string): string | null {
  return text(value, field, 'registrationNumber', 64, false);
}

/** The one CONFLICT of a number another purchaser of the delegation has. */
const numberTaken = (field: string, number: string) =>
  new AppError(
    ErrorCode.CONFLICT,
    msg`Registration number ${number} belongs to another purchaser of this delegation`,
    { field },
  );

function setNumber(
  tx: Em,
  viewer: Viewer,
  p: Purchaser,
  number: string | null,
  via: string,
  was: string | null = p.registrationNumber,
) {
  const before = { registrationNumber: was };
  p.registrationNumber = number;
  p.updatedAt = new Date();
  auditPurchaser(tx, viewer, p, 'registrationNumber', before, {
    registrationNumber: number,
    via,
  });
}

/**
 * The office sets (or, with null, clears) the number the registration site gave a purchaser that
 * was APPROVED or REPORTED; guarded by the version the client saw.
 */
export async function setRegistrationNumber(
  em: Em,
  viewer: Viewer,
  input: { purchaserId: string; number: string | null; version: number },
): Promise<string> {
  const number = registrationNumber(input.number, 'number');
  return purchaserTransaction(em, async (tx) => {
    const p = await loadPurchaser(tx, viewer, input.purchaserId);
    requireInDelegation(
      viewer,
      p.delegation.id,
      [Role.DELEGATION_OFFICE],
      'set registration numbers',
    );
    requireVersion(p, input.version, PURCHASER_VERSION);
    if (!HANDED_OVER.includes(p.status)) {
      throw new AppError(
        ErrorCode.INVALID_TRANSITION,
        msg`Only an APPROVED or REPORTED purchaser has a registration number; this one is ${p.status}`,
        { status: p.status, allowedFrom: HANDED_OVER },
      );
    }
    if (number) {
      const other = await tx.count(Purchaser, {
        delegation: p.delegation.id,
        registrationNumber: number,
        id: { $ne: p.id },
      });
      if (other > 0) throw numberTaken('number', number);
    }
    setNumber(tx, viewer, p, number, 'setRegistrationNumber');
    return p.id;
  });
}

const NUMBER_COLUMNS = [
  { key: 'creditCode', en: 'credit_code', zh: ['统一社会信用代码', '信用代码'] },
  { key: 'number', en: 'registration_number', zh: ['注册编号', '参会注册号', '注册号'] },
  { key: 'organisation', en: 'organisation', zh: ['单位名称', '企业名称'] },
] as const satisfies readonly SheetColumn<string>[];

/**
 * Imports the registration site's export: each row a credit code and the number the site gave,
 * matched to the delegation's APPROVED or REPORTED purchasers by credit code. Every unknown code,
 * repeated code or number, and bad cell is reported by row; nothing is written unless all match.
 */
export async function importRegistrationNumbers(
  em: Em,
  viewer: Viewer,
  input: { delegationId: string; format: SheetFormat; file: string },
): Promise<string[]> {
  await delegationRead(em, viewer, input.delegationId);
  requireInDelegation(
    viewer,
    input.delegationId,
    [Role.DELEGATION_OFFICE],
    'import registration numbers',
  );
  const { rows, header } = await readSheet(
    input.format,
    input.file,
    NUMBER_COLUMNS,
    ['creditCode', 'number'],
    'file',
  );
  return purchaserTransaction(em, async (tx) => {
    const purchasers = await tx.find(
      Purchaser,
      { delegation: input.delegationId, status: { $in: HANDED_OVER } },
      { populate: ['organisation'] },
    );
    const byCode = new Map(
      purchasers
        .filter((p) => p.organisation.getEntity().creditCode)
        .map((p) => [p.organisation.getEntity().creditCode!, p]),
    );
    const problems: SheetProblem[] = [];
    const codes = new Map<string, number>();
    const numbers = new Map<string, number>();
    const changes: [Purchaser, string][] = [];
    for (const { line, cells } of rows) {
      const code = (cells.creditCode ?? '').toUpperCase();
      let number: string | null = null;
      try {
        number = registrationNumber(cells.number, 'number');
        if (!number)
          problems.push({ line, column: header.number, message: 'registrationNumber is required' });
      } catch (error) {
        problems.push({ line, column: header.number, message: (error as Error).message });
      }
      const p = byCode.get(code);
      if (!code)
        problems.push({ line, column: header.creditCode, message: 'the credit code is required' });
      else if (codes.has(code)) {
        problems.push({
          line,
          column: header.creditCode,
          message: `the same credit code is on row ${codes.get(code)}`,
        });
      } else if (!p) {
        problems.push({
          line,
          column: header.creditCode,
          message: 'no APPROVED or REPORTED purchaser of this delegation has this credit code',
        });
      }
      codes.set(code, codes.get(code) ?? line);
      if (number && numbers.has(number)) {
        problems.push({
          line,
          column: header.number,
          message: `the same number is on row ${numbers.get(number)}`,
        });
      } else if (number) numbers.set(number, line);
      if (p && number) changes.push([p, number]);
    }
    // a number kept by a purchaser the file does not renumber would be taken twice
    const renumbered = new Set(changes.map(([p]) => p.id));
    for (const other of purchasers) {
      if (renumbered.has(other.id) || !other.registrationNumber) continue;
      const line = numbers.get(other.registrationNumber);
      if (line !== undefined) {
        problems.push({
          line,
          column: header.number,
          message: 'this number belongs to another purchaser of this delegation',
        });
      }
    }
    if (problems.length > 0)
      throw fileErrors(
        'file',
        problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      );
    const moved = changes
      .filter(([p, number]) => p.registrationNumber !== number)
      .map(([p, number]) => ({ p, number, before: p.registrationNumber }));
    // numbers passed between purchasers (a swap) are released first: the unique index checks
    // each row as it is written
    const held = new Set(moved.map((m) => m.before).filter(Boolean));
    if (moved.some((m) => held.has(m.number))) {
      for (const m of moved) m.p.registrationNumber = null;
      await tx.flush();
    }
    for (const m of moved)
      setNumber(tx, viewer, m.p, m.number, 'importRegistrationNumbers', m.before);
    return changes.map(([p]) => p.id);
  });
}
