import { z } from 'zod';
import { STATS_GROUP_BYS } from '../../../domain/proposal-stats';
import { textId as idText, textInt } from '../../http/validation';

/**
 * GET /api/proposal-stats and its export: one session or one year (exactly one), a grouping,
 * and optionally a committee below the caller's to look at.
 */
export const statsQuery = z
  .object({
    sessionId: idText.optional(),
    year: textInt(1949, 2100).optional(),
    groupBy: z.enum(STATS_GROUP_BYS).default('overall'),
    committeeId: idText.optional(),
  })
  .superRefine((q, ctx) => {
    if ((q.sessionId === undefined) === (q.year === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['sessionId'], message: '请选择届次会议或年度（二选一）' });
    }
  });
export type StatsQuery = z.infer<typeof statsQuery>;
