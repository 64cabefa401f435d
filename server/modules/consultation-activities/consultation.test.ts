import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingInvitees } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { documentText } from '../../test/docx';
import {
  activityInput,
  type ConsultationWorld,
  consultationWorld,
  expectOk,
  heldActivity,
  suggestionOn,
} from './test-consultations';

let t: TestApp;
let cw: ConsultationWorld;
beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'cl');
}, 60_000);
afterAll(() => t.close());

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
