import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { documentText } from '../../test/docx';
import { notificationCount } from '../../test/notifications';
import { expectOk, fileReport, itemOf, type OpinionWorld, opinionWorld } from './test-opinions';

let t: TestApp;
let ow: OpinionWorld;
beforeAll(async () => {
  t = await createTestApp();
  ow = await opinionWorld(t, 'oi');
});
afterAll(() => t.close());

/** Issues are numbered in the Beijing year they are compiled. */
const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4);

const unread = (username: string, kind: string) => notificationCount(t.ctx.handle.db, username, kind);

/** An adopted item of m1's report (and, merged into it, m2's when `merged`). */
async function adoptedItem(title: string, merged = false) {
  const a = await fileReport(ow, 'm1', { title }, ['receive', 'adopt']);
  const itemId = await itemOf(ow, a);
  let b: number | null = null;
  if (merged) {
    b = await fileReport(ow, 'm2', { title: `${title}（另一位委员）` }, ['receive']);
    await expectOk(ow.c.editor.post(`/api/opinion-reports/${b}/adopt`, { itemId }));
  }
  return { itemId, reports: [a, b].filter((x): x is number => x !== null) };
}

const compile = (itemIds: number[], kind = 'periodical', leaderIds = [ow.w.leaderId]) =>
  ow.c.editor.post('/api/bulletin-issues', { kind, itemIds, leaderIds, copyTo: '市政协研究室' });

describe('compiling an issue', () => {
  it('the editors compile, the office signs it off with the next number of the year and kind, the editors send it', async () => {
    const one = await adoptedItem('关于规范校外培训机构收费的建议');
    const two = await adoptedItem('关于农村饮水安全的反映');
    const issue = await expectOk(compile([two.itemId, one.itemId]), 201);
    expect(issue).toMatchObject({ status: 'draft', number: null, title: `《社情民意》${year}年（待编号）` });
    expect(issue.items.map((i: { id: number }) => i.id)).toEqual([two.itemId, one.itemId]);
    expect((await ow.c.editor.post(`/api/bulletin-issues/${issue.id}/sign`, {})).statusCode).toBe(403);
    const signed = await expectOk(ow.c.office.post(`/api/bulletin-issues/${issue.id}/sign`, {}));
    expect(signed).toMatchObject({ status: 'signed', number: 1, title: `《社情民意》${year}年第1期` });
    const edit = await ow.c.editor.post(`/api/opinion-items/${one.itemId}/edit`, { title: '改', body: '改' });
    expect(edit.statusCode).toBe(409);
    const sent = await expectOk(ow.c.editor.post(`/api/bulletin-issues/${issue.id}/send`, {}));
    expect(sent.status).toBe('sent');
    expect(sent.recipients.map((r: { leaderId: number }) => r.leaderId)).toEqual([ow.w.leaderId]);
    expect(await unread(ow.w.users.leader, 'bulletinIssue.send')).toBe(1);
    expect(await unread('oi_leader2', 'bulletinIssue.send')).toBe(0);
    expect(await unread(ow.w.users.member, 'opinionReport.published')).toBe(1);
    const mine = await expectOk(ow.c.m1.get(`/api/opinion-reports/${one.reports[0]}`));
    expect(mine.publishedIn).toBe(`《社情民意》${year}年第1期`);

    const three = await adoptedItem('关于老年助餐点建设的建议');
    const second = await expectOk(compile([three.itemId]), 201);
    const special = await expectOk(
      compile([(await adoptedItem('关于汛期地质灾害隐患的紧急反映')).itemId], 'special'),
      201,
    );
    expect((await expectOk(ow.c.office.post(`/api/bulletin-issues/${special.id}/sign`, {}))).title).toBe(
      `《社情民意专报》${year}年第1期`,
    );
    expect((await expectOk(ow.c.office.post(`/api/bulletin-issues/${second.id}/sign`, {}))).number).toBe(2);
  });

  it('keeps an item in one issue, refuses leaders of another committee, and an empty issue cannot be signed', async () => {
    const { itemId } = await adoptedItem('关于城区停车难的反映');
    const first = await expectOk(compile([itemId]), 201);
    const twice = await compile([itemId]);
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error).toMatchObject({ field: 'itemIds' });
    const foreign = await ow.c.editor.put(`/api/bulletin-issues/${first.id}`, {
      itemIds: [itemId],
      leaderIds: [999_999],
    });
    expect(foreign.json().error).toMatchObject({ field: 'leaderIds' });
    const emptied = await expectOk(
      ow.c.editor.put(`/api/bulletin-issues/${first.id}`, { itemIds: [], leaderIds: [] }),
    );
    expect(emptied.items).toEqual([]);
    const refused = await ow.c.office.post(`/api/bulletin-issues/${first.id}/sign`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('本期尚未编入信息');
    // Back in the pool: another issue may take it.
    expect((await compile([itemId])).statusCode).toBe(201);
  });
});

describe('leaders and adoption', () => {
  it('a leader reads only the issues sent to them and opening one ends their to-do', async () => {
    const { itemId } = await adoptedItem('关于背街小巷路灯维修的建议');
    const issue = await expectOk(compile([itemId], 'special', [ow.leader2Id]), 201);
    expect((await ow.c.leader2.get(`/api/bulletin-issues/${issue.id}`)).statusCode).toBe(404);
    await expectOk(ow.c.office.post(`/api/bulletin-issues/${issue.id}/sign`, {}));
    await expectOk(ow.c.editor.post(`/api/bulletin-issues/${issue.id}/send`, {}));
    expect((await ow.c.leader.get(`/api/bulletin-issues/${issue.id}`)).statusCode).toBe(404);
    expect((await ow.c.unit.get(`/api/bulletin-issues/${issue.id}`)).statusCode).toBe(403);
    const todo = await expectOk(ow.c.leader2.get('/api/bulletin-issues?unread=true'));
    expect(todo.items.map((i: { id: number }) => i.id)).toEqual([issue.id]);
    const seen = await expectOk(ow.c.leader2.get(`/api/bulletin-issues/${issue.id}`));
    expect(seen.abilities).toMatchObject({ read: true, sign: false, send: false });
    await expectOk(ow.c.leader2.post(`/api/bulletin-issues/${issue.id}/read`, {}));
    expect((await expectOk(ow.c.leader2.get('/api/bulletin-issues?unread=true'))).total).toBe(0);
    expect((await ow.c.leader2.post(`/api/bulletin-issues/${issue.id}/read`, {})).statusCode).toBe(409);
  });

  it('records adoption by level once the issue is sent, credits every reporter of a merged item', async () => {
    const { itemId, reports } = await adoptedItem('关于加强校园食品安全监管的建议', true);
    const early = await ow.c.editor.post(`/api/opinion-items/${itemId}/adoptions`, {
      level: 'city',
      adoptedOn: '2026-04-01',
      evidence: '市政协《社情民意》第5期',
    });
    expect(early.statusCode).toBe(409);
    const issue = await expectOk(compile([itemId]), 201);
    await expectOk(ow.c.office.post(`/api/bulletin-issues/${issue.id}/sign`, {}));
    await expectOk(ow.c.editor.post(`/api/bulletin-issues/${issue.id}/send`, {}));
    const adopt = (level: string, evidence: string) =>
      ow.c.editor.post(`/api/opinion-items/${itemId}/adoptions`, {
        level,
        adoptedOn: '2026-04-10',
        evidence,
      });
    await expectOk(adopt('city', '市政协《社情民意》2026年第5期'));
    await expectOk(adopt('national', '全国政协《信息专报》第88期'));
    expect((await adopt('city', '重复')).statusCode).toBe(409);
    for (const [as, id] of [
      ['m1', reports[0]],
      ['m2', reports[1]],
    ] as const) {
      const view = await expectOk(ow.c[as].get(`/api/opinion-reports/${id}`));
      expect(view.adoptions.map((a: { levelLabel: string }) => a.levelLabel)).toEqual(['全国政协', '市政协']);
    }
    expect(await unread('oi_m2', 'opinionReport.adoption')).toBe(2);
    const doc = await documentText(await ow.c.leader.get(`/api/bulletin-issues/${issue.id}/issue.docx`));
    expect(doc).toContain('社情民意');
    expect(doc).toContain(
      `${year}年第${(await expectOk(ow.c.editor.get(`/api/bulletin-issues/${issue.id}`))).number}期`,
    );
    expect(doc).toContain('oi政协编印');
    expect(doc).toContain('关于加强校园食品安全监管的建议');
    expect(doc).toContain('（反映人：oi委员（教育界）、oi李四（教育界））');
    expect(doc).toContain('报送：副区长oi领导');
    expect(doc).toContain('抄送：市政协研究室');
  });
});
