import { and, eq, lt } from 'drizzle-orm';
import {
  DIGEST_HOUR,
  DIGEST_KIND,
  notificationKindLabel,
  preferenceKindOf,
} from '../../../domain/notifications';
import type { Db } from '../../db/client';
import { notifications } from '../../db/schema';
import type { JobSpec } from '../../platform/jobs';

const HOUR_MS = 3_600_000;
const BEIJING_OFFSET_MS = 8 * HOUR_MS;
/** Titles listed in a digest before it says 等; the rest are in the notification list. */
const LISTED_TITLES = 5;

/** The last digest time (DIGEST_HOUR o'clock, Beijing) at or before `now`. */
export function digestCutoff(now: Date): Date {
  const beijing = new Date(now.getTime() + BEIJING_OFFSET_MS);
  const today = Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate(), DIGEST_HOUR);
  const cutoff = beijing.getTime() >= today ? today : today - 24 * HOUR_MS;
  return new Date(cutoff - BEIJING_OFFSET_MS);
}

interface HeldRow {
  userId: number;
  committeeId: number;
  kind: string;
  title: string;
}

/** One digest's text: how many of each kind, then the first titles. */
function digestOf(rows: HeldRow[]) {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const label = notificationKindLabel(preferenceKindOf(r.kind) ?? '');
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const summary = [...counts].map(([label, n]) => `${label} ${n} 条`).join('；');
  const titles = rows.slice(0, LISTED_TITLES).map((r) => `· ${r.title}`);
  if (rows.length > LISTED_TITLES) titles.push(`等共 ${rows.length} 条`);
  return { title: `每日通知摘要：${rows.length} 条`, body: `${summary}\n${titles.join('\n')}` };
}

/**
 * Delivers what was held for the digest up to the last digest time: per user one digest
 * notification (unread, in the bell) and the held ones released into the list as read, so the
 * bell rings once a day for those kinds. Reruns find nothing left to send.
 */
export async function sendDailyDigests(db: Db, now: Date): Promise<number> {
  const cutoff = digestCutoff(now);
  return db.transaction(async (tx) => {
    const released = await tx
      .update(notifications)
      .set({ held: false, readAt: now })
      .where(and(eq(notifications.held, true), lt(notifications.createdAt, cutoff)))
      .returning({
        id: notifications.id,
        userId: notifications.userId,
        committeeId: notifications.committeeId,
        kind: notifications.kind,
        title: notifications.title,
      });
    const byUser = new Map<number, typeof released>();
    for (const r of released.sort((a, b) => a.id - b.id)) {
      byUser.set(r.userId, [...(byUser.get(r.userId) ?? []), r]);
    }
    if (byUser.size === 0) return 0;
    await tx.insert(notifications).values(
      [...byUser.values()].map((rows) => ({
        committeeId: rows[0].committeeId,
        userId: rows[0].userId,
        kind: DIGEST_KIND,
        link: '/notifications',
        ...digestOf(rows),
      })),
    );
    return byUser.size;
  });
}

/** Hourly; each run sends what the last digest time covers, so a missed hour catches up. */
export const notificationDigestJob: JobSpec = {
  name: 'notification-digest',
  label: '每日通知摘要',
  everyMs: HOUR_MS,
  run: (ctx, now) => sendDailyDigests(ctx.handle.db, now),
};
