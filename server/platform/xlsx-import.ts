import type { FastifyReply, FastifyRequest } from 'fastify';
import { badRequest } from '../errors';
import { readXlsxRows } from '../lib/xlsx';

/**
 * The plumbing of every all-or-nothing Excel import (the roster, the proposal ledger): reading the
 * uploaded workbook, finding the template's columns, and refusing with every problem by Excel row
 * and header name. A module supplies only its columns and its cell rules.
 */

/** One problem in the upload, as the office sees it in Excel: row number and header name. */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/** The uploaded workbook's rows: one part named 'file', an .xlsx by name and by content. */
export async function readXlsxUpload(req: FastifyRequest): Promise<string[][]> {
  if (!req.isMultipart()) throw badRequest('文件：请以表单上传方式提交 .xlsx 文件', 'file');
  const part = await req.file();
  if (part?.fieldname !== 'file') throw badRequest('文件：请选择要导入的 .xlsx 文件', 'file');
  const buffer = await part.toBuffer();
  if (!/\.xlsx$/i.test(part.filename)) throw badRequest('文件：只支持 .xlsx 格式的 Excel 文件', 'file');
  if (buffer.length === 0) throw badRequest('文件：文件为空', 'file');
  // An .xlsx is a zip archive: anything else renamed to .xlsx is refused before parsing.
  if (buffer.subarray(0, 2).toString('latin1') !== 'PK')
    throw badRequest('文件：不是有效的 .xlsx 文件', 'file');
  try {
    return await readXlsxRows(buffer);
  } catch {
    throw badRequest('文件：无法读取，请确认是用 Excel 保存的 .xlsx 文件', 'file');
  }
}

/** A data row with its Excel row number and its cells by header (trimmed, '' when absent). */
export interface SheetRow<H extends string> {
  row: number;
  cell: (header: H) => string;
}

/**
 * The data rows of a sheet whose first row holds the template's headers (in any order), or the
 * one file-level problem: missing headers, no data, too many rows.
 */
export function templateRows<H extends string>(
  rows: string[][],
  headers: readonly H[],
  maxRows: number,
): { fileError: string } | { rows: SheetRow<H>[] } {
  const header = (rows[0] ?? []).map((h) => h.trim());
  const missing = headers.filter((h) => !header.includes(h));
  if (missing.length > 0) return { fileError: `文件：缺少表头列 ${missing.join('、')}，请使用导入模板` };
  const data = rows
    .map((cells, i) => ({ cells, row: i + 1 }))
    .slice(1)
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (data.length === 0) return { fileError: '文件：没有可导入的数据行' };
  if (data.length > maxRows) return { fileError: `文件：一次最多导入 ${maxRows} 行` };
  const index = new Map(headers.map((h) => [h, header.indexOf(h)]));
  return {
    rows: data.map(({ cells, row }) => ({ row, cell: (h: H) => (cells[index.get(h)!] ?? '').trim() })),
  };
}

/** Problems in the order the office reads the sheet: by row, then by the template's column order. */
export function sortProblems(problems: ImportProblem[], headers: readonly string[]): ImportProblem[] {
  const col = (c: string) => headers.indexOf(c);
  return [...problems].sort((a, b) => a.row - b.row || col(a.column) - col(b.column));
}

/** The refusal of an import: 400 `import_invalid` listing every problem; nothing was written. */
export function refuseImport(reply: FastifyReply, problems: ImportProblem[], headers: readonly string[]) {
  const rows = sortProblems(problems, headers);
  return reply.status(400).send({
    error: {
      code: 'import_invalid',
      message: `导入未完成：发现 ${rows.length} 处问题，未写入任何数据，请修改后重新导入`,
      rows,
    },
  });
}
