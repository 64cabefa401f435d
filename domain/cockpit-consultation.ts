import type { CockpitSectionDef } from './cockpit';

/**
 * 协商议政 in the cockpit: the figures of 协商统计 (consultation-activities/stats.ts) over the
 * cockpit's committees, the annual plans' frequency targets, and the online deliberation hall.
 */
export const CONSULTATION_SECTION: CockpitSectionDef = {
  key: 'consultation',
  title: '协商议政',
  figures: [
    {
      key: 'held',
      label: '协商活动',
      kind: 'count',
      definition: '本年度已召开的协商活动（各种形式）',
      public: true,
      league: true,
    },
    {
      key: 'targets',
      label: '计划频次目标',
      kind: 'count',
      definition: '年度协商计划中各协商形式最少次数之和',
      public: true,
    },
    {
      key: 'targetRate',
      label: '计划完成率',
      kind: 'rate',
      definition: '已召开的协商活动 ÷ 计划频次目标',
      public: true,
    },
    {
      key: 'suggestions',
      label: '意见建议',
      kind: 'count',
      definition: '本年度提出的意见建议条数',
      public: true,
    },
    {
      key: 'onTimeRate',
      label: '按时反馈率',
      kind: 'rate',
      definition: '在反馈期限内书面反馈的意见建议 ÷ 已反馈的意见建议',
      public: false,
      league: true,
    },
    {
      key: 'adoptionRate',
      label: '采纳率',
      kind: 'rate',
      definition: '（采纳 + 部分采纳）÷ 已反馈的意见建议',
      public: true,
      league: true,
    },
    {
      key: 'completionRate',
      label: '办结率',
      kind: 'rate',
      definition: '已办结 ÷（采纳 + 部分采纳）',
      public: true,
    },
    {
      key: 'joint',
      label: '联动协商',
      kind: 'count',
      definition: '本年度已召开、有下级委员会参加的联动协商活动，本会组织或参加的各计 1 次',
      public: true,
    },
    {
      key: 'deliberationParticipants',
      label: '网络议政参与',
      kind: 'count',
      definition: '本年度开始的网络议政议题中，留言的委员人数（每个议题分别计）加社会公众已公开的留言条数',
      public: true,
    },
    {
      key: 'deliberationPosts',
      label: '网络议政留言',
      kind: 'count',
      definition: '本年度开始的网络议政议题中已公开的留言（含回复）',
      public: true,
    },
  ],
  trendFigure: 'held',
  trendDefinition: '按召开月份统计的协商活动',
};
