import { writeAuditCheckpoint } from '../auth/audit-checkpoint';
import { purgeIdleSessions } from '../auth/sessions';
import { cockpitCacheJob } from '../modules/cockpit/warm';
import { suggestionRemindersJob } from '../modules/consultation-activities/reminders';
import { deliberationOpeningsJob } from '../modules/deliberations/openings';
import { dutyScoresJob } from '../modules/duty-archive/refresh';
import { instructionRemindersJob } from '../modules/instructions/reminders';
import { meetingAttendanceJob } from '../modules/meetings/attendance-store';
import { meetingRemindersJob } from '../modules/meetings/reminders';
import { notificationDigestJob } from '../modules/notifications/digest';
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

/**
 * Hourly: every audit chain's end written outside the database (DATA_DIR and the log), so a cut of
 * the newest rows is caught by /api/audit/verify even if the database's head row was rewritten.
 */
const auditCheckpointJob: JobSpec = {
  name: 'audit-checkpoint',
  label: '审计日志检查点',
  everyMs: HOUR_MS,
  run: (ctx) => writeAuditCheckpoint(ctx, (line) => console.log(JSON.stringify(line))),
};

/** Every scheduled job of the app, started by server/main.ts through the platform's scheduler. */
export const JOBS: JobSpec[] = [
  deadlineRemindersJob,
  meetingRemindersJob,
  meetingAttendanceJob,
  instructionRemindersJob,
  suggestionRemindersJob,
  deliberationOpeningsJob,
  notificationDigestJob,
  dutyScoresJob,
  cockpitCacheJob,
  purgeSessionsJob,
  auditCheckpointJob,
];
