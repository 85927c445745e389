import type ExcelJS from 'exceljs';
import { newWorkbook } from '../shared/excel.js';
import { GraphQLError } from 'graphql';
import { AppError, badInput, ErrorCode } from '../../graphql/errors.js';
import { keyArg, optionalText, requiredText } from '../expo/expo.rules.js';
import { OrganisationKind } from '../organisation/organisation.enums.js';
import { cleanPerson, type CleanPerson } from '../person/person.rules.js';
import { DelegationContactRole, LeadingGroupRole } from './delegation.enums.js';
import { msg } from '../../i18n/message.js';

/**
 * A delegation's plan as a file (issue #18, "plans as files"): the shape of the built-in
 * `qinghai-ciie5.json`, or an XLSX workbook of one sheet per part. Reading a file gives every
 * error at once, each at its JSON path (`leadingGroup.3.role`) and, for XLSX, its sheet, line
 * and column; the plan it gives is clean (trimmed, checked) and ready to write.
 */

export interface Bilingual {
  zh: string;
  en: string;
}

/** A person of the file: a liaison officer (联络员), a designated person (专人). */
export interface PlanPerson {
  name: string;
  phone?: string | null;
  mobile?: string | null;
  email?: string | null;
}

export interface PlanTarget {
  min: number;
  of: string | null;
}

/** The parts of a plan a delegation's office writes (the edition itself is the bureau's). */
export interface PlanFile {
  expo?: Record<string, unknown>;
  delegation: {
    key: string;
    name: Bilingual;
    province: Bilingual;
    registrationPrinciple?: { zh: string | null; en: string | null } | null;
    officeHostedBy: string;
    contacts: {
      role: DelegationContactRole;
      name: string;
      zh: string | null;
      phone?: string | null;
      fax?: string | null;
      email?: string | null;
    }[];
  };
  /** Every organisation of the plan is a member unit, in this order. */
  organisations: {
    key: string;
    kind: OrganisationKind;
    zh: string;
    en: string | null;
    liaison?: PlanPerson | null;
    designatedPerson?: PlanPerson | null;
  }[];
  leadingGroup: {
    role: LeadingGroupRole;
    name: string;
    title: { zh: string; en: string | null };
    org: string;
  }[];
  subDelegations: {
    key: string;
    zh: string;
    en: string;
    focus: string | null;
    leads: { org: string; target: PlanTarget | null }[];
    sharedTarget?: PlanTarget | null;
    /** Takes in the purchasers of member units without a sub-delegation (exactly one does). */
    receivesUnassigned?: boolean;
  }[];
  /** Duties per member unit: English text, or `{ en, zh }`. */
  responsibilities: { org: string; duties: (string | { en: string; zh: string | null })[] }[];
}

/** Where in an XLSX workbook a JSON path of the plan came from. */
export interface CellRef {
  sheet: string;
  line: number;
  column: string;
}

/** One error of a plan file, machine-readable. */
export interface PlanError {
  /** The JSON path (`leadingGroup.3.role`); for XLSX, of the plan the workbook reads as. */
  path: string;
  message: string;
  sheet?: string;
  line?: number;
  column?: string;
}

export const MAX_PLAN_ERRORS = 200;

/** BAD_USER_INPUT at `field` (the file's input path) listing every error in `extensions.errors`. */
export function planErrors(errors: PlanError[], field: string): AppError {
  const where = (e: PlanError) =>
    e.sheet ? `${e.sheet}!${e.column ?? ''}${e.line ?? ''}` : e.path || '(file)';
  const shown = errors.slice(0, 5).map((e) => `${where(e)}: ${e.message}`);
  const more = errors.length > 5 ? msg`; and ${errors.length - 5} more` : '';
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    msg`The plan has ${errors.length} error(s), nothing was written: ${shown.join('; ')}${more}`,
    { field, errors: errors.slice(0, MAX_PLAN_ERRORS) },
  );
}

// ----------------------------------------------------------------------------------- checks

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects errors while a plan is read; each rule of the API's own (they throw) is reused. */
class Checker {
  readonly errors: PlanError[] = [];

  add(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** Runs a rule that throws BAD_USER_INPUT; its message is kept at `path`, null returned. */
  rule<T>(path: string, run: () => T): T | null {
    try {
      return run();
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === ErrorCode.BAD_USER_INPUT) {
        const field = error.extensions.field;
        this.add(typeof field === 'string' && field ? field : path, error.message);
        return null;
      }
      throw error;
    }
  }

  string(value: unknown, path: string, max: number, required: boolean): string | null {
    if (value == null || value === '') {
      if (required) this.add(path, `${last(path)} is required`);
      return null;
    }
    if (typeof value === 'number') value = String(value);
    if (typeof value !== 'string') {
      this.add(path, `${last(path)} must be text`);
      return null;
    }
    return required
      ? this.rule(path, () => requiredText(value as string, path, max))
      : this.rule(path, () => optionalText(value as string, path, max));
  }

  array(value: unknown, path: string, required = true): unknown[] {
    if (value == null && !required) return [];
    if (!Array.isArray(value)) {
      this.add(path, `${last(path)} must be a list`);
      return [];
    }
    return value;
  }

  object(value: unknown, path: string): Raw {
    if (!isObject(value)) {
      this.add(path, `${last(path) || 'the plan'} must be an object`);
      return {};
    }
    return value;
  }

  oneOf<T extends string>(value: unknown, path: string, values: readonly T[]): T | null {
    if (typeof value === 'string' && (values as readonly string[]).includes(value.trim()))
      return value.trim() as T;
    this.add(path, `${last(path)} must be one of ${values.join(', ')}`);
    return null;
  }

  key(value: unknown, path: string): string | null {
    if (typeof value !== 'string') {
      this.add(path, `${last(path)} is required: capital letters, digits or underscores`);
      return null;
    }
    return this.rule(path, () => keyArg(value, path));
  }

  wholeNumber(value: unknown, path: string, min: number, max: number): number | null {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
      this.add(path, `${last(path)} must be a whole number from ${min} to ${max}`);
      return null;
    }
    return n;
  }

  person(value: unknown, path: string): CleanPerson | null {
    const raw = this.object(value, path);
    if (!isObject(value)) return null;
    const text = (k: string) => (raw[k] == null ? null : String(raw[k] as string | number));
    return this.rule(path, () =>
      cleanPerson(
        { name: text('name'), phone: text('phone'), mobile: text('mobile'), email: text('email') },
        path,
      ),
    );
  }
}

const last = (path: string) => path.split('.').pop() ?? path;

const MAX_TARGET = 1_000_000;

function target(c: Checker, value: unknown, path: string): PlanTarget | null {
  if (value == null) return null;
  const raw = c.object(value, path);
  const min = c.wholeNumber(raw.min, `${path}.min`, 0, MAX_TARGET);
  const of = c.string(raw.of, `${path}.of`, 200, false);
  return min == null ? null : { min, of };
}

/**
 * Checks a plan (parsed JSON, or what a workbook reads as) against every rule the structure's
 * mutations hold, all of it: the plan, clean, and every error (none: the plan may be written).
 */
export function checkPlan(input: unknown): { plan: PlanFile; errors: PlanError[] } {
  const c = new Checker();
  const root = c.object(input, '');

  // organisations: the member units, each once, by key
  const orgKeys = new Set<string>();
  const organisations: PlanFile['organisations'] = [];
  c.array(root.organisations, 'organisations').forEach((value, i) => {
    const at = `organisations.${i}`;
    const raw = c.object(value, at);
    const key = c.key(raw.key, `${at}.key`);
    if (key && orgKeys.has(key)) c.add(`${at}.key`, `organisation ${key} is listed twice`);
    if (key) orgKeys.add(key);
    const kind = c.oneOf(raw.kind, `${at}.kind`, Object.values(OrganisationKind));
    const zh = c.string(raw.zh, `${at}.zh`, 200, true);
    const en = c.string(raw.en, `${at}.en`, 300, false);
    const liaison = raw.liaison == null ? null : c.person(raw.liaison, `${at}.liaison`);
    const designatedPerson =
      raw.designatedPerson == null
        ? null
        : c.person(raw.designatedPerson, `${at}.designatedPerson`);
    if (key && kind && zh) organisations.push({ key, kind, zh, en, liaison, designatedPerson });
  });
  if (Array.isArray(root.organisations) && root.organisations.length === 0)
    c.add('organisations', 'A plan has member units: list at least the one hosting the office');
  const orgRef = (value: unknown, path: string): string | null => {
    if (typeof value !== 'string' || !orgKeys.has(value.trim())) {
      c.add(
        path,
        `${String(value ?? '')} is none of the plan's organisations (organisations.*.key)`,
      );
      return null;
    }
    return value.trim();
  };

  // the delegation and its contacts
  const d = c.object(root.delegation, 'delegation');
  const name = c.object(d.name, 'delegation.name');
  const province = c.object(d.province, 'delegation.province');
  const principle =
    d.registrationPrinciple == null
      ? {}
      : c.object(d.registrationPrinciple, 'delegation.registrationPrinciple');
  const contacts: PlanFile['delegation']['contacts'] = [];
  c.array(d.contacts, 'delegation.contacts', false).forEach((value, i) => {
    const at = `delegation.contacts.${i}`;
    const raw = c.object(value, at);
    const role = c.oneOf(raw.role, `${at}.role`, Object.values(DelegationContactRole));
    const person = c.person({ name: raw.name, phone: raw.phone, email: raw.email }, at);
    const zh = c.string(raw.zh, `${at}.zh`, 200, false);
    const fax =
      raw.fax == null
        ? null
        : c.rule(`${at}.fax`, () => {
            try {
              return cleanPerson({ name: 'fax', phone: String(raw.fax as string) }, '').phone;
            } catch {
              throw badInput(`${at}.fax`, msg`fax must be 5 to 31 digits, spaces, ( ) or -`);
            }
          });
    if (role && person)
      contacts.push({
        role,
        name: person.name,
        zh,
        ...(person.phone ? { phone: person.phone } : {}),
        ...(fax ? { fax } : {}),
        ...(person.email ? { email: person.email } : {}),
      });
  });
  const delegation: PlanFile['delegation'] = {
    key: c.key(d.key, 'delegation.key') ?? '',
    name: {
      zh: c.string(name.zh, 'delegation.name.zh', 200, true) ?? '',
      en: c.string(name.en, 'delegation.name.en', 300, true) ?? '',
    },
    province: {
      zh: c.string(province.zh, 'delegation.province.zh', 100, true) ?? '',
      en: c.string(province.en, 'delegation.province.en', 100, true) ?? '',
    },
    registrationPrinciple: {
      zh: c.string(principle.zh, 'delegation.registrationPrinciple.zh', 500, false),
      en: c.string(principle.en, 'delegation.registrationPrinciple.en', 500, false),
    },
    officeHostedBy: orgRef(d.officeHostedBy, 'delegation.officeHostedBy') ?? '',
    contacts,
  };

  // the leading group: one leader, at most one secretary-general
  const leadingGroup: PlanFile['leadingGroup'] = [];
  const roles = c.array(root.leadingGroup, 'leadingGroup').map((value, i) => {
    const at = `leadingGroup.${i}`;
    const raw = c.object(value, at);
    const role = c.oneOf(raw.role, `${at}.role`, Object.values(LeadingGroupRole));
    const person = c.rule(`${at}.name`, () => {
      const n = typeof raw.name === 'string' ? raw.name : '';
      return cleanPerson({ name: n }, at).name;
    });
    const title = c.object(raw.title, `${at}.title`);
    const titleZh = c.string(title.zh, `${at}.title.zh`, 200, true);
    const titleEn = c.string(title.en, `${at}.title.en`, 300, false);
    const org = orgRef(raw.org, `${at}.org`);
    if (role && person && titleZh && org)
      leadingGroup.push({ role, name: person, title: { zh: titleZh, en: titleEn }, org });
    return role;
  });
  const leaders = roles.flatMap((r, i) => (r === LeadingGroupRole.LEADER ? [i] : []));
  if (roles.length > 0 && leaders.length === 0)
    c.add('leadingGroup', 'The leading group has exactly one LEADER (组长): none is named');
  for (const i of leaders.slice(1))
    c.add(`leadingGroup.${i}.role`, `A second LEADER: the leading group has exactly one`);
  const secretaries = roles.flatMap((r, i) =>
    r === LeadingGroupRole.SECRETARY_GENERAL ? [i] : [],
  );
  for (const i of secretaries.slice(1))
    c.add(
      `leadingGroup.${i}.role`,
      'A second SECRETARY_GENERAL: the leading group has at most one',
    );

  // sub-delegations, their lead units and targets
  const subKeys = new Set<string>();
  const subDelegations: PlanFile['subDelegations'] = [];
  const receiving: number[] = [];
  c.array(root.subDelegations, 'subDelegations').forEach((value, i) => {
    const at = `subDelegations.${i}`;
    const raw = c.object(value, at);
    const key = c.key(raw.key, `${at}.key`);
    if (key && subKeys.has(key)) c.add(`${at}.key`, `sub-delegation ${key} is listed twice`);
    if (key) subKeys.add(key);
    const zh = c.string(raw.zh, `${at}.zh`, 200, true);
    const en = c.string(raw.en, `${at}.en`, 300, true);
    const focus = c.string(raw.focus, `${at}.focus`, 2000, false);
    const sharedTarget = target(c, raw.sharedTarget, `${at}.sharedTarget`);
    const leadOrgs = new Set<string>();
    const leads = c.array(raw.leads, `${at}.leads`, false).flatMap((lead, j) => {
      const lat = `${at}.leads.${j}`;
      const l = c.object(lead, lat);
      const org = orgRef(l.org, `${lat}.org`);
      if (org && leadOrgs.has(org)) c.add(`${lat}.org`, `${org} leads this sub-delegation twice`);
      if (org) leadOrgs.add(org);
      const own = target(c, l.target, `${lat}.target`);
      if (own && raw.sharedTarget != null)
        c.add(
          `${lat}.target`,
          "The co-leads share the sub-delegation's target (sharedTarget): leave their own targets out",
        );
      return org ? [{ org, target: own }] : [];
    });
    let receives: boolean | undefined;
    if (raw.receivesUnassigned != null) {
      if (typeof raw.receivesUnassigned !== 'boolean')
        c.add(`${at}.receivesUnassigned`, 'receivesUnassigned must be true or false');
      else receives = raw.receivesUnassigned;
    }
    if (receives) receiving.push(i);
    if (key && zh && en)
      subDelegations.push({
        key,
        zh,
        en,
        focus,
        leads,
        ...(sharedTarget ? { sharedTarget } : {}),
        ...(receives !== undefined ? { receivesUnassigned: receives } : {}),
      });
  });
  for (const i of receiving.slice(1))
    c.add(
      `subDelegations.${i}.receivesUnassigned`,
      'Exactly one sub-delegation receives the purchasers of units without one',
    );

  // duties (任务分工) per member unit
  const responsibilities: PlanFile['responsibilities'] = [];
  c.array(root.responsibilities, 'responsibilities', false).forEach((value, i) => {
    const at = `responsibilities.${i}`;
    const raw = c.object(value, at);
    const org = orgRef(raw.org, `${at}.org`);
    const duties = c.array(raw.duties, `${at}.duties`).flatMap((duty, j) => {
      const dat = `${at}.duties.${j}`;
      if (typeof duty === 'string') {
        const en = c.string(duty, dat, 1000, true);
        return en ? [en] : [];
      }
      const d2 = c.object(duty, dat);
      const en = c.string(d2.en, `${dat}.en`, 1000, true);
      const zh = c.string(d2.zh, `${dat}.zh`, 1000, false);
      return en ? [zh ? { en, zh } : en] : [];
    });
    if (org) responsibilities.push({ org, duties });
  });

  return {
    plan: {
      ...(isObject(root.expo) ? { expo: root.expo } : {}),
      delegation,
      organisations,
      leadingGroup,
      subDelegations,
      responsibilities,
    },
    errors: c.errors,
  };
}

/** A JSON plan: parsed, then checked. */
export function readJsonPlan(text: string): { plan: PlanFile; errors: PlanError[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      plan: undefined as never,
      errors: [{ path: '', message: `Not JSON: ${(error as Error).message}` }],
    };
  }
  return checkPlan(parsed);
}

// -------------------------------------------------------------------------------------- XLSX

/**
 * A column of a sheet: its English and Chinese headers, and the field of the plan it fills,
 * as a path in the part a row is (`title.zh`). A cell is read as text, unless it is `as-is`
 * (keys, enums and numbers, checked as the JSON plan's are) or a yes/no `flag`.
 */
interface Column {
  key: string;
  zh: string;
  path?: string;
  cell?: 'as-is' | 'flag';
}

interface Sheet {
  name: string;
  zh: string;
  columns: readonly Column[];
  /** The plan's list whose items the rows are, one a row. */
  list?: string;
  /** Parts of a row that are left out (null) when all their cells are empty. */
  optional?: readonly string[];
}

/** The workbook's layout: one sheet per part of the plan, documented in the README. */
export const SHEETS = {
  delegation: {
    name: 'Delegation',
    zh: '交易团',
    columns: [
      { key: 'key', zh: '代码', path: 'key', cell: 'as-is' },
      { key: 'name_zh', zh: '名称', path: 'name.zh' },
      { key: 'name_en', zh: '英文名称', path: 'name.en' },
      { key: 'province_zh', zh: '省份', path: 'province.zh' },
      { key: 'province_en', zh: '省份英文', path: 'province.en' },
      { key: 'principle_zh', zh: '报名原则', path: 'registrationPrinciple.zh' },
      { key: 'principle_en', zh: '报名原则英文', path: 'registrationPrinciple.en' },
      { key: 'office_hosted_by', zh: '办公室所在单位', path: 'officeHostedBy', cell: 'as-is' },
    ],
  },
  contacts: {
    name: 'Contacts',
    zh: '联系人',
    list: 'delegation.contacts',
    columns: [
      { key: 'role', zh: '类别', path: 'role', cell: 'as-is' },
      { key: 'name', zh: '姓名', path: 'name' },
      { key: 'label_zh', zh: '职责', path: 'zh' },
      { key: 'phone', zh: '电话', path: 'phone' },
      { key: 'fax', zh: '传真', path: 'fax' },
      { key: 'email', zh: '邮箱', path: 'email' },
    ],
  },
  memberUnits: {
    name: 'MemberUnits',
    zh: '成员单位',
    list: 'organisations',
    optional: ['liaison', 'designatedPerson'],
    columns: [
      { key: 'key', zh: '代码', path: 'key', cell: 'as-is' },
      { key: 'kind', zh: '类型', path: 'kind', cell: 'as-is' },
      { key: 'name_zh', zh: '单位名称', path: 'zh' },
      { key: 'name_en', zh: '英文名称', path: 'en' },
      { key: 'liaison_name', zh: '联络员', path: 'liaison.name' },
      { key: 'liaison_phone', zh: '联络员电话', path: 'liaison.phone' },
      { key: 'liaison_mobile', zh: '联络员手机', path: 'liaison.mobile' },
      { key: 'liaison_email', zh: '联络员邮箱', path: 'liaison.email' },
      { key: 'designated_name', zh: '专人', path: 'designatedPerson.name' },
      { key: 'designated_phone', zh: '专人电话', path: 'designatedPerson.phone' },
      { key: 'designated_mobile', zh: '专人手机', path: 'designatedPerson.mobile' },
      { key: 'designated_email', zh: '专人邮箱', path: 'designatedPerson.email' },
    ],
  },
  leadingGroup: {
    name: 'LeadingGroup',
    zh: '领导小组',
    list: 'leadingGroup',
    columns: [
      { key: 'role', zh: '职务类别', path: 'role', cell: 'as-is' },
      { key: 'name', zh: '姓名', path: 'name' },
      { key: 'title_zh', zh: '职务', path: 'title.zh' },
      { key: 'title_en', zh: '职务英文', path: 'title.en' },
      { key: 'org', zh: '所在单位', path: 'org', cell: 'as-is' },
    ],
  },
  subDelegations: {
    name: 'SubDelegations',
    zh: '交易分团',
    list: 'subDelegations',
    optional: ['sharedTarget'],
    columns: [
      { key: 'key', zh: '代码', path: 'key', cell: 'as-is' },
      { key: 'name_zh', zh: '名称', path: 'zh' },
      { key: 'name_en', zh: '英文名称', path: 'en' },
      { key: 'focus', zh: '组团重点', path: 'focus' },
      { key: 'shared_target_min', zh: '共同目标数', path: 'sharedTarget.min', cell: 'as-is' },
      { key: 'shared_target_of', zh: '共同目标对象', path: 'sharedTarget.of' },
      {
        key: 'receives_unassigned',
        zh: '接收其他单位采购商',
        path: 'receivesUnassigned',
        cell: 'flag',
      },
    ],
  },
  /** A lead unit of the sub-delegation its first column names (the row is filed under it). */
  leads: {
    name: 'Leads',
    zh: '牵头单位',
    optional: ['target'],
    columns: [
      { key: 'sub_delegation', zh: '交易分团' },
      { key: 'org', zh: '牵头单位', path: 'org', cell: 'as-is' },
      { key: 'target_min', zh: '目标数', path: 'target.min', cell: 'as-is' },
      { key: 'target_of', zh: '目标对象', path: 'target.of' },
    ],
  },
  /** A duty a row, gathered by member unit (the first column). */
  responsibilities: {
    name: 'Responsibilities',
    zh: '任务分工',
    list: 'responsibilities',
    columns: [
      { key: 'org', zh: '单位', path: 'org', cell: 'as-is' },
      { key: 'duty_en', zh: '任务英文', path: 'en' },
      { key: 'duty_zh', zh: '任务', path: 'zh' },
    ],
  },
} as const satisfies Record<string, Sheet>;

type SheetKey = keyof typeof SHEETS;
type Row = { line: number; values: Record<string, unknown>; columns: Record<string, string> };

function cellValue(value: ExcelJS.CellValue): unknown {
  if (value == null) return null;
  if (typeof value === 'object') {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return value.text;
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    return null;
  }
  return typeof value === 'string' ? value.trim() || null : value;
}

function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The rows of one sheet by column key; headers in English or Chinese. */
function readSheet(
  workbook: ExcelJS.Workbook,
  key: SheetKey,
  errors: PlanError[],
  required: boolean,
): { rows: Row[]; sheet: string } {
  const spec: Sheet = SHEETS[key];
  const sheet = workbook.worksheets.find(
    (w) => w.name.trim().toLowerCase() === spec.name.toLowerCase() || w.name.trim() === spec.zh,
  );
  if (!sheet) {
    if (required)
      errors.push({
        path: '',
        sheet: spec.name,
        message: `The workbook has no sheet ${spec.name} (${spec.zh})`,
      });
    return { rows: [], sheet: spec.name };
  }
  const at: Record<number, string> = {};
  sheet.getRow(1).eachCell((cell, n) => {
    const header = String(cellValue(cell.value) ?? '').trim();
    const column = spec.columns.find((c) => c.key === header.toLowerCase() || c.zh === header);
    if (column) at[n] = column.key;
    else if (header)
      errors.push({
        path: '',
        sheet: sheet.name,
        line: 1,
        column: columnLetter(n),
        message: `Unknown column "${header}": the columns are ${spec.columns.map((c) => `${c.key} (${c.zh})`).join(', ')}`,
      });
  });
  const rows: Row[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const values: Record<string, unknown> = {};
    const columns: Record<string, string> = {};
    for (const [n, k] of Object.entries(at)) {
      values[k] = cellValue(row.getCell(Number(n)).value);
      columns[k] = columnLetter(Number(n));
    }
    if (Object.values(values).some((v) => v != null)) rows.push({ line, values, columns });
  });
  return { rows, sheet: sheet.name };
}

const YES = /^(true|yes|y|1|是)$/i;
const NO = /^(false|no|n|0|否)$/i;

/** A cell as the plan's value (see `Column`); a flag that is neither yes nor no stays as is. */
function planValue(column: Column, value: unknown): unknown {
  if (value == null) return null;
  if (column.cell === 'as-is') return value;
  if (column.cell === 'flag')
    return value === true || YES.test(String(value as string))
      ? true
      : value === false || NO.test(String(value as string))
        ? false
        : value;
  return String(value as string);
}

const columnsOf = (key: SheetKey, only?: (column: Column) => boolean): Column[] =>
  (SHEETS[key].columns as readonly Column[]).filter((c) => c.path && (!only || only(c)));

/** The part of the plan a row's cells fill (all of them, or the `columns` given). */
function partOf(key: SheetKey, values: Record<string, unknown>, columns = columnsOf(key)): Raw {
  const part: Raw = {};
  for (const column of columns) {
    const names = column.path!.split('.');
    let into = part;
    for (const name of names.slice(0, -1)) into = (into[name] ??= {}) as Raw;
    into[names[names.length - 1]!] = planValue(column, values[column.key]);
  }
  for (const name of (SHEETS[key] as Sheet).optional ?? [])
    if (isObject(part[name]) && Object.values(part[name]).every((v) => v == null))
      part[name] = null;
  return part;
}

/** Where the JSON paths of a row's part (`at` and below) came from: each at its column's cell. */
function note(
  where: Map<string, CellRef>,
  sheet: string,
  row: Row,
  at: string,
  columns: Column[],
): void {
  for (const column of columns) {
    const names = column.path!.split('.');
    for (let n = 0; n <= names.length; n++) {
      const path = [at, ...names.slice(0, n)].join('.');
      if (!where.has(path))
        where.set(path, { sheet, line: row.line, column: row.columns[column.key] ?? 'A' });
    }
  }
}

/**
 * A workbook as the plan it describes, with where each JSON path came from: the plan is then
 * checked as a JSON one is, and each error points at its cell.
 */
export async function readXlsxPlan(
  base64: string,
): Promise<{ plan: PlanFile; errors: PlanError[] }> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  } catch (error) {
    return {
      plan: undefined as never,
      errors: [{ path: '', message: `Not an XLSX workbook (base64): ${(error as Error).message}` }],
    };
  }
  const errors: PlanError[] = [];
  const where = new Map<string, CellRef>();
  /** A sheet whose rows are the items of a list of the plan, one a row. */
  const list = (key: 'contacts' | 'memberUnits' | 'leadingGroup' | 'subDelegations') => {
    const read = readSheet(workbook, key, errors, key !== 'contacts');
    const items = read.rows.map((row, i) => {
      note(where, read.sheet, row, `${SHEETS[key].list}.${i}`, columnsOf(key));
      return partOf(key, row.values);
    });
    return { ...read, items };
  };

  const d = readSheet(workbook, 'delegation', errors, true);
  const dr = d.rows[0];
  if (d.rows.length > 1)
    errors.push({
      path: '',
      sheet: d.sheet,
      line: d.rows[1]!.line,
      message: 'The Delegation sheet has one row',
    });
  if (dr) note(where, d.sheet, dr, 'delegation', columnsOf('delegation'));

  const contacts = list('contacts');
  const units = list('memberUnits');
  const group = list('leadingGroup');
  const subs = list('subDelegations');

  const subIndex = new Map<string, number>();
  subs.items.forEach((sub, i) => {
    sub.leads = [];
    if (typeof sub.key === 'string') subIndex.set(sub.key.trim(), i);
  });
  const leads = readSheet(workbook, 'leads', errors, true);
  for (const row of leads.rows) {
    const v = row.values;
    const sub =
      typeof v.sub_delegation === 'string' ? subIndex.get(v.sub_delegation.trim()) : undefined;
    if (sub === undefined) {
      errors.push({
        path: '',
        sheet: leads.sheet,
        line: row.line,
        column: row.columns.sub_delegation ?? 'A',
        message: `${String(v.sub_delegation ?? '')} is none of the SubDelegations sheet's keys`,
      });
      continue;
    }
    const list = subs.items[sub]!.leads as Raw[];
    note(where, leads.sheet, row, `subDelegations.${sub}.leads.${list.length}`, columnsOf('leads'));
    list.push(partOf('leads', row.values));
  }

  const duties = readSheet(workbook, 'responsibilities', errors, false);
  const unit = columnsOf('responsibilities', (c) => c.key === 'org');
  const duty = columnsOf('responsibilities', (c) => c.key !== 'org');
  const byOrg = new Map<string, { org: unknown; duties: unknown[] }>();
  const responsibilities: { org: unknown; duties: unknown[] }[] = [];
  for (const row of duties.rows) {
    const orgKey = String(row.values.org ?? '');
    let entry = byOrg.get(orgKey);
    if (!entry) {
      entry = { org: partOf('responsibilities', row.values, unit).org, duties: [] };
      byOrg.set(orgKey, entry);
      responsibilities.push(entry);
      note(where, duties.sheet, row, `responsibilities.${responsibilities.length - 1}`, unit);
    }
    const at = `responsibilities.${responsibilities.indexOf(entry)}.duties.${entry.duties.length}`;
    note(where, duties.sheet, row, at, duty);
    // a duty is its English text, or { en, zh } when it has both
    const { en, zh } = partOf('responsibilities', row.values, duty);
    entry.duties.push(zh != null ? { en, zh } : (en ?? { en: null }));
  }

  // an error about a part as a whole (no leader in the leading group) points at its sheet
  for (const [key, read] of [
    ['contacts', contacts],
    ['memberUnits', units],
    ['leadingGroup', group],
    ['subDelegations', subs],
    ['responsibilities', duties],
  ] as const) {
    const path = SHEETS[key].list;
    if (!where.has(path)) where.set(path, { sheet: read.sheet, line: 1, column: 'A' });
  }

  const checked = checkPlan({
    delegation: { ...partOf('delegation', dr?.values ?? {}), contacts: contacts.items },
    organisations: units.items,
    leadingGroup: group.items,
    subDelegations: subs.items,
    responsibilities,
  });
  return {
    plan: checked.plan,
    errors: [...errors, ...checked.errors.map((e) => locate(e, where, d.sheet))],
  };
}

/** An error of the plan at the cell its path came from (the nearest path that did). */
function locate(error: PlanError, where: Map<string, CellRef>, delegationSheet: string): PlanError {
  for (let path = error.path; path; path = path.split('.').slice(0, -1).join('.')) {
    const cell = where.get(path);
    if (cell) return { ...error, ...cell };
  }
  if (error.path.startsWith('delegation')) return { ...error, sheet: delegationSheet, line: 2 };
  return error;
}

/** The cells of a row from the part of the plan it is, by its columns' paths. */
function cellsOf(key: SheetKey, part: object): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const column of columnsOf(key)) {
    const value = column
      .path!.split('.')
      .reduce<unknown>((v, name) => (isObject(v) ? v[name] : undefined), part);
    cells[column.key] = column.cell === 'flag' ? (value ? 'true' : null) : value;
  }
  return cells;
}

/** A plan as a workbook (one sheet per part, Chinese headers), base64. */
export async function writeXlsxPlan(plan: PlanFile): Promise<string> {
  const workbook = await newWorkbook();
  const add = (key: SheetKey, rows: Record<string, unknown>[]) => {
    const spec = SHEETS[key];
    const sheet = workbook.addWorksheet(spec.name);
    sheet.addRow(spec.columns.map((c) => c.zh));
    sheet.getRow(1).font = { bold: true };
    for (const row of rows) sheet.addRow(spec.columns.map((c) => row[c.key] ?? null));
  };
  add('delegation', [cellsOf('delegation', plan.delegation)]);
  add(
    'contacts',
    plan.delegation.contacts.map((c) => cellsOf('contacts', c)),
  );
  add(
    'memberUnits',
    plan.organisations.map((o) => cellsOf('memberUnits', o)),
  );
  add(
    'leadingGroup',
    plan.leadingGroup.map((m) => cellsOf('leadingGroup', m)),
  );
  add(
    'subDelegations',
    plan.subDelegations.map((s) => cellsOf('subDelegations', s)),
  );
  add(
    'leads',
    plan.subDelegations.flatMap((s) =>
      s.leads.map((l) => ({ sub_delegation: s.key, ...cellsOf('leads', l) })),
    ),
  );
  add(
    'responsibilities',
    plan.responsibilities.flatMap((r) =>
      r.duties.map((duty) =>
        cellsOf('responsibilities', {
          org: r.org,
          ...(typeof duty === 'string' ? { en: duty } : duty),
        }),
      ),
    ),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}
