import { DEFAULT_CATEGORIES } from '../domain/proposals';
import { DISTRICT_PLAN } from '../server/seed/plans';

/**
 * The benchmark's committee tree as pure data with ids fixed by position, so every table can be
 * written with COPY in one pass and rows can refer to each other without lookups: provinces,
 * then cities, then counties (districts), each with a term, five sessions, sectors, special
 * committees, the 40 handling units of the demo district and the default proposal categories.
 */

export const PROVINCES = ['东海省', '南岭省', '西川省', '北原省', '中州省', '云梦省', '燕山省', '太湖省'];
// biome-ignore format: name lists
const CITY_NAMES = ['海川', '江宁', '临安', '青州', '平阳', '长乐', '永安', '安庆', '昌平', '丰城', '广陵', '怀远', '金华', '晋阳', '兰溪', '龙泉', '宁远', '清源', '瑞安', '寿光', '松阳', '泰和', '万年', '武宁', '新昌', '兴化', '阳朔', '宜春', '云和', '枣阳'];
// biome-ignore format: name lists
const COUNTY_NAMES = ['清河', '明湖', '东城', '西关', '南湖', '北苑', '河滨', '望江', '文昌', '新华', '长安', '桂花', '柳塘', '金桥', '松林', '龙泉', '白沙', '石桥', '青山', '杨柳', '双河', '梅溪', '大兴', '安平', '福田', '光明', '和平', '红旗', '建设', '解放', '黎明', '前进', '胜利', '太平', '向阳'];

export const SESSION_YEARS = [2022, 2023, 2024, 2025, 2026] as const;
export const SECTOR_NAMES = DISTRICT_PLAN.roster!.sectors.slice(0, 12).map(([name]) => name);
export const SPECIAL_NAMES = ['提案委员会', '经济委员会', '社会和法制委员会'];
export const UNIT_NAMES = DISTRICT_PLAN.handlingUnits.map(([name]) => name);
export const UNIT_KINDS = DISTRICT_PLAN.handlingUnits.map(([, kind]) => kind);
export const CATEGORY_NAMES: readonly string[] = DEFAULT_CATEGORIES;

export interface BenchCommittee {
  id: number;
  parentId: number | null;
  name: string;
  level: 'province' | 'city' | 'county';
  path: string;
  /** Members seated: a county ~80 in the benchmark (enough for signers), more higher up. */
  memberCount: number;
  /** First member id of this committee (members are numbered committee by committee). */
  firstMemberId: number;
}

const MEMBERS = { province: 300, city: 150, county: 80 } as const;

/**
 * `total` committees: `provinces` provinces, 20 cities each, and the rest counties shared out
 * evenly among the cities. Ids: provinces first, then cities, then counties (breadth first).
 * `memberScale` multiplies every level's members (2.42 seats the duty archive's 600,000 at 3,000
 * committees; both generators must be given the same).
 */
export function committeeTree(total: number, provinces: number, memberScale = 1): BenchCommittee[] {
  const cityCount = provinces * 20;
  const countyCount = Math.max(0, total - provinces - cityCount);
  const out: BenchCommittee[] = [];
  let nextMember = 1;
  const add = (parent: BenchCommittee | null, name: string, level: BenchCommittee['level']) => {
    const id = out.length + 1;
    const c: BenchCommittee = {
      id,
      parentId: parent?.id ?? null,
      name: `${name}政协`,
      level,
      path: `${parent?.path ?? '/'}${id}/`,
      memberCount: Math.round(MEMBERS[level] * memberScale),
      firstMemberId: nextMember,
    };
    nextMember += c.memberCount;
    out.push(c);
    return c;
  };
  const provs = Array.from({ length: provinces }, (_, p) =>
    add(null, PROVINCES[p % PROVINCES.length] + (p >= PROVINCES.length ? p : ''), 'province'),
  );
  const cities = provs.flatMap((p) =>
    Array.from({ length: 20 }, (_, i) => add(p, `${p.name.slice(0, -2)}${CITY_NAMES[i]}市`, 'city')),
  );
  for (let k = 0; k < countyCount; k++) {
    const city = cities[k % cities.length];
    const round = Math.floor(k / cities.length);
    const suffix = round < COUNTY_NAMES.length ? `${COUNTY_NAMES[round]}区` : `第${round + 1}区`;
    add(city, `${city.name.slice(0, -2)}${suffix}`, 'county');
  }
  return out;
}

/** Ids of a committee's fixed-size catalogues: the n-th row of committee c. */
export const sessionId = (c: number, yearIndex: number) => (c - 1) * SESSION_YEARS.length + yearIndex + 1;
export const sectorId = (c: number, i: number) => (c - 1) * SECTOR_NAMES.length + i + 1;
export const specialId = (c: number, i: number) => (c - 1) * SPECIAL_NAMES.length + i + 1;
export const unitId = (c: number, i: number) => (c - 1) * UNIT_NAMES.length + i + 1;
export const categoryId = (c: number, i: number) => (c - 1) * CATEGORY_NAMES.length + i + 1;

const PINYIN = ['zhang', 'wang', 'li', 'zhao', 'chen', 'liu', 'yang', 'huang', 'zhou', 'wu'];
const SURNAMES = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周', '吴'];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '强',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '涛',
  '明',
  '超',
  '霞',
  '平',
  '刚',
  '华',
  '丽',
];

/** A member row: the columns the lists and filters read; contact data is left empty. */
export function memberRow(c: BenchCommittee, k: number): unknown[] {
  const id = c.firstMemberId + k;
  const s = id % SURNAMES.length;
  const name = `${SURNAMES[s]}${GIVEN[id % GIVEN.length]}${GIVEN[(id * 7) % GIVEN.length]}${id}`;
  const position = k === 0 ? '主席' : k < 4 ? '副主席' : k < 16 ? '常委' : '委员';
  // id, committee_id, term_id, name, name_pinyin, name_initials, gender, sector_id, position,
  // special_committee_id, status, official_order, is_standing
  return [
    id,
    c.id,
    c.id,
    name,
    `${PINYIN[s]} bench`,
    PINYIN[s][0],
    id % 2 ? '男' : '女',
    sectorId(c.id, k % SECTOR_NAMES.length),
    position,
    specialId(c.id, k % SPECIAL_NAMES.length),
    'active',
    k + 1,
    position !== '委员',
  ];
}

export const MEMBER_COLUMNS = [
  'id',
  'committee_id',
  'term_id',
  'name',
  'name_pinyin',
  'name_initials',
  'gender',
  'sector_id',
  'position',
  'special_committee_id',
  'status',
  'official_order',
  'is_standing',
];
