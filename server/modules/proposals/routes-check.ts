import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { jsonId } from '../../http/validation';
import { draftCheckOf } from './draft-check';
import { proposalRoute } from './proposal-route';
import { loadReadable } from './relations';
import { PROPOSAL_LABELS, proposalIdParams } from './schemas';

const tags = ['提案'];
const richText = z.string().max(100_000, '内容过长').default('');

/** What the draft page sends: the form as it stands, saved or not. */
const draftCheckBody = z.object({
  title: z.string().trim().max(200, '不能超过 200 个字').default(''),
  situationHtml: richText,
  analysisHtml: richText,
  recommendationHtml: richText,
  /** The draft being edited, left out of its own similar proposals. */
  excludeId: jsonId.optional(),
});

/** 提案质量提示: advice on a draft for its member, the same flags on a proposal for its reviewer. */
export async function proposalCheckRoutes(app: FastifyInstance, ctx: AppContext) {
  proposalRoute(app, ctx, {
    method: 'POST',
    url: '/api/proposals/draft-check',
    summary:
      '提案质量提示（起草时与提交前：一事一案、情况/分析/建议是否完整具体、不予立案情形、相似提案及办理情况；仅供参考，不阻止提交）',
    tags,
    roles: ['member', 'staff'],
    audit: '检查提案草稿',
    body: draftCheckBody,
    labels: PROPOSAL_LABELS,
    handler: ({ db, actor, body }) => draftCheckOf(db, actor, body, body.excludeId),
  });

  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/:id/draft-check',
    summary: '提案质量提示（审查时：与提案人起草时看到的相同）',
    tags,
    roles: ['staff', 'member', 'leader'],
    params: proposalIdParams,
    handler: async ({ db, actor, params }) => {
      const { proposal } = await loadReadable(db, actor, params.id);
      return draftCheckOf(db, actor, proposal, proposal.id);
    },
  });
}
