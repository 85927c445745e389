import { GraphQLError } from 'graphql';
import { requireInDelegation } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Viewer } from '../../auth/viewer.js';
import { ErrorCode, notFound } from '../../graphql/errors.js';
import { hasVisibleText } from '../../graphql/text.js';
import { Delegation } from '../delegation/delegation.entity.js';
import { OrganisationKind } from '../organisation/organisation.enums.js';
import { validateOrganisation } from '../organisation/organisation.service.js';
import { inviteIn } from './invitation.service.js';
import { PurchaserCategory } from './purchaser.enums.js';
import { checkCategory, creditCode } from './purchaser.rules.js';
import {
  fileErrors,
  readSheet,
  type SheetColumn,
  type SheetFormat,
  type SheetProblem,
  type SheetRow,
} from './purchaser.sheet.js';
import { purchaserTransaction, type Em } from './purchaser.write.js';
import { cleanRegistration, type RegistrationInput } from './registration.input.js';
import { registerIn } from './registration.service.js';

/**
 * Bulk registration: one row per attendee, rows of one organisation grouped by its credit code
 * (by its name when it has none). The organisation's columns (name, kind, credit code, category,
 * contact) are read from its first row; later rows leave them empty or repeat them. Each
 * organisation is invited and registered by the rules of invitePurchaser and registerPurchaser.
 */
export const PURCHASER_COLUMNS = [
  { key: 'organisation', en: 'organisation', zh: ['单位名称', '企业名称'] },
  { key: 'organisationEn', en: 'organisation_en', zh: ['英文名称', '单位英文名称'] },
  { key: 'kind', en: 'kind', zh: ['单位性质'] },
  { key: 'creditCode', en: 'credit_code', zh: ['统一社会信用代码', '信用代码'] },
  { key: 'category', en: 'category', zh: ['采购商类别', '类别'] },
  { key: 'contactName', en: 'contact_name', zh: ['联系人'] },
  { key: 'contactMobile', en: 'contact_mobile', zh: ['联系人手机'] },
  { key: 'contactPhone', en: 'contact_phone', zh: ['联系人电话', '联系电话'] },
  { key: 'contactEmail', en: 'contact_email', zh: ['联系人邮箱'] },
  { key: 'attendeeName', en: 'attendee_name', zh: ['参会人员', '参会人姓名', '姓名'] },
  { key: 'idNumber', en: 'id_number', zh: ['身份证号', '证件号码'] },
  { key: 'jobTitle', en: 'job_title', zh: ['职务'] },
  { key: 'mobile', en: 'mobile', zh: ['手机'] },
  { key: 'phone', en: 'phone', zh: ['电话'] },
  { key: 'email', en: 'email', zh: ['邮箱'] },
] as const satisfies readonly SheetColumn<string>[];
type Key = (typeof PURCHASER_COLUMNS)[number]['key'];
const REQUIRED: readonly Key[] = [
  'organisation',
  'category',
  'contactName',
  'attendeeName',
  'idNumber',
];
/** The organisation's columns: from its first row, the same or empty on its others. */
const ORGANISATION_KEYS: readonly Key[] = [
  'organisation',
  'organisationEn',
  'kind',
  'creditCode',
  'category',
  'contactName',
  'contactMobile',
  'contactPhone',
  'contactEmail',
];

/** Cells the mutations take as names (required, or marked NameText). */
const NAME_KEYS: readonly Key[] = [
  'organisation',
  'organisationEn',
  'contactName',
  'attendeeName',
  'jobTitle',
];

const KIND_ZH: Record<string, OrganisationKind> = {
  企业: OrganisationKind.ENTERPRISE,
  政府: OrganisationKind.GOVERNMENT,
  协会: OrganisationKind.ASSOCIATION,
  事业单位: OrganisationKind.INSTITUTION,
};

/** Where the rules' field paths lie in a row. */
const COLUMN_OF_FIELD: Record<string, Key> = {
  nameZh: 'organisation',
  nameEn: 'organisationEn',
  creditCode: 'creditCode',
  'organisation.creditCode': 'creditCode',
  'organisation.nameZh': 'organisation',
  'organisation.nameEn': 'organisationEn',
  category: 'category',
  'contact.name': 'contactName',
  'contact.mobile': 'contactMobile',
  'contact.phone': 'contactPhone',
  'contact.email': 'contactEmail',
  name: 'attendeeName',
  idNumber: 'idNumber',
  jobTitle: 'jobTitle',
  mobile: 'mobile',
  phone: 'phone',
  email: 'email',
};

export interface ImportPurchasersCommand {
  delegationId: string;
  format: SheetFormat;
  file: string;
  dryRun: boolean;
}

interface Group {
  rows: SheetRow<Key>[];
  kind: OrganisationKind;
  category: PurchaserCategory | null;
}

class DryRun extends Error {}

/**
 * Imports purchasers and their attendees: every row checked, every problem reported (row and
 * column) in one BAD_USER_INPUT at `file`, and all of it written in one transaction or nothing.
 * `dryRun` checks all of it (the database's rules included) and writes nothing. Returns the new
 * purchasers' ids (none on a dry run) and how many there are.
 */
export async function importPurchasers(
  em: Em,
  viewer: Viewer,
  input: ImportPurchasersCommand,
): Promise<{ ids: string[]; count: number }> {
  const known = viewer.readsDelegation(input.delegationId)
    ? await em.fork().count(Delegation, { id: input.delegationId })
    : 0;
  if (known === 0) throw notFound('Delegation', input.delegationId);
  // who may invite, before the file is read (each organisation is checked again as invited)
  requireInDelegation(
    viewer,
    input.delegationId,
    [Role.MEMBER_UNIT, Role.SUB_DELEGATION_LEAD, Role.DELEGATION_OFFICE],
    'import purchasers',
  );
  const { rows, header } = await readSheet(
    input.format,
    input.file,
    PURCHASER_COLUMNS,
    REQUIRED,
    'file',
  );
  const problems: SheetProblem[] = [];
  const at = (line: number, key: Key | null, error: unknown) => {
    if (!(error instanceof GraphQLError)) throw error;
    const field = String(error.extensions.field ?? '')
      .replace(/^r\./, '')
      .replace(/^attendees\.\d+\./, '');
    const column = key ?? COLUMN_OF_FIELD[field] ?? null;
    problems.push({ line, column: column ? header[column] : null, message: error.message });
  };
  const check = (line: number, key: Key | null, work: () => void) => {
    try {
      work();
    } catch (error) {
      at(line, key, error);
    }
  };

  // the rows, grouped by organisation, each cell checked by the mutations' own rules
  const groups = new Map<string, Group>();
  const idNumbers = new Map<string, number>();
  for (const row of rows) {
    const c = row.cells;
    // the names the mutations' inputs take must show something (graphql/text.ts)
    for (const k of NAME_KEYS) {
      const value = c[k];
      if (value && !hasVisibleText(value)) {
        problems.push({
          line: row.line,
          column: header[k],
          message: 'must hold a visible character (a letter, digit, punctuation mark or symbol)',
        });
      }
    }
    const key = c.creditCode
      ? `code:${c.creditCode.toUpperCase()}`
      : `name:${c.organisation ?? ''}`;
    let group = groups.get(key);
    const before = problems.length;
    if (!group) {
      group = { rows: [], kind: OrganisationKind.ENTERPRISE, category: null };
      groups.set(key, group);
      const g = group;
      check(row.line, 'kind', () => {
        const kind = c.kind
          ? (KIND_ZH[c.kind] ?? c.kind.toUpperCase())
          : OrganisationKind.ENTERPRISE;
        if (!Object.values(OrganisationKind).includes(kind as OrganisationKind)) {
          throw new GraphQLError(
            `kind must be one of ${Object.values(OrganisationKind).join(', ')} or ${Object.keys(KIND_ZH).join('、')}`,
          );
        }
        g.kind = kind as OrganisationKind;
      });
      check(row.line, 'category', () => {
        const category = c.category?.toUpperCase() ?? '';
        if (!category) throw new GraphQLError('category is required');
        if (!Object.values(PurchaserCategory).includes(category as PurchaserCategory)) {
          throw new GraphQLError(
            `category must be one of ${Object.values(PurchaserCategory).join(', ')}`,
          );
        }
        g.category = category as PurchaserCategory;
      });
      check(row.line, null, () => void creditCode(c.creditCode, 'creditCode'));
      check(row.line, null, () =>
        validateOrganisation({
          kind: g.kind,
          nameZh: c.organisation ?? '',
          nameEn: c.organisationEn,
        }),
      );
      check(row.line, null, () =>
        cleanRegistration(
          {
            contact: {
              name: c.contactName ?? '',
              mobile: c.contactMobile,
              phone: c.contactPhone,
              email: c.contactEmail,
            },
          },
          'update',
          'r',
        ),
      );
    } else {
      const first = group.rows[0]!;
      for (const k of ORGANISATION_KEYS) {
        const value = c[k] ?? '';
        if (value && value !== (first.cells[k] ?? '')) {
          problems.push({
            line: row.line,
            column: header[k],
            message: `differs from row ${first.line} of the same organisation (leave it empty or the same)`,
          });
        }
      }
    }
    check(row.line, null, () => cleanRegistration({ attendees: [attendeeOf(row)] }, 'update', 'r'));
    const id = (c.idNumber ?? '').replace(/\s/g, '').toUpperCase();
    const earlier = id ? idNumbers.get(id) : undefined;
    if (earlier !== undefined) {
      problems.push({
        line: row.line,
        column: header.idNumber,
        message: `the same ID number is on row ${earlier}`,
      });
    } else if (id) idNumbers.set(id, row.line);
    group.rows.push(row);
    if (problems.length > before) (group as { bad?: boolean }).bad = true;
  }

  // each organisation as a whole: its attendees and what its category needs
  const registrations = new Map<Group, ReturnType<typeof cleanRegistration>>();
  for (const group of groups.values()) {
    if ((group as { bad?: boolean }).bad) continue;
    const first = group.rows[0]!;
    const input: RegistrationInput = {
      category: group.category,
      creditCode: first.cells.creditCode,
      contact: {
        name: first.cells.contactName ?? '',
        mobile: first.cells.contactMobile,
        phone: first.cells.contactPhone,
        email: first.cells.contactEmail,
      },
      attendees: group.rows.map(attendeeOf),
    };
    try {
      const clean = cleanRegistration(input, 'register', 'r');
      checkCategory(group.category!, {
        kind: group.kind,
        creditCode: clean.creditCode,
        nameZh: first.cells.organisation ?? '',
      });
      registrations.set(group, clean);
    } catch (error) {
      const m = /^r\.attendees\.(\d+)\./.exec(
        String((error as GraphQLError).extensions?.field ?? ''),
      );
      at(m ? group.rows[Number(m[1])]!.line : first.line, null, error);
    }
  }
  if (problems.length > 0) throw fileErrors('file', sorted(problems));

  // the writes: invited and registered as the mutations do, all in one transaction
  try {
    const ids = await purchaserTransaction(
      em,
      async (tx) => {
        const ids: string[] = [];
        for (const [group, clean] of registrations) {
          const first = group.rows[0]!;
          try {
            const purchaser = await inviteIn(tx, viewer, {
              delegationId: input.delegationId,
              subDelegationId: null,
              leadOrganisationId: null,
              organisationId: null,
              organisation: {
                kind: group.kind,
                nameZh: first.cells.organisation ?? '',
                nameEn: first.cells.organisationEn || null,
                creditCode: clean.creditCode,
              },
            });
            await registerIn(tx, viewer, purchaser, clean);
            ids.push(purchaser.id);
          } catch (error) {
            const code = error instanceof GraphQLError ? error.extensions.code : null;
            if (code !== ErrorCode.BAD_USER_INPUT && code !== ErrorCode.ALREADY_REGISTERED)
              throw error;
            at(
              first.line,
              code === ErrorCode.ALREADY_REGISTERED
                ? first.cells.creditCode
                  ? 'creditCode'
                  : 'organisation'
                : null,
              error,
            );
          }
        }
        if (problems.length > 0) throw fileErrors('file', sorted(problems));
        if (input.dryRun) throw new DryRun();
        return ids;
      },
      { what: 'The delegation', field: 'delegationId' },
    );
    return { ids, count: ids.length };
  } catch (error) {
    if (error instanceof DryRun) return { ids: [], count: registrations.size };
    throw error;
  }

  function attendeeOf(row: SheetRow<Key>) {
    return {
      name: row.cells.attendeeName ?? '',
      idNumber: row.cells.idNumber ?? '',
      jobTitle: row.cells.jobTitle,
      mobile: row.cells.mobile,
      phone: row.cells.phone,
      email: row.cells.email,
    };
  }
}

const sorted = (problems: SheetProblem[]) =>
  [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
