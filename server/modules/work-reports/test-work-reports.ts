import { and, eq } from 'drizzle-orm';
import JSZip from 'jszip';
import type { DutyGrade } from '../../../domain/duty-grades';
import type { Db } from '../../db/client';
import { dutyScores, liaisonGroups, members, sectors, specialCommittees } from '../../db/schema';
import type { Client } from '../../test/app';
import type { constructedYear } from '../proposal-stats/stats-year';

/** A template file uploaded as the office does (multipart). */
export function upload(client: Client, kind: string, fileName: string, bytes: Buffer) {
  const boundary = '----template';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request({
    method: 'POST',
    url: `/api/work-reports/templates/${kind}`,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

/** The office's edit in Word: a paragraph of its own (with a figure) after the first one. */
export async function withParagraph(template: Buffer, text: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(template);
  const xml = await zip.file('word/document.xml')!.async('string');
  const at = xml.indexOf('</w:p>') + '</w:p>'.length;
  const added = `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  zip.file('word/document.xml', xml.slice(0, at) + added + xml.slice(at));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/**
 * The year's stored duty scores (duty_scores, as the duty archive's recompute writes them), put in
 * directly so the groups' figures are the ones below: the lead 80 (称职; 2 proposals, 1 社情民意,
 * 3 activities), member2 90 (优秀; 1, 0, 2), both 教育界 and 城关联络组, the lead alone in 提案委员会;
 * member3 50 (不称职; 0, 2, 1, one consequence), moved to 医卫界 (stats-year.ts's second sector), in no group.
 */
export async function groupYear(db: Db, pw: Awaited<ReturnType<typeof constructedYear>>['pw']) {
  const committeeId = pw.w.committeeId;
  // stats-year.ts's second sector.
  const [med] = await db
    .select()
    .from(sectors)
    .where(and(eq(sectors.committeeId, committeeId), eq(sectors.name, '医卫界')));
  const [liaison] = await db.insert(liaisonGroups).values({ committeeId, name: '城关联络组' }).returning();
  const [special] = await db
    .insert(specialCommittees)
    .values({ committeeId, name: '提案委员会' })
    .returning();
  await db
    .update(members)
    .set({ liaisonGroupId: liaison.id, specialCommitteeId: special.id })
    .where(eq(members.id, pw.w.memberId));
  await db.update(members).set({ liaisonGroupId: liaison.id }).where(eq(members.id, pw.member2));
  await db.update(members).set({ sectorId: med.id }).where(eq(members.id, pw.member3));
  const score = (memberId: number, total: number, grade: DutyGrade, done: number[], consequences: number) =>
    db.insert(dutyScores).values({
      committeeId,
      memberId,
      year: 2025,
      total,
      grade,
      consequenceCount: consequences,
      ruleVersion: 0,
      computedAt: new Date(),
      result: {
        base: 60,
        added: total - 60,
        bonusCut: 0,
        deducted: 0,
        total,
        grade,
        lines: [],
        done: { proposal: done[0], opinion: done[1], activity: done[2] },
        missing: [],
        consequences: [],
      },
    });
  await score(pw.w.memberId, 80, 'competent', [2, 1, 3], 0);
  await score(pw.member2, 90, 'excellent', [1, 0, 2], 0);
  await score(pw.member3, 50, 'incompetent', [0, 2, 1], 1);
}
