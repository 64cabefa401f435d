/**
 * The demo committees as data: a city committee, the demo district below it with a full
 * roster, and a small sibling district so reads across levels have something to show. All
 * names are invented. A later seed (e.g. a proposal year) looks its committee up by `key`.
 */
import type { DepartmentDuty } from '../../domain/org-resources';

/** The day the demo "is": ages, departures and anything relative are counted from it. */
export const REFERENCE_DATE = '2026-01-01';
export const REFERENCE_YEAR = Number(REFERENCE_DATE.slice(0, 4));

export interface RosterPlan {
  /** [sector, number of members] in the order the roster prints the sectors. */
  sectors: readonly (readonly [string, number])[];
  chairSector: string;
  viceChairSectors: readonly string[];
  secretaryGeneralSector: string;
  /** 常委 besides the 主席, 副主席 and 秘书长. */
  standingCount: number;
  /** Members who left during the term (status 'left'). */
  leftCount: number;
  /** First six digits of the members' ID numbers (fictional codes). */
  regionCodes: readonly string[];
}

export interface ActivityGroupPlan {
  name: string;
  kind: '委员活动组' | '委员工作室' | '委员会客厅';
  /** Members are drawn from these sectors, or from this liaison area, or from everyone. */
  sectors?: readonly string[];
  area?: string;
  size: number;
}

export interface CommitteePlan {
  key: 'city' | 'district' | 'sibling';
  /** The plan of the committee above; it is seeded first. */
  parentKey: 'city' | null;
  name: string;
  level: 'city' | 'county';
  region: string;
  /** PRNG seed: each committee draws from its own sequence, so adding one changes no other. */
  seed: number;
  term: { ordinal: number; startDate: string; endDate: string };
  /** Opening date of 一次会议, 二次会议 … one per year. */
  sessionOpenings: readonly string[];
  specialCommittees: readonly string[];
  liaisonAreas: readonly string[];
  activityGroups: readonly ActivityGroupPlan[];
  /** [name, note, duty]: the note keeps the section's everyday name (提案科); the duty decides its workflow. */
  departments: readonly (readonly [string, string | null, DepartmentDuty])[];
  handlingUnits: readonly (readonly [string, '政府部门' | '群团组织' | '企事业单位' | '其他'])[];
  /** [title, organisation, note]; names are drawn like members'. */
  leaders: readonly (readonly [string, string, string | null])[];
  leaderLevel: '厅局级' | '县处级';
  /** The sector catalogue when it is more than the roster's sectors (or there is no roster). */
  sectorNames?: readonly string[];
  roster: RosterPlan | null;
}

const SESSIONS_2022_2026 = ['2022-01-06', '2023-01-05', '2024-01-08', '2025-01-07', '2026-01-06'];
const TERM_2022_2027 = { startDate: '2022-01-06', endDate: '2027-01-05' };

export const CITY_PLAN: CommitteePlan = {
  key: 'city',
  parentKey: null,
  name: '海川市政协',
  level: 'city',
  region: '海川市',
  seed: 1001,
  term: { ordinal: 14, ...TERM_2022_2027 },
  sessionOpenings: ['2022-01-10', '2023-01-09', '2024-01-15', '2025-01-13', '2026-01-12'],
  specialCommittees: ['提案委员会', '经济委员会', '社会和法制委员会'],
  liaisonAreas: [],
  activityGroups: [],
  departments: [
    ['办公室', null, '综合'],
    ['提案委员会办公室', '提案处', '提案工作'],
    ['研究室', '信息处', '社情民意信息'],
  ],
  handlingUnits: [
    ['市教育局', '政府部门'],
    ['市卫生健康委员会', '政府部门'],
    ['市住房和城乡建设局', '政府部门'],
    ['市交通运输局', '政府部门'],
  ],
  leaders: [
    ['市委书记', '中共海川市委员会', null],
    ['市委副书记、市长', '海川市人民政府', null],
    ['副市长', '海川市人民政府', '分管教育、卫生健康'],
  ],
  leaderLevel: '厅局级',
  sectorNames: [
    '中共',
    '民革',
    '民盟',
    '民建',
    '民进',
    '农工党',
    '九三学社',
    '无党派人士',
    '经济界',
    '教育界',
  ],
  // A few of the city's members, enough for the joint inspection it organises (seed/joint-supervision.ts).
  roster: {
    sectors: [
      ['中共', 4],
      ['民盟', 2],
      ['经济界', 3],
      ['教育界', 3],
    ],
    chairSector: '中共',
    viceChairSectors: ['中共', '民盟'],
    secretaryGeneralSector: '中共',
    standingCount: 3,
    leftCount: 0,
    regionCodes: ['339900'],
  },
};

/** The demo district: 292 members in 23 sectors, 23 liaison groups (15 街道, 8 镇). */
export const DISTRICT_PLAN: CommitteePlan = {
  key: 'district',
  parentKey: 'city',
  name: '海川市清河区政协',
  level: 'county',
  region: '海川市清河区',
  seed: 2022,
  term: { ordinal: 11, ...TERM_2022_2027 },
  sessionOpenings: SESSIONS_2022_2026,
  specialCommittees: ['提案委员会', '经济委员会', '社会和法制委员会', '文史和学习委员会', '教科卫体委员会'],
  // biome-ignore format: 15 街道 then 8 镇
  liaisonAreas: [
    '清河街道', '东城街道', '西关街道', '南湖街道', '北苑街道', '河滨街道', '望江街道', '文昌街道',
    '新华街道', '长安街道', '桂花街道', '柳塘街道', '金桥街道', '松林街道', '龙泉街道',
    '白沙镇', '石桥镇', '青山镇', '杨柳镇', '黄土岭镇', '双河镇', '梅溪镇', '大兴镇',
  ],
  activityGroups: [
    { name: '乡村振兴委员活动组', kind: '委员活动组', sectors: ['农业界', '经济界', '工商联'], size: 14 },
    { name: '营商环境委员活动组', kind: '委员活动组', sectors: ['工商联', '民建', '经济界'], size: 14 },
    {
      name: '文化传承委员活动组',
      kind: '委员活动组',
      sectors: ['文化艺术界', '民进', '少数民族界'],
      size: 12,
    },
    { name: '教育惠民委员工作室', kind: '委员工作室', sectors: ['教育界', '民盟'], size: 8 },
    { name: '医卫健康委员工作室', kind: '委员工作室', sectors: ['医药卫生界', '农工党'], size: 8 },
    { name: '法律服务委员工作室', kind: '委员工作室', sectors: ['民革', '特邀', '无党派人士'], size: 6 },
    { name: '清河街道委员会客厅', kind: '委员会客厅', area: '清河街道', size: 10 },
    { name: '望江街道委员会客厅', kind: '委员会客厅', area: '望江街道', size: 10 },
    { name: '白沙镇委员会客厅', kind: '委员会客厅', area: '白沙镇', size: 10 },
  ],
  departments: [
    ['办公室', null, '综合'],
    ['提案委员会办公室', '提案科', '提案工作'],
    ['研究室', '信息科', '社情民意信息'],
    ['委员工作科', null, '委员工作'],
  ],
  // biome-ignore format: one unit a row would run to 40 lines
  handlingUnits: [
    ['区发展和改革局', '政府部门'], ['区教育局', '政府部门'], ['区科学技术局', '政府部门'],
    ['区工业和信息化局', '政府部门'], ['区公安分局', '政府部门'], ['区民政局', '政府部门'],
    ['区司法局', '政府部门'], ['区财政局', '政府部门'], ['区人力资源和社会保障局', '政府部门'],
    ['区自然资源和规划分局', '政府部门'], ['区生态环境分局', '政府部门'], ['区住房和城乡建设局', '政府部门'],
    ['区交通运输局', '政府部门'], ['区农业农村局', '政府部门'], ['区水利局', '政府部门'],
    ['区商务局', '政府部门'], ['区文化广电旅游体育局', '政府部门'], ['区卫生健康局', '政府部门'],
    ['区退役军人事务局', '政府部门'], ['区应急管理局', '政府部门'], ['区审计局', '政府部门'],
    ['区市场监督管理局', '政府部门'], ['区统计局', '政府部门'], ['区医疗保障局', '政府部门'],
    ['区城市管理局', '政府部门'], ['区行政审批服务局', '政府部门'], ['区信访局', '政府部门'],
    ['区数据资源管理局', '政府部门'], ['区民族宗教事务局', '政府部门'], ['区税务局', '政府部门'],
    ['区总工会', '群团组织'], ['团区委', '群团组织'], ['区妇女联合会', '群团组织'],
    ['区残疾人联合会', '群团组织'], ['区科学技术协会', '群团组织'],
    ['国网海川市清河供电公司', '企事业单位'], ['区城市建设投资集团有限公司', '企事业单位'],
    ['海川水务集团清河分公司', '企事业单位'],
    ['区人民法院', '其他'], ['区人民检察院', '其他'],
  ],
  leaders: [
    ['区委书记', '中共海川市清河区委员会', null],
    ['区委副书记、区长', '海川市清河区人民政府', null],
    ['区人大常委会主任', '海川市清河区人大常委会', null],
    ['区委副书记', '中共海川市清河区委员会', '分管党建、政法'],
    ['区委常委、常务副区长', '海川市清河区人民政府', '分管发展改革、财政、审计'],
    ['区委常委、组织部部长', '中共海川市清河区委员会', null],
    ['区委常委、宣传部部长', '中共海川市清河区委员会', null],
    ['区委常委、统战部部长', '中共海川市清河区委员会', '联系区政协'],
    ['副区长', '海川市清河区人民政府', '分管教育、卫生健康、医疗保障'],
    ['副区长', '海川市清河区人民政府', '分管住房城乡建设、交通运输、城市管理'],
    ['副区长', '海川市清河区人民政府', '分管农业农村、水利、生态环境'],
    ['副区长、区公安分局局长', '海川市清河区人民政府', '分管公安、司法'],
  ],
  leaderLevel: '县处级',
  roster: {
    // biome-ignore format: [sector, size] rows, 292 in all
    sectors: [
      ['中共', 30], ['民革', 8], ['民盟', 10], ['民建', 10], ['民进', 10], ['农工党', 8], ['致公党', 5],
      ['九三学社', 8], ['无党派人士', 8], ['共青团', 6], ['工会', 8], ['妇联', 8], ['工商联', 20],
      ['经济界', 28], ['教育界', 20], ['科技界', 14], ['医药卫生界', 18], ['文化艺术界', 12], ['农业界', 14],
      ['社会福利和社会保障界', 10], ['少数民族界', 6], ['宗教界', 5], ['特邀', 26],
    ],
    chairSector: '中共',
    viceChairSectors: ['中共', '民盟', '民建', '农工党', '无党派人士'],
    secretaryGeneralSector: '中共',
    standingCount: 40,
    leftCount: 5,
    regionCodes: ['339902', '339902', '339902', '339902', '339901', '339903', '339904'],
  },
};

/** A smaller sibling district: enough rows that a city account sees two districts. */
export const SIBLING_PLAN: CommitteePlan = {
  key: 'sibling',
  parentKey: 'city',
  name: '海川市明湖区政协',
  level: 'county',
  region: '海川市明湖区',
  seed: 3033,
  term: { ordinal: 11, ...TERM_2022_2027 },
  sessionOpenings: SESSIONS_2022_2026,
  specialCommittees: ['提案委员会', '经济委员会'],
  liaisonAreas: ['明湖街道', '湖滨街道', '金山镇'],
  activityGroups: [],
  departments: [
    ['办公室', null, '综合'],
    ['提案委员会办公室', '提案科', '提案工作'],
  ],
  handlingUnits: [
    ['区教育局', '政府部门'],
    ['区卫生健康局', '政府部门'],
    ['区住房和城乡建设局', '政府部门'],
    ['区交通运输局', '政府部门'],
    ['区民政局', '政府部门'],
  ],
  leaders: [
    ['区委书记', '中共海川市明湖区委员会', null],
    ['区委副书记、区长', '海川市明湖区人民政府', null],
  ],
  leaderLevel: '县处级',
  roster: {
    sectors: [
      ['中共', 6],
      ['民盟', 3],
      ['民建', 3],
      ['经济界', 6],
      ['教育界', 5],
      ['医药卫生界', 5],
    ],
    chairSector: '中共',
    viceChairSectors: ['中共', '民盟'],
    secretaryGeneralSector: '中共',
    standingCount: 4,
    leftCount: 0,
    regionCodes: ['339905'],
  },
};

/** Parents before children: the city first, then its districts. */
export const DEMO_PLANS = [CITY_PLAN, DISTRICT_PLAN, SIBLING_PLAN] as const;

/**
 * The order rosters draw their phones and ID numbers from the one issuer: the city's few members
 * came last, so the districts' identities stay those they always had.
 */
export const ROSTER_ORDER = [DISTRICT_PLAN, SIBLING_PLAN, CITY_PLAN] as const;
