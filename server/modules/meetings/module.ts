import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { meetingAuditTargets } from './audit-targets';
import { meetingRoutes } from './routes';
import { attendanceRoutes } from './routes-attendance';
import { leaveRoutes } from './routes-leave';

/** Meetings and activities: notices, leave, check-in and attendance (DOMAIN.md §6). */
export async function meetingsModule(app: FastifyInstance, ctx: AppContext): Promise<void> {
  meetingAuditTargets(app);
  await meetingRoutes(app, ctx);
  await leaveRoutes(app, ctx);
  await attendanceRoutes(app, ctx);
}
