import { and, eq, inArray } from 'drizzle-orm';
import { preferenceKindOf } from '../../../domain/notifications';
import type { DbOrTx } from '../../db/client';
import { notificationPreferences, notifications } from '../../db/schema';
import { now } from '../../platform/clock';

export interface NotificationInput {
  committeeId: number;
  userIds: Iterable<number>;
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
}

/** The recipients who asked for this kind in their daily digest rather than at once. */
async function digestRecipients(db: DbOrTx, userIds: number[], kind: string): Promise<Set<number>> {
  const preference = preferenceKindOf(kind);
  if (preference === null) return new Set();
  const rows = await db
    .select({ userId: notificationPreferences.userId })
    .from(notificationPreferences)
    .where(
      and(
        inArray(notificationPreferences.userId, userIds),
        eq(notificationPreferences.kind, preference),
        eq(notificationPreferences.mode, 'daily'),
      ),
    );
  return new Set(rows.map((r) => r.userId));
}

/**
 * Writes one notification per distinct recipient, held for the daily digest where the recipient
 * chose so for its kind. Call it inside the transaction of the step that causes it, so a
 * rolled-back step never leaves a notification behind.
 */
export async function notifyUsers(db: DbOrTx, input: NotificationInput): Promise<number> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return 0;
  const held = await digestRecipients(db, userIds, input.kind);
  // The clock, not the column default: a demo seed replaying a step at its historical time
  // (atTime) dates the notice then.
  const createdAt = now();
  await db.insert(notifications).values(
    userIds.map((userId) => ({
      committeeId: input.committeeId,
      userId,
      kind: input.kind,
      title: input.title,
      body: input.body ?? null,
      link: input.link ?? null,
      held: held.has(userId),
      createdAt,
    })),
  );
  return userIds.length;
}
