import { CsvError, parse } from 'csv-parse/sync';
import { newWorkbook } from '../shared/excel.js';
import { AppError, badInput, ErrorCode } from '../../graphql/errors.js';
import { firstNonUtf8Line, NOT_UTF8_MESSAGE } from '../shared/utf8.js';
import { normaliseText } from '../../graphql/text.js';
import { msg, type Text } from '../../i18n/message.js';

/**
 * The files of bulk registration (importPurchasers) and of the registration site's numbers
 * (importRegistrationNumbers): CSV text or XLSX (base64), the first sheet, a header row naming
 * the columns in English or Chinese, one record a row. Rows are numbered as the file shows them
 * (the header is row 1).
 */

export enum SheetFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}

/** A column: its key, its English header, and the Chinese headers taken for it (the first is written). */
export interface SheetColumn<K extends string> {
  key: K;
  en: string;
  zh: readonly string[];
}

/** One data row: its row number in the file and its cells by column key (trimmed text). */
export interface SheetRow<K extends string> {
  line: number;
  cells: Partial<Record<K, string>>;
}

/** One problem of a file: where (row, and the column as the file's header names it) and what. */
export interface SheetProblem {
  line: number | null;
  column: string | null;
  message: Text;
}

/** Most data rows one file takes. */
export const MAX_SHEET_ROWS = 5_000;

/**
 * The one error of a bad file: BAD_USER_INPUT at `field` (the file's argument) with every
 * problem found in `extensions.errors` ({ line, column, message }), nothing written.
 */
export function fileErrors(field: string, problems: SheetProblem[]): AppError {
  const where = (p: SheetProblem) =>
    [p.line !== null ? `row ${p.line}` : null, p.column !== null ? `column ${p.column}` : null]
      .filter(Boolean)
      .join(', ');
  const shown = problems.slice(0, 20).map((p) => `${where(p) || 'file'}: ${p.message}`);
  const more = problems.length > 20 ? msg`; and ${problems.length - 20} more` : '';
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    msg`The file has ${problems.length} error${problems.length === 1 ? '' : msg`s`}: ${shown.join('; ')}${more}`,
    {
      field,
      line: problems[0]?.line ?? null,
      column: problems[0]?.column ?? null,
      errors: problems,
    },
  );
}

const normal = (header: string) => header.replace(/[\s*＊_（）()]/g, '').toLowerCase();

async function xlsxRecords(
  base64: string,
  field: string,
): Promise<{ line: number; cells: string[] }[]> {
  const clean = base64.replace(/\s/g, '');
  if (!clean || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean)) {
    throw badInput(field, msg`An XLSX file is given as base64`);
  }
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(Buffer.from(clean, 'base64') as unknown as ArrayBuffer);
  } catch {
    throw badInput(field, msg`This is not an XLSX workbook`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badInput(field, msg`The workbook has no sheet`);
  const records: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i += 1) cells.push(row.getCell(i).text.trim());
    if (cells.some((c) => c)) records.push({ line, cells });
  });
  return records;
}

function csvRecords(text: string, field: string): { line: number; cells: string[] }[] {
  // a file saved in another encoding (GBK from Excel) would be imported as mojibake: refused
  const bad = firstNonUtf8Line(text);
  if (bad !== null) {
    throw fileErrors(field, [{ line: bad, column: null, message: NOT_UTF8_MESSAGE }]);
  }
  try {
    const records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return records.map(({ record, info }) => {
      const breaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
      return { line: info.lines - breaks, cells: record };
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : null;
      throw fileErrors(field, [
        { line, column: null, message: error.message.replace(/\s+/g, ' ') },
      ]);
    }
    throw error;
  }
}

/**
 * Reads a file into rows keyed by `columns` (headers matched in English or Chinese, ignoring case,
 * spaces, `*` and underscores); unknown, repeated or missing required columns are errors.
 * Returns the rows and the header each column had in the file (to name it in errors).
 */
export async function readSheet<K extends string>(
  format: SheetFormat,
  file: string,
  columns: readonly SheetColumn<K>[],
  required: readonly K[],
  field: string,
): Promise<{ rows: SheetRow<K>[]; header: Record<K, string> }> {
  const records =
    format === SheetFormat.XLSX ? await xlsxRecords(file, field) : csvRecords(file, field);
  if (records.length === 0)
    throw fileErrors(field, [
      { line: null, column: null, message: 'the file is empty: expected a header row and rows' },
    ]);
  const [head, ...body] = records;
  const byHeader = new Map<string, K>();
  for (const c of columns) for (const h of [c.en, ...c.zh]) byHeader.set(normal(h), c.key);
  const problems: SheetProblem[] = [];
  const keys: (K | null)[] = [];
  const header = Object.fromEntries(columns.map((c) => [c.key, c.zh[0] ?? c.en])) as Record<
    K,
    string
  >;
  head!.cells.forEach((name, index) => {
    if (!name) {
      keys.push(null);
      return;
    }
    const key = byHeader.get(normal(name)) ?? null;
    if (!key) {
      problems.push({
        line: head!.line,
        column: name,
        message: `unknown column; the columns are ${columns.map((c) => `${c.zh[0]} (${c.en})`).join(', ')}`,
      });
    } else if (keys.includes(key)) {
      problems.push({ line: head!.line, column: name, message: 'this column appears twice' });
    } else header[key] = name;
    keys[index] = key && !keys.includes(key) ? key : null;
  });
  for (const key of required) {
    if (!keys.includes(key))
      problems.push({ line: head!.line, column: header[key], message: 'this column is required' });
  }
  if (body.length === 0)
    problems.push({ line: null, column: null, message: 'the file has a header but no rows' });
  if (body.length > MAX_SHEET_ROWS)
    problems.push({ line: null, column: null, message: `at most ${MAX_SHEET_ROWS} rows per file` });
  if (problems.length > 0) throw fileErrors(field, problems);
  const rows = body.map(({ line, cells }) => {
    const row: SheetRow<K> = { line, cells: {} };
    keys.forEach((key, index) => {
      // as a GraphQL text input is kept: NFC, nothing invisible at either end
      if (key) row.cells[key] = normaliseText(cells[index] ?? '');
    });
    return row;
  });
  return { rows, header };
}

/** An XLSX workbook of one sheet: the header row (bold, frozen) and the rows, as base64. */
export async function writeSheet(
  name: string,
  headers: readonly string[],
  rows: readonly (string | number | null)[][],
): Promise<string> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...headers]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => v ?? ''));
  // ID numbers and credit codes stay text (a number would lose digits)
  sheet.columns.forEach((column) => {
    column.numFmt = '@';
    column.width = 20;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer).toString('base64');
}
