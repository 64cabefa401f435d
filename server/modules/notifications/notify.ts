import type { DbOrTx } from '../../db/client';
import { notifications } from '../../db/schema';

export interface NotificationInput {
  committeeId: number;
  userIds: Iterable<number>;
  kind: string;
  title: string;
  body?: string | null;
  link?: string | null;
}

/**
 * Writes one notification per distinct recipient. Call it inside the transaction of the step
 * that causes it, so a rolled-back step never leaves a notification behind.
 */
export async function notifyUsers(db: DbOrTx, input: NotificationInput): Promise<number> {
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return 0;
  await db.insert(notifications).values(
    userIds.map((userId) => ({
      committeeId: input.committeeId,
      userId,
      kind: input.kind,
      title: input.title,
      body: input.body ?? null,
      link: input.link ?? null,
    })),
  );
  return userIds.length;
}
