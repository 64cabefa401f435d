import type ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

export interface XlsxColumn<T> {
  header: string;
  width?: number;
  /** Format the column as text ('@') so Excel keeps phone and ID numbers as typed. */
  text?: boolean;
  value: (row: T) => string | number | null | undefined;
}

/** A sheet ready to write: the column specs already applied to the rows. */
export interface XlsxSheet {
  name: string;
  columns: { header: string; width: number; text: boolean }[];
  cells: (string | number)[][];
}

/** Applies column specs to rows, so sheets of different row types fit in one workbook. */
export function xlsxSheet<T>(name: string, columns: XlsxColumn<T>[], rows: T[]): XlsxSheet {
  return {
    name,
    columns: columns.map((c) => ({
      header: c.header,
      width: c.width ?? Math.max(10, c.header.length * 2 + 4),
      text: c.text ?? false,
    })),
    cells: rows.map((row) => columns.map((c) => c.value(row) ?? '')),
  };
}

/** exceljs takes a third of a second to load: it is loaded with the first workbook, not at start-up. */
const excel = async () => (await import('exceljs')).default;

/** A workbook of several sheets, each with a bold header row (e.g. an import template). */
export async function buildWorkbook(sheets: XlsxSheet[]): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.columns = s.columns.map((c) => ({
      header: c.header,
      width: c.width,
      ...(c.text ? { style: { numFmt: '@' } } : {}),
    }));
    ws.getRow(1).font = { bold: true };
    for (const cells of s.cells) ws.addRow(cells);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One sheet with a bold header row; used by every list's export. */
export function buildXlsx<T>(sheetName: string, columns: XlsxColumn<T>[], rows: T[]): Promise<Buffer> {
  return buildWorkbook([xlsxSheet(sheetName, columns, rows)]);
}

/** Sends a workbook as a download with a UTF-8 Chinese file name. */
export function sendXlsx(reply: FastifyReply, fileName: string, body: Buffer) {
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}.xlsx`)
    .send(body);
}

/** Reads the first sheet of an uploaded workbook into rows of trimmed cell texts. */
export async function readXlsxRows(buffer: Buffer): Promise<string[][]> {
  const wb = new (await excel()).Workbook();
  await wb.xlsx.load(buffer as never);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) values.push(cellText(row.getCell(c).value));
    rows[rowNumber - 1] = values;
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('text' in v) return String(v.text).trim();
    if ('result' in v) return String(v.result ?? '').trim();
  }
  return String(v).trim();
}
