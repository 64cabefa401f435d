import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingInvitees, notifications, users } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { countingTransactions } from '../../test/counting-transactions';
import { documentText } from '../../test/docx';
import { xlsxRows } from '../../test/xlsx';
import { dayFromNow } from '../meetings/test-meetings';
import { CONSULTATION_DUTY_SOURCE } from './duty-items';
import { runSuggestionReminders } from './reminders';
import {
  activityInput,
  type ConsultationWorld,
  consultationWorld,
  expectOk,
  heldActivity,
  suggestionOn,
  todoCount as todo,
} from './test-consultations';

let t: TestApp;
let cw: ConsultationWorld;
beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'cl');
}, 60_000);
afterAll(() => t.close());

/** Noon in Beijing on a day. */
const noon = (day: string) => new Date(`${day}T12:00:00+08:00`);
const notes = async (username: string, kind: string) => {
  const [u] = await t.ctx.handle.db.select().from(users).where(eq(users.username, username));
  const [{ n }] = await t.ctx.handle.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, u.id), eq(notifications.kind, kind)));
  return n;
};

describe('协商活动', () => {
  it('an activity with members invites them through its meeting; held, its outputs are due 7 working days later', async () => {
    const created = await expectOk(
      cw.c.consult.post('/api/consultations', activityInput(cw, { invite: { allMembers: true } })),
      201,
    );
    expect(created).toMatchObject({
      formLabel: '请你来协商',
      status: 'planned',
      statusLabel: '筹备中',
      organiserName: '城关联络组',
    });
    expect(created.leaders.map((l: { name: string }) => l.name)).toEqual(['cl领导']);
    expect(created.meeting).toMatchObject({ status: 'draft', figures: { expected: 6 } });
    const invitees = await t.ctx.handle.db
      .select({ role: meetingInvitees.role })
      .from(meetingInvitees)
      .where(eq(meetingInvitees.meetingId, created.meeting.id));
    // Six members owe attendance; the leader and the department are 列席.
    expect(invitees.filter((i) => i.role === 'attendee')).toHaveLength(6);
    expect(invitees.filter((i) => i.role === 'guest')).toHaveLength(2);
    const meeting = await expectOk(cw.c.consult.get(`/api/meetings/${created.meeting.id}`));
    expect(meeting.kindLabel).toBe('协商活动');
    const held = await expectOk(cw.c.consult.post(`/api/consultations/${created.id}/hold`, {}));
    // 2026-03-10 is a Tuesday: 11, 12, 13, 16, 17, 18, 19 March are the seven working days.
    expect(held).toMatchObject({ status: 'held', outputsDueOn: '2026-03-19', outputsOverdue: true });
    const overdue = await expectOk(cw.c.consult.get('/api/consultations?outputsOverdue=true'));
    expect(overdue.items.map((i: { id: number }) => i.id)).toContain(created.id);
  });

  it('a grass-roots session is run by a liaison group and names its kind; problems only there', async () => {
    const bad = await cw.c.consult.post('/api/consultations', activityInput(cw, { form: 'grassroots' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('grassrootsKind');
    const dept = await cw.c.consult.post(
      '/api/consultations',
      activityInput(cw, {
        form: 'grassroots',
        grassrootsKind: 'bench',
        organiserKind: 'department',
        organiserId: cw.mw.departmentId,
      }),
    );
    expect(dept.statusCode).toBe(400);
    expect(dept.json().error.field).toBe('organiserKind');
    const askUs = await heldActivity(cw);
    expect(
      (await cw.c.consult.post(`/api/consultations/${askUs}/problems`, { text: '路灯不亮' })).statusCode,
    ).toBe(409);
    const id = await heldActivity(cw, { form: 'grassroots', grassrootsKind: 'bench' });
    const v = await expectOk(
      cw.c.consult.post(`/api/consultations/${id}/problems`, { text: '小区路灯不亮' }),
    );
    expect(v.formLabel).toBe('基层协商（板凳协商会）');
    const solved = await expectOk(
      cw.c.consult.post(`/api/consultations/${id}/problems/${v.problems[0].id}/solve`, {
        solution: '街道已更换路灯 12 盏',
        solvedOn: '2026-03-20',
      }),
    );
    expect(solved.problems).toEqual([
      {
        id: v.problems[0].id,
        text: '小区路灯不亮',
        solved: true,
        solution: '街道已更换路灯 12 盏',
        solvedOn: '2026-03-20',
      },
    ]);
    const again = await cw.c.consult.post(`/api/consultations/${id}/problems/${v.problems[0].id}/solve`, {
      solution: 'x',
      solvedOn: '2026-03-21',
    });
    expect(again.statusCode).toBe(409);
    // Published, residents read the problem and what solved it (a second, unsolved one too).
    await expectOk(cw.c.consult.post(`/api/consultations/${id}/problems`, { text: '垃圾清运不及时' }));
    await expectOk(cw.c.consult.post(`/api/consultations/${id}/publish`, {}));
    const pub = await expectOk(
      t.app.inject({
        method: 'GET',
        url: `/api/public/consultation/outcomes?committeeId=${cw.mw.w.committeeId}`,
      }) as never,
    );
    const item = pub.items.find((i: { id: number }) => i.id === id);
    expect(
      item.problems.map((p: { text: string; solved: boolean; solution: string | null }) => [
        p.text,
        p.solved,
        p.solution,
      ]),
    ).toEqual([
      ['小区路灯不亮', true, '街道已更换路灯 12 盏'],
      ['垃圾清运不及时', false, null],
    ]);
  });

  it('speeches with a file, outputs as Word sent to the leaders', async () => {
    const id = await heldActivity(cw);
    const boundary = '----speech';
    const field = (k: string, v: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
    const payload = Buffer.concat([
      Buffer.from(
        field('memberId', String(cw.mw.m.m2)) +
          field('title', '关于护学岗的发言') +
          field('text', '建议增设护学岗。'),
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="发言.txt"\r\nContent-Type: text/plain\r\n\r\n`,
      ),
      Buffer.from('发言全文'),
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await cw.c.consult.request({
      method: 'POST',
      url: `/api/consultations/${id}/speeches`,
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode, res.body).toBe(201);
    const speech = res.json().speeches[0];
    expect(speech).toMatchObject({ speakerName: 'clm2', title: '关于护学岗的发言', memberId: cw.mw.m.m2 });
    const file = await cw.c.m3.get(`/api/consultations/${id}/files/${speech.files[0].id}`);
    expect(file.body).toBe('发言全文');
    await suggestionOn(cw, id);
    const written = await expectOk(
      cw.c.consult.post(`/api/consultations/${id}/outputs`, {
        kind: 'report',
        title: '关于校园周边交通安全的协商专报',
        body: '一、基本情况\n二、意见建议',
      }),
    );
    const out = written.outputs[0];
    expect(out).toMatchObject({ kindLabel: '协商专报', sentOn: null });
    const sent = await expectOk(
      cw.c.consult.post(`/api/consultations/${id}/outputs/${out.id}/send`, {
        sentTo: '区委、区政府',
        sentOn: '2026-03-16',
      }),
    );
    expect(sent.outputs[0]).toMatchObject({ sentTo: '区委、区政府', sentOn: '2026-03-16' });
    expect(sent.outputsOverdue).toBe(false);
    const text = await documentText(
      await cw.c.consult.get(`/api/consultations/${id}/outputs/${out.id}/document.docx`),
    );
    expect(text).toContain('cl政协协商专报');
    expect(text).toContain('关于校园周边交通安全的协商专报');
    expect(text).toContain('二、意见建议');
    expect(text).toContain('在学校门口增设护学岗和减速带');
    expect(text).toContain('2026年3月16日');
  });

  it('a 协商专报 gets a 批示 once it is sent, a 纪要 never; the 批示 names the report and the speakers are told', async () => {
    const id = await heldActivity(cw);
    const speech = { memberId: String(cw.mw.m.m2), title: '关于加装电梯的发言', text: '建议简化审批。' };
    const boundary = '----speech2';
    const res = await cw.c.consult.request({
      method: 'POST',
      url: `/api/consultations/${id}/speeches`,
      payload: `${Object.entries(speech)
        .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
        .join('')}--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(res.statusCode, res.body).toBe(201);
    const write = (kind: string, title: string) =>
      expectOk(cw.c.consult.post(`/api/consultations/${id}/outputs`, { kind, title, body: '正文' }));
    await write('minutes', '协商座谈会纪要');
    const written = await write('report', '关于老旧小区加装电梯的协商专报');
    const [minutes, report] = written.outputs;
    const instruct = (subjectId: number) =>
      cw.c.consult.post('/api/instructions', {
        subjectType: 'consultationReport',
        subjectId,
        leaderId: cw.mw.w.leaderId,
        level: 'county',
        text: '请住建部门研究落实',
        instructedOn: '2026-03-20',
        dueOn: '2026-04-30',
        unitIds: [cw.unit2],
      });
    expect((await instruct(report.id)).statusCode).toBe(404); // not sent yet
    for (const o of [minutes, report])
      await expectOk(
        cw.c.consult.post(`/api/consultations/${id}/outputs/${o.id}/send`, {
          sentTo: '区委',
          sentOn: '2026-03-18',
        }),
      );
    expect((await instruct(minutes.id)).statusCode).toBe(404);
    const instruction = await expectOk(instruct(report.id), 201);
    expect(instruction).toMatchObject({
      subjectType: 'consultationReport',
      subjectId: report.id,
      subjectTitle: '协商专报《关于老旧小区加装电梯的协商专报》',
    });
    const listed = await expectOk(
      cw.c.consult.get(`/api/instructions?subjectType=consultationReport&subjectId=${report.id}`),
    );
    expect(listed.items.map((i: { text: string }) => i.text)).toEqual(['请住建部门研究落实']);
    // m2 spoke, m3 did not.
    const linksOf = async (client: typeof cw.c.m2) =>
      (await expectOk(client.get('/api/notifications?pageSize=50'))).items.map(
        (n: { link: string }) => n.link,
      );
    expect(await linksOf(cw.c.m2)).toContain(`/consultations/${id}`);
    expect(await linksOf(cw.c.m3)).not.toContain(`/consultations/${id}`);
  });
});

describe('the suggestion loop', () => {
  it('feedback due → reminder → feedback → progress → done; the department is told and sees it in its to-dos', async () => {
    const activity = await heldActivity(cw);
    const due = dayFromNow(10);
    const owedBefore = await todo(cw.c.unit, 'consultation.toFeedBack');
    const id = await suggestionOn(cw, activity, { dueOn: due });
    expect(await notes(cw.mw.w.users.unit, 'consultationSuggestion.create')).toBeGreaterThanOrEqual(1);
    expect(await todo(cw.c.unit, 'consultation.toFeedBack')).toBe(owedBefore + 1);
    const db = t.ctx.handle.db;
    const shift = (d: string, n: number) => {
      const x = new Date(`${d}T00:00:00Z`);
      x.setUTCDate(x.getUTCDate() + n);
      return x.toISOString().slice(0, 10);
    };
    expect(await runSuggestionReminders(db, noon(shift(due, -5)))).toBe(0);
    expect(await runSuggestionReminders(db, noon(shift(due, -2)))).toBe(1);
    const counted = countingTransactions(db);
    expect(await runSuggestionReminders(counted.db, noon(shift(due, -1)))).toBe(0);
    expect(counted.opened()).toBe(0);
    expect(await notes(cw.mw.w.users.unit, 'consultationSuggestion.dueSoon')).toBe(1);
    expect(await runSuggestionReminders(db, noon(shift(due, 1)))).toBe(1);
    expect(await notes(cw.c.consult.username, 'consultationSuggestion.overdue')).toBe(1);

    const seen = await expectOk(cw.c.unit.get(`/api/consultation-suggestions/${id}`));
    expect(seen).toMatchObject({
      status: 'sent',
      statusLabel: '待反馈',
      dueOn: due,
      overdue: false,
      unitName: 'cl教育局',
    });
    expect(seen.abilities).toMatchObject({ feedback: true, progress: false, reassign: false });
    expect(
      seen.timeline
        .filter((e: { action: string }) => e.action === 'reminder')
        .map((e: { note: string }) => e.note),
    ).toEqual(['反馈即将到期', '反馈已逾期']);
    // 未采纳 needs its reason.
    const noReason = await cw.c.unit.post(`/api/consultation-suggestions/${id}/feedback`, {
      adoption: 'rejected',
      feedback: '不可行',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    const answered = await expectOk(
      cw.c.unit.post(`/api/consultation-suggestions/${id}/feedback`, {
        adoption: 'adopted',
        feedback: '已列入今年校园安全工程',
        expectedVersion: seen.version,
      }),
    );
    expect(answered).toMatchObject({
      status: 'implementing',
      adoptionLabel: '采纳',
      feedback: '已列入今年校园安全工程',
    });
    expect(await notes(cw.c.consult.username, 'consultationSuggestion.feedback')).toBe(1);
    // A second answer from a stale screen.
    const stale = await cw.c.unit.post(`/api/consultation-suggestions/${id}/progress`, {
      percent: 40,
      milestone: '护学岗已设',
      expectedVersion: seen.version,
    });
    expect(stale.statusCode).toBe(409);
    const twice = await cw.c.unit.post(`/api/consultation-suggestions/${id}/feedback`, {
      adoption: 'adopted',
      feedback: 'x',
    });
    expect(twice.statusCode).toBe(409);
    await expectOk(
      cw.c.unit.post(`/api/consultation-suggestions/${id}/progress`, {
        percent: 40,
        milestone: '护学岗已设',
      }),
    );
    const lower = await cw.c.unit.post(`/api/consultation-suggestions/${id}/progress`, {
      percent: 30,
      milestone: '倒退',
    });
    expect(lower.statusCode).toBe(400);
    expect(lower.json().error.message).toBe('落实进度：不能低于上次报告的 40%');
    expect(await todo(cw.c.unit, 'consultation.implementing')).toBe(1);
    const done = await expectOk(
      cw.c.unit.post(`/api/consultation-suggestions/${id}/complete`, { milestone: '减速带已施工完成' }),
    );
    expect(done).toMatchObject({ status: 'done', statusLabel: '已办结', percent: 100 });
    expect(
      done.milestones.map((m: { percent: number; milestone: string }) => [m.percent, m.milestone]),
    ).toEqual([
      [40, '护学岗已设'],
      [100, '减速带已施工完成'],
    ]);
    expect(await todo(cw.c.unit, 'consultation.implementing')).toBe(0);
    // The speech and the adopted suggestion are duty items of their members.
    const items = await CONSULTATION_DUTY_SOURCE.collect(db, {
      committeeId: cw.mw.w.committeeId,
      year: Number(dayFromNow(0).slice(0, 4)),
    });
    expect(items.filter((i) => i.kind === 'consultation.adopted').map((i) => i.memberId)).toEqual([
      cw.mw.m.m1,
    ]);
  });

  it('a department reads only its own suggestions; staff see the open ones everywhere; reassigning moves it', async () => {
    const activity = await heldActivity(cw);
    const mine = await suggestionOn(cw, activity, { text: '教育局的建议' });
    const theirs = await suggestionOn(cw, activity, {
      source: 'resident',
      memberId: null,
      proposerName: '城关社区居民',
      text: '卫健局的建议',
      unitId: cw.unit2,
    });
    const asUnit = await expectOk(cw.c.unit.get(`/api/consultation-suggestions?consultationId=${activity}`));
    expect(asUnit.items.map((i: { id: number }) => i.id)).toEqual([mine]);
    expect((await cw.c.unit.get(`/api/consultation-suggestions/${theirs}`)).statusCode).toBe(404);
    expect(
      (
        await cw.c.unit.post(`/api/consultation-suggestions/${theirs}/feedback`, {
          adoption: 'adopted',
          feedback: 'x',
        })
      ).statusCode,
    ).toBe(404);
    // Departments do not read activities at all, only their suggestions.
    expect((await cw.c.unit.get(`/api/consultations/${activity}`)).statusCode).toBe(403);
    const rows = await xlsxRows(
      await cw.c.unit2.get(`/api/consultation-suggestions/export?consultationId=${activity}`),
    );
    expect(rows.slice(1).map((r) => r[0])).toEqual(['卫健局的建议']);
    const staff = await expectOk(
      cw.c.staff.get(`/api/consultation-suggestions?consultationId=${activity}&status=sent`),
    );
    expect(staff.items.map((i: { id: number }) => i.id).sort()).toEqual([mine, theirs].sort());
    // A member sees the ones they made.
    const m1 = await expectOk(cw.c.m1.get(`/api/consultation-suggestions?consultationId=${activity}`));
    expect(m1.items.map((i: { id: number }) => i.id)).toEqual([mine]);
    const moved = await expectOk(
      cw.c.consult.post(`/api/consultation-suggestions/${theirs}/reassign`, { unitId: cw.mw.w.unitId }),
    );
    expect(moved).toMatchObject({ unitName: 'cl教育局', status: 'sent' });
    expect((await cw.c.unit2.get(`/api/consultation-suggestions/${theirs}`)).statusCode).toBe(404);
    expect((await cw.c.unit.get(`/api/consultation-suggestions/${theirs}`)).statusCode).toBe(200);
  });

  it('the public outcomes page shows published activities: what was suggested and what the department did, no names', async () => {
    const activity = await heldActivity(cw, { topic: '请你来协商：老旧小区加装电梯' });
    const id = await suggestionOn(cw, activity, { text: '简化加装电梯审批，电话 13912345678' });
    await expectOk(
      cw.c.unit.post(`/api/consultation-suggestions/${id}/feedback`, {
        adoption: 'partial',
        feedback: '审批时限压缩至 15 个工作日',
      }),
    );
    const before = await expectOk(
      t.app.inject({
        method: 'GET',
        url: `/api/public/consultation/outcomes?committeeId=${cw.mw.w.committeeId}`,
      }) as never,
    );
    expect(before.items.map((i: { topic: string }) => i.topic)).not.toContain('请你来协商：老旧小区加装电梯');
    await expectOk(cw.c.consult.post(`/api/consultations/${activity}/publish`, {}));
    const pub = await expectOk(
      t.app.inject({
        method: 'GET',
        url: `/api/public/consultation/outcomes?committeeId=${cw.mw.w.committeeId}`,
      }) as never,
    );
    const item = pub.items.find((i: { id: number }) => i.id === activity);
    expect(item.suggestions).toEqual([
      {
        id,
        sourceLabel: '委员',
        text: '简化加装电梯审批，电话 [已隐去]',
        unitName: 'cl教育局',
        statusLabel: '落实中',
        adoptionLabel: '部分采纳',
        feedback: '审批时限压缩至 15 个工作日',
        reason: null,
        percent: 0,
        latestProgress: null,
      },
    ]);
    expect(JSON.stringify(pub)).not.toContain('clm1');
  });
});
