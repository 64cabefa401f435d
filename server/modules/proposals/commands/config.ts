import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import type { Db } from '../../../db/client';
import {
  calendarOverrides,
  proposalCategories,
  proposalRejectReasons,
  proposalSettings,
} from '../../../db/schema';
import { notFound } from '../../../errors';
import { withIntegrityErrors } from '../../../platform/db-errors';
import type { CalendarDayInput, CatalogueInput, SettingsInput } from '../schemas-config';

const TABLES = {
  categories: { table: proposalCategories, column: 'name', what: '提案类别' },
  rejectReasons: { table: proposalRejectReasons, column: 'text', what: '不予立案理由' },
} as const;
export type ConfigList = keyof typeof TABLES;

/** Adds a category or rejection ground to the caller's committee (names are unique per committee). */
export async function addConfigItem(db: Db, actor: Actor, list: ConfigList, input: CatalogueInput) {
  const { table, column, what } = TABLES[list];
  const values = { committeeId: actor.committeeId, [column]: input.name, sortOrder: input.sortOrder ?? 0 };
  const [row] = await withIntegrityErrors(
    () =>
      db
        .insert(table)
        .values(values as never)
        .returning(),
    {
      duplicate: `${what}已存在`,
    },
  );
  return row;
}

/** Renames, reorders or retires one; a retired one stays on the proposals that used it. */
export async function updateConfigItem(
  db: Db,
  actor: Actor,
  list: ConfigList,
  id: number,
  input: Partial<CatalogueInput> & { active?: boolean },
) {
  const { table, column, what } = TABLES[list];
  const set = {
    ...(input.name !== undefined ? { [column]: input.name } : {}),
    ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}),
    ...(input.active !== undefined ? { active: input.active } : {}),
  };
  const rows = await withIntegrityErrors(
    () =>
      db
        .update(table)
        .set(set as never)
        .where(and(eq(table.id, id), eq(table.committeeId, actor.committeeId)))
        .returning(),
    { duplicate: `${what}已存在` },
  );
  if (!rows.length) throw notFound(what);
  return rows[0];
}

/** Sets the committee's deadlines and reply levels (one row per committee). */
export async function saveSettings(db: Db, actor: Actor, input: SettingsInput) {
  const [row] = await db
    .insert(proposalSettings)
    .values({ committeeId: actor.committeeId, ...input })
    .onConflictDoUpdate({ target: proposalSettings.committeeId, set: input })
    .returning();
  return row;
}

/** Marks a date as a local holiday or a worked day, replacing any earlier mark. */
export async function setCalendarDay(db: Db, actor: Actor, day: string, input: CalendarDayInput) {
  const [row] = await db
    .insert(calendarOverrides)
    .values({ committeeId: actor.committeeId, day, kind: input.kind, note: input.note })
    .onConflictDoUpdate({
      target: [calendarOverrides.committeeId, calendarOverrides.day],
      set: { kind: input.kind, note: input.note },
    })
    .returning();
  return row;
}

/** Returns a date to the official calendar. */
export async function clearCalendarDay(db: Db, actor: Actor, day: string) {
  const rows = await db
    .delete(calendarOverrides)
    .where(and(eq(calendarOverrides.committeeId, actor.committeeId), eq(calendarOverrides.day, day)))
    .returning();
  if (!rows.length) throw notFound('日历调整');
}
