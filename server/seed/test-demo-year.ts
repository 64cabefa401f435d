import { and, count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { AppContext } from '../context';
import { consultationTopics, events, leaveRequests, meetings } from '../db/schema';
import { shanghaiDate } from '../lib/working-days';
import { SUPERVISION_DUTY_SOURCE } from '../modules/supervision/duty-items';
import { login, type TestApp } from '../test/app';
import { DEMO_PASSWORD } from './demo-accounts';

/** The app seeded once by seed.test.ts, and the demo district's id. */
export interface SeededDemo {
  t: TestApp;
  districtId: number;
}

/**
 * The demo district's year as the commands replayed it (consultation, meetings, duty scores,
 * supervision, 社情民意). Registered inside seed.test.ts, so these cases read the one demo seed
 * that file makes (about 35 s) instead of seeding again for a file of their own.
 */
export function demoYearTests(seeded: () => SeededDemo) {
  let t: TestApp;
  let db: AppContext['handle']['db'];
  let districtId: number;
  beforeAll(() => {
    ({ t, districtId } = seeded());
    db = t.ctx.handle.db;
  });

  it('publishes the district’s 2026 consultation plan through the commands: two versions, residents’ topics in it', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/public/consultation?committeeId=${districtId}`,
    });
    const page = res.json();
    expect(page.plan).toMatchObject({ year: 2026, revision: 2, documentNumber: '区委〔2026〕41号' });
    expect(page.plan.snapshot.entries).toHaveLength(10);
    expect(
      page.plan.snapshot.entries.filter((e: { sourceLabel: string }) => e.sourceLabel === '社会征题'),
    ).toHaveLength(3);
    // 4 residents' topics approved; the 2 still pending (one with 赌博 and 加微信) are not public.
    expect(page.topics).toHaveLength(4);
    const held = await db.select().from(consultationTopics).where(eq(consultationTopics.status, 'pending'));
    expect(held.map((h) => h.sensitiveWords)).toEqual(
      [[], ['赌博', '加微信']].map((w) => expect.arrayContaining(w)),
    );
    // The year's activities against the plan (server/seed/consultations.ts): 3 专题协商会, 5 请你来协商 and
    // 10 grass-roots sessions held; 9 of the 10 entries taken up (the 夜市 topic added in July is not).
    const office = await login(t.app, 'office', DEMO_PASSWORD);
    const [listed] = (await office.get('/api/consultation-plans?year=2026')).json().items;
    const plan = (await office.get(`/api/consultation-plans/${listed.id}`)).json();
    expect(
      plan.targets.map((x: { formLabel: string; held: number; minimum: number }) => [
        x.formLabel,
        x.held,
        x.minimum,
      ]),
    ).toEqual([
      ['专题协商会', 3, 4],
      ['请你来协商', 5, 6],
      ['基层协商', 10, 20],
    ]);
    const untaken = plan.entries.filter((e: { activities: unknown[] }) => e.activities.length === 0);
    expect(untaken.map((e: { title: string }) => e.title)).toEqual(['关于规范夜市占道经营的建议']);
  });

  it('holds the district’s meetings through the commands, with realistic attendance and one truant', async () => {
    const kinds = await db
      .select({ kind: meetings.kind, n: count() })
      .from(meetings)
      .where(eq(meetings.committeeId, districtId))
      .groupBy(meetings.kind);
    expect(Object.fromEntries(kinds.map((k) => [k.kind, k.n]))).toMatchObject({
      plenary: 3,
      chairs: 12,
      standing: 7,
    });
    const made = await db
      .select({ action: events.action, n: count() })
      .from(events)
      .where(and(eq(events.subjectType, 'meeting'), eq(events.committeeId, districtId)))
      .groupBy(events.action);
    const byAction = Object.fromEntries(made.map((e) => [e.action, e.n]));
    expect(byAction.create).toBe(byAction.publish);
    expect(byAction.rollCall).toBeGreaterThan(40);
    const leaves = await db
      .select({ category: leaveRequests.category, status: leaveRequests.status })
      .from(leaveRequests);
    expect(new Set(leaves.map((l) => l.category))).toEqual(
      new Set(['official', 'sick', 'personal', 'other']),
    );
    expect(leaves.some((l) => l.status === 'refused')).toBe(true);
    const staff = await login(t.app, 'staff2', DEMO_PASSWORD);
    const [plenary] = (await staff.get('/api/meetings?kind=plenary&year=2025')).json().items;
    const { attendance } = (await staff.get(`/api/meetings/${plenary.id}`)).json();
    expect(attendance.expected).toBeGreaterThan(280);
    expect(attendance.attended / attendance.expected).toBeGreaterThan(0.85);
    expect(attendance.attended / attendance.expected).toBeLessThan(0.95);
    expect(attendance.leave).toBeGreaterThan(5);
    const flags = (await staff.get('/api/meetings/absence-flags')).json();
    expect(flags.members).toHaveLength(1);
    expect(flags.members[0].absences).toBe(3);
  });

  it('scores the district’s 2025 and 2026 from its proposals, meetings and claims; 2025 is closed', async () => {
    const member = await login(t.app, 'member', DEMO_PASSWORD);
    const y2025 = (await member.get('/api/duty-archive/me?year=2025')).json();
    expect(y2025.closed).toBe(true);
    const claims = y2025.lines.filter((l: { kind: string }) => l.kind.startsWith('claim.'));
    expect(claims.map((l: { kind: string; points: number }) => [l.kind, l.points])).toEqual([
      ['claim.visit', 2],
      ['claim.donation', 3],
    ]);
    expect(y2025.lines.some((l: { kind: string }) => l.kind.startsWith('meeting.'))).toBe(true);
    const staff = await login(t.app, 'staff2', DEMO_PASSWORD);
    const dist = (await staff.get('/api/duty-archive/distribution?year=2025')).json();
    expect(dist.members).toBeGreaterThan(280);
    expect(dist.closed).toBe(true);
    const year2026 = (await staff.get('/api/duty-archive/scores?year=2026&pageSize=1')).json();
    expect(year2026.total).toBeGreaterThan(280);
    const pending = (await staff.get('/api/duty-archive/claims?status=submitted')).json();
    expect(pending.items.map((c: { title: string }) => c.title)).toEqual(['走访科技型中小企业']);
    const flags = (await staff.get('/api/duty-archive/flags?year=2025')).json();
    expect(flags.some((f: { actions: unknown[] }) => f.actions.length === 1)).toBe(true);
  });

  it('holds the district’s consultation year through the commands: 30 activities, ~300 suggestions in every state', async () => {
    const office = await login(t.app, 'office', DEMO_PASSWORD);
    // 30 of its own and the city's 联动协商 it takes part in (server/seed/joint-consultation.ts).
    const list = (await office.get('/api/consultations?pageSize=1')).json();
    expect(list.total).toBe(31);
    const joint = (await office.get('/api/consultations?joint=true')).json();
    expect(joint.items.map((i: { committeeName: string }) => i.committeeName)).toEqual(['海川市政协']);
    const part = (await office.get(`/api/consultations/${joint.items[0].id}`)).json().parts[1];
    expect([part.committeeName, part.members.length, part.speeches, part.suggestions]).toEqual([
      '海川市清河区政协',
      3,
      1,
      2,
    ]);
    const stats = (await office.get('/api/consultation-stats?year=2026')).json();
    expect(stats.activities.held).toBe(30);
    expect(stats.activities.byForm.every((f: { held: number }) => f.held > 0)).toBe(true);
    const s = stats.suggestions;
    expect(s.total).toBeGreaterThan(270);
    expect(s.total).toBeLessThan(330);
    for (const n of [s.awaitingFeedback, s.implementing, s.declined, s.done, s.partial, s.overdue])
      expect(n).toBeGreaterThan(0);
    expect(s.answered).toBe(s.adopted + s.partial + s.rejected);
    expect(stats.problems.solved).toBeGreaterThan(0);
    const unit = await login(t.app, 'unit', DEMO_PASSWORD);
    const own = (await unit.get('/api/consultation-suggestions?pageSize=100')).json();
    expect(own.total).toBeGreaterThan(0);
    expect(own.items.every((i: { unitName: string }) => i.unitName === '区教育局')).toBe(true);
    const pub = (await t.app.inject({ method: 'GET', url: '/api/public/consultation/outcomes' })).json();
    expect(pub.total).toBeGreaterThan(10);
  });

  it('records the district’s 2026 supervision and inspections through the commands: 2 groups, 3 inspections with reports', async () => {
    const office = await login(t.app, 'office', DEMO_PASSWORD);
    const groups = (await office.get('/api/supervision-groups?year=2026')).json();
    expect(groups.total).toBe(2);
    const byName = new Map(groups.items.map((g: { name: string }) => [g.name, g]));
    // server/seed/supervision.ts: visits 2 and 1; suggestions 2 (both answered) and 1 (unanswered).
    expect(byName.get('第一民主监督小组')).toMatchObject({
      kindLabel: '民主监督小组',
      memberCount: 5,
      visits: 2,
      suggestions: 2,
      openSuggestions: 0,
    });
    expect(byName.get('河长制落实专项民主监督组')).toMatchObject({
      kindLabel: '专项民主监督',
      memberCount: 4,
      visits: 1,
      suggestions: 1,
      openSuggestions: 1,
    });
    const first = (
      await office.get(`/api/supervision-groups/${(byName.get('第一民主监督小组') as { id: number }).id}`)
    ).json();
    expect(first.suggestionList.map((x: { statusLabel: string }) => x.statusLabel).sort()).toEqual(
      ['已办结', '落实中'].sort(),
    );
    const inspections = (await office.get('/api/inspections?year=2026')).json();
    // Its three and the city's joint inspection it takes part in (server/seed/joint-supervision.ts).
    expect(inspections.total).toBe(4);
    expect(inspections.items.every((i: { reportSentOn: string | null }) => i.reportSentOn !== null)).toBe(
      true,
    );
    // 城市内涝防治 prepares the September 对口协商 on river water; the activity lists it with its report.
    const flooding = inspections.items.find((i: { topic: string }) => i.topic === '城市内涝防治');
    const river = (await office.get(`/api/consultations/${flooding.consultationId}`)).json();
    expect(river.topic).toBe('与区生态环境分局对口协商：河道水环境治理');
    expect(river.preparations).toMatchObject([{ id: flooding.id, kindLabel: '视察', topic: '城市内涝防治' }]);
    expect(river.preparations[0].reportSentOn).not.toBeNull();
    expect(inspections.items.filter((i: { consultationId: number | null }) => i.consultationId).length).toBe(
      1,
    );
    const stats = (await office.get('/api/consultation-stats?year=2026')).json();
    // No group is run jointly; the city's joint inspection adds the district's part: joined 1, its
    // one visit (4 + 1) and its one suggestion (3 + 1); the report and the inspection are the city's.
    expect(stats.supervision).toEqual({ groups: 1, special: 1, visits: 3, suggestions: 3, joined: 0 });
    expect(stats.inspections).toEqual({
      inspections: 2,
      research: 1,
      visits: 5,
      reports: 3,
      suggestions: 4,
      joined: 1,
    });
    const onReports = (await office.get('/api/instructions?subjectType=inspectionReport')).json();
    expect(onReports.total).toBe(1);
    expect((await office.get('/api/member-appointments')).json()).toHaveLength(2);
    // Visit points: 4 + 5 + 4 present at supervision visits, 3 + 4 + 3 + 4 at inspection visits and
    // 3 at the district's visit of the joint inspection.
    const items = await SUPERVISION_DUTY_SOURCE.collect(db, { committeeId: districtId, year: 2026 });
    expect(items.filter((i) => i.kind === 'supervision.visit')).toHaveLength(13);
    expect(items.filter((i) => i.kind === 'inspection.visit')).toHaveLength(17);
  });

  it('runs the city’s joint inspection with the district’s part, which the demo member lists as theirs', async () => {
    const office = await login(t.app, 'office', DEMO_PASSWORD);
    const joint = (await office.get('/api/inspections?q=联合视察')).json().items[0];
    const page = (await office.get(`/api/inspections/${joint.id}`)).json();
    expect(
      page.parts.map(
        (p: { committeeName: string; members: unknown[]; visits: number; suggestions: number }) => [
          p.committeeName,
          p.members.length,
          p.visits,
          p.suggestions,
        ],
      ),
    ).toEqual([
      ['海川市政协', 0, 1, 0],
      ['海川市清河区政协', 3, 1, 1],
    ]);
    expect(page.reportSentTo).toBe('市委书记');
    // The demo member leads 第一民主监督小组 (present at both its visits) and is named for the joint part.
    const member = await login(t.app, 'member', DEMO_PASSWORD);
    const mine = (await member.get('/api/supervision/mine')).json();
    expect(
      mine.map(
        (r: {
          title: string;
          jointWith: string | null;
          visits: { visitedOn: string; present: boolean }[];
        }) => [r.title, r.jointWith, r.visits.map((v) => [v.visitedOn, v.present])],
      ),
    ).toEqual([
      ['全市农村人居环境整治联合视察', '海川市政协', [['2026-07-09', true]]],
      [
        '第一民主监督小组',
        null,
        [
          ['2026-04-08', true],
          ['2026-06-17', true],
        ],
      ],
    ]);
  });

  it('replays the district’s 社情民意 year through the commands: 400 reports, 60 issues, adoption up to 全国政协', async () => {
    // The plan (server/seed/opinions.ts), counted by hand. Reports 0–399; the last 8 (392–399) still
    // wait: 392, 394, 396, 398 filed, the odd ones received. 0–391 by i % 20: 0–10 adopted into a new
    // item, 11 merged into the item before, 12–16 and 18–19 not adopted, 17 withdrawn; 392 = 19 cycles
    // + r 0–11: adopted 19·12 + 12 = 240 (20 merged: 11, 31 … 391), rejected 19·7 = 133, withdrawn 19.
    const editor = await login(t.app, 'editor', DEMO_PASSWORD);
    const stats = (await editor.get('/api/opinion-stats?year=2026')).json();
    expect(stats).toMatchObject({
      received: 400,
      adopted: 240,
      rejected: 133,
      withdrawn: 19,
      pending: 8,
      merged: 20,
      // Issues k = 0–59, every fifth (4, 9 … 59) a 专报; the last (59, a 专报) not signed yet.
      issues: { periodical: 48, special: 11 },
      // The city took up u = 0, 1, 2 of the 6 sent up (3 not, 4 received, 5 unopened); 省政协 the 1st
      // and 3rd of those and issue 9's 专报 item; 全国政协 the 1st and issue 14's.
      adoptions: { city: 3, province: 3, national: 2 },
      // 批示 j = 0–11 by j % 8 (j = 11 全国): county 0 1 2 4 7 8 9 10, city 3 6, province 5;
      // 主要领导 0 1 3 8 9; two on key proposals, the 区委书记's and the 市委书记's; and the 区委书记's
      // on the 农村饮水安全 inspection report (server/seed/supervision.ts), county and 主要领导.
      instructions: { county: 10, city: 3, province: 1, national: 1 },
      principal: 8,
      // Unit parts: 12 + a second unit on j = 2 and 8 + the proposals' 2; fed back all but the owed
      // 5 and 11: 14, all on time but j = 6's.
      feedbackGiven: 14,
      feedbackOnTime: 13,
      // Owed: j = 4 and 10 sent back, 5 and 11 never fed back. 4 and 5 were due in the summer; 10 and
      // 11 (given in late November) are due 2027-01-15, overdue only once that day has passed. The
      // inspection report's 批示 to 区水利局 (due 2026-06-30) was never answered: one more.
      feedbackOverdue: shanghaiDate(new Date()) > '2027-01-15' ? 5 : 3,
    });
    // Reporters: 20 特邀信息员 (i ≡ 9 mod 20), 16 bodies (i ≡ 7 mod 25), 364 members (the demo
    // member's i ≡ 3 mod 50 among them), and the district as a body in the city's inbox.
    const kinds = async (client: Awaited<ReturnType<typeof login>>, kind: string) =>
      (await client.get(`/api/opinion-reports?reporterKind=${kind}&pageSize=1`)).json().total;
    expect(await kinds(editor, 'informant')).toBe(20);
    expect(await kinds(editor, 'body')).toBe(16);
    expect(await kinds(editor, 'member')).toBe(364);
    const cityEditor = await login(t.app, 'cityeditor', DEMO_PASSWORD);
    expect(await kinds(cityEditor, 'committee')).toBe(6);
    const member = await login(t.app, 'member', DEMO_PASSWORD);
    const mine = (await member.get('/api/opinion-reports?pageSize=50')).json();
    // i = 3, 103, 203, 303 (r = 3: adopted), 53, 153, 253, 353 (r = 13: not), and two drafts.
    expect(mine.total).toBe(10);
    const informant = await login(t.app, 'informant', DEMO_PASSWORD);
    expect((await informant.get('/api/opinion-reports?pageSize=1')).json().total).toBe(20);
    // The leader read every sent issue (k = 0–57) but the last two.
    const leader = await login(t.app, 'leader', DEMO_PASSWORD);
    expect((await leader.get('/api/bulletin-issues?unread=true&pageSize=1')).json().total).toBe(2);
    // 区教育局 is named on j = 0 (closed), 4 (sent back, due in the summer: overdue) and 11 (owed).
    const unit = await login(t.app, 'unit', DEMO_PASSWORD);
    const own = (await unit.get('/api/instructions?pageSize=50')).json();
    expect(own.total).toBe(3);
    const office = await login(t.app, 'office', DEMO_PASSWORD);
    const byState = async (q: string) => (await office.get(`/api/instructions?${q}&pageSize=1`)).json().total;
    expect(await byState('status=closed')).toBe(5); // j % 6 = 0, 1: j = 0, 1, 6, 7; the 区委书记's on a proposal
    // 14 − 5 closed = 9, and the inspection report's (server/seed/supervision.ts), never answered.
    expect(await byState('status=open')).toBe(10);
    expect(await byState('state=submitted')).toBe(5); // j = 2, 8 (second unit), 3, 9; the 市委书记's
    expect(await byState('subjectType=proposal')).toBe(2);
    expect(await byState('state=returned')).toBe(2); // j = 4, 10
    // The cockpit's 社情民意 section shows the same year, the city's including the district.
    const cockpit = (
      await (await login(t.app, 'cityleader', DEMO_PASSWORD)).get('/api/cockpit?year=2026')
    ).json();
    const figures = Object.fromEntries(
      cockpit.sections
        .find((x: { key: string }) => x.key === 'opinions')
        .figures.map((f: { key: string; value: number }) => [f.key, f.value]),
    );
    // The city's own 6 reports from the district on top of the district's 400, 3 of them adopted; the
    // district's 59 signed issues and the city's one.
    expect(figures).toMatchObject({
      received: 406,
      adopted: 243,
      issues: 60,
      adopted_city: 3,
      adopted_national: 2,
    });
  });
}
