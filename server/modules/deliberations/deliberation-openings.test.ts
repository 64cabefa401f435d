import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../test/app';
import { type PlanWorld, planWorld } from '../consultation-plan/test-world';
import { announceOpenedTopics } from './openings';
import { dayFrom, openTopic } from './test-world';

/**
 * 议题开始征集: the committee's members hear of a topic once its period has begun, once. The world
 * (do) has one member account; topic A opened yesterday, topic B (public) opens tomorrow.
 */
let t: TestApp;
let pw: PlanWorld;
let a = 0;
let b = 0;
const DAY = 86_400_000;

const opened = async (c: Client) =>
  (await c.get('/api/notifications?pageSize=50'))
    .json()
    .items.filter((n: { kind: string }) => n.kind === 'deliberation.open')
    .map((n: { title: string; link: string }) => [n.title, n.link]);

beforeAll(async () => {
  t = await createTestApp();
  pw = await planWorld(t, 'do');
  a = (await openTopic(pw, 'members', '如何办好社区托育服务')).id;
  const res = await pw.c.organiser.post('/api/deliberations', {
    title: '城区停车难怎么解',
    description: '请就停车泊位、错时共享建言献策。',
    audience: 'public',
    opensOn: dayFrom(1),
    closesOn: dayFrom(20),
  });
  b = res.json().id;
}, 60_000);
afterAll(() => t.close());

describe('members are told when a topic opens', () => {
  it('announces a topic once its opening day has come, once, to the committee’s members', async () => {
    const db = t.ctx.handle.db;
    expect(await announceOpenedTopics(db)).toBe(1);
    expect(await opened(pw.c.member)).toEqual([
      ['网络议政开始征集：如何办好社区托育服务', `/deliberations/${a}`],
    ]);
    expect(await opened(pw.c.organiser)).toEqual([]);
    // The hourly rerun is silent; the next day B opens and is announced in its turn.
    expect(await announceOpenedTopics(db)).toBe(0);
    expect(await announceOpenedTopics(db, new Date(Date.now() + DAY))).toBe(1);
    expect((await opened(pw.c.member)).map((n: string[]) => n[1]).sort()).toEqual(
      [`/deliberations/${a}`, `/deliberations/${b}`].sort(),
    );
    const page = (await pw.c.organiser.get(`/api/deliberations/${a}`)).json();
    expect(
      page.timeline
        .filter((e: { action: string }) => e.action === 'announce')
        .map((e: { actionLabel: string; note: string }) => [e.actionLabel, e.note]),
    ).toEqual([['通知委员开始征集', '已通知委员 1 人']]);
  });
});
