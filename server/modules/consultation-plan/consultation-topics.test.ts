import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultationTopics } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { topicViewSchema } from './response-schemas';
import { type PlanWorld, planWorld, publicConsultation, publicSubmit } from './test-world';

let t: TestApp;
let pw: PlanWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await planWorld(t, 'cp');
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
const publicPage = () => publicConsultation(t, pw.w.committeeId);
/** The newest topic row with this title (public submissions answer without an id). */
const topicByTitle = async (title: string) =>
  (await db().select().from(consultationTopics).where(eq(consultationTopics.title, title))).at(-1)!;

describe('topics from the five sources', () => {
  it('takes the source from the proposer: member 群众出题, unit 部门点题, leader 党委定题, staff 政协集题', async () => {
    const sources: [keyof PlanWorld['c'], string, string][] = [
      ['member', 'member', '群众出题'],
      ['unit', 'unit', '部门点题'],
      ['leader', 'leader', '党委定题'],
      ['organiser', 'staff', '政协集题'],
    ];
    for (const [who, source, label] of sources) {
      const res = await pw.c[who].post('/api/consultation-topics', {
        title: `关于${label}的议题`,
        description: '情况与建议',
      });
      expect(res.statusCode, res.body).toBe(201);
      const view = topicViewSchema.parse(res.json());
      expect(view).toMatchObject({ source, sourceLabel: label, status: 'pending', statusLabel: '待审核' });
    }
    // A party's topic, entered by staff in its name (政协集题); a member may not speak for a body.
    const party = await pw.c.organiser.post('/api/consultation-topics', {
      title: '关于民营企业融资难的议题',
      description: '民建区委调研提出',
      onBehalfOf: '民建区委',
    });
    expect(party.statusCode, party.body).toBe(201);
    expect(party.json()).toMatchObject({
      source: 'staff',
      sourceLabel: '政协集题',
      proposerName: '民建区委',
    });
    const posing = await pw.c.member.post('/api/consultation-topics', {
      title: '冒名的议题',
      description: '情况与建议',
      onBehalfOf: '民建区委',
    });
    expect(posing.statusCode).toBe(400);
    expect(posing.json().error).toMatchObject({
      field: 'onBehalfOf',
      message: '提出单位：只有工作人员可以代为录入',
    });
  });

  it('lets a resident send a topic without an account; the contact is kept encrypted and shown masked', async () => {
    const res = await publicSubmit(t, {
      committeeId: pw.w.committeeId,
      title: '关于增设社区公交微循环线路的建议',
      description: '城东新区居民出行难，建议增设微循环公交。',
      name: '王女士',
      contact: '13912345678',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ received: true, message: '议题已收到，经工作人员审核后公开' });
    const row = await topicByTitle('关于增设社区公交微循环线路的建议');
    expect(row).toMatchObject({
      source: 'public',
      status: 'pending',
      proposerName: '王女士',
      proposerUserId: null,
      contactMask: '139****5678',
      sensitiveWords: [],
    });
    expect(row.contactEnc).not.toContain('13912345678');
    expect(t.ctx.cipher.decrypt(row.contactEnc!)).toBe('13912345678');
    const view = await pw.c.organiser.get(`/api/consultation-topics/${row.id}`);
    expect(view.json()).toMatchObject({
      proposerName: '王女士',
      contactMask: '139****5678',
      sourceLabel: '社会征题',
    });
  });
});

describe('public abuse', () => {
  it('shows nothing public before approval, and the approved topic without name or contact', async () => {
    const title = '关于规范夜市占道经营的建议';
    await publicSubmit(t, {
      committeeId: pw.w.committeeId,
      title,
      description: '夜市占道影响通行。',
      name: '李先生',
      contact: 'li@example.com',
    });
    const row = await topicByTitle(title);
    expect((await publicPage()).topics.map((x: { title: string }) => x.title)).not.toContain(title);
    const approve = await pw.c.organiser.post(`/api/consultation-topics/${row.id}/approve`, {
      expectedVersion: row.version,
    });
    expect(approve.statusCode, approve.body).toBe(200);
    const shown = (await publicPage()).topics.find((x: { id: number }) => x.id === row.id);
    expect(shown).toEqual({
      id: row.id,
      title,
      description: '夜市占道影响通行。',
      createdAt: expect.any(String),
    });
  });

  it('refuses oversize text with a 400 naming the field, and writes nothing', async () => {
    const before = (await db().select().from(consultationTopics)).length;
    const long = await publicSubmit(t, {
      committeeId: pw.w.committeeId,
      title: '关于停车难的建议',
      description: '字'.repeat(2001),
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error).toMatchObject({ field: 'description', message: '内容：不能超过 2000 个字' });
    const longTitle = await publicSubmit(t, {
      committeeId: pw.w.committeeId,
      title: '题'.repeat(61),
      description: '停车位严重不足',
    });
    expect(longTitle.json().error).toMatchObject({ field: 'title', message: '标题：不能超过 60 个字' });
    const contact = await publicSubmit(t, {
      committeeId: pw.w.committeeId,
      title: '关于停车难的建议',
      description: '停车位严重不足',
      contact: '1'.repeat(51),
    });
    expect(contact.json().error).toMatchObject({ field: 'contact', message: '联系方式：不能超过 50 个字' });
    const tooShort = await publicSubmit(t, {
      committeeId: pw.w.committeeId,
      title: '关于',
      description: '短',
    });
    expect(tooShort.json().error).toMatchObject({ field: 'title', message: '标题：至少 4 个字' });
    const shortText = await publicSubmit(t, {
      committeeId: pw.w.committeeId,
      title: '关于停车难的建议',
      description: '短',
    });
    expect(shortText.json().error).toMatchObject({ field: 'description', message: '内容：至少 5 个字' });
    const noWayBack = await publicSubmit(t, {
      committeeId: pw.w.committeeId,
      title: '关于停车难的建议',
      description: '停车位严重不足',
      contact: 'abc',
    });
    expect(noWayBack.json().error).toMatchObject({
      field: 'contact',
      message: '联系方式：须为电话号码或电子邮箱',
    });
    const noCommittee = await publicSubmit(t, {
      committeeId: 999999,
      title: '关于停车难的建议',
      description: '停车位严重不足',
    });
    expect(noCommittee.json().error).toMatchObject({ field: 'committeeId', message: '委员会：不存在' });
    expect((await db().select().from(consultationTopics)).length).toBe(before);
  });

  it('stores script and markup as the text typed, and answers it only as JSON text', async () => {
    const title = '<script>alert(1)</script>关于<b>公厕</b>的建议';
    const description = '<img src=x onerror=alert(2)>公厕太少';
    expect((await publicSubmit(t, { committeeId: pw.w.committeeId, title, description })).statusCode).toBe(
      201,
    );
    const row = await topicByTitle(title);
    expect(row.description).toBe(description);
    await pw.c.organiser.post(`/api/consultation-topics/${row.id}/approve`, { expectedVersion: row.version });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/public/consultation?committeeId=${pw.w.committeeId}`,
    });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json().topics.find((x: { id: number }) => x.id === row.id)).toMatchObject({
      title,
      description,
    });
  });

  it('holds a text with sensitive words for moderation, naming the words to staff', async () => {
    const title = '关于打击网络赌博的建议';
    await publicSubmit(t, {
      committeeId: pw.w.committeeId,
      title,
      description: '有人在群里发广告，加QQ领取彩票预测。',
    });
    const row = await topicByTitle(title);
    expect(row.status).toBe('pending');
    // The list's order: 加QQ, 彩票预测, 赌博 as the committee's list sorts them (code points).
    expect([...row.sensitiveWords].sort()).toEqual(['加QQ', '彩票预测', '赌博'].sort());
    const flagged = await pw.c.organiser.get('/api/consultation-topics?flagged=true&status=pending');
    expect(flagged.json().items.map((x: { id: number }) => x.id)).toEqual([row.id]);
    expect((await publicPage()).topics.map((x: { id: number }) => x.id)).not.toContain(row.id);
    // Lower case is caught too.
    await publicSubmit(t, {
      committeeId: pw.w.committeeId,
      title: '关于兼职的建议',
      description: '加qq就行',
    });
    expect((await topicByTitle('关于兼职的建议')).sensitiveWords).toEqual(['加QQ']);
  });

  it('lets staff keep the word list: an added word holds the next topic, a removed one no longer does', async () => {
    const list = await pw.c.organiser.get('/api/sensitive-words');
    expect(list.json().items.map((w: { word: string }) => w.word)).toContain('赌博');
    const added = await pw.c.organiser.post('/api/sensitive-words', { word: '拆迁补偿黑幕' });
    expect(added.statusCode, added.body).toBe(201);
    const submit = () =>
      publicSubmit(t, {
        committeeId: pw.w.committeeId,
        title: '关于拆迁补偿黑幕的反映',
        description: '请核查补偿款去向',
      });
    await submit();
    expect((await topicByTitle('关于拆迁补偿黑幕的反映')).sensitiveWords).toEqual(['拆迁补偿黑幕']);
    const word = added.json().items.find((w: { word: string }) => w.word === '拆迁补偿黑幕');
    const removed = await pw.c.organiser.delete(`/api/sensitive-words/${word.id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().items.map((w: { word: string }) => w.word)).not.toContain('拆迁补偿黑幕');
    await submit();
    expect((await topicByTitle('关于拆迁补偿黑幕的反映')).sensitiveWords).toEqual([]);
    // Staff of a 提案工作 department read the list but do not keep it.
    expect((await pw.c.staff.post('/api/sensitive-words', { word: '某词' })).statusCode).toBe(403);
  });

  it('limits submissions per address: past TOPIC_RATE_LIMIT an hour, 429', async () => {
    const limited = await createTestApp({ TOPIC_RATE_LIMIT: '2' });
    try {
      const w = await planWorld(limited, 'cr');
      const body = { committeeId: w.w.committeeId, title: '关于路灯的建议', description: '路灯长期不亮' };
      const codes = [];
      for (let i = 0; i < 3; i++) codes.push((await publicSubmit(limited, body, '198.51.100.1')).statusCode);
      expect(codes).toEqual([201, 201, 429]);
      const refused = await publicSubmit(limited, body, '198.51.100.1');
      expect(refused.json().error).toMatchObject({
        code: 'too_many_requests',
        message: '提交过于频繁，请一小时后再试',
      });
      // Another address is not held back by the first.
      expect((await publicSubmit(limited, body, '198.51.100.2')).statusCode).toBe(201);
      const rows = await limited.ctx.handle.db.select().from(consultationTopics);
      expect(rows).toHaveLength(3);
    } finally {
      await limited.close();
    }
  });
});

describe('moderation steps', () => {
  it('refuses a stale screen (409), a step out of state (409), and a rejection without a reason (400)', async () => {
    const created = await pw.c.member.post('/api/consultation-topics', {
      title: '关于社区食堂的议题',
      description: '建议',
    });
    const { id, version } = created.json();
    const noReason = await pw.c.organiser.post(`/api/consultation-topics/${id}/reject`, {
      expectedVersion: version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('note');
    const ok = await pw.c.organiser.post(`/api/consultation-topics/${id}/approve`, {
      expectedVersion: version,
    });
    expect(ok.json()).toMatchObject({ status: 'approved', version: version + 1 });
    const stale = await pw.c.organiser.post(`/api/consultation-topics/${id}/reject`, {
      expectedVersion: version,
      note: '重复',
    });
    expect(stale.statusCode).toBe(409);
    const again = await pw.c.organiser.post(`/api/consultation-topics/${id}/approve`, {
      expectedVersion: version + 1,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该协商议题当前状态为已采纳，不能执行审核通过');
    // The member reads their own topic with the decision; another member's topic is a 404 to them.
    const mine = await pw.c.member.get(`/api/consultation-topics/${id}`);
    expect(mine.json()).toMatchObject({ status: 'approved', contactMask: null });
    const unitTopic = await pw.c.unit.post('/api/consultation-topics', {
      title: '单位议题',
      description: '建议',
    });
    expect((await pw.c.member.get(`/api/consultation-topics/${unitTopic.json().id}`)).statusCode).toBe(404);
  });
});

describe('the moderators’ to-do', () => {
  it('counts pending topics as the moderators’ to-do', async () => {
    const todos = await pw.c.organiser.get('/api/todos');
    const pendingRows = (await db().select().from(consultationTopics)).filter(
      (r) => r.status === 'pending' && r.committeeId === pw.w.committeeId,
    );
    const todo = todos.json().items.find((x: { key: string }) => x.key === 'consultation.topicsToModerate');
    expect(todo).toMatchObject({ count: pendingRows.length, link: '/consultation/topics?status=pending' });
    expect(pendingRows.length).toBeGreaterThan(0);
  });
});
