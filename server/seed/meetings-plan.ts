import type { MeetingKind, OrganiserKind } from '../../domain/meetings';
import type { Position } from '../../domain/members';

/**
 * The demo district's meetings of 2024–2026 as data: what was held, when, by whom, for whom.
 * server/seed/meetings.ts replays them through the meeting commands.
 */
export interface SittingPlan {
  name: string;
  /** Days after the meeting's first day. */
  day: number;
  from: string;
  to: string;
}

export interface InvitePlan {
  allMembers?: boolean;
  positions?: Position[];
  specialCommittees?: string[];
  liaisonAreas?: string[];
  activityGroups?: string[];
}

export interface MeetingPlan {
  kind: MeetingKind;
  title: string;
  organiser: [OrganiserKind, string];
  /** The first day, a Beijing date. */
  date: string;
  place: string;
  sittings: SittingPlan[];
  invite: InvitePlan;
  /** A plenary's session year. */
  sessionYear?: number;
  /** 列席: leaders by title and units by name. */
  leaders?: string[];
  units?: string[];
}

const OFFICE: [OrganiserKind, string] = ['department', '委员工作科'];
const GENERAL: [OrganiserKind, string] = ['department', '办公室'];
const HALL = '区政协机关大楼三楼会议室';
const one = (name: string, from = '09:00', to = '11:30'): SittingPlan[] => [{ name, day: 0, from, to }];

/** A plenary (全体会议) of one session: four sittings over three days in the district's hall. */
function plenary(year: number, ordinal: string, date: string): MeetingPlan {
  return {
    kind: 'plenary',
    title: `政协清河区第十一届委员会第${ordinal}次会议`,
    organiser: GENERAL,
    date,
    place: '清河区人民会堂',
    sessionYear: year,
    invite: { allMembers: true },
    leaders: ['区委书记', '区委副书记、区长', '区委常委、统战部部长'],
    sittings: [
      { name: '开幕会', day: 0, from: '09:00', to: '11:30' },
      { name: '小组讨论', day: 0, from: '14:30', to: '17:30' },
      { name: '大会发言', day: 1, from: '09:00', to: '11:30' },
      { name: '闭幕会', day: 2, from: '09:00', to: '11:00' },
    ],
  };
}

const STANDING: MeetingPlan['invite'] = { positions: ['主席', '副主席', '秘书长', '常委'] };
const CHAIRS: MeetingPlan['invite'] = { positions: ['主席', '副主席', '秘书长'] };

const standing = (n: number, date: string, topic: string): MeetingPlan => ({
  kind: 'standing',
  title: `十一届区政协常委会第${n}次会议（${topic}）`,
  organiser: OFFICE,
  date,
  place: HALL,
  invite: STANDING,
  leaders: ['区委常委、统战部部长'],
  sittings: one('全体会议', '09:00', '11:30'),
});

const chairs = (n: number, date: string): MeetingPlan => ({
  kind: 'chairs',
  title: `十一届区政协主席会议第${n}次会议`,
  organiser: GENERAL,
  date,
  place: '区政协机关二楼会议室',
  invite: CHAIRS,
  sittings: one('会议', '15:00', '17:00'),
});

const CHAIR_DATES = [
  '2025-01-20',
  '2025-02-24',
  '2025-04-14',
  '2025-05-26',
  '2025-07-14',
  '2025-08-25',
  '2025-10-20',
  '2025-11-24',
  '2026-02-23',
  '2026-04-20',
  '2026-06-22',
  '2026-09-21',
];

/** Everything held from the 2024 plenary to November 2026. */
export const PAST_MEETINGS: MeetingPlan[] = [
  plenary(2024, '三', '2024-01-08'),
  plenary(2025, '四', '2025-01-07'),
  plenary(2026, '五', '2026-01-06'),
  standing(12, '2025-03-18', '审议年度工作要点'),
  standing(13, '2025-06-17', '专题协商营商环境'),
  standing(14, '2025-09-16', '听取提案办理情况通报'),
  standing(15, '2025-12-16', '审议五次会议筹备方案'),
  standing(16, '2026-04-21', '专题议政乡村振兴'),
  standing(17, '2026-08-18', '审议年度履职情况通报'),
  ...CHAIR_DATES.map((d, i) => chairs(30 + i, d)),
  ...[
    ['提案委员会', '2025-05-13'],
    ['经济委员会', '2025-06-10'],
    ['社会和法制委员会', '2025-09-09'],
    ['文史和学习委员会', '2025-10-14'],
    ['教科卫体委员会', '2026-05-12'],
  ].map(
    ([name, date]): MeetingPlan => ({
      kind: 'specialCommittee',
      title: `${name}全体会议`,
      organiser: ['specialCommittee', name],
      date,
      place: '区政协机关二楼会议室',
      invite: { specialCommittees: [name] },
      sittings: one('会议'),
    }),
  ),
  {
    kind: 'training',
    title: '2025年度委员履职能力培训',
    organiser: OFFICE,
    date: '2025-04-22',
    place: '区委党校报告厅',
    invite: { allMembers: true },
    sittings: [
      { name: '专题辅导', day: 0, from: '09:00', to: '11:30' },
      { name: '履职交流', day: 0, from: '14:30', to: '16:30' },
    ],
  },
  {
    kind: 'training',
    title: '2026年度新任委员培训',
    organiser: OFFICE,
    date: '2026-03-24',
    place: '区委党校报告厅',
    invite: { positions: ['委员'] },
    sittings: one('专题辅导'),
  },
  {
    kind: 'activityDay',
    title: '“委员进社区”主题活动日（清河街道）',
    organiser: ['liaisonGroup', '清河街道'],
    date: '2025-07-08',
    place: '清河街道委员会客厅',
    invite: { liaisonAreas: ['清河街道', '东城街道'] },
    sittings: one('活动'),
  },
  {
    kind: 'activityDay',
    title: '乡村振兴委员活动组走访活动',
    organiser: ['activityGroup', '乡村振兴委员活动组'],
    date: '2026-06-09',
    place: '白沙镇',
    invite: { activityGroups: ['乡村振兴委员活动组'] },
    sittings: one('走访', '09:00', '16:00'),
  },
  {
    kind: 'inspection',
    title: '视察城区老旧小区改造',
    organiser: OFFICE,
    date: '2025-10-28',
    place: '南湖街道',
    invite: { positions: ['常委'] },
    units: ['区住房和城乡建设局'],
    sittings: one('视察', '09:00', '12:00'),
  },
  {
    kind: 'reading',
    title: '委员读书会（第三期）',
    organiser: ['specialCommittee', '文史和学习委员会'],
    date: '2026-10-13',
    place: '区图书馆',
    invite: { specialCommittees: ['文史和学习委员会', '教科卫体委员会'] },
    sittings: one('读书分享', '14:30', '16:30'),
  },
];
