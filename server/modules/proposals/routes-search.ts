import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { keyTerms } from '../../../domain/segment';
import type { AppContext } from '../../context';
import { proposalRoute } from './proposal-route';
import { loadReadable } from './relations';
import { proposalIdParams } from './schemas';
import { proposalBodyText } from './search';
import { findSimilar, suggestUnits } from './similar';

const tags = ['提案'];
const labels = { text: '检索内容', excludeId: '排除的提案' };

const similarQuery = z.object({
  text: z.string().trim().min(1, '不能为空').max(4000, '不能超过 4000 个字'),
  excludeId: z.coerce.number().int().positive().optional(),
});

/** The key terms of a stored proposal: its title and its body as plain text. */
const termsOf = (p: Parameters<typeof proposalBodyText>[0]) =>
  keyTerms({ title: p.title, body: proposalBodyText(p) });

/** Similar proposals while drafting and reviewing, and unit suggestions for the assignment form. */
export async function proposalSearchRoutes(app: FastifyInstance, ctx: AppContext) {
  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/similar',
    summary: '相似提案（起草时：按输入的案由与内容查找往年及本年已立案提案及其办理情况）',
    tags,
    roles: ['member', 'staff'],
    query: similarQuery,
    labels,
    handler: async ({ db, actor, query }) => {
      const terms = keyTerms({ body: query.text });
      return { terms, items: await findSimilar(db, actor, { terms, excludeId: query.excludeId }) };
    },
  });

  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/:id/similar',
    summary: '与该提案相似的已立案提案（审查、交办时参考）',
    tags,
    roles: ['staff', 'member', 'unit', 'leader'],
    params: proposalIdParams,
    handler: async ({ db, actor, params }) => {
      const { proposal } = await loadReadable(db, actor, params.id);
      const terms = termsOf(proposal);
      return { terms, items: await findSimilar(db, actor, { terms, excludeId: proposal.id }) };
    },
  });

  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/:id/suggested-units',
    summary: '建议承办单位（最相似的 10 件往年提案由哪些单位主办，按次数）',
    tags,
    roles: ['staff'],
    params: proposalIdParams,
    handler: async ({ db, actor, params }) => {
      const { proposal } = await loadReadable(db, actor, params.id);
      return { items: await suggestUnits(db, proposal, termsOf(proposal)) };
    },
  });
}
