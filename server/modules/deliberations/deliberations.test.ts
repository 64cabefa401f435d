import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliberationPosts } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { documentText } from '../../test/docx';
import { type PlanWorld, planWorld } from '../consultation-plan/test-world';
import { deliberationViewSchema, postPageSchema, publicTopicSchema } from './response-schemas';
import { LABELLED_POSTS } from './test-posts';
import { dayFrom, openTopic, publicPost, publicTopic } from './test-world';

let t: TestApp;
let pw: PlanWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await planWorld(t, 'dl');
}, 60_000);
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
const postRow = async (body: string) =>
  (await db().select().from(deliberationPosts).where(eq(deliberationPosts.body, body))).at(-1)!;

describe('the hall for members', () => {
  it('opens a topic, takes a member post and a reply at once, counts likes once per account', async () => {
    const topic = await openTopic(pw, 'members');
    const view = deliberationViewSchema.parse(
      (await pw.c.member.get(`/api/deliberations/${topic.id}`)).json(),
    );
    expect(view.abilities).toMatchObject({ post: true, moderate: false, close: false });
    const post = await pw.c.member.post(`/api/deliberations/${topic.id}/posts`, {
      body: '建议在老城区利用闲置空地建设立体停车场。',
      kind: 'suggestion',
    });
    expect(post.statusCode, post.body).toBe(201);
    expect(post.json()).toMatchObject({ status: 'approved', kind: 'suggestion', authorKind: '委员' });
    const reply = await pw.c.member.post(`/api/deliberations/${topic.id}/posts`, {
      body: '赞同，还可以错峰共享机关停车位。',
      kind: 'suggestion',
      parentId: post.json().id,
    });
    expect(reply.json()).toMatchObject({ status: 'approved', kind: 'comment', parentId: post.json().id });
    for (let i = 0; i < 2; i++) {
      const like = await pw.c.member.post(`/api/deliberation-posts/${post.json().id}/like`, {});
      expect(like.json()).toEqual({ id: post.json().id, likes: 1, liked: true });
    }
    const list = postPageSchema.parse((await pw.c.leader.get(`/api/deliberations/${topic.id}/posts`)).json());
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      likes: 1,
      liked: false,
      replies: [{ body: '赞同，还可以错峰共享机关停车位。' }],
    });
    const unlike = await pw.c.member.delete(`/api/deliberation-posts/${post.json().id}/like`);
    expect(unlike.json()).toEqual({ id: post.json().id, likes: 0, liked: false });
    const counts = (await pw.c.organiser.get(`/api/deliberations/${topic.id}`)).json().counts;
    expect(counts).toEqual({
      posts: 2,
      suggestions: 1,
      members: 1,
      publicPosts: 0,
      participants: 1,
      adopted: 0,
      pending: 0,
      visits: 0,
    });
  });

  it('holds a member post with a sensitive word until a moderator approves it', async () => {
    const topic = await openTopic(pw, 'members');
    const held = await pw.c.member.post(`/api/deliberations/${topic.id}/posts`, {
      body: '小区门口有人组织赌博，请派出所查处。',
    });
    expect(held.json()).toMatchObject({ status: 'pending' });
    expect((await pw.c.leader.get(`/api/deliberations/${topic.id}/posts`)).json().total).toBe(0);
    const queue = (await pw.c.organiser.get(`/api/deliberations/${topic.id}/posts?status=pending`)).json();
    expect(queue.items.map((p: { sensitiveWords: string[] }) => p.sensitiveWords)).toEqual([['赌博']]);
    const ok = await pw.c.organiser.post(`/api/deliberation-posts/${held.json().id}/approve`, {
      expectedVersion: 1,
    });
    expect(ok.json()).toMatchObject({ status: 'approved', version: 2 });
    expect((await pw.c.leader.get(`/api/deliberations/${topic.id}/posts`)).json().total).toBe(1);
    const stale = await pw.c.organiser.post(`/api/deliberation-posts/${held.json().id}/approve`, {
      expectedVersion: 1,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses the public on a members-only topic, and posts once the topic is closed', async () => {
    const topic = await openTopic(pw, 'members');
    expect((await publicTopic(t, topic.id)).statusCode).toBe(404);
    expect((await publicPost(t, topic.id, { body: '我也想说两句' })).statusCode).toBe(404);
    expect(
      await db().select().from(deliberationPosts).where(eq(deliberationPosts.deliberationId, topic.id)),
    ).toEqual([]);
    const closed = await pw.c.organiser.post(`/api/deliberations/${topic.id}/close`, {
      expectedVersion: topic.version,
    });
    expect(closed.json()).toMatchObject({ status: 'closed', abilities: { reopen: true, close: false } });
    const late = await pw.c.member.post(`/api/deliberations/${topic.id}/posts`, { body: '还来得及吗' });
    expect(late.statusCode).toBe(409);
    // Units read no hall; staff of a 提案工作 department read but do not run it.
    expect((await pw.c.unit.get(`/api/deliberations/${topic.id}`)).statusCode).toBe(403);
    expect(
      (await pw.c.staff.post(`/api/deliberations/${topic.id}/reopen`, { expectedVersion: 2 })).statusCode,
    ).toBe(403);
  });

  it('refuses a period that ends before it starts (400 naming the field)', async () => {
    const res = await pw.c.organiser.post('/api/deliberations', {
      title: '议题',
      description: '说明',
      audience: 'members',
      opensOn: dayFrom(5),
      closesOn: dayFrom(1),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('截止日期：不能早于开始日期');
  });
});

describe('the public hall', () => {
  it('shows a resident post to nobody before approval, then as 网友 without the name', async () => {
    const topic = await openTopic(pw, 'public');
    const body = '<script>alert(1)</script>公交站台没有座椅，老人等车太辛苦。';
    const sent = await publicPost(t, topic.id, { body, name: '王阿姨' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json()).toEqual({ received: true, message: '留言已收到，经工作人员审核后公开' });
    const row = await postRow(body);
    expect(row).toMatchObject({
      status: 'pending',
      isPublic: true,
      body,
      authorName: '王阿姨',
      memberId: null,
    });
    expect(publicTopicSchema.parse((await publicTopic(t, topic.id)).json()).items).toEqual([]);
    expect((await pw.c.member.get(`/api/deliberations/${topic.id}/posts`)).json().total).toBe(0);
    await pw.c.organiser.post(`/api/deliberation-posts/${row.id}/approve`, { expectedVersion: 1 });
    const page = (await publicTopic(t, topic.id)).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ body, author: '网友', kindLabel: '建议' });
    expect(JSON.stringify(page)).not.toContain('王阿姨');
  });

  it('holds a sensitive post with the words hit, and refuses an over-long one (400 naming 内容)', async () => {
    const topic = await openTopic(pw, 'public');
    await publicPost(t, topic.id, { body: '兼职日结，加微信了解' });
    expect(await postRow('兼职日结，加微信了解')).toMatchObject({
      status: 'pending',
      sensitiveWords: ['兼职日结', '加微信'],
    });
    const long = await publicPost(t, topic.id, { body: '长'.repeat(1001) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toBe('内容：不能超过 1000 个字');
  });

  it('counts a visit once per address and day', async () => {
    const topic = await openTopic(pw, 'public');
    for (const ip of ['198.51.100.5', '198.51.100.5', '198.51.100.5', '198.51.100.6'])
      await publicTopic(t, topic.id, ip);
    expect((await publicTopic(t, topic.id, '198.51.100.6')).json().visits).toBe(2);
    expect((await pw.c.organiser.get(`/api/deliberations/${topic.id}`)).json().counts.visits).toBe(2);
  });

  it('limits posts per address: past TOPIC_RATE_LIMIT an hour, 429', async () => {
    const limited = await createTestApp({ TOPIC_RATE_LIMIT: '2' });
    try {
      const w = await planWorld(limited, 'dr');
      const topic = await openTopic(w, 'public');
      const codes = [];
      for (let i = 0; i < 3; i++)
        codes.push((await publicPost(limited, topic.id, { body: `建议${i}` }, '198.51.100.1')).statusCode);
      expect(codes).toEqual([201, 201, 429]);
      expect((await publicPost(limited, topic.id, { body: '另一个地址' }, '198.51.100.2')).statusCode).toBe(
        201,
      );
      expect(await limited.ctx.handle.db.select().from(deliberationPosts)).toHaveLength(3);
    } finally {
      await limited.close();
    }
  });
});

describe('the compile page', () => {
  it('groups the labelled posts, renames, merges and splits, and prints the report', async () => {
    const topic = await openTopic(pw, 'members', '城区交通出行怎么改');
    const ids: Record<string, number[]> = {};
    for (const p of LABELLED_POSTS) {
      const res = await pw.c.member.post(`/api/deliberations/${topic.id}/posts`, {
        body: p.text,
        kind: 'suggestion',
      });
      ids[p.label] = [...(ids[p.label] ?? []), res.json().id];
    }
    const grouped = deliberationViewSchema.parse(
      (await pw.c.organiser.post(`/api/deliberations/${topic.id}/groups/auto`, {})).json(),
    );
    const byName = Object.fromEntries(grouped.groups.map((g) => [g.name, g]));
    expect(grouped.groups.map((g) => g.name)).toEqual(['停车', '公交', '电动', '接送', '其他']);
    expect(grouped.groups.map((g) => g.posts)).toEqual([6, 6, 6, 4, 2]);
    expect(byName['停车'].representatives).toHaveLength(3);
    const renamed = await pw.c.organiser.patch(`/api/deliberations/${topic.id}/groups/${byName['电动'].id}`, {
      name: '电动车管理',
    });
    expect(renamed.json().groups.map((g: { name: string }) => g.name)).toContain('电动车管理');
    const merged = (
      await pw.c.organiser.post(`/api/deliberations/${topic.id}/groups/merge`, {
        groupIds: [byName['接送'].id, byName['其他'].id],
        name: '学校周边交通',
      })
    ).json();
    expect(merged.groups.find((g: { name: string }) => g.name === '学校周边交通').posts).toBe(6);
    const split = (
      await pw.c.organiser.post(`/api/deliberations/${topic.id}/groups/${byName['停车'].id}/split`, {
        postIds: ids.parking.slice(4),
        name: '路边停车收费',
      })
    ).json();
    expect(split.groups.map((g: { name: string; posts: number }) => [g.name, g.posts])).toEqual([
      ['公交', 6],
      ['电动车管理', 6],
      ['学校周边交通', 6],
      ['停车', 4],
      ['路边停车收费', 2],
    ]);
    const foreign = await pw.c.organiser.post(
      `/api/deliberations/${topic.id}/groups/${byName['公交'].id}/split`,
      {
        postIds: [ids.parking[0]],
        name: '错的',
      },
    );
    expect(foreign.statusCode).toBe(400);
    await pw.c.organiser.post(`/api/deliberation-posts/${ids.bus[0]}/adopt`, { expectedVersion: 1 });
    await pw.c.organiser.put(`/api/deliberations/${topic.id}/summary`, {
      expectedVersion: split.version,
      summary: '委员围绕停车、公交、学校周边和电动车提出建议24条。',
    });
    const text = await documentText(await pw.c.leader.get(`/api/deliberations/${topic.id}/report.docx`));
    expect(text).toContain('网络议政情况专报');
    expect(text).toContain('参与委员1人，社会公众留言0条，共收到留言24条，其中意见建议24条，已采纳1条');
    expect(text).toContain('委员围绕停车、公交、学校周边和电动车提出建议24条。');
    expect(text).toContain('（5）路边停车收费：留言2条，其中意见建议2条。');
    expect(text).toContain(LABELLED_POSTS.find((p) => p.label === 'bus')?.text);
  });
});
