import { and, eq, lte, sql } from 'drizzle-orm';
import type { AppContext } from '../context';
import { scheduledJobs } from '../db/schema';

/** A job the app runs on a schedule (server/jobs/index.ts lists them all). */
export interface JobSpec {
  /** Stable key of the job's row in `scheduled_jobs`. */
  name: string;
  /** What an operator reads in the log. */
  label: string;
  everyMs: number;
  run(ctx: AppContext, now: Date): Promise<unknown>;
}

/** How often due jobs are looked for; a job never runs more often than its own period. */
const TICK_MS = 60_000;

/** Makes sure every job has its row; a new job is due at once. */
async function registerJobs(ctx: AppContext, jobs: readonly JobSpec[], now: Date) {
  if (jobs.length === 0) return;
  await ctx.handle.db
    .insert(scheduledJobs)
    .values(jobs.map((j) => ({ name: j.name, nextRunAt: now })))
    .onConflictDoNothing();
}

/**
 * Claims the job's run due at `now`: one UPDATE moves its next run a period ahead, so of several
 * app processes on one database exactly one gets the row back and runs it.
 */
export async function claimJob(ctx: AppContext, job: JobSpec, now: Date): Promise<boolean> {
  const claimed = await ctx.handle.db
    .update(scheduledJobs)
    .set({
      nextRunAt: new Date(now.getTime() + job.everyMs),
      lastStartedAt: now,
      runs: sql`${scheduledJobs.runs} + 1`,
    })
    .where(and(eq(scheduledJobs.name, job.name), lte(scheduledJobs.nextRunAt, now)))
    .returning({ name: scheduledJobs.name });
  return claimed.length > 0;
}

/** Runs one claimed job and records how it ended; a failure is kept for the operator and logged. */
async function runClaimed(ctx: AppContext, job: JobSpec, now: Date, log: JobLog) {
  let error: string | null = null;
  try {
    await job.run(ctx, now);
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
    log(err, `${job.label}失败`);
  }
  await ctx.handle.db
    .update(scheduledJobs)
    .set({ lastFinishedAt: new Date(), lastError: error })
    .where(eq(scheduledJobs.name, job.name));
}

export type JobLog = (err: unknown, message: string) => void;

/** One pass: every due job this process manages to claim, one after the other. */
export async function runDueJobs(ctx: AppContext, jobs: readonly JobSpec[], log: JobLog, now = new Date()) {
  let ran = 0;
  for (const job of jobs) {
    if (await claimJob(ctx, job, now)) {
      await runClaimed(ctx, job, now, log);
      ran++;
    }
  }
  return ran;
}

/**
 * Starts the scheduler: registers the jobs, then looks for due ones now and every minute. Passes
 * never overlap within a process. Returns the function that stops it (the app's shutdown).
 */
export function startJobs(ctx: AppContext, jobs: readonly JobSpec[], log: JobLog): () => Promise<void> {
  let running: Promise<unknown> = registerJobs(ctx, jobs, new Date()).catch((err) =>
    log(err, '定时任务登记失败'),
  );
  const pass = () => {
    running = running.then(() => runDueJobs(ctx, jobs, log)).catch((err) => log(err, '定时任务运行失败'));
  };
  const first = setTimeout(pass, 0);
  const timer = setInterval(pass, TICK_MS);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
