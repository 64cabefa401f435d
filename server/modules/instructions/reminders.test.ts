import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlingUnits, users } from '../../db/schema';
import { createTestApp, type TestApp } from '../../test/app';
import { countingTransactions } from '../../test/counting-transactions';
import { notificationCount } from '../../test/notifications';
import { expectOk, type OpinionWorld, opinionWorld, sentIssue } from '../opinion-reports/test-opinions';
import { runInstructionReminders } from './reminders';

let t: TestApp;
let ow: OpinionWorld;
let id: number;
let unit2: number;
beforeAll(async () => {
  t = await createTestApp();
  ow = await opinionWorld(t, 'ir');
  const [u] = await t.ctx.handle.db
    .insert(handlingUnits)
    .values({ committeeId: ow.w.committeeId, name: 'ir民政局', kind: '政府部门' })
    .returning();
  unit2 = u.id;
  const issueId = await sentIssue(ow);
  const created = await expectOk(
    ow.c.leader.post('/api/instructions', {
      subjectType: 'bulletinIssue',
      subjectId: issueId,
      level: 'county',
      text: '请尽快研究落实。',
      instructedOn: '2026-03-01',
      dueOn: '2026-03-20',
      unitIds: [ow.w.unitId, unit2],
    }),
    201,
  );
  id = created.id;
});
afterAll(() => t.close());

/** Noon in Beijing on a day. */
const noon = (day: string) => new Date(`${day}T12:00:00+08:00`);
const notes = (username: string, kind: string) => notificationCount(t.ctx.handle.db, username, kind);

describe('批示 feedback reminders', () => {
  it('remind each owing unit once three days before the due date and once when overdue, the office too then', async () => {
    const db = t.ctx.handle.db;
    expect(await runInstructionReminders(db, noon('2026-03-10'))).toBe(0);
    expect(await runInstructionReminders(db, noon('2026-03-17'))).toBe(2);
    // Both units were reminded for this threshold: the rerun passes them over without a transaction.
    const counted = countingTransactions(db);
    expect(await runInstructionReminders(counted.db, noon('2026-03-18'))).toBe(0);
    expect(counted.opened()).toBe(0);
    expect(await notes(ow.w.users.unit, 'instruction.dueSoon')).toBe(1);
    await expectOk(ow.c.unit.post(`/api/instructions/${id}/feedback`, { feedback: '已落实。' }));
    // Past the due date only the unit still owing is reminded, and the office hears of it.
    expect(await runInstructionReminders(db, noon('2026-03-21'))).toBe(1);
    expect(await runInstructionReminders(db, noon('2026-03-25'))).toBe(0);
    expect(await notes(ow.w.users.unit, 'instruction.overdue')).toBe(0);
    const editor = (await db.select().from(users).where(eq(users.displayName, '社情民意信息工作人员')))[0];
    expect(await notes(editor.username, 'instruction.overdue')).toBe(1);
    const view = await expectOk(ow.c.editor.get(`/api/instructions/${id}`));
    expect(
      view.timeline
        .filter((e: { action: string }) => e.action === 'reminder')
        .map((e: { note: string }) => e.note),
    ).toEqual(['反馈即将到期', '反馈即将到期', '反馈已逾期']);
  });
});
