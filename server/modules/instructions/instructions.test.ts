import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bulletinIssueRecipients,
  committees,
  handlingUnits,
  instructions,
  leaders,
  users,
} from '../../db/schema';
import { type Client, createTestApp, login, type TestApp } from '../../test/app';
import { TEST_PASSWORD } from '../../test/factories';
import { notificationCount } from '../../test/notifications';
import { xlsxRows } from '../../test/xlsx';
import {
  expectOk,
  fileReport,
  issueSent,
  itemOf,
  type OpinionWorld,
  opinionWorld,
  sentIssue,
} from '../opinion-reports/test-opinions';
import { type ProposalWorld, proposalWorld, submittedProposal } from '../proposals/test-world';

let t: TestApp;
let ow: OpinionWorld;
let pw: ProposalWorld;
let unit2: { id: number; c: Client };
let issueId: number;
beforeAll(async () => {
  t = await createTestApp();
  ow = await opinionWorld(t, 'in');
  pw = await proposalWorld(t, 'ip');
  const db = t.ctx.handle.db;
  const [u] = await db
    .insert(handlingUnits)
    .values({ committeeId: ow.w.committeeId, name: 'in卫健局', kind: '政府部门' })
    .returning();
  const [{ passwordHash }] = await db.select().from(users).where(eq(users.username, ow.w.users.unit));
  await db.insert(users).values({
    committeeId: ow.w.committeeId,
    username: 'in_unit2',
    displayName: 'in卫健局',
    passwordHash,
    role: 'unit',
    mustChangePassword: false,
    handlingUnitId: u.id,
  });
  unit2 = { id: u.id, c: await login(t.app, 'in_unit2', TEST_PASSWORD) };
  issueId = await sentIssue(ow);
});
afterAll(() => t.close());

const day = (offset: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offset * 86_400_000),
  );

const notes = (username: string, kind: string) => notificationCount(t.ctx.handle.db, username, kind);

const onIssue = (over: Record<string, unknown> = {}) => ({
  subjectType: 'bulletinIssue',
  subjectId: issueId,
  level: 'county',
  principal: false,
  text: '请教育局、卫健局联合研究，拿出治理方案。',
  instructedOn: day(-3),
  dueOn: day(20),
  unitIds: [ow.w.unitId, unit2.id],
  ...over,
});

describe('批示 on a 社情民意 issue', () => {
  it('a leader instructs on an issue sent to them; the units and the reporters are told; each unit sees its own part', async () => {
    const db = t.ctx.handle.db;
    await db.update(leaders).set({ isPrincipal: true }).where(eq(leaders.id, ow.w.leaderId));
    const [own] = await db
      .select({ level: committees.level })
      .from(committees)
      .where(eq(committees.id, ow.w.committeeId));
    const unread = () =>
      db
        .select({ readAt: bulletinIssueRecipients.readAt })
        .from(bulletinIssueRecipients)
        .where(
          and(
            eq(bulletinIssueRecipients.issueId, issueId),
            eq(bulletinIssueRecipients.leaderId, ow.w.leaderId),
          ),
        );
    expect(await unread()).toEqual([{ readAt: null }]);
    // What the form says of the leader's level does not count: the catalogue does.
    const created = await expectOk(
      ow.c.leader.post('/api/instructions', onIssue({ level: 'national', principal: false })),
      201,
    );
    expect(created).toMatchObject({
      leaderId: ow.w.leaderId,
      leaderName: 'in领导',
      level: own.level,
      principal: true,
      subjectLabel: '社情民意期刊',
      status: 'open',
      overdue: false,
    });
    expect(own.level).not.toBe('national');
    // Written on the issue, so the issue is read: the leader's 未阅 ends.
    expect((await unread())[0].readAt).not.toBeNull();
    await db.update(leaders).set({ isPrincipal: false }).where(eq(leaders.id, ow.w.leaderId));
    expect(created.units.map((u: { stateLabel: string }) => u.stateLabel)).toEqual(['待反馈', '待反馈']);
    expect(await notes(ow.w.users.unit, 'instruction.create')).toBe(1);
    expect(await notes('in_unit2', 'instruction.create')).toBe(1);
    expect(await notes(ow.w.users.member, 'instruction.onMine')).toBe(1);
    const asUnit = await expectOk(unit2.c.get(`/api/instructions/${created.id}`));
    expect(asUnit.feedback.map((f: { unitId: number }) => f.unitId)).toEqual([unit2.id]);
    expect(asUnit.abilities).toMatchObject({ feedback: true, accept: false, close: false });
    // The second leader did not write it, and is not one the issue went to.
    expect((await ow.c.leader2.get(`/api/instructions/${created.id}`)).statusCode).toBe(404);
    const unsent = await ow.c.leader2.post('/api/instructions', onIssue());
    expect(unsent.statusCode).toBe(404);
  });

  it('the units feed back; the office sends one back, accepts, and closes only when every part is accepted', async () => {
    const { id } = await expectOk(
      ow.c.leader.post('/api/instructions', onIssue({ level: 'city', principal: true })),
      201,
    );
    await expectOk(ow.c.unit.post(`/api/instructions/${id}/feedback`, { feedback: '已开展联合整治。' }));
    expect((await ow.c.unit.post(`/api/instructions/${id}/feedback`, { feedback: '再报' })).statusCode).toBe(
      409,
    );
    const back = await expectOk(
      ow.c.editor.post(`/api/instructions/${id}/send-back`, { unitId: ow.w.unitId, note: '请补充整治数据' }),
    );
    expect(back.feedback[0]).toMatchObject({ state: 'returned', returnNote: '请补充整治数据' });
    expect(await notes(ow.w.users.unit, 'instruction.sendBack')).toBe(1);
    await expectOk(
      ow.c.unit.post(`/api/instructions/${id}/feedback`, { feedback: '整治校外培训机构 23 家。' }),
    );
    await expectOk(ow.c.editor.post(`/api/instructions/${id}/accept`, { unitId: ow.w.unitId }));
    const early = await ow.c.editor.post(`/api/instructions/${id}/close`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('尚有单位的落实反馈未确认');
    const notYet = await ow.c.editor.post(`/api/instructions/${id}/accept`, { unitId: unit2.id });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error.message).toBe('没有待确认的反馈');
    await expectOk(unit2.c.post(`/api/instructions/${id}/feedback`, { feedback: '已开展食品安全检查。' }));
    expect((await ow.c.staff.post(`/api/instructions/${id}/accept`, { unitId: unit2.id })).statusCode).toBe(
      403,
    );
    await expectOk(ow.c.office.post(`/api/instructions/${id}/accept`, { unitId: unit2.id }));
    const closed = await expectOk(ow.c.editor.post(`/api/instructions/${id}/close`, {}));
    expect(closed).toMatchObject({ status: 'closed', statusLabel: '已办结' });
    expect(closed.timeline.map((e: { actionLabel: string }) => e.actionLabel)).toEqual([
      '批示',
      '落实反馈',
      '退回反馈',
      '落实反馈',
      '确认反馈',
      '落实反馈',
      '确认反馈',
      '办结',
    ]);
  });

  it('past the due date with feedback owed it is overdue for the office and the unit, until the unit answers', async () => {
    const { id } = await expectOk(
      ow.c.editor.post(
        '/api/instructions',
        onIssue({ leaderName: '省委副书记王某', level: 'province', instructedOn: day(-40), dueOn: day(-10) }),
      ),
      201,
    );
    const overdue = await expectOk(ow.c.editor.get('/api/instructions?overdue=true'));
    expect(overdue.items.map((i: { id: number }) => i.id)).toContain(id);
    expect((await expectOk(ow.c.unit.get(`/api/instructions/${id}`))).overdue).toBe(true);
    await expectOk(ow.c.unit.post(`/api/instructions/${id}/feedback`, { feedback: '已整改。' }));
    // The unit has answered; the office still sees the other unit owing.
    expect((await expectOk(ow.c.unit.get(`/api/instructions/${id}`))).overdue).toBe(false);
    expect((await expectOk(ow.c.editor.get(`/api/instructions/${id}`))).overdue).toBe(true);
    const mine = await expectOk(ow.c.unit.get('/api/instructions?overdue=true'));
    expect(mine.items.map((i: { id: number }) => i.id)).not.toContain(id);
    const province = await expectOk(ow.c.editor.get('/api/instructions?level=province'));
    expect(province.items.map((i: { leaderName: string }) => i.leaderName)).toEqual(['省委副书记王某']);
    const sheet = await xlsxRows(await ow.c.editor.get('/api/instructions/export?level=province'));
    expect(sheet[1][8]).toBe('落实中（逾期）');
  });

  it('refuses a due date before the 批示 and units of another committee', async () => {
    const late = await ow.c.leader.post(
      '/api/instructions',
      onIssue({ dueOn: day(-5), instructedOn: day(0) }),
    );
    expect(late.json().error).toMatchObject({ field: 'dueOn' });
    const foreign = await ow.c.leader.post('/api/instructions', onIssue({ unitIds: [pw.w.unitId] }));
    expect(foreign.json().error).toMatchObject({ field: 'unitIds' });
  });
});

describe('批示 on a proposal', () => {
  it('the proposal staff record a paper 批示 by a 主要领导; the proposer is told; the unit feeds back', async () => {
    const p = await submittedProposal(pw, true);
    const body = {
      subjectType: 'proposal',
      subjectId: p.id,
      leaderName: '县委书记李某',
      level: 'county',
      principal: true,
      text: '此提案很有价值，请住建局牵头落实。',
      instructedOn: day(-1),
      dueOn: day(30),
      unitIds: [pw.w.unitId],
    };
    expect((await ow.c.editor.post('/api/instructions', body)).statusCode).toBe(404);
    const created = await expectOk(pw.c.staff.post('/api/instructions', body), 201);
    expect(created).toMatchObject({ subjectLabel: '提案', principal: true, leaderId: null });
    // The timeline says the staff entered it and whose 批示 it is.
    expect(created.timeline[0]).toMatchObject({
      actionLabel: '登记批示',
      note: '县委书记李某批示：此提案很有价值，请住建局牵头落实。',
    });
    expect(created.subjectTitle).toContain(p.title);
    expect(await notes(pw.w.users.member, 'instruction.onMine')).toBe(1);
    await expectOk(
      pw.c.unit.post(`/api/instructions/${created.id}/feedback`, { feedback: '已列入年度计划。' }),
    );
    const listed = await expectOk(pw.c.staff.get('/api/instructions?principal=true&subjectType=proposal'));
    expect(listed.items.map((i: { id: number }) => i.id)).toEqual([created.id]);
    expect((await expectOk(pw.c.unit.get('/api/instructions'))).total).toBe(1);

    // The proposal's page: the proposer sees the 批示 and its state but cannot open it; staff can. The unit,
    // named but not (yet) handling the proposal, reads it on its 批示 list, not on the proposal's page.
    const on = `/api/instructions/on?subjectType=proposal&subjectId=${p.id}`;
    const asProposer = await expectOk(pw.c.lead.get(on));
    expect(asProposer.items).toHaveLength(1);
    expect(asProposer.items[0]).toMatchObject({
      leaderName: '县委书记李某',
      principal: true,
      text: '此提案很有价值，请住建局牵头落实。',
      statusLabel: '落实中',
      readable: false,
    });
    expect((await expectOk(pw.c.staff.get(on))).items[0].readable).toBe(true);
    expect((await pw.c.unit.get(on)).statusCode).toBe(404);
    expect((await ow.c.editor.get(on)).statusCode).toBe(404);
    // Staff who follow proposals up may record one on a registered proposal; the proposer may not.
    expect((await expectOk(pw.c.staff.get(`/api/proposals/${p.id}`))).abilities.instruct).toBe(true);
    expect((await expectOk(pw.c.lead.get(`/api/proposals/${p.id}`))).abilities.instruct).toBe(false);
    // The lead member's archive: a 主要领导's county-level 批示 is 10 points (duty-kinds INSTRUCTION_POINTS).
    const year = day(-1).slice(0, 4);
    const archive = await expectOk(pw.c.lead.get(`/api/duty-archive/me?year=${year}`));
    const lines = archive.lines.filter((l: { kind: string }) => l.kind.startsWith('instruction.'));
    expect(lines.map((l: { kind: string; points: number }) => [l.kind, l.points])).toEqual([
      ['instruction.county', 10],
    ]);
  });

  it('refuses a 批示 on a proposal not yet taken up (立案), with nothing written', async () => {
    const p = await submittedProposal(pw);
    const before = await t.owner.$count(instructions);
    const res = await pw.c.staff.post('/api/instructions', {
      subjectType: 'proposal',
      subjectId: p.id,
      leaderName: '县委书记李某',
      level: 'county',
      text: '请研究。',
      instructedOn: day(-1),
      dueOn: day(30),
      unitIds: [pw.w.unitId],
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.message).toBe('提案尚未送达领导（立案、印发或编成专报后方可批示）');
    expect(await t.owner.$count(instructions)).toBe(before);
    expect((await expectOk(pw.c.staff.get(`/api/proposals/${p.id}`))).abilities.instruct).toBe(false);
  });
});

describe('批示 on one 社情民意 item', () => {
  it('the editors record one once its issue is sent; the reporter sees it on their report, another member does not', async () => {
    const reportId = await fileReport(ow, 'm1', { title: '关于农贸市场活禽宰杀点整治的建议' }, [
      'receive',
      'adopt',
    ]);
    const itemId = await itemOf(ow, reportId);
    // Not yet in a sent issue: no 批示 on it.
    expect((await expectOk(ow.c.editor.get(`/api/opinion-items/${itemId}`))).abilities.instruct).toBe(false);
    const issueId = await issueSent(ow, itemId, 'periodical');
    expect((await expectOk(ow.c.editor.get(`/api/opinion-items/${itemId}`))).abilities.instruct).toBe(true);

    const told = await notes(ow.w.users.member, 'instruction.onMine');
    const { id } = await expectOk(
      ow.c.editor.post('/api/instructions', {
        subjectType: 'opinionItem',
        subjectId: itemId,
        leaderName: '市委副书记陈某',
        level: 'city',
        principal: false,
        text: '请市场监管局督促整改活禽宰杀点。',
        instructedOn: day(-2),
        dueOn: day(10),
        unitIds: [ow.w.unitId],
      }),
      201,
    );
    expect(await notes(ow.w.users.member, 'instruction.onMine')).toBe(told + 1);
    const mine = await expectOk(ow.c.m1.get(`/api/opinion-reports/${reportId}`));
    expect(mine.publishedIssueId).toBe(issueId);
    const on = `/api/instructions/on?subjectType=opinionItem&subjectId=${itemId}`;
    expect((await expectOk(ow.c.m1.get(on))).items).toMatchObject([
      { id, leaderName: '市委副书记陈某', levelLabel: '市级', statusLabel: '落实中', readable: false },
    ]);
    // The reporter reads the issue's 批示 too (none on this issue); the other member reads neither.
    expect(
      (await expectOk(ow.c.m1.get(`/api/instructions/on?subjectType=bulletinIssue&subjectId=${issueId}`)))
        .items,
    ).toEqual([]);
    expect((await ow.c.m2.get(on)).statusCode).toBe(404);

    await expectOk(
      ow.c.unit.post(`/api/instructions/${id}/feedback`, { feedback: '已关停 3 处违规宰杀点。' }),
    );
    await expectOk(ow.c.editor.post(`/api/instructions/${id}/accept`, { unitId: ow.w.unitId }));
    await expectOk(ow.c.editor.post(`/api/instructions/${id}/close`, {}));
    expect((await expectOk(ow.c.m1.get(on))).items[0]).toMatchObject({
      status: 'closed',
      statusLabel: '已办结',
    });
    // The reporter's archive: a city leader's 批示 on their report is 20 points.
    const archive = await expectOk(ow.c.m1.get(`/api/duty-archive/me?year=${day(-2).slice(0, 4)}`));
    const lines = archive.lines.filter((l: { kind: string }) => l.kind.startsWith('instruction.'));
    expect(lines.map((l: { kind: string; points: number }) => [l.kind, l.points])).toEqual([
      ['instruction.city', 20],
    ]);
  });
});
