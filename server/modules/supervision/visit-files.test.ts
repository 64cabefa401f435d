import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachments } from '../../db/schema';
import type { Client, TestApp } from '../../test/app';
import { createTestApp } from '../../test/app';
import {
  type ConsultationWorld,
  consultationWorld,
  expectOk,
} from '../consultation-activities/test-consultations';

let t: TestApp;
let cw: ConsultationWorld;
/** The consultation staff of another committee: reads nothing here. */
let outsider: Client;
beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'vf');
  outsider = (await consultationWorld(t, 'vx')).c.consult;
}, 90_000);
afterAll(() => t.close());

/** A multipart body with one file in the field `file` (or none: only a text field). */
function multipart(name: string | null, bytes: Uint8Array = Buffer.alloc(0)) {
  const boundary = '----visitfile';
  const part = name
    ? `Content-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`
    : 'Content-Disposition: form-data; name="note"\r\n\r\n';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\n${part}`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (c: Client, url: string, name: string | null, bytes?: Uint8Array) =>
  c.request({ method: 'POST', url, ...multipart(name, bytes) });

// 9 bytes of header, 签到表 is 3 × 3 bytes in UTF-8, 6 bytes of trailer: 24 bytes.
const SIGN_IN = Buffer.from('%PDF-1.4\n签到表\n%%EOF');

async function groupWithVisit() {
  const g = await expectOk(
    cw.c.consult.post('/api/supervision-groups', {
      kind: 'group',
      name: '第三民主监督小组',
      topic: '学位供给',
      unitId: cw.mw.w.unitId,
      memberIds: [cw.mw.m.m1, cw.mw.m.m2],
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    }),
    201,
  );
  const v = await expectOk(
    cw.c.consult.post(`/api/supervision-groups/${g.id}/visits`, {
      visitedOn: '2026-04-02',
      place: '教育局',
      memberIds: [cw.mw.m.m1],
      findings: '学位缺口较大',
    }),
    201,
  );
  return { id: g.id as number, visitId: v.visitList[0].id as number };
}

const stored = async (visitId: number) =>
  (
    await t.ctx.handle.db
      .select({ id: attachments.id })
      .from(attachments)
      .where(and(eq(attachments.subjectType, 'supervisionVisit'), eq(attachments.subjectId, visitId)))
  ).length;

describe('监督活动附件', () => {
  it('staff attach a scanned sign-in sheet; readers download the same bytes; it is logged and can be removed', async () => {
    const { id, visitId } = await groupWithVisit();
    const files = `/api/supervision-groups/${id}/visits/${visitId}/files`;
    const res = await upload(cw.c.consult, files, '签到表.pdf', SIGN_IN);
    expect(res.statusCode, res.body).toBe(201);
    const view = res.json();
    expect(view.visitList[0].files).toMatchObject([
      { fileName: '签到表.pdf', mimeType: 'application/pdf', sizeBytes: 24 },
    ]);
    const fileId = view.visitList[0].files[0].id;
    expect(view.timeline.map((e: { actionLabel: string }) => e.actionLabel)).toContain('上传活动附件');
    expect(view.timeline.find((e: { action: string }) => e.action === 'visitFile').note).toBe(
      '2026-04-02 教育局：签到表.pdf',
    );

    // A member reads the group, so the file: the very bytes, as a download.
    const got = await cw.c.m1.get(`${files}/${fileId}`);
    expect(got.statusCode).toBe(200);
    expect(got.rawPayload.equals(SIGN_IN)).toBe(true);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''%E7%AD%BE%E5%88%B0%E8%A1%A8.pdf",
    );

    // Outside the visit's readers: a department (no supervision reading), another committee (404).
    expect((await cw.c.unit.get(`${files}/${fileId}`)).statusCode).toBe(403);
    expect((await outsider.get(`${files}/${fileId}`)).statusCode).toBe(404);
    // Writers only: a member, staff without the consultation duty, another committee's organiser.
    expect((await upload(cw.c.m1, files, 'a.txt', Buffer.from('纪要'))).statusCode).toBe(403);
    expect((await upload(cw.c.staff, files, 'a.txt', Buffer.from('纪要'))).statusCode).toBe(403);
    expect((await upload(outsider, files, 'a.txt', Buffer.from('纪要'))).statusCode).toBe(404);
    expect((await cw.c.staff.delete(`${files}/${fileId}`)).statusCode).toBe(403);
    expect(await stored(visitId)).toBe(1);

    const removed = await expectOk(cw.c.consult.delete(`${files}/${fileId}`));
    expect(removed.visitList[0].files).toEqual([]);
    expect(removed.timeline.map((e: { actionLabel: string }) => e.actionLabel)).toContain('删除活动附件');
    expect((await cw.c.m1.get(`${files}/${fileId}`)).statusCode).toBe(404);
    expect((await cw.c.consult.delete(`${files}/${fileId}`)).statusCode).toBe(404);
    expect(await stored(visitId)).toBe(0);
  });

  it('refuses a bad upload (wrong type, forged content, no file, over 10 MB) and a visit of another record', async () => {
    const { id, visitId } = await groupWithVisit();
    const other = await groupWithVisit();
    const files = `/api/supervision-groups/${id}/visits/${visitId}/files`;

    const exe = await upload(cw.c.consult, files, 'tool.exe', Buffer.from('MZ'));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.field).toBe('file');
    const forged = await upload(cw.c.consult, files, '现场照片.png', Buffer.from('<html>'));
    expect(forged.statusCode).toBe(400);
    expect(forged.json().error.message).toBe('文件：文件内容与扩展名不符');
    const none = await upload(cw.c.consult, files, null, Buffer.from('x'));
    expect(none.statusCode).toBe(400);
    expect(none.json().error.message).toBe('文件：请选择要上传的文件');
    const big = await upload(
      cw.c.consult,
      files,
      'big.pdf',
      Buffer.concat([SIGN_IN, Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toBe('文件：不能超过 10 MB');
    // The other group's visit under this group's URL is not found.
    const crossed = await upload(
      cw.c.consult,
      `/api/supervision-groups/${id}/visits/${other.visitId}/files`,
      'a.txt',
      Buffer.from('纪要'),
    );
    expect(crossed.statusCode).toBe(404);
    const badId = await cw.c.consult.get(`/api/supervision-groups/${id}/visits/abc/files/1`);
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.field).toBe('visitId');
    expect(await stored(visitId)).toBe(0);
    expect(await stored(other.visitId)).toBe(0);
  });
});

describe('视察调研行程附件', () => {
  it('a trip of an inspection carries its minutes, listed on the inspection and downloadable', async () => {
    const i = await expectOk(
      cw.c.consult.post('/api/inspections', {
        kind: 'inspection',
        topic: '农村饮水安全',
        memberIds: [cw.mw.m.m1],
        startsOn: '2026-05-10',
      }),
      201,
    );
    const v = await expectOk(
      cw.c.consult.post(`/api/inspections/${i.id}/visits`, {
        visitedOn: '2026-05-12',
        place: '城关镇水厂',
        memberIds: [cw.mw.m.m1],
      }),
      201,
    );
    const visitId = v.visitList[0].id;
    const minutes = Buffer.from('座谈会纪要：水质检测每月一次');
    const files = `/api/inspections/${i.id}/visits/${visitId}/files`;
    const view = await expectOk(
      cw.c.consult.request({ method: 'POST', url: files, ...multipart('座谈纪要.txt', minutes) }),
      201,
    );
    // 座谈会纪要 (5) + ： (1) + 水质检测每月 (6) + 一次 (2) = 14 characters of 3 bytes each.
    expect(view.visitList[0].files).toMatchObject([{ fileName: '座谈纪要.txt', sizeBytes: 42 }]);
    const got = await cw.c.m1.get(`${files}/${view.visitList[0].files[0].id}`);
    expect(got.statusCode).toBe(200);
    expect(got.body).toBe('座谈会纪要：水质检测每月一次');
    // A supervision group's URL does not reach an inspection's visit.
    expect(
      (await cw.c.consult.get(`/api/supervision-groups/${i.id}/visits/${visitId}/files/1`)).statusCode,
    ).toBe(404);
  });
});
