import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { type PlanWorld, planWorld, publicConsultation } from './test-world';

let t: TestApp;
let pw: PlanWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await planWorld(t, 'cp');
});
afterAll(() => t.close());

const publicPage = () => publicConsultation(t, pw.w.committeeId);

describe('the plan from solicitation to publication', () => {
  it('shortlists approved topics, runs 主席会议审议 → 党委批准 → 公布, and keeps every published version', async () => {
    const approved = async (title: string) => {
      const res = await pw.c.member.post('/api/consultation-topics', { title, description: '说明' });
      const ok = await pw.c.organiser.post(`/api/consultation-topics/${res.json().id}/approve`, {
        expectedVersion: res.json().version,
      });
      return ok.json().id as number;
    };
    const t1 = await approved('关于优化营商环境的协商');
    const t2 = await approved('关于推进垃圾分类的协商');
    const t3 = await approved('关于发展乡村旅游的协商');
    const pending = await pw.c.member.post('/api/consultation-topics', {
      title: '未审核的议题',
      description: '说明',
    });

    const created = await pw.c.organiser.post('/api/consultation-plans', {
      year: 2026,
      frequencyNote: '6+X',
      targets: [{ form: 'special', minimum: 4 }],
    });
    expect(created.statusCode, created.body).toBe(201);
    let plan = created.json();
    expect(plan).toMatchObject({ title: '2026年度协商计划', status: 'draft', revision: 1, entries: [] });
    const dup = await pw.c.organiser.post('/api/consultation-plans', { year: 2026 });
    expect(dup.statusCode).toBe(409);

    // Nothing to review yet: the guard refuses.
    const empty = await pw.c.organiser.post(`/api/consultation-plans/${plan.id}/submit`, {
      expectedVersion: plan.version,
    });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.message).toBe('计划中还没有协商议题');

    const entry = (topicId: number, month: number, extra: Record<string, unknown> = {}) => ({
      topicId,
      form: 'special',
      leadMemberId: pw.viceChairId,
      organiser: '经济委员会',
      plannedMonth: month,
      unitIds: [pw.w.unitId],
      ...extra,
    });
    const unapproved = await pw.c.organiser.put(`/api/consultation-plans/${plan.id}`, {
      expectedVersion: plan.version,
      targets: [],
      entries: [entry(t1, 3), entry(pending.json().id, 5)],
    });
    expect(unapproved.statusCode).toBe(400);
    expect(unapproved.json().error).toMatchObject({
      field: 'entries.1.topicId',
      message: '第 2 项 议题：尚未审核通过',
    });
    const notChair = await pw.c.organiser.put(`/api/consultation-plans/${plan.id}`, {
      expectedVersion: plan.version,
      targets: [],
      entries: [entry(t1, 3, { leadMemberId: pw.w.memberId })],
    });
    expect(notChair.json().error).toMatchObject({ field: 'entries.0.leadMemberId' });

    const edited = await pw.c.organiser.put(`/api/consultation-plans/${plan.id}`, {
      expectedVersion: plan.version,
      frequencyNote: '6+X',
      targets: [
        { form: 'special', minimum: 4 },
        { form: 'askUs', minimum: 6 },
      ],
      entries: [entry(t1, 3), entry(t2, 6, { form: 'askUs', title: '垃圾分类“请你来协商”' })],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    plan = edited.json();
    expect(
      plan.entries.map((e: { title: string; formLabel: string; plannedMonth: number }) => [
        e.title,
        e.formLabel,
        e.plannedMonth,
      ]),
    ).toEqual([
      ['关于优化营商环境的协商', '专题协商会', 3],
      ['垃圾分类“请你来协商”', '请你来协商', 6],
    ]);
    expect(plan.entries[0]).toMatchObject({
      leadName: 'cp副主席',
      organiser: '经济委员会',
      units: [{ id: pw.w.unitId, name: 'cp教育局' }],
    });
    // No activity has been held yet: nothing counts against the targets.
    expect(plan.targets).toEqual([
      { form: 'special', formLabel: '专题协商会', minimum: 4, held: 0 },
      { form: 'askUs', formLabel: '请你来协商', minimum: 6, held: 0 },
    ]);

    // Members do not read a draft; leaders (the 主席会议) do.
    expect((await pw.c.member.get(`/api/consultation-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await pw.c.leader.get(`/api/consultation-plans/${plan.id}`)).statusCode).toBe(200);

    const step = async (url: string, body: Record<string, unknown> = {}) => {
      const res = await pw.c.organiser.post(`/api/consultation-plans/${plan.id}/${url}`, {
        expectedVersion: plan.version,
        ...body,
      });
      expect(res.statusCode, res.body).toBe(200);
      plan = res.json();
      return plan;
    };
    expect((await step('submit')).status).toBe('chairsReview');
    // A step the state does not allow, and a stale screen: both 409.
    const early = await pw.c.organiser.post(`/api/consultation-plans/${plan.id}/publish`, {
      expectedVersion: plan.version,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('该协商计划当前状态为主席会议审议中，不能执行公布计划');
    const stale = await pw.c.organiser.post(`/api/consultation-plans/${plan.id}/pass-review`, {
      expectedVersion: plan.version - 1,
      reviewMeeting: '第二十次主席会议',
    });
    expect(stale.statusCode).toBe(409);
    expect((await step('pass-review', { reviewMeeting: '十一届第二十次主席会议' })).status).toBe(
      'partyApproval',
    );
    expect((await publicPage()).plan).toBeNull();
    expect(
      await step('approve', { documentNumber: '区委〔2026〕5号', approvedOn: '2026-02-10' }),
    ).toMatchObject({ status: 'approved', documentNumber: '区委〔2026〕5号', approvedOn: '2026-02-10' });
    expect((await publicPage()).plan).toBeNull();
    expect((await step('publish')).status).toBe('published');

    const page = await publicPage();
    expect(page.plan).toMatchObject({
      year: 2026,
      revision: 1,
      documentNumber: '区委〔2026〕5号',
      approvedOn: '2026-02-10',
    });
    expect(page.plan.snapshot.frequencyNote).toBe('6+X');
    expect(page.plan.snapshot.entries).toEqual([
      {
        topicId: t1,
        title: '关于优化营商环境的协商',
        form: 'special',
        formLabel: '专题协商会',
        leadName: 'cp副主席',
        organiser: '经济委员会',
        plannedMonth: 3,
        units: ['cp教育局'],
        sourceLabel: '群众出题',
      },
      expect.objectContaining({ topicId: t2, formLabel: '请你来协商', plannedMonth: 6 }),
    ]);
    expect((await pw.c.member.get(`/api/consultation-plans/${plan.id}`)).statusCode).toBe(200);

    // An adjustment: revision 2 is drafted while the public still reads revision 1.
    expect(await step('adjust', { note: '增加乡村旅游议题' })).toMatchObject({
      status: 'draft',
      revision: 2,
      documentNumber: null,
    });
    const adjusted = await pw.c.organiser.put(`/api/consultation-plans/${plan.id}`, {
      expectedVersion: plan.version,
      frequencyNote: '6+X',
      targets: [{ form: 'special', minimum: 4 }],
      entries: [entry(t1, 3), entry(t2, 6, { form: 'askUs' }), entry(t3, 9, { form: 'forum', unitIds: [] })],
    });
    plan = adjusted.json();
    expect((await publicPage()).plan.revision).toBe(1);
    expect((await pw.c.member.get(`/api/consultation-plans/${plan.id}`)).statusCode).toBe(200);
    await step('submit');
    await step('pass-review', { reviewMeeting: '十一届第二十三次主席会议' });
    await step('approve', { documentNumber: '区委〔2026〕31号', approvedOn: '2026-07-01' });
    await step('publish');
    const after = await publicPage();
    expect(after.plan).toMatchObject({ revision: 2, documentNumber: '区委〔2026〕31号' });
    expect(after.plan.snapshot.entries.map((e: { title: string }) => e.title)).toEqual([
      '关于优化营商环境的协商',
      '关于推进垃圾分类的协商',
      '关于发展乡村旅游的协商',
    ]);
    expect(
      plan.versions.map((v: { revision: number; documentNumber: string }) => [v.revision, v.documentNumber]),
    ).toEqual([
      [2, '区委〔2026〕31号'],
      [1, '区委〔2026〕5号'],
    ]);
    expect(plan.versions[1].snapshot.entries).toHaveLength(2);
    expect(plan.timeline.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'edit',
      'submit',
      'passReview',
      'approve',
      'publish',
      'adjust',
      'edit',
      'submit',
      'passReview',
      'approve',
      'publish',
    ]);
    // The plan editor's offer: approved topics in no 2026 plan yet.
    const offer = await pw.c.organiser.get('/api/consultation-topics?available=2026&pageSize=100');
    const offered = offer.json().items.map((x: { id: number }) => x.id);
    expect(offered).not.toContain(t1);
    expect(offered).not.toContain(t3);
    expect(offer.json().items.every((x: { status: string }) => x.status === 'approved')).toBe(true);
  });
});
