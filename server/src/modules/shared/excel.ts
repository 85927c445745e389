import type ExcelJS from 'exceljs';

/**
 * A new workbook, exceljs loaded on first use: it is 8 MB of heap that a server which never
 * reads or writes a sheet (most instances, most of the time) need not carry.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}
