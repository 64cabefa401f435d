import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notifications } from '../../db/schema';
import { EXPORT_LIMIT, offsetOf } from '../../http/paging';

export interface NotificationFilters {
  unread?: boolean;
}

/** The caller's delivered notifications: those held for the daily digest wait for it. */
const mineOf = (userId: number) => and(eq(notifications.userId, userId), eq(notifications.held, false))!;

const whereOf = (userId: number, f: NotificationFilters) => {
  const mine = mineOf(userId);
  return f.unread ? and(mine, isNull(notifications.readAt)) : mine;
};

/** The caller's notifications, newest first, with the unread count for the bell badge. */
export async function listNotifications(
  db: Db,
  userId: number,
  f: NotificationFilters & { page: number; pageSize: number },
) {
  const mine = mineOf(userId);
  const where = whereOf(userId, f);
  // The total and the badge's count in one statement: every page and bell of every user asks for both.
  const [items, [{ total, unread }]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.id))
      .limit(f.pageSize)
      .offset(offsetOf(f)),
    db
      .select({
        total: sql<number>`count(*) filter (where ${where})`.mapWith(Number),
        unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)`.mapWith(Number),
      })
      .from(notifications)
      .where(mine),
  ]);
  return { items, total, page: f.page, pageSize: f.pageSize, unread };
}

/** The same notifications unpaged (capped), for the .xlsx export. */
export function exportNotifications(db: Db, userId: number, f: NotificationFilters) {
  return db
    .select()
    .from(notifications)
    .where(whereOf(userId, f))
    .orderBy(desc(notifications.id))
    .limit(EXPORT_LIMIT);
}

/** Marks one of the caller's notifications read; false when it is not theirs. */
export async function markRead(db: Db, userId: number, id: number): Promise<boolean> {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), mineOf(userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  if (rows.length) return true;
  const [existing] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.id, id), mineOf(userId)));
  return Boolean(existing);
}

/** Marks every unread notification of the caller read; returns how many changed. */
export async function markAllRead(db: Db, userId: number): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(mineOf(userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
