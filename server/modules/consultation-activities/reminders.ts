import { and, eq, lte } from 'drizzle-orm';
import { SUGGESTION_REMIND_DAYS, type SuggestionReminder } from '../../../domain/consultation-suggestions';
import type { Db } from '../../db/client';
import { consultationReminders, consultationSuggestions } from '../../db/schema';
import { nextDay, shanghaiDate } from '../../lib/working-days';
import { appendEvent } from '../../platform/events';
import type { JobSpec } from '../../platform/jobs';
import { remindedThresholds } from '../../platform/reminders';
import { notifyUsers } from '../notifications/notify';
import { consultationStaffOf, unitAccounts } from './transitions';

const HOUR_MS = 3_600_000;

function daysAfter(day: string, n: number): string {
  let d = day;
  for (let i = 0; i < n; i++) d = nextDay(d);
  return d;
}

/**
 * 反馈提醒: a department still owing feedback on a suggestion hears of it once three days before the
 * due date and once when it is overdue (then the consultation staff too); a unique row per
 * suggestion, due date and threshold makes the hourly reruns silent, and a new due date (改派)
 * reminds again. Each suggestion in its own transaction. Returns how many reminders went out.
 */
export async function runSuggestionReminders(db: Db, at: Date = new Date()): Promise<number> {
  const today = shanghaiDate(at);
  const r = consultationReminders;
  const owing = await db
    .select({
      s: consultationSuggestions,
      reminded: remindedThresholds(
        { subject: r.suggestionId, due: r.dueOn, threshold: r.threshold },
        consultationSuggestions.id,
        consultationSuggestions.dueOn,
      ),
    })
    .from(consultationSuggestions)
    .where(
      and(
        eq(consultationSuggestions.status, 'sent'),
        lte(consultationSuggestions.dueOn, daysAfter(today, SUGGESTION_REMIND_DAYS)),
      ),
    );
  let sent = 0;
  for (const { s, reminded } of owing) {
    const threshold: SuggestionReminder = s.dueOn < today ? 'overdue' : 'dueSoon';
    if (reminded.includes(threshold)) continue;
    sent += await db.transaction(async (tx) => {
      const fresh = await tx
        .insert(consultationReminders)
        .values({ committeeId: s.committeeId, suggestionId: s.id, dueOn: s.dueOn, threshold, sentAt: at })
        .onConflictDoNothing()
        .returning({ id: consultationReminders.id });
      if (fresh.length === 0) return 0;
      const staff = threshold === 'overdue' ? await consultationStaffOf(tx, s.committeeId) : [];
      await notifyUsers(tx, {
        committeeId: s.committeeId,
        userIds: [...(await unitAccounts(tx, s.unitId)), ...staff],
        kind: `consultationSuggestion.${threshold}`,
        title: `${threshold === 'overdue' ? '意见建议反馈已逾期' : '意见建议反馈即将到期'}：${s.text.slice(0, 30)}`,
        body: `反馈期限 ${s.dueOn}`,
        link: `/consultation-suggestions/${s.id}`,
      });
      await appendEvent(tx, 'system', {
        committeeId: s.committeeId,
        subjectType: 'consultationSuggestion',
        subjectId: s.id,
        action: 'reminder',
        note: threshold === 'overdue' ? '反馈已逾期' : '反馈即将到期',
        data: { unitId: s.unitId, threshold },
        at,
      });
      return 1;
    });
  }
  return sent;
}

/** Hourly, through the platform's scheduler. */
export const suggestionRemindersJob: JobSpec = {
  name: 'consultation-suggestion-reminders',
  label: '意见建议反馈提醒',
  everyMs: HOUR_MS,
  run: (ctx, at) => runSuggestionReminders(ctx.handle.db, at),
};
