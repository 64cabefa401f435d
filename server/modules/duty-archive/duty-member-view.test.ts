import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_DUTY_RULES, type DutyRules } from '../../../domain/duty-rules';
import { createTestApp, type TestApp } from '../../test/app';
import { type MeetingWorld, meetingWorld } from '../meetings/test-meetings';

/**
 * What a member sees of their own year beyond the points: their rank when the committee shows it,
 * and the to-do for minimum duties still missing near the year's end. A fixed past year, filled
 * only with items staff enter directly, so nothing depends on today's date: m1 企业走访 (2) and
 * 公益捐助 (3), m2 公益捐助, m3 and m4 企业走访 each, m5 and m6 nothing (DOMAIN.md §7's points).
 */
const YEAR = 2025;
let t: TestApp;
let mw: MeetingWorld;
type Who = keyof MeetingWorld['m'];

beforeAll(async () => {
  t = await createTestApp();
  mw = await meetingWorld(t, 'dv');
  const entries: [Who, string, string][] = [
    ['m1', 'claim.visit', '走访鑫达机械'],
    ['m1', 'claim.donation', '捐助助学金'],
    ['m2', 'claim.donation', '捐助敬老院'],
    ['m3', 'claim.visit', '走访某公司'],
    ['m4', 'claim.visit', '走访园区企业'],
  ];
  for (const [who, kind, title] of entries) {
    const res = await mw.c.organiser.post('/api/duty-archive/claims', {
      memberId: mw.m[who],
      kind,
      occurredOn: `${YEAR}-05-10`,
      title,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().status).toBe('confirmed');
  }
});
afterAll(() => t.close());

const own = async (who: Who) => {
  const res = await mw.c[who].get(`/api/duty-archive/me?year=${YEAR}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const putRules = async (rules: DutyRules, note: string) => {
  const res = await mw.c.organiser.put('/api/duty-archive/rules', { year: YEAR, rules, note });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('rank', () => {
  it('shows members their rank among the committee’s members only while the rules say so', async () => {
    expect((await own('m1')).rank).toBeNull();
    const shown = { ...structuredClone(DEFAULT_DUTY_RULES), showRank: true };
    expect(await putRules(shown, '委员可查看本人排名')).toEqual({ version: 1, members: 6 });
    // Totals: m1 60 + 2 + 3 = 65, m2 63, m3 62, m4 62, m5 60, m6 60. Ties share a place.
    const expected: [Who, number, number][] = [
      ['m1', 65, 1],
      ['m2', 63, 2],
      ['m3', 62, 3],
      ['m4', 62, 3],
      ['m5', 60, 5],
      ['m6', 60, 5],
    ];
    for (const [who, total, rank] of expected) {
      expect(await own(who)).toMatchObject({ total, rank: { rank, of: 6 } });
    }
    expect(await putRules(DEFAULT_DUTY_RULES, '不再显示排名')).toEqual({ version: 2, members: 6 });
    expect((await own('m1')).rank).toBeNull();
    expect((await own('m4')).rank).toBeNull();
    // Staff always see it.
    const staffView = await mw.c.organiser.get(`/api/duty-archive/members/${mw.m.m4}?year=${YEAR}`);
    expect(staffView.json().rank).toEqual({ rank: 3, of: 6 });
  });
});

describe('the minimum-duties to-do', () => {
  type Todo = { key: string; label: string; count: number; link: string };
  /**
   * The member's minimum-duties to-do as `/api/todos` gives it at the instant `at`: the platform
   * clock (platform/clock.ts) reads the date, which is faked only for this one request.
   */
  const minimumsTodo = async (who: Who, at: string) => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(at) });
    try {
      const res = await mw.c[who].get('/api/todos');
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as Todo[]).find((x) => x.key === 'duty.minimums');
    } finally {
      vi.useRealTimers();
    }
  };

  it('asks a member short of a minimum from 1 November (Beijing) to the year’s end, one per duty missing', async () => {
    // The default minimums (1 提案, 1 社情民意, 3 履职活动): m1, with 2 activities, misses all three.
    expect(await minimumsTodo('m1', `${YEAR}-11-20T02:00:00Z`)).toEqual({
      key: 'duty.minimums',
      label: '尚未完成的年度最低履职要求',
      count: 3,
      link: `/duty-archive/me?year=${YEAR}`,
      urgent: false,
    });
    // Only two activities required: m1 meets it, m2 (1) and m5 (0) do not.
    const rules = structuredClone(DEFAULT_DUTY_RULES);
    rules.minimums = [{ category: 'activity', count: 2 }];
    expect(await putRules(rules, '最低履职要求调整')).toMatchObject({ members: 6 });
    expect((await own('m2')).missing.map((m: { text: string }) => m.text)).toEqual(['还需参加履职活动 1 次']);
    expect((await own('m5')).missing.map((m: { text: string }) => m.text)).toEqual(['还需参加履职活动 2 次']);
    const late = `${YEAR}-11-20T02:00:00Z`;
    expect(await minimumsTodo('m1', late)).toBeUndefined();
    expect(await minimumsTodo('m2', late)).toMatchObject({ count: 1, link: `/duty-archive/me?year=${YEAR}` });
    expect(await minimumsTodo('m5', late)).toMatchObject({ count: 1 });
    // The boundary is Beijing's midnight starting November (16:00 UTC the day before).
    expect(await minimumsTodo('m2', `${YEAR}-10-31T15:59:59Z`)).toBeUndefined();
    expect(await minimumsTodo('m2', `${YEAR}-10-31T16:00:00Z`)).toMatchObject({ count: 1 });
    expect(await minimumsTodo('m2', `${YEAR}-03-15T02:00:00Z`)).toBeUndefined();
    // Up to the last minute of the year; on 1 January the new year has just begun and asks nothing.
    expect(await minimumsTodo('m2', `${YEAR}-12-31T15:59:00Z`)).toMatchObject({ count: 1 });
    expect(await minimumsTodo('m2', `${YEAR}-12-31T16:00:00Z`)).toBeUndefined();
  });
});
