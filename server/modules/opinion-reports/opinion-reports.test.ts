import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, opinionReports, users } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { xlsxRows } from '../../test/xlsx';
import { expectOk, fileReport, type OpinionWorld, opinionWorld, reportInput } from './test-opinions';

let t: TestApp;
let ow: OpinionWorld;
beforeAll(async () => {
  t = await createTestApp();
  ow = await opinionWorld(t, 'op');
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
const notified = async (username: string, kind: string) => {
  const [u] = await db().select().from(users).where(eq(users.username, username));
  const [{ n }] = await db()
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, u.id), eq(notifications.kind, kind)));
  return n;
};

describe('filing', () => {
  it('a member drafts, edits and files a report; the editors hear of it; staff never see the draft', async () => {
    const created = await expectOk(
      ow.c.m1.post('/api/opinion-reports', reportInput({ urgency: 'urgent' })),
      201,
    );
    expect(created).toMatchObject({ status: 'draft', urgencyLabel: '紧急', maxChars: 1500 });
    expect((await ow.c.editor.get(`/api/opinion-reports/${created.id}`)).statusCode).toBe(404);
    const edited = await expectOk(
      ow.c.m1.put(
        `/api/opinion-reports/${created.id}`,
        reportInput({ title: '关于城关小学门口交通拥堵的建议', expectedVersion: 1 }),
      ),
    );
    expect(edited).toMatchObject({ title: '关于城关小学门口交通拥堵的建议', version: 2, urgency: 'normal' });
    const before = await notified(ow.w.users.staff, 'opinionReport.submit');
    const filed = await expectOk(
      ow.c.m1.post(`/api/opinion-reports/${created.id}/submit`, { expectedVersion: 2 }),
    );
    expect(filed.status).toBe('submitted');
    expect(filed.submittedAt).not.toBeNull();
    expect(filed.abilities).toMatchObject({ withdraw: true, edit: false, submit: false });
    // The proposal staff (no 社情民意 duty) are not told; the editor is.
    expect(await notified(ow.w.users.staff, 'opinionReport.submit')).toBe(before);
    const editor = await db().select().from(users).where(eq(users.displayName, '社情民意信息工作人员'));
    expect(await notified(editor[0].username, 'opinionReport.submit')).toBeGreaterThan(0);
    const seen = await expectOk(ow.c.editor.get(`/api/opinion-reports/${created.id}`));
    expect(seen.abilities).toMatchObject({ receive: true, adopt: false, withdraw: false });
  });

  it('counts the limit as typed (an emoji is one character) and names the part that went over', async () => {
    const fits = await ow.c.m1.post(
      '/api/opinion-reports',
      reportInput({
        situation: '😀'.repeat(700),
        analysis: '析'.repeat(400),
        recommendation: '议'.repeat(400),
      }),
    );
    expect(fits.statusCode, fits.body).toBe(201);
    expect(fits.json().length).toBe(1500);
    const over = await ow.c.m1.post(
      '/api/opinion-reports',
      reportInput({
        situation: '情'.repeat(700),
        analysis: '析'.repeat(700),
        recommendation: '议'.repeat(101),
      }),
    );
    expect(over.statusCode).toBe(400);
    expect(over.json().error).toMatchObject({ field: 'recommendation' });
    expect(over.json().error.message).toBe('建议：情况、分析、建议合计 1501 字，超过本会规定的 1500 字');
  });

  it('the committee sets its own limit; a draft over a lowered limit cannot be filed', async () => {
    const long = await expectOk(
      ow.c.m2.post('/api/opinion-reports', reportInput({ situation: '情'.repeat(900) })),
      201,
    );
    expect((await ow.c.staff.put('/api/opinion-reports/settings', { maxChars: 800 })).statusCode).toBe(403);
    await expectOk(ow.c.editor.put('/api/opinion-reports/settings', { maxChars: 800 }));
    expect(await expectOk(ow.c.m2.get('/api/opinion-reports/settings'))).toEqual({ maxChars: 800 });
    const refused = await ow.c.m2.post(`/api/opinion-reports/${long.id}/submit`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('超过本会规定的字数');
    await expectOk(ow.c.editor.put('/api/opinion-reports/settings', { maxChars: 1500 }));
    await expectOk(ow.c.m2.post(`/api/opinion-reports/${long.id}/submit`, {}));
  });

  it('files a report only with its 情况 and 建议 written; the draft says so before the member taps 报送', async () => {
    const bare = await expectOk(
      ow.c.m2.post('/api/opinion-reports', reportInput({ situation: ' ', analysis: '', recommendation: '' })),
      201,
    );
    expect(bare.abilities.submit).toBe(false);
    const refused = await ow.c.m2.post(`/api/opinion-reports/${bare.id}/submit`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('请填写情况后再报送');
    const [row] = await db().select().from(opinionReports).where(eq(opinionReports.id, bare.id));
    expect(row.status).toBe('draft');
    await expectOk(
      ow.c.m2.put(
        `/api/opinion-reports/${bare.id}`,
        reportInput({
          situation: '小区停车难',
          analysis: '',
          recommendation: '',
          expectedVersion: row.version,
        }),
      ),
    );
    const noAdvice = await ow.c.m2.post(`/api/opinion-reports/${bare.id}/submit`, {});
    expect(noAdvice.json().error.message).toBe('请填写建议后再报送');
  });

  it('withdraws before the editors decide, not after', async () => {
    const a = await fileReport(ow, 'm1', {}, ['receive']);
    expect((await expectOk(ow.c.m1.post(`/api/opinion-reports/${a}/withdraw`, {}))).status).toBe('withdrawn');
    const b = await fileReport(ow, 'm1', {}, ['receive', 'adopt']);
    const late = await ow.c.m1.post(`/api/opinion-reports/${b}/withdraw`, {});
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('该社情民意信息当前状态为已采用，不能执行撤回');
  });

  it('keeps files on the draft only', async () => {
    const id = (await expectOk(ow.c.m1.post('/api/opinion-reports', reportInput()), 201)).id;
    const payload =
      '--b\r\nContent-Disposition: form-data; name="file"; filename="现场照片.txt"\r\nContent-Type: text/plain\r\n\r\n照片说明\r\n--b--\r\n';
    const upload = (report: number) =>
      ow.c.m1.request({
        method: 'POST',
        url: `/api/opinion-reports/${report}/files`,
        payload,
        headers: { 'content-type': 'multipart/form-data; boundary=b' },
      });
    const added = await expectOk(upload(id), 201);
    expect(added.report.files.map((f: { fileName: string }) => f.fileName)).toEqual(['现场照片.txt']);
    await expectOk(ow.c.m1.post(`/api/opinion-reports/${id}/submit`, {}));
    const file = await ow.c.editor.get(`/api/opinion-reports/${id}/files/${added.attachmentId}`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('照片说明');
    expect((await upload(id)).statusCode).toBe(409);
  });
});

describe('the editors decide', () => {
  it('不采用: the reason is the reporter’s to read; nobody else outside the office reads the report', async () => {
    const id = await fileReport(ow, 'm2', { title: '关于农贸市场周边占道经营的反映' }, ['receive']);
    expect((await ow.c.staff.post(`/api/opinion-reports/${id}/reject`, { reason: '无' })).statusCode).toBe(
      403,
    );
    const missing = await ow.c.editor.post(`/api/opinion-reports/${id}/reject`, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('reason');
    await expectOk(ow.c.editor.post(`/api/opinion-reports/${id}/reject`, { reason: '已有同类信息编发' }));
    const mine = await expectOk(ow.c.m2.get(`/api/opinion-reports/${id}`));
    expect(mine).toMatchObject({
      status: 'rejected',
      statusLabel: '不采用',
      rejectReason: '已有同类信息编发',
    });
    expect(mine.timeline.map((e: { actionLabel: string }) => e.actionLabel)).toEqual([
      '起草',
      '报送',
      '接收',
      '不采用',
    ]);
    expect(await notified(`op_m2`, 'opinionReport.reject')).toBe(1);
    for (const other of [ow.c.m1, ow.c.leader, ow.c.unit]) {
      expect([403, 404]).toContain((await other.get(`/api/opinion-reports/${id}`)).statusCode);
    }
    const list = await expectOk(ow.c.m1.get('/api/opinion-reports?pageSize=100'));
    expect(list.items.map((r: { id: number }) => r.id)).not.toContain(id);
  });

  it('采用 makes an item from the reporter’s text; edits are kept and the reporter sees them beside their own', async () => {
    const id = await fileReport(ow, 'm1', {}, ['receive']);
    const adopted = await expectOk(ow.c.editor.post(`/api/opinion-reports/${id}/adopt`, {}));
    expect(adopted.status).toBe('adopted');
    const itemId = adopted.edited.id;
    const first = await expectOk(ow.c.editor.get(`/api/opinion-items/${itemId}`));
    expect(first.body).toBe(
      [reportInput().situation, reportInput().analysis, reportInput().recommendation].join('\n\n'),
    );
    await expectOk(
      ow.c.editor.post(`/api/opinion-items/${itemId}/edit`, {
        title: '城关小学门口交通拥堵亟待治理',
        body: '编辑后的正文：建议设置限时停靠区。',
        expectedVersion: first.version,
      }),
    );
    const stale = await ow.c.editor.post(`/api/opinion-items/${itemId}/edit`, {
      title: '旧稿',
      body: '旧正文',
      expectedVersion: first.version,
    });
    expect(stale.statusCode).toBe(409);
    const item = await expectOk(ow.c.editor.get(`/api/opinion-items/${itemId}`));
    expect(item.versions.map((v: { title: string }) => v.title)).toEqual([
      reportInput().title,
      '城关小学门口交通拥堵亟待治理',
    ]);
    const mine = await expectOk(ow.c.m1.get(`/api/opinion-reports/${id}`));
    expect(mine.situation).toBe(reportInput().situation);
    expect(mine.edited).toMatchObject({
      title: '城关小学门口交通拥堵亟待治理',
      body: '编辑后的正文：建议设置限时停靠区。',
    });
    expect((await ow.c.m1.get(`/api/opinion-items/${itemId}`)).statusCode).toBe(403);
  });

  it('merges reports on one matter into one item that keeps every reporter', async () => {
    const a = await fileReport(ow, 'm1', { title: '关于老旧小区加装电梯的建议' }, ['receive', 'adopt']);
    const itemId = (await expectOk(ow.c.editor.get(`/api/opinion-reports/${a}`))).edited.id;
    const b = await fileReport(ow, 'm2', { title: '老旧小区加装电梯难的反映' }, ['receive']);
    const merged = await expectOk(ow.c.editor.post(`/api/opinion-reports/${b}/adopt`, { itemId }));
    expect(merged.edited.id).toBe(itemId);
    const item = await expectOk(ow.c.editor.get(`/api/opinion-items/${itemId}`));
    expect(item.reports.map((r: { reporterName: string }) => r.reporterName)).toEqual(['op委员', 'op李四']);
    const listed = await expectOk(ow.c.editor.get('/api/opinion-items?q=加装电梯'));
    expect(listed.items[0]).toMatchObject({ id: itemId, reporterNames: ['op委员', 'op李四'] });
    // The same list in Excel: the merged item with both reporters, not yet in an issue.
    const sheet = await xlsxRows(await ow.c.editor.get('/api/opinion-items/export?q=加装电梯'));
    expect(sheet[0]).toEqual(['标题', '反映人', '状态', '编入期刊', '更新时间']);
    expect(sheet.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['关于老旧小区加装电梯的建议', 'op委员、op李四', '编辑中', '待编入'],
    ]);
    const c = await fileReport(ow, 'm2', {}, ['receive']);
    const bad = await ow.c.editor.post(`/api/opinion-reports/${c}/adopt`, { itemId: 999_999 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('itemId');
    const row = await db().select().from(opinionReports).where(eq(opinionReports.id, c));
    expect(row[0]).toMatchObject({ status: 'received', itemId: null });
  });
});

describe('lists and similar reports', () => {
  it('a member lists their own reports, staff every filed one; the export carries the same rows', async () => {
    const mine = await expectOk(ow.c.m2.get('/api/opinion-reports?pageSize=100'));
    expect(mine.items.every((r: { reporterName: string }) => r.reporterName === 'op李四')).toBe(true);
    const staff = await expectOk(ow.c.staff.get('/api/opinion-reports?pageSize=100'));
    expect(staff.items.some((r: { status: string }) => r.status === 'draft')).toBe(false);
    const [{ n }] = await db()
      .select({ n: count() })
      .from(opinionReports)
      .where(and(eq(opinionReports.committeeId, ow.w.committeeId), eq(opinionReports.status, 'rejected')));
    const rejected = await expectOk(ow.c.editor.get('/api/opinion-reports?status=rejected'));
    expect(rejected.total).toBe(n);
    const sheet = await xlsxRows(await ow.c.editor.get('/api/opinion-reports/export?status=rejected'));
    expect(sheet[0].slice(0, 5)).toEqual(['标题', '报送人', '界别', '紧急程度', '状态']);
    expect(sheet.slice(1).map((r) => r[5])).toEqual(['已有同类信息编发']);
  });

  it('shows earlier filed reports on the same matter while writing, without their reporters', async () => {
    const res = await expectOk(
      ow.c.m2.get(
        `/api/opinion-reports/similar?text=${encodeURIComponent('小学门口接送车辆拥堵，建议设置停靠区')}`,
      ),
    );
    expect(res.items.length).toBeGreaterThan(0);
    expect(res.items[0].title).toContain('交通拥堵');
    expect(Object.keys(res.items[0]).sort()).toEqual([
      'id',
      'score',
      'status',
      'statusLabel',
      'submittedAt',
      'title',
    ]);
    // Drafts and withdrawn reports are nobody's precedent.
    const statuses = new Set(res.items.map((r: { status: string }) => r.status));
    expect(statuses.has('draft') || statuses.has('withdrawn')).toBe(false);
  });
});
