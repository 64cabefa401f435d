import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import { textId } from '../../http/validation';
import { keyTermsOf } from './key-terms';
import { proposalRoute } from './proposal-route';
import { similarSchema, suggestedUnitsSchema } from './read-schemas';
import { loadReadable } from './relations';
import { proposalIdParams } from './schemas';
import { proposalBodyText } from './search';
import { findSimilar } from './similar';
import { suggestUnits } from './suggested-units';
import { corpusStats } from './term-stats';

const tags = ['提案'];
const labels = { text: '检索内容', excludeId: '排除的提案' };

const similarQuery = z.object({
  text: z.string().trim().min(1, '不能为空').max(4000, '不能超过 4000 个字'),
  excludeId: textId.optional(),
});

/** The key terms of a text, weighed by the statistics of the committee's proposals. */
async function termsOf(db: Db, committeeId: number, text: { title?: string; body: string }) {
  return keyTermsOf(text, await corpusStats(db, committeeId));
}

/**
 * The key terms of a stored proposal (its title and its body as plain text), weighed by the
 * statistics of the committee whose proposals are searched.
 */
const proposalTerms = (db: Db, committeeId: number, p: Parameters<typeof proposalBodyText>[0]) =>
  termsOf(db, committeeId, { title: p.title, body: proposalBodyText(p) });

const words = (terms: { term: string }[]) => terms.map((t) => t.term);

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
    response: { 200: similarSchema },
    handler: async ({ db, actor, query }) => {
      const terms = await termsOf(db, actor.committeeId, { body: query.text });
      return {
        terms: words(terms),
        items: await findSimilar(db, actor, { terms, excludeId: query.excludeId }),
      };
    },
  });

  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/:id/similar',
    summary: '与该提案相似的已立案提案（审查、交办时参考）',
    tags,
    roles: ['staff', 'member', 'unit', 'leader'],
    params: proposalIdParams,
    response: { 200: similarSchema },
    handler: async ({ db, actor, params }) => {
      const { proposal } = await loadReadable(db, actor, params.id);
      const terms = await proposalTerms(db, actor.committeeId, proposal);
      return { terms: words(terms), items: await findSimilar(db, actor, { terms, excludeId: proposal.id }) };
    },
  });

  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/:id/suggested-units',
    summary: '建议承办单位（相似的已办提案由哪些单位主办、哪些单位的职责与之匹配，附理由）',
    tags,
    roles: ['staff'],
    params: proposalIdParams,
    response: { 200: suggestedUnitsSchema },
    handler: async ({ db, actor, params }) => {
      const { proposal } = await loadReadable(db, actor, params.id);
      return {
        items: await suggestUnits(db, proposal, await proposalTerms(db, proposal.committeeId, proposal)),
      };
    },
  });
}
