import { and, eq, inArray, lte, or } from 'drizzle-orm';
import { FINAL_REMINDER_WORKING_DAYS, type ReminderThreshold } from '../../domain/proposal-handling';
import type { Db } from '../db/client';
import {
  handlingUnits,
  proposalAssignments,
  proposalDeadlineReminders,
  proposals,
  users,
} from '../db/schema';
import { addWorkingDays, type CalendarOverrideMap, shanghaiDate } from '../lib/working-days';
import { notifyUsers } from '../modules/notifications/notify';
import { proposalStaffOf } from '../modules/proposals/audience';
import { proposalSettingsFor } from '../modules/proposals/config';
import { HANDLING_STATUSES, owesWork, workingDaysBetween } from '../modules/proposals/deadlines';
import { calendarOverridesFor } from '../platform/calendar';
import { appendEvent } from '../platform/events';
import type { JobSpec } from '../platform/jobs';
import { remindedThresholds } from '../platform/reminders';

const HOUR_MS = 3_600_000;
const pa = proposalAssignments;
/** Assignments still owing their reply or views on a proposal that is being handled. */
const open = and(eq(pa.state, 'active'), owesWork, inArray(proposals.status, [...HANDLING_STATUSES]))!;

/**
 * The reminder an assignment is due for on `today`, if any: the overdue notice once the date has
 * passed, the final one within FINAL_REMINDER_WORKING_DAYS, the early one within the committee's
 * `remindBeforeWorkingDays`. Only the most urgent applies, so a late start never sends a stale one.
 */
export function thresholdFor(
  dueDate: string,
  today: string,
  remindBefore: number,
  overrides: CalendarOverrideMap,
): { threshold: ReminderThreshold; left: number } | null {
  if (dueDate < today) return { threshold: 'overdue', left: 0 };
  const left = workingDaysBetween(today, dueDate, overrides);
  if (left <= FINAL_REMINDER_WORKING_DAYS) return { threshold: 'final', left };
  if (left <= remindBefore) return { threshold: 'early', left };
  return null;
}

async function committeesWithOpenWork(db: Db): Promise<number[]> {
  const rows = await db
    .selectDistinct({ id: pa.committeeId })
    .from(pa)
    .innerJoin(proposals, eq(proposals.id, pa.proposalId))
    .where(open);
  return rows.map((r) => r.id);
}

function candidates(db: Db, committeeId: number, cutoff: string) {
  return db
    .select({
      a: pa,
      title: proposals.title,
      status: proposals.status,
      unitName: handlingUnits.name,
      reminded: remindedThresholds(
        {
          subject: proposalDeadlineReminders.assignmentId,
          due: proposalDeadlineReminders.dueDate,
          threshold: proposalDeadlineReminders.threshold,
        },
        pa.id,
        pa.dueDate,
      ),
    })
    .from(pa)
    .innerJoin(proposals, eq(proposals.id, pa.proposalId))
    .innerJoin(handlingUnits, eq(handlingUnits.id, pa.unitId))
    .where(and(eq(pa.committeeId, committeeId), open, lte(pa.dueDate, cutoff)));
}

type Candidate = Awaited<ReturnType<typeof candidates>>[number];

/** What the unit, the staff (overdue only) and the timeline are told. */
function texts(c: Candidate, t: { threshold: ReminderThreshold; left: number }) {
  const due = c.a.dueDate;
  const owed = c.a.mode === 'cooperating' ? '提交会办意见' : '答复';
  if (t.threshold === 'overdue') {
    return {
      title: `逾期提示：${c.title}`,
      body: `办理时限 ${due} 已过，请尽快${owed}`,
      note: `${c.unitName}已超过办理时限 ${due}，尚未${owed}`,
    };
  }
  return {
    title: `办理时限提醒：${c.title}`,
    body: `办理时限为 ${due}，还剩 ${t.left} 个工作日，请按时${owed}`,
    note: `${c.unitName}距办理时限 ${due} 还有 ${t.left} 个工作日`,
  };
}

/**
 * Sends one reminder in its own transaction. The unique (assignment, deadline, threshold) row is
 * inserted first: if it exists already, nothing else happens, so repeated runs stay silent.
 */
async function remind(db: Db, c: Candidate, t: { threshold: ReminderThreshold; left: number }, now: Date) {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(proposalDeadlineReminders)
      .values({
        committeeId: c.a.committeeId,
        assignmentId: c.a.id,
        dueDate: c.a.dueDate,
        threshold: t.threshold,
        sentAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: proposalDeadlineReminders.id });
    if (inserted.length === 0) return false;
    await tx.update(pa).set({ remindedAt: now }).where(eq(pa.id, c.a.id));
    const overdue = t.threshold === 'overdue';
    const unitAccount = eq(users.handlingUnitId, c.a.unitId);
    const staff = proposalStaffOf(tx, c.a.committeeId);
    const recipients = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.active, true), overdue ? or(unitAccount, staff) : unitAccount));
    const text = texts(c, t);
    await notifyUsers(tx, {
      committeeId: c.a.committeeId,
      userIds: recipients.map((r) => r.id),
      kind: overdue ? 'proposal.overdueNotice' : 'proposal.deadlineReminder',
      title: text.title,
      body: overdue ? text.note : text.body,
      link: `/proposals/${c.a.proposalId}`,
    });
    await appendEvent(tx, 'system', {
      committeeId: c.a.committeeId,
      subjectType: 'proposal',
      subjectId: c.a.proposalId,
      action: overdue ? 'overdueNotice' : 'deadlineReminder',
      fromStatus: c.status,
      toStatus: c.status,
      note: text.note,
      data: { assignmentId: c.a.id, unitId: c.a.unitId, threshold: t.threshold, dueDate: c.a.dueDate },
      at: now,
    });
    return true;
  });
}

/**
 * Reminds units of their deadlines (办理时限) and flags overdue ones, as of `now`: one reminder
 * per assignment, deadline and threshold however often it runs. Returns how many were sent.
 */
export async function runDeadlineReminders(db: Db, now: Date = new Date()): Promise<number> {
  const today = shanghaiDate(now);
  let sent = 0;
  for (const committeeId of await committeesWithOpenWork(db)) {
    const [settings, overrides] = await Promise.all([
      proposalSettingsFor(db, committeeId),
      calendarOverridesFor(db, committeeId),
    ]);
    const early = settings.remindBeforeWorkingDays;
    const cutoff = addWorkingDays(today, Math.max(early, FINAL_REMINDER_WORKING_DAYS), overrides);
    for (const c of await candidates(db, committeeId, cutoff)) {
      const t = thresholdFor(c.a.dueDate, today, early, overrides);
      if (t && !c.reminded.includes(t.threshold) && (await remind(db, c, t, now))) sent++;
    }
  }
  return sent;
}

/** Hourly: the reminders of every committee, as a job of the platform's scheduler. */
export const deadlineRemindersJob: JobSpec = {
  name: 'proposal-deadline-reminders',
  label: '办理时限提醒',
  everyMs: HOUR_MS,
  run: (ctx, now) => runDeadlineReminders(ctx.handle.db, now),
};
