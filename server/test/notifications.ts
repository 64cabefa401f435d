import { and, count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { notifications, users } from '../db/schema';

/** How many notifications of one kind an account (by username) has received. */
export async function notificationCount(db: Db, username: string, kind: string): Promise<number> {
  const [u] = await db.select().from(users).where(eq(users.username, username));
  const [{ n }] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, u.id), eq(notifications.kind, kind)));
  return n;
}
