import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consultationSuggestions } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { xlsxSheets } from '../../test/xlsx';
import { dayFromNow } from '../meetings/test-meetings';
import {
  activityInput,
  consultationWorld,
  expectOk,
  heldActivity,
  suggestionOn,
  todoCount as todo,
} from './test-consultations';

/** A committee's consultation year counted by hand: activities by form and month, suggestions, the export. */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 60_000);
afterAll(() => t.close());

describe('consultation figures', () => {
  it('counts a year by form and month, suggestions, feedback on time, adoption and completion (hand-computed)', async () => {
    const s = await consultationWorld(t, 'cs');
    const year = Number(dayFromNow(0).slice(0, 4));
    const a1 = await heldActivity(s, { day: `${year}-03-10` });
    await heldActivity(s, { day: `${year}-05-12` });
    await heldActivity(s, { day: `${year}-03-20`, form: 'special' });
    const a4 = await heldActivity(s, { day: `${year}-05-15`, form: 'grassroots', grassrootsKind: 'council' });
    await expectOk(
      s.c.consult.post('/api/consultations', activityInput(s, { day: `${year}-06-02`, form: 'forum' })),
      201,
    );
    const c6 = await expectOk(
      s.c.consult.post('/api/consultations', activityInput(s, { day: `${year}-04-02`, form: 'counterpart' })),
      201,
    );
    await expectOk(s.c.consult.post(`/api/consultations/${c6.id}/cancel`, {}));
    for (const text of ['问题一', '问题二', '问题三'])
      await expectOk(s.c.consult.post(`/api/consultations/${a4}/problems`, { text }));
    const v = await expectOk(s.c.consult.get(`/api/consultations/${a4}`));
    for (const p of v.problems.slice(0, 2))
      await expectOk(
        s.c.consult.post(`/api/consultations/${a4}/problems/${p.id}/solve`, {
          solution: '已解决',
          solvedOn: `${year}-05-30`,
        }),
      );
    const ids: number[] = [];
    for (let i = 0; i < 6; i++)
      ids.push(await suggestionOn(s, a1, { text: `建议${i + 1}`, memberId: s.mw.m.m1 }));
    const db = t.ctx.handle.db;
    const yesterday = dayFromNow(-1);
    // s4 answered after its due date; s6 is past its due date without an answer; s5 is due today.
    await db
      .update(consultationSuggestions)
      .set({ dueOn: yesterday })
      .where(eq(consultationSuggestions.id, ids[3]));
    await db
      .update(consultationSuggestions)
      .set({ dueOn: yesterday })
      .where(eq(consultationSuggestions.id, ids[5]));
    await db
      .update(consultationSuggestions)
      .set({ dueOn: dayFromNow(0) })
      .where(eq(consultationSuggestions.id, ids[4]));
    const answer = (id: number, adoption: string, reason?: string) =>
      expectOk(
        s.c.unit.post(`/api/consultation-suggestions/${id}/feedback`, {
          adoption,
          feedback: '已研究',
          reason,
        }),
      );
    await answer(ids[0], 'adopted');
    await expectOk(s.c.unit.post(`/api/consultation-suggestions/${ids[0]}/complete`, { milestone: '完成' }));
    await answer(ids[1], 'partial');
    await expectOk(
      s.c.unit.post(`/api/consultation-suggestions/${ids[1]}/progress`, { percent: 50, milestone: '过半' }),
    );
    await answer(ids[2], 'rejected', '财力不足');
    await answer(ids[3], 'adopted');
    const stats = await expectOk(s.c.consult.get(`/api/consultation-stats?year=${year}`));
    expect(stats.activities).toMatchObject({ held: 4, planned: 1, cancelled: 1 });
    const byForm = Object.fromEntries(
      stats.activities.byForm.map((f: { form: string; held: number }) => [f.form, f.held]),
    );
    expect(byForm).toMatchObject({ askUs: 2, special: 1, grassroots: 1, forum: 0, counterpart: 0 });
    expect(stats.activities.byMonth.filter((m: { held: number }) => m.held > 0)).toEqual([
      { month: 3, held: 2 },
      { month: 5, held: 2 },
    ]);
    expect(stats.suggestions).toEqual({
      total: 6,
      awaitingFeedback: 2,
      implementing: 2,
      declined: 1,
      done: 1,
      adopted: 2,
      partial: 1,
      rejected: 1,
      answered: 4,
      answeredOnTime: 3,
      overdue: 1,
      onTimeRate: 75,
      adoptionRate: 75,
      completionRate: 33.3,
    });
    expect(stats.problems).toEqual({ raised: 3, solved: 2 });
    // The same year as a workbook: the summary's lines, 请你来协商 held twice, March and May twice each.
    const book = await xlsxSheets(await s.c.consult.get(`/api/consultation-stats/export?year=${year}`));
    expect(Object.keys(book)).toEqual([`${year}年协商统计`, '按协商形式', '按月份']);
    const summary = Object.fromEntries(book[`${year}年协商统计`].slice(1) as [string, unknown][]);
    expect(summary).toMatchObject({
      '协商活动已召开（次）': 4,
      '协商活动筹备中（次）': 1,
      '意见建议（条）': 6,
      '反馈逾期（条）': 1,
      按期反馈率: '75%',
      办结率: '33.3%',
      '群众反映问题（个）': 3,
      '已解决问题（个）': 2,
      '不采纳（条）': 1,
      '联动参加委员（人次）': 0,
      '视察调研活动（次）': 0,
    });
    expect(book.按协商形式[0]).toEqual(['项目', '数值']);
    expect(book.按协商形式).toContainEqual(['请你来协商', 2]);
    expect(book.按协商形式).toContainEqual(['基层协商', 1]);
    expect(book.按月份.slice(3, 6)).toEqual([
      ['3月', 2],
      ['4月', 0],
      ['5月', 2],
    ]);
    // The overdue one is the staff's urgent to-do and the department's.
    expect(await todo(s.c.consult, 'consultation.overdue')).toBe(1);
    expect(await todo(s.c.unit, 'consultation.unitOverdue')).toBe(1);
  });
});
