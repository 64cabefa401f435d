import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { step, stepRoutes } from '../../platform/step-routes';
import { mergeProposal, unmergeProposal } from './commands/merge';
import { convertProposal, registerProposal, rejectProposal, sendBack, startReview } from './commands/review';
import { proposalDocument } from './proposal-route';
import { mergeBody, noteRequiredBody, registerBody, rejectBody, stepBody } from './schemas';

const tags = ['提案审查'];

/** Step 2: review by the staff — 立案, 不予立案, 转为意见建议, 并案 and its undoing, 退回修改. */
export async function proposalReviewRoutes(app: FastifyInstance, ctx: AppContext) {
  stepRoutes(app, ctx, proposalDocument(tags), [
    step({ url: 'start-review', summary: '开始审查', body: stepBody, roles: ['staff'], run: startReview }),
    step({
      url: 'send-back',
      summary: '退回修改（须写明修改意见）',
      body: noteRequiredBody,
      roles: ['staff'],
      run: sendBack,
    }),
    step({
      url: 'register',
      summary: '立案（按届次会议顺序编号）',
      body: registerBody,
      roles: ['staff'],
      run: registerProposal,
    }),
    step({
      url: 'reject',
      summary: '不予立案（选择理由）',
      body: rejectBody,
      roles: ['staff'],
      run: rejectProposal,
    }),
    step({ url: 'convert', summary: '转为意见建议', body: stepBody, roles: ['staff'], run: convertProposal }),
    step({
      url: 'merge',
      summary: '并案（并入已立案、未交办的提案）',
      body: mergeBody,
      roles: ['staff'],
      run: mergeProposal,
    }),
    step({
      url: 'unmerge',
      summary: '撤销并案（主提案交办前）',
      body: stepBody,
      roles: ['staff'],
      run: unmergeProposal,
    }),
  ]);
}
