import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, users } from '../../db/schema';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { expectOk, fileReport, itemOf, type OpinionWorld, opinionWorld, reportInput } from './test-opinions';

let t: TestApp;
let ow: OpinionWorld;
beforeAll(async () => {
  t = await createTestApp();
  ow = await opinionWorld(t, 'ot');
});
afterAll(() => t.close());

/** The caller's 社情民意 and 批示 to-dos: key → count (other modules' keys left out). */
const counts = async (c: Client) => {
  const items: { key: string; count: number; link: string }[] = (await expectOk(c.get('/api/todos'))).items;
  return Object.fromEntries(
    items.filter((x) => /^(opinion|instruction)\./.test(x.key)).map((x) => [x.key, x.count]),
  );
};
const links = async (c: Client) =>
  Object.fromEntries(
    ((await expectOk(c.get('/api/todos'))).items as { key: string; link: string }[]).map((x) => [
      x.key,
      x.link,
    ]),
  );
/** The links of the notifications of a kind a user got, oldest first. */
const linksOf = async (username: string, kind: string) => {
  const db = t.ctx.handle.db;
  const [u] = await db.select().from(users).where(eq(users.username, username));
  const rows = await db
    .select({ link: notifications.link })
    .from(notifications)
    .where(and(eq(notifications.userId, u.id), eq(notifications.kind, kind)))
    .orderBy(asc(notifications.id));
  return rows.map((r) => r.link);
};
const total = async (c: Client, url: string) => (await expectOk(c.get(url))).total as number;
const day = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );
const instruct = (issueId: number, over: Record<string, unknown> = {}) => ({
  subjectType: 'bulletinIssue',
  subjectId: issueId,
  level: 'county',
  text: '请教育局研究落实。',
  instructedOn: day(-10),
  dueOn: day(10),
  unitIds: [ow.w.unitId],
  ...over,
});

describe('社情民意 and 批示 to-dos', () => {
  it('asks nothing of anyone at first', async () => {
    for (const c of Object.values(ow.c)) expect(await counts(c)).toEqual({});
  });

  it('a higher committee’s editors count their own work, and its links leave out the lower committee’s', async () => {
    const city = await opinionWorld(t, 'oc');
    const county = await opinionWorld(t, 'od', city.w.committeeId);
    await fileReport(city, 'm1', { title: '市里待接收' });
    await fileReport(county, 'm1', { title: '区里待接收' });
    await fileReport(county, 'm1', { title: '区里待决定' }, ['receive']);
    const countyItem = await itemOf(
      county,
      await fileReport(county, 'm2', { title: '区里待编入' }, ['receive', 'adopt']),
    );
    const draft = await expectOk(
      county.c.editor.post('/api/bulletin-issues', {
        kind: 'periodical',
        itemIds: [countyItem],
        leaderIds: [],
      }),
      201,
    );
    await expectOk(county.c.office.post(`/api/bulletin-issues/${draft.id}/sign`, {}));
    await fileReport(county, 'm2', { title: '区里待编入' }, ['receive', 'adopt']);

    expect(await counts(city.c.editor)).toEqual({ 'opinion.toReceive': 1 });
    const l = await links(city.c.editor);
    expect(
      await total(city.c.editor, l['opinion.toReceive'].replace('/opinions/queue', '/api/opinion-reports')),
    ).toBe(1);
    // The lists the other to-dos would open hold nothing of the city's own either.
    expect(await total(city.c.editor, '/api/opinion-reports?status=received&own=true')).toBe(0);
    expect(await total(city.c.editor, '/api/opinion-items?compiled=false&own=true')).toBe(0);
    expect(await total(city.c.editor, '/api/bulletin-issues?status=signed&own=true')).toBe(0);
    // Without the filter the city reads the county's as well.
    expect(await total(city.c.editor, '/api/opinion-items?compiled=false')).toBe(1);
    expect(await total(city.c.editor, '/api/bulletin-issues?status=signed')).toBe(1);
    // A compiled item names the issue it went into.
    const [compiled] = (await expectOk(city.c.editor.get('/api/opinion-items?compiled=true'))).items;
    expect(compiled.issueTitle).toMatch(/^《社情民意》\d{4}年第\d+期$/);
  });

  it('counts each role’s work, and each link opens a list of exactly that many', async () => {
    await expectOk(ow.c.m1.post('/api/opinion-reports', reportInput({ title: '未报送的草稿' })), 201);
    await fileReport(ow, 'm2', { title: '待接收' });
    await fileReport(ow, 'm2', { title: '待决定' }, ['receive']);
    const loose = await itemOf(ow, await fileReport(ow, 'm1', { title: '待编入' }, ['receive', 'adopt']));
    const toSign = await itemOf(ow, await fileReport(ow, 'm1', { title: '待签发' }, ['receive', 'adopt']));
    const toSend = await itemOf(ow, await fileReport(ow, 'm1', { title: '待报送' }, ['receive', 'adopt']));
    const toRead = await itemOf(ow, await fileReport(ow, 'm1', { title: '待阅' }, ['receive', 'adopt']));
    const issue = (itemIds: number[]) =>
      expectOk(
        ow.c.editor.post('/api/bulletin-issues', {
          kind: 'periodical',
          itemIds,
          leaderIds: [ow.w.leaderId],
        }),
        201,
      );
    await issue([toSign]);
    const signed = await issue([toSend]);
    await expectOk(ow.c.office.post(`/api/bulletin-issues/${signed.id}/sign`, {}));
    const sent = await issue([toRead]);
    await expectOk(ow.c.office.post(`/api/bulletin-issues/${sent.id}/sign`, {}));
    await expectOk(ow.c.editor.post(`/api/bulletin-issues/${sent.id}/send`, {}));
    expect(loose).toBeGreaterThan(0);

    expect(await counts(ow.c.editor)).toEqual({
      'opinion.toReceive': 1,
      'opinion.toDecide': 1,
      'opinion.toCompile': 1,
      'opinion.toSend': 1,
    });
    expect(await counts(ow.c.office)).toEqual({ 'opinion.toSign': 1 });
    expect(await counts(ow.c.leader)).toEqual({ 'opinion.unread': 1 });
    expect(await counts(ow.c.leader2)).toEqual({});
    expect(await counts(ow.c.m1)).toEqual({ 'opinion.drafts': 1 });
    expect(await counts(ow.c.m2)).toEqual({});
    expect(await counts(ow.c.staff)).toEqual({});

    const api = (link: string) =>
      link
        .replace(/^\/opinions\/(queue|mine)/, '/api/opinion-reports')
        .replace(/^\/opinions\/items/, '/api/opinion-items')
        .replace(/^\/opinions\/issues/, '/api/bulletin-issues');
    for (const [c, keys] of [
      [ow.c.editor, ['opinion.toReceive', 'opinion.toDecide', 'opinion.toCompile', 'opinion.toSend']],
      [ow.c.office, ['opinion.toSign']],
      [ow.c.leader, ['opinion.unread']],
      [ow.c.m1, ['opinion.drafts']],
    ] as const) {
      const l = await links(c);
      for (const k of keys) expect(await total(c, api(l[k])), k).toBe(1);
    }

    // 已阅 ends the leader's (their notice opened the issue's page); the 批示 they write becomes the unit's.
    expect(await linksOf(ow.w.users.leader, 'bulletinIssue.send')).toEqual([`/opinions/issues/${sent.id}`]);
    expect((await expectOk(ow.c.leader.get(`/api/bulletin-issues/${sent.id}`))).abilities).toMatchObject({
      read: true,
      instruct: true,
    });
    const instructs = async (c: Client) =>
      (await expectOk(c.get(`/api/bulletin-issues/${sent.id}`))).abilities.instruct;
    expect([await instructs(ow.c.office), await instructs(ow.c.staff)]).toEqual([true, false]);
    await expectOk(ow.c.leader.post(`/api/bulletin-issues/${sent.id}/read`, {}));
    expect(await counts(ow.c.leader)).toEqual({});
    const onTime = await expectOk(ow.c.leader.post('/api/instructions', instruct(sent.id)), 201);
    const late = await expectOk(
      ow.c.office.post('/api/instructions', instruct(sent.id, { leaderName: '省领导', dueOn: day(-2) })),
      201,
    );
    expect(await counts(ow.c.unit)).toEqual({ 'instruction.toFeedBack': 2, 'instruction.unitOverdue': 1 });
    expect(await linksOf(ow.w.users.unit, 'instruction.create')).toEqual([
      `/instructions/${onTime.id}`,
      `/instructions/${late.id}`,
    ]);
    // Reporters are pointed at their own reports, not the editors' issue page.
    expect(await linksOf(ow.w.users.member, 'instruction.onMine')).toEqual([
      '/opinions/mine',
      '/opinions/mine',
    ]);
    expect(await counts(ow.c.office)).toEqual({ 'opinion.toSign': 1, 'instruction.overdue': 1 });

    // Feedback waits for the office; sent back, it is the unit's again.
    await expectOk(ow.c.unit.post(`/api/instructions/${onTime.id}/feedback`, { feedback: '已部署整改。' }));
    expect(await counts(ow.c.office)).toMatchObject({ 'instruction.toConfirm': 1 });
    await expectOk(
      ow.c.office.post(`/api/instructions/${onTime.id}/send-back`, {
        unitId: ow.w.unitId,
        note: '请补充时间表',
      }),
    );
    expect(await counts(ow.c.unit)).toEqual({
      'instruction.toFeedBack': 1,
      'instruction.returned': 1,
      'instruction.unitOverdue': 1,
    });
    const unitLinks = await links(ow.c.unit);
    const apiOf = (link: string) => link.replace(/^\/instructions/, '/api/instructions');
    expect(await total(ow.c.unit, apiOf(unitLinks['instruction.returned']))).toBe(1);
    expect(await total(ow.c.unit, apiOf(unitLinks['instruction.toFeedBack']))).toBe(1);
    expect(await total(ow.c.unit, apiOf(unitLinks['instruction.unitOverdue']))).toBe(1);
    await expectOk(ow.c.unit.post(`/api/instructions/${late.id}/feedback`, { feedback: '已落实。' }));
    await expectOk(ow.c.unit.post(`/api/instructions/${onTime.id}/feedback`, { feedback: '时间表见附。' }));
    expect(await counts(ow.c.unit)).toEqual({});
    expect(await counts(ow.c.office)).toEqual({ 'opinion.toSign': 1, 'instruction.toConfirm': 2 });
    const officeLinks = await links(ow.c.office);
    expect(await total(ow.c.office, apiOf(officeLinks['instruction.toConfirm']))).toBe(2);
  });
});
