import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { memberAuditTargets } from './audit-targets';
import { memberImportRoutes } from './import-routes';
import { memberLinkRoutes } from './link-routes';
import { memberRoutes } from './routes';

/** The member directory, its Excel import/export and the 联系制度, registered together. */
export async function membersModule(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await memberImportRoutes(app, ctx);
  await memberRoutes(app, ctx);
  await memberLinkRoutes(app, ctx);
  memberAuditTargets(app);
}
