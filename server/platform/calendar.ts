import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { calendarOverrides } from '../db/schema';
import type { CalendarOverrideMap } from '../lib/working-days';

/**
 * The committee's own holidays and worked days on top of the official calendar, for deadline
 * arithmetic in working days (proposal handling, leave requests, feedback due dates …).
 */
export async function calendarOverridesFor(db: DbOrTx, committeeId: number): Promise<CalendarOverrideMap> {
  const rows = await db
    .select({ day: calendarOverrides.day, kind: calendarOverrides.kind })
    .from(calendarOverrides)
    .where(eq(calendarOverrides.committeeId, committeeId));
  return new Map(rows.map((r) => [r.day, r.kind as 'holiday' | 'workday']));
}

/** The committee's calendar marks with their notes, in date order, for the configuration page. */
export function listCalendarDays(db: DbOrTx, committeeId: number) {
  return db
    .select({ day: calendarOverrides.day, kind: calendarOverrides.kind, note: calendarOverrides.note })
    .from(calendarOverrides)
    .where(eq(calendarOverrides.committeeId, committeeId))
    .orderBy(asc(calendarOverrides.day));
}
