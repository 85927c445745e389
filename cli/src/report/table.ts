import { heading, t } from '../i18n.js';

/** How a column's values are written: text as is, counts and money right-aligned. */
export type ColumnKind = 'text' | 'int' | 'usd' | 'decimal' | 'bool';

export interface Column {
  /**
   * Header, in snake_case: CSV's in every language; the aligned table and XLSX show its heading
   * in the CLI's language (`heading()`).
   */
  name: string;
  kind: ColumnKind;
}

/** A cell: text, a count, an exact decimal as its string ("1234.50"), a flag, or nothing. */
export type Cell = string | number | boolean | null;

/** What a report produces; written as an aligned table, CSV or XLSX. */
export interface Table {
  /** Worksheet name (XLSX). */
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** A closing row (e.g. totals), shown in the aligned table only: CSV and XLSX stay pure data. */
  footer?: Cell[];
}

const NUMERIC: ReadonlySet<ColumnKind> = new Set(['int', 'usd', 'decimal']);

// East Asian wide and fullwidth characters take two terminal columns
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Columns a string takes in a terminal (CJK characters count two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** "1234567.5" → "1,234,567.50" (exact: string arithmetic, no floats). */
export function formatUsd(decimal: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) return decimal;
  const whole = match[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${match[1]}${whole}.${(match[3] ?? '').padEnd(2, '0')}`;
}

function tableText(column: Column, value: Cell): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? t`yes` : t`no`;
  if (column.kind === 'usd' && typeof value === 'string') return formatUsd(value);
  return String(value);
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/**
 * An aligned plain-text table: text left, numbers right, columns two spaces apart, a rule under
 * the header and above the footer. Widths follow terminal columns, so Chinese names line up.
 */
export function toAlignedText(table: Table): string {
  const body = table.rows.map((row) => row.map((cell, i) => tableText(table.columns[i]!, cell)));
  const footer = table.footer?.map((cell, i) => tableText(table.columns[i]!, cell));
  const header = table.columns.map((c) => heading(c.name));
  const all = [header, ...body, ...(footer ? [footer] : [])];
  const widths = table.columns.map((_, i) =>
    Math.max(...all.map((line) => displayWidth(line[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i]!, NUMERIC.has(table.columns[i]!.kind)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return `${[line(header), rule, ...body.map(line), ...(footer ? [rule, line(footer)] : [])].join(
    '\n',
  )}\n`;
}

function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  // RFC 4180: quote fields with a comma, quote or line break; double the quotes inside
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV as RFC 4180 has it: CRLF line ends, a header line, fields quoted where needed. */
export function toCsv(table: Table): string {
  return [table.columns.map((c) => c.name), ...table.rows]
    .map((row) => `${row.map(csvField).join(',')}\r\n`)
    .join('');
}
