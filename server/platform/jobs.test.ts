import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authSessions, scheduledJobs, users } from '../db/schema';
import { JOBS } from '../jobs';
import { createTestApp, type TestApp } from '../test/app';
import { createWorld } from '../test/factories';
import { claimJob, type JobSpec, runDueJobs } from './jobs';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const quiet = () => {};

function countingJob(name: string, fail = false) {
  const runs: Date[] = [];
  const job: JobSpec = {
    name,
    label: name,
    everyMs: HOUR,
    run: async (_ctx, now) => {
      runs.push(now);
      if (fail) throw new Error('磁盘已满');
    },
  };
  return { job, runs };
}

async function register(job: JobSpec, at: Date) {
  await t.ctx.handle.db.insert(scheduledJobs).values({ name: job.name, nextRunAt: at }).onConflictDoNothing();
}

describe('the job scheduler', () => {
  it('runs a due job once however many processes look at the same moment', async () => {
    const { job, runs } = countingJob('once');
    const at = new Date('2026-03-02T01:00:00Z');
    await register(job, at);
    // Three app processes on one database, each with its own scheduler pass.
    const ran = await Promise.all([1, 2, 3].map(() => runDueJobs(t.ctx, [job], quiet, at)));
    expect(ran.reduce((a, b) => a + b, 0)).toBe(1);
    expect(runs).toHaveLength(1);
  });

  it('runs it again only once its period has passed', async () => {
    const { job, runs } = countingJob('hourly');
    const start = new Date('2026-03-02T01:00:00Z');
    await register(job, start);
    await runDueJobs(t.ctx, [job], quiet, start);
    await runDueJobs(t.ctx, [job], quiet, new Date(start.getTime() + HOUR / 2));
    await runDueJobs(t.ctx, [job], quiet, new Date(start.getTime() + HOUR));
    expect(runs.map((d) => d.toISOString())).toEqual([
      '2026-03-02T01:00:00.000Z',
      '2026-03-02T02:00:00.000Z',
    ]);
    const [row] = await t.ctx.handle.db.select().from(scheduledJobs).where(eq(scheduledJobs.name, 'hourly'));
    expect(row.runs).toBe(2);
    expect(row.nextRunAt.toISOString()).toBe('2026-03-02T03:00:00.000Z');
  });

  it('keeps a failed run’s error for the operator and tries again next period', async () => {
    const { job, runs } = countingJob('failing', true);
    const start = new Date('2026-03-02T01:00:00Z');
    await register(job, start);
    const logged: string[] = [];
    await runDueJobs(t.ctx, [job], (_err, message) => logged.push(message), start);
    const [row] = await t.ctx.handle.db.select().from(scheduledJobs).where(eq(scheduledJobs.name, 'failing'));
    expect(row.lastError).toBe('磁盘已满');
    expect(logged).toEqual(['failing失败']);
    expect(await claimJob(t.ctx, job, new Date(start.getTime() + HOUR))).toBe(true);
    expect(runs).toHaveLength(1);
  });

  it('registers the idle-session purge, which deletes sessions idle past the timeout', async () => {
    const purge = JOBS.find((j) => j.name === 'purge-idle-sessions')!;
    const w = await createWorld(t.ctx, 'jobs');
    const [u] = await t.ctx.handle.db.select().from(users).where(eq(users.username, w.users.staff));
    const c = { id: w.committeeId };
    const idle = t.ctx.env.SESSION_IDLE_MINUTES * 60_000;
    await t.ctx.handle.db.insert(authSessions).values([
      {
        tokenDigest: 'stale',
        committeeId: c.id,
        userId: u.id,
        csrfToken: 'x',
        ip: '127.0.0.1',
        lastSeenAt: new Date(Date.now() - idle - 60_000),
      },
      {
        tokenDigest: 'fresh',
        committeeId: c.id,
        userId: u.id,
        csrfToken: 'y',
        ip: '127.0.0.1',
        lastSeenAt: new Date(),
      },
    ]);
    await purge.run(t.ctx, new Date());
    const left = await t.ctx.handle.db
      .select({ d: authSessions.tokenDigest })
      .from(authSessions)
      .where(eq(authSessions.userId, u.id));
    expect(left.map((r) => r.d)).toEqual(['fresh']);
  });
});
