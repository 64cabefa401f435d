import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspections } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import {
  activityInput,
  type ConsultationWorld,
  consultationWorld,
  expectOk,
} from '../consultation-activities/test-consultations';

let t: TestApp;
let cw: ConsultationWorld;
let other: ConsultationWorld;
beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'pp');
  other = await consultationWorld(t, 'po');
}, 90_000);
afterAll(() => t.close());

const activity = async (w: ConsultationWorld, over: Record<string, unknown>) =>
  (await expectOk(w.c.consult.post('/api/consultations', activityInput(w, over)), 201)).id as number;

const inspection = (over: Record<string, unknown> = {}) => ({
  kind: 'inspection',
  topic: '校园周边交通视察',
  memberIds: [cw.mw.m.m1],
  startsOn: '2026-04-01',
  ...over,
});

const inspectionCount = async () => (await t.ctx.handle.db.select().from(inspections)).length;

describe('视察调研 as the preparation of a consultation activity', () => {
  it('links at creation; the activity lists it with its report; relinking and unlinking are logged', async () => {
    const askUs = await activity(cw, { day: '2026-05-12' });
    const created = await expectOk(
      cw.c.consult.post('/api/inspections', inspection({ consultationId: askUs })),
      201,
    );
    expect(created.consultationId).toBe(askUs);
    expect(created.consultation).toEqual({
      id: askUs,
      topic: '请你来协商：校园周边交通安全',
      formLabel: '请你来协商',
      day: '2026-05-12',
    });
    await expectOk(
      cw.c.consult.put(`/api/inspections/${created.id}/report`, {
        title: '关于校园周边交通安全的视察报告',
        body: '一、基本情况',
        sentTo: '区委书记',
        sentOn: '2026-04-20',
      }),
    );

    // A member reads the activity: its preparation with the report sent.
    const page = await expectOk(cw.c.m1.get(`/api/consultations/${askUs}`));
    expect(page.preparations).toEqual([
      {
        id: created.id,
        kind: 'inspection',
        kindLabel: '视察',
        topic: '校园周边交通视察',
        startsOn: '2026-04-01',
        reportTitle: '关于校园周边交通安全的视察报告',
        reportSentTo: '区委书记',
        reportSentOn: '2026-04-20',
      },
    ]);

    // A research started earlier prepares another activity; then it is moved to this one.
    const forum = await activity(cw, { form: 'forum', topic: '交通安全界别协商', day: '2026-06-02' });
    const research = await expectOk(
      cw.c.consult.post(
        '/api/inspections',
        inspection({
          kind: 'research',
          topic: '接送车辆停放调研',
          startsOn: '2026-03-15',
          consultationId: forum,
        }),
      ),
      201,
    );
    const moved = await expectOk(
      cw.c.consult.put(`/api/inspections/${research.id}/consultation`, { consultationId: askUs }),
    );
    expect(moved.consultation.id).toBe(askUs);
    const linked = moved.timeline.find((e: { action: string }) => e.action === 'linkConsultation');
    expect(linked).toMatchObject({ actionLabel: '关联协商活动', note: '请你来协商：校园周边交通安全' });
    // In the order they started: the research (03-15) before the inspection (04-01).
    const both = await expectOk(cw.c.consult.get(`/api/consultations/${askUs}`));
    expect(both.preparations.map((p: { topic: string }) => p.topic)).toEqual([
      '接送车辆停放调研',
      '校园周边交通视察',
    ]);
    expect((await expectOk(cw.c.consult.get(`/api/consultations/${forum}`))).preparations).toEqual([]);

    const unlinked = await expectOk(
      cw.c.consult.put(`/api/inspections/${research.id}/consultation`, { consultationId: null }),
    );
    expect(unlinked).toMatchObject({ consultationId: null, consultation: null });
    expect(unlinked.timeline.at(-1)).toMatchObject({
      action: 'unlinkConsultation',
      actionLabel: '取消关联协商活动',
    });
    const after = await expectOk(cw.c.consult.get(`/api/consultations/${askUs}`));
    expect(after.preparations.map((p: { id: number }) => p.id)).toEqual([created.id]);
  });

  it('refuses another committee’s or a missing activity with a 400 naming the field; only the organisers link', async () => {
    const foreign = await activity(other, {});
    const before = await inspectionCount();
    const res = await cw.c.consult.post('/api/inspections', inspection({ consultationId: foreign }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      field: 'consultationId',
      message: '所准备的协商活动：须为本委员会的协商活动',
    });
    const missing = await cw.c.consult.post('/api/inspections', inspection({ consultationId: 2_000_000 }));
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.field).toBe('consultationId');
    expect(await inspectionCount()).toBe(before);

    const own = await expectOk(cw.c.consult.post('/api/inspections', inspection()), 201);
    expect(own.consultation).toBeNull();
    const relink = await cw.c.consult.put(`/api/inspections/${own.id}/consultation`, {
      consultationId: foreign,
    });
    expect(relink.statusCode).toBe(400);
    expect(relink.json().error.field).toBe('consultationId');
    const [row] = await t.ctx.handle.db.select().from(inspections).where(eq(inspections.id, own.id));
    expect(row.consultationId).toBeNull();

    const mine = await activity(cw, { day: '2026-07-01' });
    expect(
      (await cw.c.staff.put(`/api/inspections/${own.id}/consultation`, { consultationId: mine })).statusCode,
    ).toBe(403);
    expect(
      (await cw.c.m1.put(`/api/inspections/${own.id}/consultation`, { consultationId: mine })).statusCode,
    ).toBe(403);
    expect(
      (await other.c.consult.put(`/api/inspections/${own.id}/consultation`, { consultationId: mine }))
        .statusCode,
    ).toBe(404);
  });
});
