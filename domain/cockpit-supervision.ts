import type { CockpitSectionDef } from './cockpit';

/**
 * 民主监督 and 视察调研 in the cockpit (DOMAIN.md §5): the groups and special topics at work in the
 * year, the inspections and research begun, their visits, the reports sent and the suggestions that
 * went into the consultation suggestion loop (the same counts as 协商统计's 民主监督 and 视察调研 cards),
 * and what the seeds' reports add: the departments' written feedback and adoption, the reports that
 * drew a 批示, the problems the groups found (a list, as a visit records them in words).
 */
export const SUPERVISION_SECTION: CockpitSectionDef = {
  key: 'supervision',
  title: '民主监督与视察调研',
  figures: [
    {
      key: 'groups',
      label: '民主监督小组',
      kind: 'count',
      definition: '任期覆盖本年度的民主监督小组',
      public: true,
      league: true,
    },
    {
      key: 'special',
      label: '专项民主监督',
      kind: 'count',
      definition: '任期覆盖本年度的专项民主监督',
      public: true,
    },
    {
      key: 'inspections',
      label: '视察',
      kind: 'count',
      definition: '本年度开始的视察',
      public: true,
      league: true,
    },
    {
      key: 'research',
      label: '调研',
      kind: 'count',
      definition: '本年度开始的调研',
      public: true,
      league: true,
    },
    {
      key: 'visits',
      label: '监督视察活动',
      kind: 'count',
      definition: '民主监督小组、专项民主监督和视察调研本年度的实地活动（走访、座谈、视察点）次数',
      public: true,
    },
    {
      key: 'supervisionVisits',
      label: '民主监督活动',
      kind: 'count',
      definition: '民主监督小组和专项民主监督本年度到对口部门开展的监督活动次数',
      public: true,
    },
    {
      key: 'inspectionVisits',
      label: '视察调研活动',
      kind: 'count',
      definition: '视察、调研本年度的实地活动（视察点、走访、座谈）次数',
      public: true,
    },
    {
      key: 'reports',
      label: '视察调研报告',
      kind: 'count',
      definition: '本年度报送的视察、调研报告',
      public: true,
    },
    {
      key: 'suggestions',
      label: '监督意见建议',
      kind: 'count',
      definition: '本年度民主监督和视察调研提出、交有关部门书面反馈的意见建议',
      public: true,
    },
    {
      key: 'answered',
      label: '已书面反馈',
      kind: 'count',
      definition: '本年度提出的监督意见建议中，有关部门已书面反馈（含整改情况）的条数',
      public: true,
    },
    {
      key: 'adopted',
      label: '已采纳',
      kind: 'count',
      definition: '本年度提出的监督意见建议中，有关部门反馈采纳或部分采纳的条数',
      public: true,
    },
    {
      key: 'instructed',
      label: '获批示报告',
      kind: 'count',
      definition: '本年度报送的视察调研报告中，获党政领导批示的篇数',
      public: true,
    },
  ],
  trendFigure: 'visits',
  trendDefinition: '按活动日期统计的监督视察活动',
  lists: [
    { key: 'reports', title: '视察调研报告' },
    { key: 'findings', title: '民主监督发现的问题' },
  ],
};
