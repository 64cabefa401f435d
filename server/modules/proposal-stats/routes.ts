import type { FastifyInstance } from 'fastify';
import { STATS_READER_ROLES } from '../../../domain/proposal-stats';
import type { Actor } from '../../../domain/roles';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import { route } from '../../http/route';
import { sendXlsx } from '../../lib/xlsx';
import { resolveScopeCommittee } from '../../platform/scope';
import { proposalStats } from './queries';
import { statsResultSchema } from './response-schema';
import { type StatsQuery, statsQuery } from './schemas';
import { statsFileName, statsWorkbook } from './xlsx';

const tags = ['提案统计'];

/** The caller's committee or one below it (read only: a higher committee aggregates its subtree). */
async function statsFor(db: Db, actor: Actor, q: StatsQuery) {
  const committee = await resolveScopeCommittee(db, actor, q.committeeId);
  return proposalStats(db, { committee, sessionId: q.sessionId, year: q.year }, q.groupBy);
}

/** 提案统计: the figures per session or year, grouped, and the same table as .xlsx. */
export async function proposalStatsRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/proposal-stats',
    summary: '提案统计（届次会议或年度；总体/承办单位/界别/类别/下级委员会）',
    tags,
    roles: STATS_READER_ROLES,
    query: statsQuery,
    response: { 200: statsResultSchema },
    handler: ({ db, actor, query }) => statsFor(db, actor, query),
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/proposal-stats/export',
    summary: '导出提案统计表（.xlsx，条件同统计）',
    tags,
    roles: STATS_READER_ROLES,
    query: statsQuery,
    handler: async ({ db, actor, query, reply }) => {
      const result = await statsFor(db, actor, query);
      return sendXlsx(reply, statsFileName(result), await statsWorkbook(result));
    },
  });
}
