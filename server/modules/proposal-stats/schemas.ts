import { z } from 'zod';
import { STATS_GROUP_BYS } from '../../../domain/proposal-stats';

const idText = z.coerce.number().int().positive();

/**
 * GET /api/proposal-stats and its export: one session or one year (exactly one), a grouping,
 * and optionally a committee below the caller's to look at.
 */
export const statsQuery = z
  .object({
    sessionId: idText.optional(),
    year: z.coerce.number().int().min(1949, '年份无效').max(2100, '年份无效').optional(),
    groupBy: z.enum(STATS_GROUP_BYS).default('overall'),
    committeeId: idText.optional(),
  })
  .superRefine((q, ctx) => {
    if ((q.sessionId === undefined) === (q.year === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['sessionId'], message: '请选择届次会议或年度（二选一）' });
    }
  });
export type StatsQuery = z.infer<typeof statsQuery>;
