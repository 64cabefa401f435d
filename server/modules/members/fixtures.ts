import ExcelJS from 'exceljs';
import { idCheckChar } from '../../../domain/members';
import { nameIndex } from '../../../domain/pinyin';
import type { AppContext } from '../../context';
import { activityGroups, liaisonGroups, members, sectors, specialCommittees } from '../../db/schema';
import { memberContactColumns } from './contact';

/** Test support: catalogue rows, members and upload payloads for the member tests. */

export interface Catalogues {
  sectorId: number;
  otherSectorId: number;
  specialCommitteeId: number;
  liaisonGroupId: number;
  activityGroupIds: number[];
}

/** A committee's catalogues beside the 教育界 that createWorld already made. */
export async function seedCatalogues(
  ctx: AppContext,
  committeeId: number,
  sectorId: number,
): Promise<Catalogues> {
  const db = ctx.handle.db;
  const [other] = await db.insert(sectors).values({ committeeId, name: '经济界', sortOrder: 2 }).returning();
  const [sc] = await db.insert(specialCommittees).values({ committeeId, name: '提案委员会' }).returning();
  const [lg] = await db.insert(liaisonGroups).values({ committeeId, name: '城关镇联络组' }).returning();
  const groups = await db
    .insert(activityGroups)
    .values([
      { committeeId, name: '教育活动组', kind: '委员活动组' },
      { committeeId, name: '城关委员工作室', kind: '委员工作室' },
    ])
    .returning();
  return {
    sectorId,
    otherSectorId: other.id,
    specialCommitteeId: sc.id,
    liaisonGroupId: lg.id,
    activityGroupIds: groups.map((g) => g.id),
  };
}

/** A valid 18-digit ID number (Beijing 东城 area code) for a birth date 'YYYYMMDD'. */
export function validIdNumber(birth: string, seq = 1): string {
  const first17 = `110101${birth}${String(seq).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

/** Inserts a member directly, as the seed or an import would leave it. */
export async function insertMember(
  ctx: AppContext,
  committeeId: number,
  m: {
    name: string;
    position: string;
    sectorId: number;
    phone?: string;
    idNumber?: string;
    officialOrder?: number;
  },
): Promise<number> {
  const [row] = await ctx.handle.db
    .insert(members)
    .values({
      committeeId,
      name: m.name,
      ...nameIndex(m.name),
      gender: '男',
      sectorId: m.sectorId,
      position: m.position,
      isStanding: m.position !== '委员',
      officialOrder: m.officialOrder ?? 0,
      ...memberContactColumns(ctx.cipher, m.phone ?? null, m.idNumber ?? null),
    })
    .returning({ id: members.id });
  return row.id;
}

/** An .xlsx whose first sheet holds `rows` (the first row being the headers). */
export async function workbookOf(rows: (string | number | Date)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('委员信息');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A multipart/form-data body with one file part, for Fastify inject. */
export function uploadOf(content: Buffer, filename: string, field = 'file') {
  const boundary = '----tongxin-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Reads a downloaded workbook's sheets as rows of cell texts. */
export async function sheetsOf(body: Buffer): Promise<Record<string, string[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as never);
  const out: Record<string, string[][]> = {};
  for (const ws of wb.worksheets) {
    const rows: string[][] = [];
    ws.eachRow((row) => {
      const cells: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(String(row.getCell(c).value ?? ''));
      rows.push(cells);
    });
    out[ws.name] = rows;
  }
  return out;
}
