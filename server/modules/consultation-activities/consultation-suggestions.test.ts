import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app';
import { countingTransactions } from '../../test/counting-transactions';
import { notificationCount } from '../../test/notifications';
import { xlsxRows } from '../../test/xlsx';
import { dayFromNow } from '../meetings/test-meetings';
import { CONSULTATION_DUTY_SOURCE } from './duty-items';
import { runSuggestionReminders } from './reminders';
import {
  type ConsultationWorld,
  consultationWorld,
  expectOk,
  heldActivity,
  suggestionOn,
  todoCount as todo,
} from './test-consultations';

/** A consultation's suggestions after it is held: feedback, reminders, progress, who reads them, the public page. */
let t: TestApp;
let cw: ConsultationWorld;
beforeAll(async () => {
  t = await createTestApp();
  cw = await consultationWorld(t, 'cl');
}, 60_000);
afterAll(() => t.close());

/** Noon in Beijing on a day. */
const noon = (day: string) => new Date(`${day}T12:00:00+08:00`);
const notes = (username: string, kind: string) => notificationCount(t.ctx.handle.db, username, kind);

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
