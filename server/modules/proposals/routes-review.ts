import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { mergeProposal, unmergeProposal } from './commands/merge';
import { convertProposal, registerProposal, rejectProposal, sendBack, startReview } from './commands/review';
import { proposalRoute } from './proposal-route';
import { proposalView } from './respond';
import { mergeBody, noteRequiredBody, proposalIdParams, registerBody, rejectBody, stepBody } from './schemas';

const tags = ['提案审查'];

/** Step 2: review by the staff — 立案, 不予立案, 转为意见建议, 并案 and its undoing, 退回修改. */
export async function proposalReviewRoutes(app: FastifyInstance, ctx: AppContext) {
  const steps = [
    { url: 'start-review', summary: '开始审查', body: stepBody, run: startReview },
    { url: 'send-back', summary: '退回修改（须写明修改意见）', body: noteRequiredBody, run: sendBack },
    { url: 'register', summary: '立案（按届次会议顺序编号）', body: registerBody, run: registerProposal },
    { url: 'reject', summary: '不予立案（选择理由）', body: rejectBody, run: rejectProposal },
    { url: 'convert', summary: '转为意见建议', body: stepBody, run: convertProposal },
    { url: 'merge', summary: '并案（并入已立案、未交办的提案）', body: mergeBody, run: mergeProposal },
    { url: 'unmerge', summary: '撤销并案（主提案交办前）', body: stepBody, run: unmergeProposal },
  ] as const;
  for (const s of steps) {
    proposalRoute(app, ctx, {
      method: 'POST',
      url: `/api/proposals/:id/${s.url}`,
      summary: s.summary,
      tags,
      roles: ['staff'],
      audit: s.summary.replace(/（.*）$/, ''),
      params: proposalIdParams,
      body: s.body,
      handler: async ({ db, actor, params, body }) => {
        await s.run(db, actor, params.id, body as never);
        return proposalView(db, actor, params.id);
      },
    });
  }
}
