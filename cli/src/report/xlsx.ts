/// <reference types="node" />
import { heading } from '../i18n.js';
import { displayWidth, type Table } from './table.js';

/**
 * An XLSX workbook with one worksheet: a bold, frozen header row; counts and USD amounts as
 * numbers (USD shown with two decimals), so that the sheet can sum them. Excel numbers hold 15
 * significant digits: exact for any amount below 10¹³ USD to the cent.
 */
export async function toXlsx(table: Table): Promise<Buffer> {
  // loaded only when asked for: exceljs is large, and the other formats do not need it
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Delegation Hub';
  const sheet = workbook.addWorksheet(table.title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = table.columns.map((column) => ({
    header: heading(column.name),
    key: column.name,
    width: Math.max(10, displayWidth(heading(column.name)) + 2),
    ...(column.kind === 'usd' && { style: { numFmt: '#,##0.00' } }),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    sheet.addRow(
      row.map((cell, i) => {
        const kind = table.columns[i]!.kind;
        if (cell === null) return null;
        if ((kind === 'usd' || kind === 'decimal') && typeof cell === 'string') return Number(cell);
        return cell;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
