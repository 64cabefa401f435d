import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, proposalAssignments, proposalDeadlineReminders, users } from '../db/schema';
import { isWorkingDay } from '../lib/working-days';
import { assignedProposal, notesAbout } from '../modules/proposals/test-handling';
import { type ProposalWorld, proposalWorld, step } from '../modules/proposals/test-world';
import { subjectEvents } from '../platform/events';
import { createTestApp, type TestApp } from '../test/app';
import { countingTransactions } from '../test/counting-transactions';
import { runDeadlineReminders, thresholdFor } from './deadline-reminders';

let t: TestApp;
let pw: ProposalWorld;
beforeAll(async () => {
  t = await createTestApp();
  pw = await proposalWorld(t, 'j');
});
afterAll(() => t.close());

const db = () => t.ctx.handle.db;
const NONE = new Map<string, 'holiday' | 'workday'>();
/** 10:00 Beijing time on a date. */
const at = (day: string) => new Date(`${day}T02:00:00Z`);

describe('thresholdFor', () => {
  it('picks the most urgent reminder only, counting working days over the official calendar', () => {
    // Due Friday 16 Oct 2026; seen on Friday 2 Oct (国庆): 8, 9, 10 (调休), 12–16 Oct are 8 working days.
    expect(thresholdFor('2026-10-16', '2026-10-02', 10, NONE)).toEqual({ threshold: 'early', left: 8 });
    expect(thresholdFor('2026-10-16', '2026-10-13', 10, NONE)).toEqual({ threshold: 'final', left: 3 });
    expect(thresholdFor('2026-10-16', '2026-10-16', 10, NONE)).toEqual({ threshold: 'final', left: 0 });
    expect(thresholdFor('2026-10-16', '2026-10-17', 10, NONE)).toEqual({ threshold: 'overdue', left: 0 });
    expect(thresholdFor('2026-10-16', '2026-09-25', 10, NONE)).toBeNull();
  });
});

describe('runDeadlineReminders', () => {
  it('sends one reminder per assignment and threshold, however often it runs, then the overdue notice', async () => {
    const p = await assignedProposal(pw, 'leadCo');
    const ids = p.assignments.map((a: { id: number }) => a.id);
    // A deadline of Friday 16 October 2026 (after the 国庆 holiday), whatever today is.
    await db()
      .update(proposalAssignments)
      .set({ dueDate: '2026-10-16' })
      .where(inArray(proposalAssignments.id, ids));
    const reminders = () =>
      db()
        .select()
        .from(proposalDeadlineReminders)
        .where(inArray(proposalDeadlineReminders.assignmentId, ids));

    expect(await runDeadlineReminders(db(), at('2026-09-25'))).toBe(0);
    await runDeadlineReminders(db(), at('2026-10-02'));
    // Both were reminded early: the rerun passes them over without a transaction each.
    const counted = countingTransactions(db());
    expect(await runDeadlineReminders(counted.db, at('2026-10-02'))).toBe(0);
    expect(counted.opened()).toBe(0);
    expect((await reminders()).map((r) => r.threshold)).toEqual(['early', 'early']);
    const unitNotes = (await notesAbout(pw.c.unit, p.id)).filter(
      (n) => n.kind === 'proposal.deadlineReminder',
    );
    expect(unitNotes).toHaveLength(1);
    expect(unitNotes[0].body).toBe('办理时限为 2026-10-16，还剩 8 个工作日，请按时答复');
    const coNotes = (await notesAbout(pw.c.unit2, p.id)).filter(
      (n) => n.kind === 'proposal.deadlineReminder',
    );
    expect(coNotes[0].body).toBe('办理时限为 2026-10-16，还剩 8 个工作日，请按时提交会办意见');

    // The 会办 unit signs and sends its views: it owes nothing more and is not reminded again.
    await step(pw.c.unit2, p.id, 'accept');
    await step(pw.c.unit2, p.id, 'opinions', { body: '同意主办单位意见' });
    await runDeadlineReminders(db(), at('2026-10-13'));
    await runDeadlineReminders(db(), at('2026-10-14'));
    expect((await reminders()).map((r) => `${r.assignmentId}:${r.threshold}`).sort()).toEqual(
      [`${ids[0]}:early`, `${ids[0]}:final`, `${ids[1]}:early`].sort(),
    );

    expect(isWorkingDay('2026-10-19')).toBe(true);
    await runDeadlineReminders(db(), at('2026-10-19'));
    await runDeadlineReminders(db(), at('2026-10-20'));
    const overdue = (await reminders()).filter((r) => r.threshold === 'overdue');
    expect(overdue.map((r) => r.assignmentId)).toEqual([ids[0]]);
    const staffNote = (await notesAbout(pw.c.staff, p.id)).find((n) => n.kind === 'proposal.overdueNotice');
    expect(staffNote?.body).toBe('j教育局已超过办理时限 2026-10-16，尚未答复');
    const [unitUser] = await db().select().from(users).where(eq(users.username, pw.w.users.unit));
    const unitRows = await db().select().from(notifications).where(eq(notifications.userId, unitUser.id));
    expect(
      unitRows
        .filter((n) => n.link === `/proposals/${p.id}`)
        .map((n) => n.kind)
        .sort(),
    ).toEqual(
      [
        'proposal.assign',
        'proposal.deadlineReminder',
        'proposal.sendOpinion',
        'proposal.deadlineReminder',
        'proposal.overdueNotice',
      ].sort(),
    );
    const timeline = await subjectEvents(db(), 'proposal', p.id);
    const jobEvents = timeline.filter((e) => e.actorUserId === null);
    expect(jobEvents.map((e) => e.action)).toEqual([
      'deadlineReminder',
      'deadlineReminder',
      'deadlineReminder',
      'overdueNotice',
    ]);
    expect(jobEvents.every((e) => e.actorName === '系统')).toBe(true);
    // The 会办 unit's signature started 办理中 between the early and the final reminders.
    expect(jobEvents.map((e) => e.toStatus)).toEqual(['assigned', 'assigned', 'handling', 'handling']);
  });

  it('reminds again for a deadline moved by an approved extension, and never after the reply', async () => {
    const p = await assignedProposal(pw);
    const [a] = p.assignments;
    await db()
      .update(proposalAssignments)
      .set({ dueDate: '2026-10-16' })
      .where(eq(proposalAssignments.id, a.id));
    await runDeadlineReminders(db(), at('2026-10-14'));
    await db()
      .update(proposalAssignments)
      .set({ dueDate: '2026-10-30' })
      .where(eq(proposalAssignments.id, a.id));
    await runDeadlineReminders(db(), at('2026-10-27'));
    const sent = await db()
      .select()
      .from(proposalDeadlineReminders)
      .where(eq(proposalDeadlineReminders.assignmentId, a.id));
    expect(sent.map((r) => `${r.dueDate}:${r.threshold}`)).toEqual(['2026-10-16:final', '2026-10-30:final']);

    await db()
      .update(proposalAssignments)
      .set({ repliedAt: new Date() })
      .where(eq(proposalAssignments.id, a.id));
    await runDeadlineReminders(db(), at('2026-11-02'));
    const after = await db()
      .select()
      .from(proposalDeadlineReminders)
      .where(eq(proposalDeadlineReminders.assignmentId, a.id));
    expect(after).toHaveLength(2);
  });
});
