import type { ImplementationMark, ProposalStatus, ReplyCategoryLevel, SatisfactionLevel } from './proposals';
import type { Role } from './roles';

/**
 * Proposal statistics (DOMAIN.md §2 "Statistics each year", §9): what each figure counts and
 * how each rate is formed, written once. The server's SQL takes its status sets from here and
 * the page and the Excel export show the same definitions, so a figure means one thing
 * everywhere. Counts come from the data (proposals, assignments, replies, ratings); the rates
 * are derived from them by `deriveRates`.
 */

/** Who reads the statistics: the office and the leaders (read only); not members, units or admins. */
export const STATS_READER_ROLES: readonly Role[] = ['staff', 'leader'];

export const STATS_GROUP_BYS = ['overall', 'unit', 'sector', 'category', 'committee'] as const;
export type StatsGroupBy = (typeof STATS_GROUP_BYS)[number];
export const STATS_GROUP_LABELS: Record<StatsGroupBy, string> = {
  overall: '总体',
  unit: '承办单位',
  sector: '界别',
  category: '提案类别',
  committee: '委员会',
};

/** Accepted and handled under its own number (立案 and every later handling step). */
export const HANDLED_STATUSES: readonly ProposalStatus[] = [
  'registered',
  'assigned',
  'handling',
  'returned',
  'replied',
  'rehandling',
  'rated',
  'concluded',
];
/** Received but not yet decided: in review, or sent back to the proposer for revision. */
export const PENDING_REVIEW_STATUSES: readonly ProposalStatus[] = [
  'draft',
  'cosigning',
  'submitted',
  'reviewing',
];
/** Assignment modes whose unit must reply (会办 units send their views to the 主办 instead). */
export const REPLYING_MODES = ['lead', 'separate'] as const;

export const SATISFIED: SatisfactionLevel = 'satisfied';
export const BASICALLY_SATISFIED: SatisfactionLevel = 'basicallySatisfied';
export const DISSATISFIED: SatisfactionLevel = 'dissatisfied';
export const IMPLEMENTED: ImplementationMark = 'done';
export const PARTLY_IMPLEMENTED: ImplementationMark = 'partial';

/**
 * The counts the database returns for one group. The review figures (收到 … 待审查) are null when
 * grouping by handling unit: a unit receives assignments, not proposals.
 */
export interface StatsCounts {
  received: number | null;
  registered: number | null;
  merged: number | null;
  rejected: number | null;
  converted: number | null;
  withdrawn: number | null;
  pendingReview: number | null;
  /** 重点提案 (selected by the 主席会议) and those led by a 党政主要领导; not per unit. */
  keyProposals: number | null;
  keyLedByPrincipal: number | null;
  assigned: number;
  replied: number;
  rated: number;
  satisfied: number;
  basicallySatisfied: number;
  dissatisfied: number;
  /** Current replies (one per replying unit, the latest round), by reply-category code. */
  replyCategories: Record<string, number>;
  marked: number;
  implemented: number;
  partlyImplemented: number;
  overdue: number;
  /** Calendar days from assignment to first reply, summed over the replied assignments. */
  replyDaysTotal: number;
  repliedAssignments: number;
}

export interface StatsRates {
  registrationRate: number | null;
  replyRate: number | null;
  satisfactionRate: number | null;
  basicSatisfactionRate: number | null;
  implementationRate: number | null;
  /** Share of each reply category among the current replies. */
  replyCategoryShares: Record<string, number | null>;
  avgReplyDays: number | null;
}

/** One row of a statistics table: the group, its counts and its rates. */
export interface StatsRow extends StatsCounts, StatsRates {
  /**
   * The unit or committee id, the sector or category name (grouped by name across committees);
   * null for the total and for "not given".
   */
  key: number | string | null;
  label: string;
}

/** GET /api/proposal-stats: the committee and period covered, the reply levels, the groups and the total. */
export interface StatsResult {
  groupBy: StatsGroupBy;
  committee: { id: number; name: string };
  period: { sessionId: number | null; year: number; label: string };
  replyCategories: ReplyCategoryLevel[];
  total: StatsRow;
  rows: StatsRow[];
}

/** n ÷ d to four decimals (a rate of 0.6667 shows as 66.67%); null when nothing to divide by. */
export function ratio(n: number | null, d: number | null): number | null {
  if (n === null || d === null || d <= 0) return null;
  return Math.round((n / d) * 10_000) / 10_000;
}

/** The rates of one group, from its counts only. */
export function deriveRates(c: StatsCounts): StatsRates {
  const replies = Object.values(c.replyCategories).reduce((a, b) => a + b, 0);
  const shares = Object.fromEntries(
    Object.entries(c.replyCategories).map(([code, n]) => [code, ratio(n, replies)]),
  );
  return {
    registrationRate: ratio(c.registered, c.received),
    replyRate: ratio(c.replied, c.assigned),
    satisfactionRate: ratio(c.satisfied, c.rated),
    basicSatisfactionRate: ratio(c.basicallySatisfied, c.rated),
    implementationRate: ratio(c.implemented, c.marked),
    replyCategoryShares: shares,
    avgReplyDays:
      c.repliedAssignments > 0 ? Math.round((c.replyDaysTotal / c.repliedAssignments) * 10) / 10 : null,
  };
}

export type StatsMetricKey = keyof Omit<
  StatsRow,
  'key' | 'label' | 'replyCategories' | 'replyCategoryShares' | 'replyDaysTotal' | 'repliedAssignments'
>;

export interface StatsMetric {
  key: StatsMetricKey;
  label: string;
  kind: 'count' | 'rate' | 'days';
  /** Shown on the page and in the export's 指标说明 sheet. */
  definition: string;
}

/** Every column of a statistics table, in display order, with what it means. */
export const STATS_METRICS: readonly StatsMetric[] = [
  {
    key: 'received',
    label: '收到',
    kind: 'count',
    definition: '正式提交（联名人全部确认后进入审查）的提案件数，含其后撤案或退回修改的',
  },
  {
    key: 'registered',
    label: '立案',
    kind: 'count',
    definition: '经审查立案的件数，含并案处理的提案（并入其他提案办理的也计入立案）',
  },
  { key: 'registrationRate', label: '立案率', kind: 'rate', definition: '立案 ÷ 收到' },
  { key: 'merged', label: '并案', kind: 'count', definition: '并入其他提案办理的件数（已计入立案）' },
  { key: 'rejected', label: '不予立案', kind: 'count', definition: '审查决定不予立案的件数' },
  { key: 'converted', label: '转意见建议', kind: 'count', definition: '转为意见建议（社情民意）处理的件数' },
  { key: 'withdrawn', label: '撤案', kind: 'count', definition: '提交后由提案人撤回的件数' },
  { key: 'pendingReview', label: '待审查', kind: 'count', definition: '尚在审查或退回修改中的件数' },
  { key: 'keyProposals', label: '重点提案', kind: 'count', definition: '经主席会议确定为重点提案的件数' },
  {
    key: 'keyLedByPrincipal',
    label: '主要领导领衔督办',
    kind: 'count',
    definition: '重点提案中由党政主要领导（党政领导名录中标为党政主要领导的）领衔督办的件数',
  },
  {
    key: 'assigned',
    label: '交办',
    kind: 'count',
    definition: '已交办且有须答复的主办或分办单位的提案件数；按承办单位统计时为该单位主办、分办的件数',
  },
  {
    key: 'replied',
    label: '已办复',
    kind: 'count',
    definition:
      '交办的提案中，主办、分办单位均已答复的件数（测评不满意后正在重新办理的仍计为已办复）；按承办单位统计时为该单位已答复的件数',
  },
  { key: 'replyRate', label: '办复率', kind: 'rate', definition: '已办复 ÷ 交办' },
  {
    key: 'rated',
    // 件次, not 件: a merged proposal's proposers each rate, so it can exceed the proposals assigned.
    label: '测评件次',
    kind: 'count',
    definition:
      '满意度测评件次：每位提案人（含并入本提案的提案人）对每个主办、分办单位答复的最后一次测评计一次，重新办理后再次测评的以最后一次为准',
  },
  { key: 'satisfactionRate', label: '满意率', kind: 'rate', definition: '测评为“满意”的件次 ÷ 测评件次' },
  {
    key: 'basicSatisfactionRate',
    label: '基本满意率',
    kind: 'rate',
    definition: '测评为“基本满意”的件次 ÷ 测评件次',
  },
  { key: 'dissatisfied', label: '不满意', kind: 'count', definition: '最后一次测评为“不满意”的件次' },
  {
    key: 'marked',
    label: '已认定落实',
    kind: 'count',
    definition: '工作人员已认定落实情况（已落实、部分落实、未落实）的件数',
  },
  {
    key: 'implementationRate',
    label: '落实率',
    kind: 'rate',
    definition: '认定为“已落实”的件数 ÷ 已认定落实情况的件数（部分落实不计入已落实）',
  },
  {
    key: 'overdue',
    label: '逾期',
    kind: 'count',
    definition:
      '主办、分办单位超过当前办理时限（批准延期或重新办理后以新时限为准）仍未答复，或答复晚于该时限的件数（按提案计；按承办单位统计时按该单位计）',
  },
  {
    key: 'avgReplyDays',
    label: '平均办复天数',
    kind: 'days',
    definition: '从交办到首次答复的自然日天数的平均值，每个主办、分办单位的答复计一次',
  },
];

/** The metrics that make sense for a grouping (units have no review figures). */
export function metricsFor(groupBy: StatsGroupBy): readonly StatsMetric[] {
  if (groupBy !== 'unit') return STATS_METRICS;
  const review: StatsMetricKey[] = [
    'received',
    'registered',
    'registrationRate',
    'merged',
    'rejected',
    'converted',
    'withdrawn',
    'pendingReview',
    'keyProposals',
    'keyLedByPrincipal',
  ];
  return STATS_METRICS.filter((m) => !review.includes(m.key));
}

/** The definition of a reply category's share, for the page and the export. */
export const REPLY_SHARE_DEFINITION =
  '该类答复件数 ÷ 答复件数：每个主办、分办单位的答复计一件，重新办理的以最后一次答复为准';

/** Which proposals a table covers: one plenary session, or every session of a year. */
export const STATS_PERIOD_DEFINITION =
  '按提案所属的届次会议统计；按年度统计时包括本委员会及下级委员会当年全部会议的提案';

/** Label of a committee's own row when grouping by committee (its sub-committees fold into theirs). */
export const ownCommitteeLabel = (name: string) => `${name}（本级）`;
