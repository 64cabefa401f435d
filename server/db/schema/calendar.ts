import { date, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { CalendarOverrideKind } from '../../../domain/proposals';
import { createdAt, id } from './columns';
import { committeeRef } from './committees';

/**
 * A committee's changes to the official holiday calendar (a local holiday, or a day worked):
 * deadlines in working days read the official calendar first, then these rows.
 */
export const calendarOverrides = pgTable(
  'calendar_overrides',
  {
    id: id(),
    committeeId: committeeRef(),
    day: date('day').notNull(),
    /** domain/proposals CALENDAR_OVERRIDE_KINDS: 'holiday' or 'workday'. */
    kind: text('kind').$type<CalendarOverrideKind>().notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('calendar_overrides_committee_day_uq').on(t.committeeId, t.day),
    index('calendar_overrides_day_idx').on(t.day),
  ],
);
