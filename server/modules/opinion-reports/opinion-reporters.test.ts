import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opinionInformants, opinionReports, users } from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/factories';
import { xlsxRows } from '../../test/xlsx';
import { expectOk, type OpinionWorld, opinionWorld, reportInput } from './test-opinions';

/**
 * Reporters other than members: bodies the editors file for (代为报送) and 特邀信息员 with accounts
 * of their own that may report and do nothing else.
 */
let t: TestApp;
let ow: OpinionWorld;
let informant: Client;
beforeAll(async () => {
  t = await createTestApp();
  ow = await opinionWorld(t, 'or');
  informant = await login(t.app, ow.w.users.informant, TEST_PASSWORD);
});
afterAll(() => t.close());

const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4);

describe('代为报送 in a body’s name', () => {
  it('the editor drafts in a party’s name, only they see the draft, the body is the reporter everywhere', async () => {
    const draft = await expectOk(
      ow.c.editor.post(
        '/api/opinion-reports/for-body',
        reportInput({
          title: '关于优化营商环境的建议',
          bodyKind: 'party',
          bodyName: '民盟清河区委',
          sectorId: ow.w.sectorId,
        }),
      ),
      201,
    );
    expect(draft).toMatchObject({
      status: 'draft',
      reporterKind: 'body',
      reporterKindLabel: '民主党派',
      reporterName: '民盟清河区委',
      sectorName: '教育界',
      reporterMemberId: null,
    });
    // Another staff member of the committee does not see someone's draft.
    expect((await ow.c.staff.get(`/api/opinion-reports/${draft.id}`)).statusCode).toBe(404);
    await expectOk(ow.c.editor.post(`/api/opinion-reports/${draft.id}/submit`, {}));
    await expectOk(ow.c.editor.post(`/api/opinion-reports/${draft.id}/receive`, {}));
    const adopted = await expectOk(ow.c.editor.post(`/api/opinion-reports/${draft.id}/adopt`, {}));
    const item = await expectOk(ow.c.editor.get(`/api/opinion-items/${adopted.edited.id}`));
    expect(item.reports.map((r: { reporterName: string }) => r.reporterName)).toEqual(['民盟清河区委']);
    const bodies = await expectOk(ow.c.editor.get('/api/opinion-reports?reporterKind=body'));
    expect(bodies.items.map((r: { id: number }) => r.id)).toEqual([draft.id]);
    // A body is no member: its report earns no one duty points.
    const [row] = await t.ctx.handle.db.select().from(opinionReports).where(eq(opinionReports.id, draft.id));
    expect(row.reporterMemberId).toBeNull();
  });

  it('refuses a sector of another committee, naming the field; members cannot file for a body', async () => {
    const other = await opinionWorld(t, 'oq');
    const res = await ow.c.editor.post(
      '/api/opinion-reports/for-body',
      reportInput({ bodyKind: 'sectorGroup', bodyName: '教育界', sectorId: other.w.sectorId }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'sectorId', message: '界别：不存在或不属于本会' });
    const member = await ow.c.m1.post(
      '/api/opinion-reports/for-body',
      reportInput({ bodyKind: 'party', bodyName: 'x' }),
    );
    expect(member.statusCode).toBe(403);
  });
});

describe('特邀信息员', () => {
  it('files a report in their own account and reads only their own reports', async () => {
    const r = await expectOk(
      informant.post('/api/opinion-reports', reportInput({ title: '关于菜市场食品安全的反映' })),
      201,
    );
    expect(r).toMatchObject({ reporterKind: 'informant', reporterName: 'or信息员', sectorName: '教育界' });
    await expectOk(informant.post(`/api/opinion-reports/${r.id}/submit`, {}));
    const mine = await expectOk(informant.get('/api/opinion-reports'));
    expect(mine.items.map((i: { id: number }) => i.id)).toEqual([r.id]);
    // A member's report is not theirs to read.
    const memberReport = await expectOk(ow.c.m1.post('/api/opinion-reports', reportInput()), 201);
    await expectOk(ow.c.m1.post(`/api/opinion-reports/${memberReport.id}/submit`, {}));
    expect((await informant.get(`/api/opinion-reports/${memberReport.id}`)).statusCode).toBe(404);
    // The editors see it with its kind and decide; the 不采用 reason reaches the informant.
    const seen = await expectOk(ow.c.editor.get(`/api/opinion-reports?reporterKind=informant`));
    expect(seen.items.map((i: { id: number }) => i.id)).toEqual([r.id]);
    await expectOk(ow.c.editor.post(`/api/opinion-reports/${r.id}/receive`, {}));
    await expectOk(ow.c.editor.post(`/api/opinion-reports/${r.id}/reject`, { reason: '已有同类信息' }));
    expect((await expectOk(informant.get(`/api/opinion-reports/${r.id}`))).rejectReason).toBe('已有同类信息');
    const bell = await expectOk(informant.get('/api/notifications'));
    expect(bell.items.map((n: { title: string }) => n.title)).toContain(
      '社情民意信息不采用：关于菜市场食品安全的反映',
    );
  });

  it('may do nothing else: no directory, proposals, meetings, issues, items, 批示 or archive', async () => {
    const me = await expectOk(informant.get('/api/auth/me'));
    const granted = Object.entries(me.abilities).filter(([, v]) => v === true);
    expect(granted).toEqual([['fileOpinions', true]]);
    for (const url of [
      '/api/members',
      '/api/proposals',
      '/api/meetings',
      '/api/bulletin-issues',
      '/api/opinion-items',
      '/api/instructions',
      `/api/duty-archive/me?year=${year}`,
      '/api/opinion-informants',
      `/api/opinion-stats?year=${year}`,
    ]) {
      expect((await informant.get(url)).statusCode, url).toBe(403);
    }
  });

  it('the security administrator opens an informant account from the catalogue; a retired informant cannot file', async () => {
    const added = await expectOk(
      ow.c.editor.post('/api/opinion-informants', {
        name: '钱信息',
        employer: '区融媒体中心',
        recommendedBy: 'sector',
        sectorId: ow.w.sectorId,
      }),
      201,
    );
    expect(added).toMatchObject({
      recommendedByLabel: '界别',
      recommenderName: '教育界',
      hasAccount: false,
      reports: 0,
    });
    const secadmin = await login(t.app, ow.w.users.secadmin, TEST_PASSWORD);
    const created = await secadmin.post('/api/accounts', {
      username: 'or_qian',
      displayName: '钱信息',
      role: 'informant',
      informantId: added.id,
    });
    expect(created.statusCode, created.body).toBe(201);
    const second = await secadmin.post('/api/accounts', {
      username: 'or_qian2',
      displayName: '钱信息',
      role: 'informant',
      informantId: added.id,
    });
    expect(second.statusCode).toBe(409);
    const list = await expectOk(ow.c.editor.get('/api/opinion-informants?q=%E9%92%B1'));
    expect(list.items).toEqual([expect.objectContaining({ id: added.id, hasAccount: true })]);
    // The catalogue in Excel, with the same filter: 钱信息 alone.
    const sheet = await xlsxRows(await ow.c.editor.get('/api/opinion-informants/export?q=%E9%92%B1'));
    expect(sheet[0]).toEqual([
      '姓名',
      '工作单位',
      '推荐方式',
      '推荐单位',
      '状态',
      '账号',
      '报送篇数',
      '备注',
    ]);
    expect(sheet.slice(1).map((r) => r.slice(0, 7))).toEqual([
      ['钱信息', '区融媒体中心', '界别', '教育界', '在任', '已开通', '0'],
    ]);
    await t.ctx.handle.db
      .update(opinionInformants)
      .set({ active: false })
      .where(eq(opinionInformants.id, added.id));
    await t.ctx.handle.db
      .update(users)
      .set({ mustChangePassword: false })
      .where(eq(users.username, 'or_qian'));
    const [{ passwordHash }] = await t.ctx.handle.db
      .select()
      .from(users)
      .where(eq(users.username, ow.w.users.informant));
    await t.ctx.handle.db.update(users).set({ passwordHash }).where(eq(users.username, 'or_qian'));
    const qian = await login(t.app, 'or_qian', TEST_PASSWORD);
    expect((await qian.post('/api/opinion-reports', reportInput())).statusCode).toBe(403);
  });
});
