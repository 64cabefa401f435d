import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { members } from '../../db/schema';
import { createTestApp, login, type TestApp } from '../../test/app';
import { addDutyStaff, createWorld, TEST_PASSWORD, type World } from '../../test/factories';
import {
  activityInput,
  type ConsultationWorld,
  consultationWorld,
  expectOk,
  heldActivity,
} from './test-consultations';

let t: TestApp;
let cw: ConsultationWorld;
beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'pp');
}, 60_000);
afterAll(() => t.close());

/** A 副主席 of the committee's roster, to lead a plan entry (牵头政协领导). */
async function viceChair(w: World) {
  const [m] = await t.ctx.handle.db
    .insert(members)
    .values({
      committeeId: w.committeeId,
      name: `${w.committeeId}副主席`,
      namePinyin: 'fu zhu xi',
      nameInitials: 'fzx',
      gender: '男',
      sectorId: w.sectorId,
      position: '副主席',
    })
    .returning();
  return m.id;
}

/** A member's topic approved by the organiser: its id. */
async function approvedTopic(title: string) {
  const sent = await expectOk(cw.c.m1.post('/api/consultation-topics', { title, description: '说明' }), 201);
  await expectOk(
    cw.c.consult.post(`/api/consultation-topics/${sent.id}/approve`, { expectedVersion: sent.version }),
  );
  return sent.id as number;
}

describe('年度协商计划执行情况', () => {
  it('counts the year’s held activities by form against the targets and lists each plan topic’s activities', async () => {
    const inPlan = await approvedTopic('关于校园周边交通安全的协商');
    const outside = await approvedTopic('关于夜市管理的协商');
    const plan = await expectOk(
      cw.c.consult.post('/api/consultation-plans', {
        year: 2026,
        targets: [
          { form: 'askUs', minimum: 2 },
          { form: 'special', minimum: 1 },
        ],
      }),
      201,
    );
    await expectOk(
      cw.c.consult.put(`/api/consultation-plans/${plan.id}`, {
        expectedVersion: plan.version,
        targets: [
          { form: 'askUs', minimum: 2 },
          { form: 'special', minimum: 1 },
        ],
        entries: [
          {
            topicId: inPlan,
            form: 'askUs',
            leadMemberId: await viceChair(cw.mw.w),
            organiser: '经济委员会',
            plannedMonth: 3,
            unitIds: [],
          },
        ],
      }),
    );

    // Held in 2026 and taking up the plan's topic; held in 2026 outside the plan; planned only;
    // held in December 2025 (another year); the plan's topic again, planned for January 2027.
    const a = await heldActivity(cw, { day: '2026-03-10', planTopicId: inPlan });
    await heldActivity(cw, { day: '2026-05-12' });
    await expectOk(cw.c.consult.post('/api/consultations', activityInput(cw, { day: '2026-06-09' })), 201);
    await heldActivity(cw, { day: '2025-12-02', form: 'special' });
    const e = await expectOk(
      cw.c.consult.post('/api/consultations', activityInput(cw, { day: '2027-01-12', planTopicId: inPlan })),
      201,
    );

    const view = await expectOk(cw.c.consult.get(`/api/consultation-plans/${plan.id}`));
    expect(view.targets).toEqual([
      { form: 'askUs', formLabel: '请你来协商', minimum: 2, held: 2 },
      { form: 'special', formLabel: '专题协商会', minimum: 1, held: 0 },
    ]);
    expect(view.entries[0].activities.map((x: { id: number; status: string }) => [x.id, x.status])).toEqual([
      [a, 'held'],
      [e.id, 'planned'],
    ]);

    const activity = await expectOk(cw.c.consult.get(`/api/consultations/${a}`));
    expect(activity.planTopic).toEqual({ id: inPlan, title: '关于校园周边交通安全的协商' });
    expect(e.planTopic).toEqual({ id: inPlan, title: '关于校园周边交通安全的协商' });

    // What the activity form offers: the committee's plan topics of that year only.
    const offered = await expectOk(cw.c.consult.get('/api/consultation-topics?planned=2026'));
    expect(offered.items.map((i: { id: number }) => i.id)).toEqual([inPlan]);
    expect((await expectOk(cw.c.consult.get('/api/consultation-topics?planned=2027'))).total).toBe(0);
    expect(outside).not.toBe(inPlan);
  });

  it('refuses a topic that is in none of the committee’s plans, or another committee’s', async () => {
    const loose = await approvedTopic('关于停车难的协商');
    const refused = await cw.c.consult.post('/api/consultations', activityInput(cw, { planTopicId: loose }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      field: 'planTopicId',
      message: '年度计划议题：不在本委员会的年度协商计划中',
    });

    // Another committee's plan topic: in a plan, but not one of ours.
    const other = await createWorld(t.ctx, 'pq');
    const organiser = await login(t.app, await addDutyStaff(t.ctx, other, '协商工作'), TEST_PASSWORD);
    const sent = await expectOk(
      organiser.post('/api/consultation-topics', { title: '别的委员会的议题', description: '说明' }),
      201,
    );
    await expectOk(
      organiser.post(`/api/consultation-topics/${sent.id}/approve`, { expectedVersion: sent.version }),
    );
    const plan = await expectOk(organiser.post('/api/consultation-plans', { year: 2026, targets: [] }), 201);
    await expectOk(
      organiser.put(`/api/consultation-plans/${plan.id}`, {
        expectedVersion: plan.version,
        targets: [],
        entries: [
          {
            topicId: sent.id,
            form: 'askUs',
            leadMemberId: await viceChair(other),
            organiser: '办公室',
            plannedMonth: 4,
            unitIds: [],
          },
        ],
      }),
    );
    const foreign = sent.id as number;
    const foreignRes = await cw.c.consult.post(
      '/api/consultations',
      activityInput(cw, { planTopicId: foreign }),
    );
    expect(foreignRes.statusCode).toBe(400);
    expect(foreignRes.json().error.field).toBe('planTopicId');
  });
});
