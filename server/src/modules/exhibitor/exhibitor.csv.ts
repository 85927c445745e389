import { CsvError, parse } from 'csv-parse/sync';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { firstNonUtf8Line, NOT_UTF8_MESSAGE } from '../shared/utf8.js';
import { msg, type Text } from '../../i18n/message.js';

/** The columns of the expo bureau's exhibitor list, and which of them every file must have. */
export const EXHIBITOR_CSV_COLUMNS = [
  'company',
  'company_zh',
  'country',
  'area',
  'booth',
  'products',
  'contact_name',
  'contact_email',
  'contact_phone',
] as const;
export type ExhibitorCsvColumn = (typeof EXHIBITOR_CSV_COLUMNS)[number];
const REQUIRED: readonly ExhibitorCsvColumn[] = ['company', 'country', 'area'];

/** Most rows one import takes (an edition has about 3,000 exhibitors). */
export const MAX_CSV_ROWS = 10_000;

/** One data row: its first line in the file (the header is line 1) and its cells by column. */
export interface CsvRow {
  line: number;
  cells: Partial<Record<ExhibitorCsvColumn, string>>;
}

/** BAD_USER_INPUT pointing at a line (1 = header) and a column of the `csv` argument. */
export function csvError(line: number | null, column: string | null, message: Text): AppError {
  const where = [line !== null ? `line ${line}` : null, column !== null ? `column ${column}` : null]
    .filter(Boolean)
    .join(', ');
  return new AppError(
    ErrorCode.BAD_USER_INPUT,
    where ? msg`CSV ${where}: ${message}` : msg`CSV: ${message}`,
    {
      field: 'csv',
      line,
      column,
    },
  );
}

/** The header's name of a column position, when the header itself parses. */
function headerName(text: string, index: number): string | null {
  try {
    const [header] = parse(text, { bom: true, skip_empty_lines: true, trim: true, to_line: 1 });
    return header?.[index]?.trim().toLowerCase() ?? null;
  } catch {
    return null;
  }
}

/**
 * Parses the file (RFC 4180: commas, double quotes, quoted line breaks; a UTF-8 BOM is ignored)
 * into rows keyed by the header's column names. Header names are case-insensitive.
 */
export function parseExhibitorCsv(text: string): CsvRow[] {
  const bad = firstNonUtf8Line(text);
  if (bad !== null) throw csvError(bad, null, NOT_UTF8_MESSAGE);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : null;
      const index = typeof error.column === 'number' ? error.column : null;
      throw csvError(
        line,
        index === null || line === 1 ? null : headerName(text, index),
        error.message.replace(/\s+/g, ' '),
      );
    }
    throw error;
  }
  if (records.length === 0)
    throw csvError(null, null, msg`the file is empty: expected a header line and rows`);
  const [header, ...body] = records;
  const columns = header!.record.map((name) => name.trim().toLowerCase());
  columns.forEach((name, index) => {
    if (!(EXHIBITOR_CSV_COLUMNS as readonly string[]).includes(name)) {
      throw csvError(
        header!.info.lines,
        name || `#${index + 1}`,
        msg`unknown column; the columns are ${EXHIBITOR_CSV_COLUMNS.join(', ')}`,
      );
    }
    if (columns.indexOf(name) !== index)
      throw csvError(header!.info.lines, name, msg`this column appears twice`);
  });
  for (const name of REQUIRED) {
    if (!columns.includes(name))
      throw csvError(header!.info.lines, name, msg`this column is required`);
  }
  if (body.length === 0) throw csvError(null, null, msg`the file has a header but no rows`);
  if (body.length > MAX_CSV_ROWS)
    throw csvError(null, null, msg`at most ${MAX_CSV_ROWS} rows per import`);
  return body.map(({ record, info }) => {
    // info.lines is where the record ends; quoted line breaks inside it move its start up
    const breaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const cells: CsvRow['cells'] = {};
    columns.forEach((name, index) => {
      cells[name as ExhibitorCsvColumn] = record[index] ?? '';
    });
    return { line: info.lines - breaks, cells };
  });
}
