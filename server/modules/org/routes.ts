import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { orgAuditTargets } from './audit-targets';
import { catalogueRoutes } from './catalogue-routes';
import { committeeRoutes } from './committee-routes';
import { termAndSessionRoutes } from './term-routes';

/** /api/org/*: committees, terms, sessions and every catalogue of domain/org-resources.ts. */
export async function orgRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  committeeRoutes(app, ctx);
  termAndSessionRoutes(app, ctx);
  catalogueRoutes(app, ctx);
  orgAuditTargets(app);
}
