import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context';
import { accountRoutes } from './accounts/routes';
import { auditRoutes } from './audit/routes';
import { authRoutes } from './auth/routes';
import { cockpitRoutes } from './cockpit/routes';
import { consultationActivitiesModule } from './consultation-activities/module';
import { consultationPlanModule } from './consultation-plan/routes';
import { dashboardRoutes } from './dashboard/routes';
import { deliberationsModule } from './deliberations/routes';
import { dutyArchiveModule } from './duty-archive/module';
import { instructionsModule } from './instructions/module';
import { meetingsModule } from './meetings/module';
import { membersModule } from './members/module';
import { notificationRoutes } from './notifications/routes';
import { opinionReportsModule } from './opinion-reports/module';
import { orgRoutes } from './org/routes';
import { proposalDocRoutes } from './proposal-docs/routes';
import { proposalStatsRoutes } from './proposal-stats/routes';
import { proposalRoutes } from './proposals/routes';
import { proposalSearchRoutes } from './proposals/routes-search';
import { publicRoutes } from './public/routes';

/** Every module's routes, in one list. */
export async function registerModules(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await authRoutes(app, ctx);
  await orgRoutes(app, ctx);
  await accountRoutes(app, ctx);
  await auditRoutes(app, ctx);
  await dashboardRoutes(app, ctx);
  await membersModule(app, ctx);
  await meetingsModule(app, ctx);
  await opinionReportsModule(app, ctx);
  await instructionsModule(app, ctx);
  await consultationActivitiesModule(app, ctx);
  await dutyArchiveModule(app, ctx);
  await consultationPlanModule(app, ctx);
  await deliberationsModule(app, ctx);
  await notificationRoutes(app, ctx);
  await proposalRoutes(app, ctx);
  await proposalStatsRoutes(app, ctx);
  await proposalDocRoutes(app, ctx);
  await cockpitRoutes(app, ctx);
  await proposalSearchRoutes(app, ctx);
  await publicRoutes(app, ctx);
}
