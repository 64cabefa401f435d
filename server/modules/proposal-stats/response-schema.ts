import { z } from 'zod';
import { STATS_GROUP_BYS, type StatsResult } from '../../../domain/proposal-stats';
import { responseFor } from '../../http/response';

const count = z.number();
const review = z.number().nullable();
const rate = z.number().nullable();

const statsRow = z.object({
  // Not `.nullable()` on the union: fast-json-stringify refuses `nullable` beside `anyOf`.
  key: z.union([z.number(), z.string().nullable()]),
  label: z.string(),
  received: review,
  registered: review,
  keyProposals: review,
  keyLedByPrincipal: review,
  merged: review,
  rejected: review,
  converted: review,
  withdrawn: review,
  pendingReview: review,
  assigned: count,
  replied: count,
  rated: count,
  satisfied: count,
  basicallySatisfied: count,
  dissatisfied: count,
  replyCategories: z.record(z.string(), count),
  marked: count,
  implemented: count,
  partlyImplemented: count,
  overdue: count,
  replyDaysTotal: count,
  repliedAssignments: count,
  registrationRate: rate,
  replyRate: rate,
  satisfactionRate: rate,
  basicSatisfactionRate: rate,
  implementationRate: rate,
  replyCategoryShares: z.record(z.string(), rate),
  avgReplyDays: rate,
});

/** GET /api/proposal-stats: domain/proposal-stats.ts `StatsResult`. */
export const statsResultSchema = responseFor<StatsResult>()(
  z.object({
    groupBy: z.enum(STATS_GROUP_BYS),
    committee: z.object({ id: z.number(), name: z.string() }),
    period: z.object({ sessionId: z.number().nullable(), year: z.number(), label: z.string() }),
    replyCategories: z.array(z.object({ code: z.string(), label: z.string() })),
    total: statsRow,
    rows: z.array(statsRow),
  }),
);
