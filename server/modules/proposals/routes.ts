import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { proposalAuditTargets } from './audit-targets';
import { proposerContactRoutes } from './proposer-contact';
import { proposalAssignRoutes } from './routes-assign';
import { proposalCheckRoutes } from './routes-check';
import { proposalConfigRoutes } from './routes-config';
import { proposalDraftRoutes } from './routes-draft';
import { proposalHandlingRoutes } from './routes-handling';
import { proposalHistoryRoutes } from './routes-history';
import { proposalKeyRoutes } from './routes-key';
import { proposalRatingRoutes } from './routes-rating';
import { proposalReadRoutes } from './routes-read';
import { proposalReplyRoutes } from './routes-reply';
import { proposalReviewRoutes } from './routes-review';

/** The proposal API, one file per lifecycle step (DOMAIN.md §2). */
export async function proposalRoutes(app: FastifyInstance, ctx: AppContext) {
  await proposalReadRoutes(app, ctx);
  await proposalConfigRoutes(app, ctx);
  await proposalDraftRoutes(app, ctx);
  await proposalCheckRoutes(app, ctx);
  await proposalReviewRoutes(app, ctx);
  await proposalAssignRoutes(app, ctx);
  await proposalHandlingRoutes(app, ctx);
  proposerContactRoutes(app, ctx);
  await proposalReplyRoutes(app, ctx);
  await proposalRatingRoutes(app, ctx);
  await proposalKeyRoutes(app, ctx);
  await proposalHistoryRoutes(app, ctx);
  proposalAuditTargets(app);
}
