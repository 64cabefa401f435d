import { ADOPTION_LEVEL_LABELS, ADOPTION_LEVELS } from './bulletin-issues';
import type { CockpitFigureDef, CockpitSectionDef } from './cockpit';
import { DUTY_GRADE_LABELS, DUTY_GRADES } from './duty-rules';
import { INSTRUCTION_LEVEL_LABELS, INSTRUCTION_LEVELS } from './instructions';
import { STATS_METRICS, type StatsMetricKey } from './proposal-stats';

/**
 * The figures of each module's cockpit section, written once. Proposal figures are 提案统计's own
 * (domain/proposal-stats.ts STATS_METRICS): the section picks them, it does not define them again.
 * A module that lands later (协商) declares its section in a file of its own beside this one.
 */

function statsFigure(key: StatsMetricKey, extra: Pick<CockpitFigureDef, 'public'> & { league?: boolean }) {
  const m = STATS_METRICS.find((s) => s.key === key);
  if (!m) throw new Error(`no proposal metric ${key}`);
  return {
    key,
    label: m.label,
    kind: m.kind === 'rate' ? 'rate' : 'count',
    definition: m.definition,
    ...extra,
  } satisfies CockpitFigureDef;
}

export const PROPOSAL_SECTION: CockpitSectionDef = {
  key: 'proposals',
  title: '提案工作',
  figures: [
    statsFigure('received', { public: true, league: true }),
    statsFigure('registered', { public: true, league: true }),
    statsFigure('registrationRate', { public: true }),
    statsFigure('replyRate', { public: true, league: true }),
    statsFigure('satisfactionRate', { public: true, league: true }),
    statsFigure('implementationRate', { public: true, league: true }),
    statsFigure('overdue', { public: false, league: true }),
    statsFigure('keyProposals', { public: true }),
    statsFigure('keyLedByPrincipal', { public: true }),
  ],
  trendFigure: 'received',
  trendDefinition: '按提交月份统计的收到提案件数（提案所属届次会议在本年度）',
  lists: [{ key: 'keyProposals', title: '重点提案及领衔督办' }],
};

export const OPINION_SECTION: CockpitSectionDef = {
  key: 'opinions',
  title: '社情民意信息',
  figures: [
    {
      key: 'received',
      label: '收到',
      kind: 'count',
      definition: '本年度提交（不含草稿）的社情民意信息篇数',
      public: true,
      league: true,
    },
    {
      key: 'adopted',
      label: '编用',
      kind: 'count',
      definition: '本年度提交的信息中经研究室采编（采用）的篇数',
      public: true,
    },
    {
      key: 'issues',
      label: '编发期数',
      kind: 'count',
      definition: '本年度已编号的《社情民意》期刊和专报期数',
      public: true,
      league: true,
    },
    ...ADOPTION_LEVELS.map(
      (level) =>
        ({
          key: `adopted_${level}`,
          label: `${ADOPTION_LEVEL_LABELS[level]}采用`,
          kind: 'count',
          definition: `本年度被${ADOPTION_LEVEL_LABELS[level]}采用的件次（按采用日期）`,
          public: true,
          league: level === 'national' || level === 'province',
        }) satisfies CockpitFigureDef,
    ),
  ],
  trendFigure: 'received',
  trendDefinition: '按提交月份统计的社情民意信息篇数',
};

export const INSTRUCTION_SECTION: CockpitSectionDef = {
  key: 'instructions',
  title: '领导批示',
  figures: [
    {
      key: 'total',
      label: '批示',
      kind: 'count',
      definition: '本年度（按批示日期）登记的领导批示件数',
      public: true,
      league: true,
    },
    ...INSTRUCTION_LEVELS.map(
      (level) =>
        ({
          key: `level_${level}`,
          label: `${INSTRUCTION_LEVEL_LABELS[level]}批示`,
          kind: 'count',
          definition: `本年度批示中批示领导层级为“${INSTRUCTION_LEVEL_LABELS[level]}”的件数`,
          public: true,
        }) satisfies CockpitFigureDef,
    ),
    {
      key: 'principal',
      label: '主要领导批示',
      kind: 'count',
      definition: '本年度批示中由党政主要领导作出的件数',
      public: true,
    },
    {
      key: 'feedbackOpen',
      label: '待反馈',
      kind: 'count',
      definition: '本年度批示中，责任单位尚未反馈或反馈被退回、批示未办结的单位件次',
      public: false,
    },
    {
      key: 'feedbackOverdue',
      label: '反馈逾期',
      kind: 'count',
      definition: '待反馈的单位件次中已超过反馈时限的',
      public: false,
      league: true,
    },
    {
      key: 'feedbackOnTimeRate',
      label: '按时反馈率',
      kind: 'rate',
      definition: '在反馈时限内（含当日）反馈的单位件次 ÷ 已反馈的单位件次',
      public: true,
    },
  ],
  trendFigure: 'total',
  trendDefinition: '按批示日期月份统计的批示件数',
};

export const MEETING_SECTION: CockpitSectionDef = {
  key: 'meetings',
  title: '会议活动',
  figures: [
    {
      key: 'meetings',
      label: '会议活动',
      kind: 'count',
      definition: '本年度开始的、已发布通知的会议活动场次',
      public: true,
    },
    {
      key: 'expected',
      label: '应到',
      kind: 'count',
      definition: '各会议活动应出席委员人次之和（一次会议有多场时按会议计）',
      public: true,
    },
    {
      key: 'attended',
      label: '实到',
      kind: 'count',
      definition: '出席（含迟到）的人次',
      public: true,
    },
    { key: 'leave', label: '请假', kind: 'count', definition: '经批准请假的人次', public: false },
    {
      key: 'absent',
      label: '无故缺席',
      kind: 'count',
      definition: '会议结束仍未签到且无批准请假的人次',
      public: false,
      league: true,
    },
    {
      key: 'attendanceRate',
      label: '出席率',
      kind: 'rate',
      definition: '实到 ÷ 应到（尚未结束、仍可签到的人次不计入应到）',
      public: true,
      league: true,
    },
  ],
  trendFigure: 'attended',
  trendDefinition: '按会议开始月份统计的实到人次',
};

export const MEMBER_SECTION: CockpitSectionDef = {
  key: 'members',
  title: '委员履职',
  figures: [
    {
      key: 'scored',
      label: '参评委员',
      kind: 'count',
      definition: '本年度已计算履职积分的委员人数（履职档案的年度积分）',
      public: false,
    },
    ...DUTY_GRADES.map(
      (g) =>
        ({
          key: `grade_${g}`,
          label: DUTY_GRADE_LABELS[g],
          kind: 'count',
          definition: `年度履职积分评定为“${DUTY_GRADE_LABELS[g]}”的委员人数`,
          public: false,
          league: g === 'excellent' || g === 'incompetent',
        }) satisfies CockpitFigureDef,
    ),
    {
      key: 'average',
      label: '平均积分',
      kind: 'number',
      definition: '参评委员年度履职积分的平均值（保留一位小数）',
      public: false,
    },
    {
      key: 'flagged',
      label: '需提醒谈话等',
      kind: 'count',
      definition: '年度积分结果触发提醒谈话、警告或劝辞的委员人数',
      public: false,
      league: true,
    },
  ],
  trendFigure: 'scored',
  trendDefinition: '履职积分按年度计算，无月度走势',
};

/**
 * The handling units' league table and each unit's 绩效考评 export (DOMAIN.md §2 step 9): the
 * figures the assessment uses, in its order.
 */
export const UNIT_LEAGUE_FIGURES: readonly CockpitFigureDef[] = [
  statsFigure('assigned', { public: false }),
  statsFigure('replied', { public: false }),
  statsFigure('overdue', { public: false }),
  {
    key: 'onTimeRate',
    label: '按时办复率',
    kind: 'rate',
    definition: '（交办 − 逾期）÷ 交办：未超过办理时限的件数（含尚未到期未答复的）占交办件数的比例',
    public: false,
  },
  statsFigure('replyRate', { public: false }),
  statsFigure('rated', { public: false }),
  statsFigure('satisfactionRate', { public: false }),
  statsFigure('basicSatisfactionRate', { public: false }),
  statsFigure('marked', { public: false }),
  statsFigure('implementationRate', { public: false }),
  {
    key: 'instructions',
    label: '批示交办',
    kind: 'count',
    definition: '本年度（按批示日期）要求该单位落实反馈的批示件数',
    public: false,
  },
  {
    key: 'instructionFeedback',
    label: '批示已反馈',
    kind: 'count',
    definition: '上述批示中该单位已提交反馈的件数',
    public: false,
  },
  {
    key: 'instructionOnTimeRate',
    label: '批示按时反馈率',
    kind: 'rate',
    definition: '在反馈时限内（含当日）反馈的件数 ÷ 已反馈的件数',
    public: false,
  },
];

/** The member groupings the league of groups ranks: 界别, 委员联络组, 专门委员会. */
export const MEMBER_GROUP_BYS = ['sector', 'liaisonGroup', 'specialCommittee'] as const;
export type MemberGroupBy = (typeof MEMBER_GROUP_BYS)[number];
export const MEMBER_GROUP_LABELS: Record<MemberGroupBy, string> = {
  sector: '界别',
  liaisonGroup: '委员联络组',
  specialCommittee: '专门委员会',
};

/**
 * 界别、联络组、专委会排行: the members' stored year scores (履职档案) added up per group. A term
 * counts member-years (人次), as the cockpit's 委员履职 section does.
 */
export const GROUP_LEAGUE_FIGURES: readonly CockpitFigureDef[] = [
  {
    key: 'scored',
    label: '参评委员',
    kind: 'count',
    definition: '该组中已计算年度履职积分的委员人数（届次为人次）',
    public: false,
  },
  {
    key: 'average',
    label: '平均积分',
    kind: 'number',
    definition: '该组参评委员年度履职积分的平均值（保留一位小数）',
    public: false,
  },
  {
    key: 'excellentRate',
    label: '优秀率',
    kind: 'rate',
    definition: `评定为“${DUTY_GRADE_LABELS.excellent}”的人次 ÷ 参评委员人次`,
    public: false,
  },
  {
    key: 'incompetent',
    label: DUTY_GRADE_LABELS.incompetent,
    kind: 'count',
    definition: `评定为“${DUTY_GRADE_LABELS.incompetent}”的人次`,
    public: false,
  },
  {
    key: 'proposals',
    label: '立案提案',
    kind: 'count',
    definition:
      '参评委员计入履职档案的立案提案件数之和（第一提案人、联名人各计一次；同一委员同一提案只计一次）',
    public: false,
  },
  {
    key: 'opinions',
    label: '社情民意',
    kind: 'count',
    definition: '参评委员计入履职档案的社情民意信息篇数之和',
    public: false,
  },
  {
    key: 'activities',
    label: '履职活动',
    kind: 'count',
    definition: '参评委员出席会议和参加活动的次数之和（计入年度最低履职要求的活动）',
    public: false,
  },
  {
    key: 'perMember',
    label: '人均履职事项',
    kind: 'number',
    definition: '（立案提案 + 社情民意 + 履职活动）÷ 参评委员人次（保留一位小数）',
    public: false,
  },
  {
    key: 'flagged',
    label: '需提醒谈话等',
    kind: 'count',
    definition: '年度积分结果触发提醒谈话、警告或劝辞的人次',
    public: false,
  },
];
