import { purgeIdleSessions } from '../auth/sessions';
import { meetingRemindersJob } from '../modules/meetings/reminders';
import type { JobSpec } from '../platform/jobs';
import { deadlineRemindersJob } from './deadline-reminders';

const HOUR_MS = 3_600_000;

/** Hourly: sessions idle past the timeout are deleted (they are refused anyway; this keeps the table small). */
const purgeSessionsJob: JobSpec = {
  name: 'purge-idle-sessions',
  label: '清理过期会话',
  everyMs: HOUR_MS,
  run: (ctx) => purgeIdleSessions(ctx.handle.db, ctx.env.SESSION_IDLE_MINUTES),
};

/** Every scheduled job of the app, started by server/main.ts through the platform's scheduler. */
export const JOBS: JobSpec[] = [deadlineRemindersJob, meetingRemindersJob, purgeSessionsJob];
