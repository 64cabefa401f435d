import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DUTY_RULES } from '../../../domain/duty-rules';
import { activityGroups, memberActivityGroups } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { documentText } from '../../test/docx';
import { type MeetingWorld, meetingBy, meetingWorld } from '../meetings/test-meetings';

let t: TestApp;
let mw: MeetingWorld;
const year = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4),
);
type Award = {
  id: number;
  kind: string;
  memberName: string | null;
  groupName: string | null;
  basis: string;
  status: string;
};
const awards = async (): Promise<Award[]> =>
  (await mw.c.organiser.get(`/api/duty-archive/awards?year=${year}`)).json();

/**
 * m1 and m2 attend yesterday's plenary (60 + 10 = 70), m3–m6 are absent (60 − 30 = 30). With 优秀
 * from 65 and 称职 from 50, m1 and m2 are 优秀, the others 不称职 with a 提醒谈话 due. Activity group
 * A holds m1, m2, m3 (average 56.7), group B m4, m5, m6 (average 30).
 */
beforeAll(async () => {
  t = await createTestApp();
  mw = await meetingWorld(t, 'aw');
  const db = t.ctx.handle.db;
  const plenary = await meetingBy(mw, { kind: 'plenary', title: '全体会议', startHours: -3 });
  await mw.c.organiser.post(`/api/meetings/sittings/${plenary.sittings[0].id}/roll-call`, {
    memberIds: [mw.m.m1, mw.m.m2],
  });
  const [a, b] = await db
    .insert(activityGroups)
    .values([
      { committeeId: mw.w.committeeId, name: '城关活动组', kind: 'group' },
      { committeeId: mw.w.committeeId, name: '东城活动组', kind: 'group' },
    ])
    .returning();
  await db.insert(memberActivityGroups).values(
    [
      [mw.m.m1, a.id],
      [mw.m.m2, a.id],
      [mw.m.m3, a.id],
      [mw.m.m4, b.id],
      [mw.m.m5, b.id],
      [mw.m.m6, b.id],
    ].map(([memberId, activityGroupId]) => ({ committeeId: mw.w.committeeId, memberId, activityGroupId })),
  );
  const rules = { ...DEFAULT_DUTY_RULES, grades: { excellent: 65, competent: 50, basic: null } };
  const put = await mw.c.organiser.put('/api/duty-archive/rules', { year, rules, note: null });
  expect(put.json()).toEqual({ version: 1, members: 6 });
});
afterAll(() => t.close());

describe('year-end awards', () => {
  it('proposes from the scores: one 优秀政协委员 in ten, the best group, its best member as 组长', async () => {
    const res = await mw.c.organiser.post(`/api/duty-archive/years/${year}/awards/propose`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ year, proposed: 3 });
    // 6 members → at most 1 (the tie at 70 goes to m1, created first); 2 groups → at most 1.
    expect((await awards()).map((x) => [x.kind, x.memberName, x.groupName, x.basis, x.status])).toEqual([
      ['excellentMember', 'awm1', null, '得分 70，等次优秀', 'proposed'],
      ['advancedGroup', null, '城关活动组', '3 名委员平均得分 56.7', 'proposed'],
      ['excellentLeader', 'awm1', '城关活动组', '城关活动组得分最高（70 分）', 'proposed'],
    ]);
  });

  it('lets only the archive’s staff propose and decide', async () => {
    expect((await mw.c.staff.post(`/api/duty-archive/years/${year}/awards/propose`, {})).statusCode).toBe(
      403,
    );
    const [first] = await awards();
    expect((await mw.c.staff.post(`/api/duty-archive/awards/${first.id}/confirm`, {})).statusCode).toBe(403);
  });

  it('keeps what staff confirmed and dropped when proposing again, and the 通报 names the confirmed', async () => {
    const [member, group, leader] = await awards();
    const confirmed = await mw.c.organiser.post(`/api/duty-archive/awards/${member.id}/confirm`, {});
    expect(confirmed.json()).toMatchObject({ status: 'confirmed', statusLabel: '已确认' });
    expect((await mw.c.organiser.post(`/api/duty-archive/awards/${leader.id}/drop`, {})).statusCode).toBe(
      200,
    );
    expect((await mw.c.organiser.post(`/api/duty-archive/awards/${member.id}/confirm`, {})).statusCode).toBe(
      409,
    );
    const again = await mw.c.organiser.post(`/api/duty-archive/years/${year}/awards/propose`, {});
    expect(again.json()).toEqual({ year, proposed: 1 });
    const now = await awards();
    expect(now.map((x) => [x.kind, x.status])).toEqual([
      ['excellentMember', 'confirmed'],
      ['advancedGroup', 'proposed'],
      ['excellentLeader', 'dropped'],
    ]);
    expect(now.find((x) => x.kind === 'advancedGroup')?.id).not.toBe(group.id);
    const text = await documentText(await mw.c.organiser.get(`/api/duty-archive/notice.docx?year=${year}`));
    expect(text).toContain('一、年度表彰');
    expect(text).toMatch(/优秀政协委员\s*awm1/);
    expect(text).toMatch(/先进委员活动组\s*无/);
    expect(text).toMatch(/优秀组长\s*无/);
  });
});
