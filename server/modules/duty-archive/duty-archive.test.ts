import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DUTY_RULES } from '../../../domain/duty-rules';
import { dutyClaims, dutyRuleSets, dutyScores, memberLinks } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { xlsxSheets } from '../../test/xlsx';
import { askLeave, type MeetingWorld, meetingBy, meetingWorld } from '../meetings/test-meetings';

let t: TestApp;
let mw: MeetingWorld;
const year = Number(
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4),
);
const db = () => t.ctx.handle.db;

type Line = { kind: string; points: number; evidence: { type: string; id: number; link: string } };
const archiveOf = async (who: keyof MeetingWorld['c']) => {
  const res = await mw.c[who].get(`/api/duty-archive/me?year=${year}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const kinds = (a: { lines: Line[] }) => a.lines.map((l) => [l.kind, l.points]);

/**
 * m1 leads a registered proposal that m2 co-signs; at yesterday's plenary m1 is called present,
 * m2 is on approved leave, m3–m6 are absent without leave.
 */
beforeAll(async () => {
  t = await createTestApp();
  mw = await meetingWorld(t, 'da');
  const categoryId = (await mw.c.m1.get('/api/proposals/config')).json().categories[0].id;
  const draft = await mw.c.m1.post('/api/proposals', {
    sessionId: mw.sessionId,
    categoryId,
    title: '关于完善社区养老服务的提案',
    situationHtml: '<p>情况</p>',
    analysisHtml: '<p>分析</p>',
    recommendationHtml: '<p>建议</p>',
    cosignerMemberIds: [mw.m.m2],
  });
  expect(draft.statusCode, draft.body).toBe(201);
  const id = draft.json().id;
  for (const [c, path] of [
    [mw.c.m1, 'submit'],
    [mw.c.m2, 'cosign/confirm'],
    [mw.c.staff, 'register'],
  ] as const) {
    const res = await c.post(`/api/proposals/${id}/${path}`, {});
    expect(res.statusCode, res.body).toBe(200);
  }
  const plenary = await meetingBy(mw, { kind: 'plenary', title: '全体会议', startHours: -3 });
  await mw.c.organiser.post(`/api/meetings/sittings/${plenary.sittings[0].id}/roll-call`, {
    memberIds: [mw.m.m1],
  });
  const leave = (await askLeave(mw.c.m2, plenary.id, { category: 'official', reason: '出差' })).json()
    .leaveRequest;
  await mw.c.organiser.post(`/api/leave-requests/${leave.id}/decide`, { approve: true });
});
afterAll(() => t.close());

describe('the archive fills itself from proposals and meetings', () => {
  it('scores the lead, the co-signer, present, on leave and absent, as counted by hand', async () => {
    const m1 = await archiveOf('m1');
    // 60 + 10 (立案提案，第一提案人) + 10 (出席全体会议) = 80.
    expect(kinds(m1)).toEqual(
      expect.arrayContaining([
        ['proposal.lead', 10],
        ['meeting.plenary.present', 10],
      ]),
    );
    expect(m1).toMatchObject({ total: 80, grade: 'competent', gradeLabel: '称职', rank: null });
    expect(m1.lines.find((l: Line) => l.kind === 'proposal.lead').evidence.link).toMatch(
      /^\/proposals\/\d+$/,
    );
    expect(m1.missing.map((m: { text: string }) => m.text)).toEqual([
      '还需提交社情民意 1 篇',
      '还需参加履职活动 2 次',
    ]);
    // 60 + 3 (联名) − 10 (全体会议请假) = 53.
    const m2 = await archiveOf('m2');
    expect(kinds(m2).sort()).toEqual([
      ['meeting.plenary.leave', -10],
      ['proposal.coSigner', 3],
    ]);
    expect(m2).toMatchObject({ total: 53, grade: 'incompetent' });
    // 60 − 30 (无故缺席全体会议) = 30, and 提醒谈话 is due at once.
    const m3 = await archiveOf('m3');
    expect(m3.total).toBe(30);
    expect(m3.consequences).toEqual([
      { consequence: 'talk', label: '提醒谈话', reasons: ['本年度无故缺席全体会议 1 次'] },
    ]);
  });
});

describe('meetings still to come', () => {
  it('count nothing yet, not even the leave granted for them (it may still be withdrawn)', async () => {
    const soon = await meetingBy(mw, { kind: 'standing', title: '常委会会议（下周）', startHours: 30 });
    const asked = (await askLeave(mw.c.m4, soon.id, { category: 'official', reason: '出差' })).json();
    const decided = await mw.c.organiser.post(`/api/leave-requests/${asked.leaveRequest.id}/decide`, {
      approve: true,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const m4 = await archiveOf('m4');
    expect(m4.lines.filter((l: Line) => l.evidence.type === 'meeting' && l.evidence.id === soon.id)).toEqual(
      [],
    );
    // 60 − 30 (无故缺席全体会议): yesterday's plenary only.
    expect(m4.total).toBe(30);
  });
});

describe('access', () => {
  it('a member cannot read another member’s archive; a linking 常委 can; staff can', async () => {
    expect((await mw.c.m4.get(`/api/duty-archive/members/${mw.m.m3}?year=${year}`)).statusCode).toBe(404);
    expect((await mw.c.m1.get(`/api/duty-archive/members/${mw.m.m3}?year=${year}`)).statusCode).toBe(404);
    await db()
      .insert(memberLinks)
      .values({ committeeId: mw.w.committeeId, linkerId: mw.m.m1, linkedId: mw.m.m3 });
    const linked = await mw.c.m1.get(`/api/duty-archive/members/${mw.m.m3}?year=${year}`);
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({ total: 30, member: { id: mw.m.m3 } });
    expect((await mw.c.staff.get(`/api/duty-archive/members/${mw.m.m3}?year=${year}`)).json().total).toBe(30);
    expect((await mw.c.leader.get(`/api/duty-archive/members/${mw.m.m3}?year=${year}`)).statusCode).toBe(403);
  });
});

describe('claims (自行申报)', () => {
  it('counts a claim once staff confirm it, never a refused one', async () => {
    const claim = (c: MeetingWorld['c']['m4'], title: string) =>
      c.post('/api/duty-archive/claims', {
        kind: 'claim.visit',
        occurredOn: `${year}-03-02`,
        title,
        description: '走访辖区企业，了解用工情况',
      });
    const a = await claim(mw.c.m4, '走访鑫达机械');
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ status: 'submitted', statusLabel: '待确认' });
    const b = (await claim(mw.c.m5, '走访某公司')).json();
    expect((await archiveOf('m4')).total).toBe(30);
    const confirmed = await mw.c.organiser.post(`/api/duty-archive/claims/${a.json().id}/confirm`, {});
    expect(confirmed.json()).toMatchObject({ status: 'confirmed' });
    const refused = await mw.c.organiser.post(`/api/duty-archive/claims/${b.id}/refuse`, {
      reason: '无佐证材料',
    });
    expect(refused.json()).toMatchObject({ status: 'refused', refuseReason: '无佐证材料' });
    // m4: 60 − 30 + 2 (企业走访) = 32; m5 stays at 30.
    const m4 = await archiveOf('m4');
    expect(m4.total).toBe(32);
    expect(m4.lines.find((l: Line) => l.kind === 'claim.visit').evidence).toMatchObject({
      type: 'dutyClaim',
      id: a.json().id,
    });
    expect((await archiveOf('m5')).total).toBe(30);
    // The member of another's claim, and a member confirming, are refused.
    expect((await mw.c.m6.get(`/api/duty-archive/claims/${a.json().id}`)).statusCode).toBe(404);
    expect((await mw.c.m5.post(`/api/duty-archive/claims/${b.id}/confirm`, {})).statusCode).toBe(403);
  });

  it('corrects a confirmed item only with a reason, keeping the old values in the timeline', async () => {
    const entered = await mw.c.organiser.post('/api/duty-archive/claims', {
      memberId: mw.m.m6,
      kind: 'claim.donation',
      occurredOn: `${year}-04-01`,
      title: '捐助助学金',
    });
    expect(entered.json()).toMatchObject({ status: 'confirmed' });
    const id = entered.json().id;
    const noReason = await mw.c.organiser.post(`/api/duty-archive/claims/${id}/correct`, {
      kind: 'claim.donation',
      occurredOn: `${year}-04-02`,
      title: '捐助助学金 2 万元',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ field: 'reason' });
    const fixed = await mw.c.organiser.post(`/api/duty-archive/claims/${id}/correct`, {
      kind: 'claim.donation',
      occurredOn: `${year}-04-02`,
      title: '捐助助学金 2 万元',
      reason: '日期录错',
    });
    expect(fixed.json().title).toBe('捐助助学金 2 万元');
    const last = fixed.json().timeline.at(-1);
    expect(last).toMatchObject({ action: 'correct', note: '日期录错' });
    const [row] = await db().select().from(dutyClaims).where(eq(dutyClaims.id, id));
    expect(row.occurredOn).toBe(`${year}-04-02`);
    // 60 − 30 + 3 (公益捐助) = 33.
    expect((await archiveOf('m6')).total).toBe(33);
  });
});

describe('rules, the stored scores and the year', () => {
  it('recomputes the year when the rules change, and lists every member sorted and filtered', async () => {
    const first = await mw.c.organiser.post(`/api/duty-archive/years/${year}/recompute`, {});
    expect(first.json()).toEqual({ year, members: 6 });
    const rules = structuredClone(DEFAULT_DUTY_RULES);
    rules.kinds['meeting.plenary.absent'] = { points: -20, cap: null };
    const put = await mw.c.organiser.put('/api/duty-archive/rules', { year, rules, note: '缺席扣分调整' });
    expect(put.json()).toEqual({ version: 1, members: 6 });
    const [stored] = await db()
      .select()
      .from(dutyScores)
      .where(and(eq(dutyScores.memberId, mw.m.m3), eq(dutyScores.year, year)));
    expect(stored).toMatchObject({ total: 40, ruleVersion: 1 });
    const list = (await mw.c.organiser.get(`/api/duty-archive/scores?year=${year}`)).json();
    expect(list.total).toBe(6);
    expect(list.items.map((r: { name: string; total: number }) => [r.name, r.total])).toEqual([
      ['dam1', 80],
      ['dam2', 53],
      ['dam6', 43],
      ['dam4', 42],
      ['dam3', 40],
      ['dam5', 40],
    ]);
    const med = (
      await mw.c.organiser.get(`/api/duty-archive/scores?year=${year}&sectorId=${mw.sectors.med}&sort=total`)
    ).json();
    expect(med.items.map((r: { name: string }) => r.name)).toEqual(['dam5', 'dam4', 'dam6']);
    const dist = (await mw.c.organiser.get(`/api/duty-archive/distribution?year=${year}`)).json();
    expect(dist.grades.map((g: { label: string; count: number }) => [g.label, g.count])).toEqual([
      ['优秀', 0],
      ['称职', 1],
      ['基本称职', 0],
      ['不称职', 5],
    ]);
    const rulesView = (await mw.c.organiser.get(`/api/duty-archive/rules?year=${year}`)).json();
    expect(rulesView).toMatchObject({
      version: 1,
      closed: false,
      history: [{ version: 1, note: '缺席扣分调整' }],
      editable: true,
    });
    // Staff of another department read the rules but may not change them.
    expect((await mw.c.staff.get(`/api/duty-archive/rules?year=${year}`)).json().editable).toBe(false);
  });

  it('ranks the sectors, liaison groups and special committees on the stored scores, and exports them', async () => {
    type GroupRow = { group: { name: string; own: boolean }; values: Record<string, number | null> };
    const league = async (by: string) => {
      const res = await mw.c.organiser.get(`/api/cockpit/member-groups?year=${year}&by=${by}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json().rows.map((r: GroupRow) => [r.group.name, r.values]);
    };
    // Stored after the rule change: m1 80 (称职), m2 53, m3 40 (教育界, 城关联络组; m1 and m2 in
    // 提案委员会); m4 42, m5 40, m6 43 (医卫界, no group). Done: m1 a proposal and the plenary, m2
    // the co-signed proposal, m4 and m6 one confirmed claim each (activities). Flagged: m3–m6.
    const education = {
      scored: 3,
      average: 57.7, // 173 ÷ 3
      excellentRate: 0,
      incompetent: 2,
      proposals: 2,
      opinions: 0,
      activities: 1,
      perMember: 1, // 3 ÷ 3
      flagged: 1,
    };
    const medical = {
      scored: 3,
      average: 41.7, // 125 ÷ 3
      excellentRate: 0,
      incompetent: 3,
      proposals: 0,
      opinions: 0,
      activities: 2,
      perMember: 0.7, // 2 ÷ 3
      flagged: 3,
    };
    expect(await league('sector')).toEqual([
      ['教育界', education],
      ['医卫界', medical],
    ]);
    expect(await league('liaisonGroup')).toEqual([
      ['城关联络组', education],
      ['未编入委员联络组', medical],
    ]);
    expect(await league('specialCommittee')).toEqual([
      ['提案委员会', { ...education, scored: 2, average: 66.5, incompetent: 1, perMember: 1.5, flagged: 0 }],
      [
        '未编入专门委员会', // m3–m6: 165 ÷ 4 = 41.25
        { ...medical, scored: 4, average: 41.3, incompetent: 4, perMember: 0.5, flagged: 4 },
      ],
    ]);
    const file = await mw.c.organiser.get(`/api/cockpit/member-groups/export?year=${year}&by=sector`);
    expect(file.statusCode, file.body).toBe(200);
    const sheets = await xlsxSheets(file);
    expect(sheets['界别排行'].slice(0, 3)).toEqual([
      [
        '界别',
        '参评委员',
        '平均积分',
        '优秀率(%)',
        '不称职',
        '立案提案',
        '社情民意',
        '履职活动',
        '人均履职事项',
        '需提醒谈话等',
      ],
      ['教育界', 3, 57.7, 0, 2, 2, 0, 1, 1, 1],
      ['医卫界', 3, 41.7, 0, 3, 0, 0, 2, 0.7, 3],
    ]);
    const bad = await mw.c.organiser.get(`/api/cockpit/member-groups?year=${year}&by=party`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ field: 'by' });
    expect(bad.json().error.message).toContain('排行维度');
    expect((await mw.c.m1.get(`/api/cockpit/member-groups?year=${year}`)).statusCode).toBe(403);
  });

  it('refuses contradictory rules naming the field, with nothing written', async () => {
    const rules = { ...DEFAULT_DUTY_RULES, grades: { excellent: 50, competent: 60, basic: null } };
    const res = await mw.c.organiser.put('/api/duty-archive/rules', { year, rules, note: null });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'grades.excellent' });
    const versions = await db()
      .select()
      .from(dutyRuleSets)
      .where(eq(dutyRuleSets.committeeId, mw.w.committeeId));
    expect(versions).toHaveLength(1);
  });

  it('lists the flags and records a 提醒谈话', async () => {
    const flags = (await mw.c.organiser.get(`/api/duty-archive/flags?year=${year}`)).json();
    expect(flags.map((f: { name: string }) => f.name).sort()).toEqual(['dam3', 'dam4', 'dam5', 'dam6']);
    const talk = await mw.c.organiser.post('/api/duty-archive/actions', {
      memberId: mw.m.m3,
      year,
      consequence: 'talk',
      actedBy: '张副主席',
      actedOn: `${year}-03-05`,
      content: '提醒按时参加全体会议',
    });
    expect(talk.statusCode, talk.body).toBe(201);
    const after = (await mw.c.organiser.get(`/api/duty-archive/flags?year=${year}`)).json();
    const m3 = after.find((f: { name: string }) => f.name === 'dam3');
    expect(m3).toMatchObject({ open: 0, actions: [{ actedBy: '张副主席', label: '提醒谈话' }] });
    expect(
      (await mw.c.m1.get(`/api/duty-archive/members/${mw.m.m3}?year=${year}`)).json().actions,
    ).toHaveLength(1);
    // The to-do counts the flags still waiting and links to exactly that list.
    const open = (await mw.c.organiser.get(`/api/duty-archive/flags?year=${year}&open=true`)).json();
    expect(open.map((f: { name: string }) => f.name).sort()).toEqual(['dam4', 'dam5', 'dam6']);
    const todos = (await mw.c.organiser.get('/api/todos')).json().items;
    expect(todos.find((x: { key: string }) => x.key === 'duty.flags')).toMatchObject({
      count: 3,
      link: `/duty-archive/flags?year=${year}&open=true`,
    });
  });

  it('does not close a year that has not ended', async () => {
    const res = await mw.c.organiser.post(`/api/duty-archive/years/${year}/close`, {});
    expect(res.statusCode).toBe(409);
  });

  it('closes an ended year: frozen with its rules, never recomputed, its rules unchangeable', async () => {
    const last = year - 1;
    const closed = await mw.c.organiser.post(`/api/duty-archive/years/${last}/close`, {});
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toEqual({ year: last, members: 6 });
    expect((await mw.c.organiser.post(`/api/duty-archive/years/${last}/recompute`, {})).statusCode).toBe(409);
    const put = await mw.c.organiser.put('/api/duty-archive/rules', {
      year: last,
      rules: DEFAULT_DUTY_RULES,
      note: null,
    });
    expect(put.statusCode).toBe(409);
    // A claim for the closed year, confirmed afterwards, does not move its frozen score.
    const late = await mw.c.organiser.post('/api/duty-archive/claims', {
      memberId: mw.m.m1,
      kind: 'claim.award',
      occurredOn: `${last}-12-01`,
      title: '获评优秀委员',
    });
    expect(late.statusCode).toBe(201);
    const archive = (await mw.c.m1.get(`/api/duty-archive/me?year=${last}`)).json();
    expect(archive).toMatchObject({ closed: true, total: 60, lines: [] });
    // The years grouped by term (届): the world's 第十一届 runs 2022–2027.
    const now = (await mw.c.m1.get(`/api/duty-archive/me?year=${year}`)).json();
    expect(now.term).toBe('第十一届');
    expect(now.years).toEqual([
      { year: last, term: '第十一届', total: 60, grade: 'competent', gradeLabel: '称职', closed: true },
    ]);
    // A year outside every term names none.
    expect((await mw.c.m1.get('/api/duty-archive/me?year=2021')).json().term).toBeNull();
  });
});
