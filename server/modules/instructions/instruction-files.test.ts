import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlingUnits, users } from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/factories';
import { expectOk, type OpinionWorld, opinionWorld, sentIssue } from '../opinion-reports/test-opinions';

/** The scan of a paper 批示 and each unit's feedback files: uploaded, listed, downloaded by who may. */
let t: TestApp;
let ow: OpinionWorld;
let unit2: Client;
let unit2Id: number;
let id: number;
beforeAll(async () => {
  t = await createTestApp();
  ow = await opinionWorld(t, 'if');
  const db = t.ctx.handle.db;
  const [u] = await db
    .insert(handlingUnits)
    .values({ committeeId: ow.w.committeeId, name: 'if卫健局', kind: '政府部门' })
    .returning();
  unit2Id = u.id;
  const [{ passwordHash }] = await db.select().from(users).where(eq(users.username, ow.w.users.unit));
  await db.insert(users).values({
    committeeId: ow.w.committeeId,
    username: 'if_unit2',
    displayName: 'if卫健局',
    passwordHash,
    role: 'unit',
    mustChangePassword: false,
    handlingUnitId: u.id,
  });
  unit2 = await login(t.app, 'if_unit2', TEST_PASSWORD);
  const issueId = await sentIssue(ow);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  id = (
    await expectOk(
      ow.c.office.post('/api/instructions', {
        subjectType: 'bulletinIssue',
        subjectId: issueId,
        leaderName: '副市长钱某',
        level: 'city',
        text: '请两局研究落实。',
        instructedOn: today,
        dueOn: today,
        unitIds: [ow.w.unitId, unit2Id],
      }),
      201,
    )
  ).id;
});
afterAll(() => t.close());

function upload(c: Client, url: string, name: string, bytes: Buffer, type = 'application/pdf') {
  const boundary = '----files';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return c.request({
    method: 'POST',
    url,
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`);

describe('批示 files', () => {
  it('the office files the paper scan; every reader downloads the same bytes', async () => {
    const res = await upload(ow.c.office, `/api/instructions/${id}/scans`, '批示件.pdf', pdf('scan'));
    expect(res.statusCode, res.body).toBe(201);
    const { attachmentId, instruction } = res.json();
    expect(instruction.scans).toEqual([
      expect.objectContaining({ id: attachmentId, fileName: '批示件.pdf' }),
    ]);
    for (const c of [ow.c.office, ow.c.unit, unit2]) {
      const got = await c.get(`/api/instructions/${id}/files/${attachmentId}`);
      expect(got.statusCode).toBe(200);
      expect(got.rawPayload.toString()).toContain('scan');
    }
    // A unit cannot file a scan; the timeline says who filed it.
    const byUnit = await upload(ow.c.unit, `/api/instructions/${id}/scans`, 'x.pdf', pdf('x'));
    expect(byUnit.statusCode).toBe(403);
    expect(instruction.timeline.map((e: { actionLabel: string }) => e.actionLabel)).toContain('上传批示件');
  });

  it('a unit attaches files to its own feedback only; the other unit cannot read them; none after feeding back', async () => {
    const res = await upload(
      ow.c.unit,
      `/api/instructions/${id}/feedback-files`,
      '整改报告.pdf',
      pdf('report'),
    );
    expect(res.statusCode, res.body).toBe(201);
    const { attachmentId } = res.json();
    await expectOk(
      ow.c.unit.post(`/api/instructions/${id}/feedback`, { feedback: '已制定方案，附整改报告。' }),
    );
    const office = await expectOk(ow.c.office.get(`/api/instructions/${id}`));
    const mine = office.feedback.find((f: { unitId: number }) => f.unitId === ow.w.unitId);
    expect(mine.files).toEqual([expect.objectContaining({ id: attachmentId, fileName: '整改报告.pdf' })]);
    expect(office.feedback.find((f: { unitId: number }) => f.unitId === unit2Id).files).toEqual([]);
    expect(
      (await ow.c.office.get(`/api/instructions/${id}/files/${attachmentId}`)).rawPayload.toString(),
    ).toContain('report');
    expect((await unit2.get(`/api/instructions/${id}/files/${attachmentId}`)).statusCode).toBe(404);
    const late = await upload(ow.c.unit, `/api/instructions/${id}/feedback-files`, '补充.pdf', pdf('late'));
    expect(late.statusCode).toBe(409);
    const wrongType = await upload(
      unit2,
      `/api/instructions/${id}/feedback-files`,
      'a.exe',
      Buffer.from('MZ'),
    );
    expect(wrongType.statusCode).toBe(400);
  });
});
