import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { deliberations, events, members, users } from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import { appendEvent } from '../../platform/events';
import type { JobSpec } from '../../platform/jobs';
import { notifyUsers } from '../notifications/notify';

const HOUR_MS = 3_600_000;

/** The accounts of the committee's serving members: those who post in its hall. */
async function memberAccounts(db: DbOrTx, committeeId: number): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(members, eq(members.id, users.memberId))
    .where(
      and(
        eq(users.committeeId, committeeId),
        eq(users.role, 'member'),
        eq(users.active, true),
        eq(members.status, 'active'),
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * 议题开始征集: once a topic's period has begun (open, opening day reached, not yet past), the
 * committee's members hear of it, once: the `announce` event on the topic's timeline marks it told,
 * so the hourly reruns are silent and a topic published ahead of its opening day is announced on
 * that day. Each topic in its own transaction, its row locked against a second process. Returns how
 * many topics were announced.
 */
export async function announceOpenedTopics(db: Db, at: Date = new Date()): Promise<number> {
  const today = shanghaiDate(at);
  const due = await db
    .select({ id: deliberations.id })
    .from(deliberations)
    .where(
      and(
        eq(deliberations.status, 'open'),
        lte(deliberations.opensOn, today),
        gte(deliberations.closesOn, today),
        sql`not exists (select 1 from ${events} e where e.subject_type = 'deliberation'
          and e.subject_id = ${deliberations.id} and e.action = 'announce')`,
      ),
    );
  let told = 0;
  for (const { id } of due) {
    told += await db.transaction(async (tx) => {
      const [d] = await tx.select().from(deliberations).where(eq(deliberations.id, id)).for('update');
      const [done] = await tx
        .select({ id: events.id })
        .from(events)
        .where(
          and(
            eq(events.subjectType, 'deliberation'),
            eq(events.subjectId, id),
            eq(events.action, 'announce'),
          ),
        );
      if (done) return 0;
      const userIds = await memberAccounts(tx, d.committeeId);
      await notifyUsers(tx, {
        committeeId: d.committeeId,
        userIds,
        kind: 'deliberation.open',
        title: `网络议政开始征集：${d.title.slice(0, 30)}`,
        body: `征集时间 ${d.opensOn} 至 ${d.closesOn}，欢迎建言献策`,
        link: `/deliberations/${id}`,
      });
      await appendEvent(tx, 'system', {
        committeeId: d.committeeId,
        subjectType: 'deliberation',
        subjectId: id,
        action: 'announce',
        note: `已通知委员 ${userIds.length} 人`,
        data: { members: userIds.length },
        at,
      });
      return 1;
    });
  }
  return told;
}

/** Hourly, through the platform's scheduler. */
export const deliberationOpeningsJob: JobSpec = {
  name: 'deliberation-openings',
  label: '网络议政议题开始征集通知',
  everyMs: HOUR_MS,
  run: (ctx, at) => announceOpenedTopics(ctx.handle.db, at),
};
