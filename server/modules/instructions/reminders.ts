import { and, eq, inArray, lte } from 'drizzle-orm';
import { INSTRUCTION_REMIND_DAYS, type InstructionReminder } from '../../../domain/instructions';
import type { Db } from '../../db/client';
import { instructionReminders, instructions, instructionUnits, users } from '../../db/schema';
import { nextDay, shanghaiDate } from '../../lib/working-days';
import { appendEvent } from '../../platform/events';
import type { JobSpec } from '../../platform/jobs';
import { remindedThresholds } from '../../platform/reminders';
import { notifyUsers } from '../notifications/notify';
import { officeOf } from './commands/feedback';

const HOUR_MS = 3_600_000;

/** The day `n` calendar days after `day` (Beijing dates). */
function daysAfter(day: string, n: number): string {
  let d = day;
  for (let i = 0; i < n; i++) d = nextDay(d);
  return d;
}

/** Unit parts still owing feedback on open 批示 due within the reminder window (or past it). */
function owing(db: Db, until: string) {
  return db
    .select({
      part: instructionUnits,
      i: instructions,
      reminded: remindedThresholds(
        {
          subject: instructionReminders.unitPartId,
          due: instructionReminders.dueOn,
          threshold: instructionReminders.threshold,
        },
        instructionUnits.id,
        instructions.dueOn,
      ),
    })
    .from(instructionUnits)
    .innerJoin(instructions, eq(instructions.id, instructionUnits.instructionId))
    .where(
      and(
        eq(instructions.status, 'open'),
        inArray(instructionUnits.state, ['pending', 'returned']),
        lte(instructions.dueOn, until),
      ),
    );
}

/**
 * 反馈提醒: a unit still owing feedback hears of it once three days before the due date and once
 * when it is overdue (then the office too); a unique row per part, date and threshold makes the
 * hourly reruns silent. Each part in its own transaction. Returns how many reminders went out.
 */
export async function runInstructionReminders(db: Db, at: Date = new Date()): Promise<number> {
  const today = shanghaiDate(at);
  let sent = 0;
  for (const { part, i, reminded } of await owing(db, daysAfter(today, INSTRUCTION_REMIND_DAYS))) {
    const threshold: InstructionReminder = i.dueOn < today ? 'overdue' : 'dueSoon';
    if (reminded.includes(threshold)) continue;
    sent += await db.transaction(async (tx) => {
      const fresh = await tx
        .insert(instructionReminders)
        .values({ committeeId: i.committeeId, unitPartId: part.id, dueOn: i.dueOn, threshold, sentAt: at })
        .onConflictDoNothing()
        .returning({ id: instructionReminders.id });
      if (fresh.length === 0) return 0;
      const unit = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.handlingUnitId, part.unitId), eq(users.active, true)));
      const office = threshold === 'overdue' ? await officeOf(tx, i.committeeId, i.subjectType) : [];
      await notifyUsers(tx, {
        committeeId: i.committeeId,
        userIds: [...unit.map((u) => u.id), ...office],
        kind: `instruction.${threshold}`,
        title: `${threshold === 'overdue' ? '批示反馈已逾期' : '批示反馈即将到期'}：${i.subjectTitle}`,
        body: `${i.leaderName}批示，反馈期限 ${i.dueOn}`,
        link: `/instructions/${i.id}`,
      });
      await appendEvent(tx, 'system', {
        committeeId: i.committeeId,
        subjectType: 'instruction',
        subjectId: i.id,
        action: 'reminder',
        note: threshold === 'overdue' ? '反馈已逾期' : '反馈即将到期',
        data: { unitId: part.unitId, threshold },
        at,
      });
      return 1;
    });
  }
  return sent;
}

/** Hourly, through the platform's scheduler. */
export const instructionRemindersJob: JobSpec = {
  name: 'instruction-reminders',
  label: '批示反馈提醒',
  everyMs: HOUR_MS,
  run: (ctx, at) => runInstructionReminders(ctx.handle.db, at),
};
