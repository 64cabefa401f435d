import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { step, stepRoutes } from '../../platform/step-routes';
import { markImplementation, reportImplementation } from './commands/implementation';
import { rateReply } from './commands/rating';
import { proposalDocument } from './proposal-route';
import { HANDLING_LABELS, implementationBody, implementationMarkBody, ratingBody } from './schemas-handling';

const tags = ['提案测评与落实'];

/** Steps 6 and 7: the proposers' 满意度测评 (不满意 → 重新办理), 落实情况 reports and the staff's mark. */
export async function proposalRatingRoutes(app: FastifyInstance, ctx: AppContext) {
  stepRoutes(app, ctx, proposalDocument(tags, HANDLING_LABELS), [
    step({
      url: 'ratings',
      summary: '满意度测评（每位提案者对每份答复测评一次；不满意则重新办理）',
      // Staff rate for party, sector-group and special-committee proposals.
      roles: ['member', 'staff'],
      body: ratingBody,
      run: rateReply,
    }),
    step({
      url: 'implementations',
      summary: '报送落实情况（可多次）',
      roles: ['unit'],
      body: implementationBody,
      run: reportImplementation,
    }),
    step({
      url: 'implementation-mark',
      summary: '认定落实情况（已落实/部分落实/未落实）',
      roles: ['staff'],
      body: implementationMarkBody,
      run: markImplementation,
    }),
  ]);
}
