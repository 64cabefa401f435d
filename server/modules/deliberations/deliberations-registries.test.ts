import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../../test/app';
import { addDutyStaff, createWorld, TEST_PASSWORD } from '../../test/factories';
import { type PlanWorld, planWorld } from '../consultation-plan/test-world';
import { DELIBERATION_DUTY_SOURCE } from './duty-items';
import { dayFrom, openTopic, publicPost } from './test-world';

let t: TestApp;
let pw: PlanWorld;
let topicId: number;
const YEAR = Number(dayFrom(-1).slice(0, 4));
beforeAll(async () => {
  t = await createTestApp();
  pw = await planWorld(t, 'dg');
  topicId = (await openTopic(pw, 'public')).id;
  const posts = [];
  for (const body of ['建议增加公交班次', '建议公交站台加装座椅']) {
    posts.push(
      (await pw.c.member.post(`/api/deliberations/${topicId}/posts`, { body, kind: 'suggestion' })).json(),
    );
  }
  await pw.c.organiser.post(`/api/deliberation-posts/${posts[1].id}/adopt`, { expectedVersion: 1 });
  await publicPost(t, topicId, { body: '希望延长末班车时间' });
  await publicPost(t, topicId, { body: '还没审核的留言' }, '203.0.113.50');
  const queue = (await pw.c.organiser.get(`/api/deliberations/${topicId}/posts?status=pending`)).json();
  const first = queue.items.find((p: { body: string }) => p.body === '希望延长末班车时间');
  await pw.c.organiser.post(`/api/deliberation-posts/${first.id}/approve`, { expectedVersion: 1 });
}, 60_000);
afterAll(() => t.close());

describe('the hall in the other modules’ registries', () => {
  it('gives the member one participation for the topic and one item per adopted suggestion', async () => {
    const items = await DELIBERATION_DUTY_SOURCE.collect(t.ctx.handle.db, {
      committeeId: pw.w.committeeId,
      year: YEAR,
    });
    expect(items.map((i) => [i.memberId, i.kind, i.evidence.link]).sort()).toEqual([
      [pw.w.memberId, 'deliberation.adopted', `/deliberations/${topicId}`],
      [pw.w.memberId, 'deliberation.post', `/deliberations/${topicId}`],
    ]);
  });

  it('shows the hall’s participation in the cockpit’s 协商议政 section', async () => {
    const res = await pw.c.organiser.get(`/api/cockpit?year=${YEAR}`);
    expect(res.statusCode, res.body).toBe(200);
    const section = res.json().sections.find((s: { key: string }) => s.key === 'consultation');
    const value = (key: string) => section.figures.find((f: { key: string }) => f.key === key).value;
    // One member (2 posts) and one resident's approved post; the post still held is not counted.
    expect(value('deliberationParticipants')).toBe(2);
    expect(value('deliberationPosts')).toBe(3);
    expect(value('held')).toBe(0);
    expect(value('targetRate')).toBeNull();
  });

  it('gives the organisers a to-do while a post waits in the moderation queue', async () => {
    const todo = async () =>
      (await pw.c.organiser.get('/api/todos'))
        .json()
        .items.find((i: { key: string }) => i.key === 'deliberation.toModerate');
    // One resident's post approved in the set-up, the second still held: its topic's queue. With
    // posts waiting on two topics the link is the list of those topics.
    expect(await todo()).toEqual({
      key: 'deliberation.toModerate',
      label: '待审核的网络议政留言',
      count: 1,
      link: `/deliberations/${topicId}?view=pending`,
      urgent: false,
    });
    const listed = (await pw.c.organiser.get('/api/deliberations?pending=true')).json();
    expect(listed.items.map((d: { id: number }) => d.id)).toEqual([topicId]);
    const second = (await openTopic(pw, 'public')).id;
    await publicPost(t, second, { body: '另一个议题的留言' }, '203.0.113.51');
    expect(await todo()).toMatchObject({ count: 2, link: '/deliberations?pending=true' });
    const both = (await pw.c.organiser.get('/api/deliberations?pending=true')).json();
    expect(both.items.map((d: { id: number }) => d.id).sort()).toEqual([topicId, second].sort());
    const queue = (await pw.c.organiser.get(`/api/deliberations/${second}/posts?status=pending`)).json();
    await pw.c.organiser.post(`/api/deliberation-posts/${queue.items[0].id}/reject`, {
      expectedVersion: 1,
      note: '与议题无关',
    });
    const keys = (await pw.c.member.get('/api/todos')).json().items.map((i: { key: string }) => i.key);
    expect(keys).not.toContain('deliberation.toModerate');
  });

  it('follows a review made after the cockpit stored the hall’s figures (its cache)', async () => {
    const figures = async () => {
      const res = await pw.c.organiser.get(`/api/cockpit?year=${YEAR}`);
      const section = res.json().sections.find((s: { key: string }) => s.key === 'consultation');
      const value = (key: string) => section.figures.find((f: { key: string }) => f.key === key).value;
      return [value('deliberationParticipants'), value('deliberationPosts')];
    };
    expect(await figures()).toEqual([2, 3]);
    const queue = (await pw.c.organiser.get(`/api/deliberations/${topicId}/posts?status=pending`)).json();
    const held = queue.items.find((p: { body: string }) => p.body === '还没审核的留言');
    await pw.c.organiser.post(`/api/deliberation-posts/${held.id}/approve`, { expectedVersion: 1 });
    // The second resident's post shown: one more participant (3) and post (4); the queue is empty.
    expect(await figures()).toEqual([3, 4]);
    const keys = (await pw.c.organiser.get('/api/todos')).json().items.map((i: { key: string }) => i.key);
    expect(keys).not.toContain('deliberation.toModerate');
    expect((await pw.c.organiser.get('/api/deliberations?pending=true')).json().total).toBe(0);
  });

  it('lets a leader write a 批示 on the topic’s report', async () => {
    // The page offers the step once the 专报 is compiled (its 综述 saved), not before.
    const before = (await pw.c.organiser.get(`/api/deliberations/${topicId}`)).json();
    expect(before.abilities.instruct).toBe(false);
    const saved = await pw.c.organiser.put(`/api/deliberations/${topicId}/summary`, {
      expectedVersion: before.version,
      summary: '网友集中反映公交线网、末班车时间等问题。',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().abilities.instruct).toBe(true);
    expect((await pw.c.leader.get(`/api/deliberations/${topicId}`)).json().abilities.instruct).toBe(true);
    const res = await pw.c.leader.post('/api/instructions', {
      subjectType: 'deliberation',
      subjectId: topicId,
      level: 'county',
      principal: false,
      text: '请交通局研究公交线网优化。',
      instructedOn: dayFrom(0),
      dueOn: dayFrom(20),
      unitIds: [pw.w.unitId],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      subjectLabel: '网络议政情况专报',
      subjectTitle: '网络议政情况专报《如何改善城区交通出行》',
    });
  });
  it('lists as waiting for moderation only the topics the caller’s own committee moderates, as its to-do counts', async () => {
    const w = await createWorld(t.ctx, 'dgc', pw.w.committeeId);
    const county = await login(t.app, await addDutyStaff(t.ctx, w, '协商工作'), TEST_PASSWORD);
    const countyTopic = (await openTopic({ c: { organiser: county } }, 'public', '县里的议题')).id;
    await publicPost(t, countyTopic, { body: '县里的留言' }, '203.0.113.77');
    const ids = (res: { json(): { items: { id: number }[] } }) => res.json().items.map((d) => d.id);
    // The city reads the county's topic, but the county moderates it: not in the city's queue.
    expect(ids(await pw.c.organiser.get('/api/deliberations'))).toContain(countyTopic);
    expect((await pw.c.organiser.get('/api/deliberations?pending=true')).json().total).toBe(0);
    expect(ids(await county.get('/api/deliberations?pending=true'))).toEqual([countyTopic]);
  });
});
