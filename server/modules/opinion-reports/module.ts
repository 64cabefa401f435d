import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { opinionAuditTargets } from './audit-targets';
import { informantRoutes } from './informants';
import { reportRoutes } from './routes';
import { issueRoutes } from './routes-issues';
import { itemRoutes } from './routes-items';

/** 社情民意信息 (DOMAIN.md §3): reports, the editors' decisions and items, issues and adoptions. */
export async function opinionReportsModule(app: FastifyInstance, ctx: AppContext): Promise<void> {
  opinionAuditTargets(app);
  await reportRoutes(app, ctx);
  await itemRoutes(app, ctx);
  await issueRoutes(app, ctx);
  await informantRoutes(app, ctx);
}
