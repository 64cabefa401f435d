import { type Gender, type Position, positionRank } from '../../domain/members';
import { nameIndex } from '../../domain/pinyin';
import { dateYearsBefore, type IdentityIssuer } from './identity';
import type { createNameFactory } from './names';
import { type CommitteePlan, REFERENCE_YEAR, type RosterPlan } from './plans';
import type { Rng } from './random';
import { expandJobs, type Job, MINORITY_ETHNICITIES, SECTOR_PROFILES } from './sector-profiles';

/** One member as generated, before ids exist: names refer to the plan's catalogues. */
export interface MemberDraft {
  name: string;
  namePinyin: string;
  nameInitials: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string;
  party: string;
  sector: string;
  position: Position;
  officialOrder: number;
  specialCommittee: string;
  liaisonArea: string | null;
  employer: string;
  jobTitle: string;
  phone: string;
  idNumber: string;
  status: 'active' | 'left';
  leftDate: string | null;
  leftReason: string | null;
}

type Person = Pick<
  MemberDraft,
  'name' | 'gender' | 'sector' | 'party' | 'ethnicity' | 'employer' | 'jobTitle'
> & {
  position: Position;
};

/** The district's short name ('清河区') from its region ('海川市清河区'). */
const districtName = (region: string) => region.slice(region.indexOf('市') + 1);

/** Age ranges by position: the chairs are senior, 共青团 members young. */
const AGES: Record<Position, [number, number]> = {
  主席: [55, 59],
  副主席: [48, 58],
  秘书长: [46, 54],
  常委: [42, 60],
  委员: [35, 62],
};

// biome-ignore format: a plain list
const LEFT_REASONS = [
  '工作调动，离开本区', '因病本人申请辞去委员职务', '退休后本人申请辞去委员职务', '调任外地工作',
  '连续两年履职考评不称职，经常委会会议决定劝辞',
];

/**
 * The whole roster of a committee: people per sector, then positions (主席, 副主席, 秘书长,
 * 常委 apportioned across sectors), identity, the official order, 全员入委 and the liaison
 * groups (every member in one, round-robin over a shuffle), and a few who left.
 */
export function draftRoster(
  plan: CommitteePlan,
  roster: RosterPlan,
  rng: Rng,
  nextName: ReturnType<typeof createNameFactory>,
  issuer: IdentityIssuer,
): MemberDraft[] {
  const people = roster.sectors.flatMap(([sector, size]) =>
    Array.from({ length: size }, () => draftPerson(rng, nextName, sector)),
  );
  assignPositions(people, roster, plan.name);
  assignJobs(people, plan, rng);
  const drafts = people.map((p) => completeDraft(p, plan, roster, rng, issuer));
  orderOfficially(drafts, roster);
  // Round-robin over a shuffle: every group gets members, every member one group.
  const areas = plan.liaisonAreas;
  rng.shuffle(drafts).forEach((d, i) => {
    d.liaisonArea = areas.length ? areas[i % areas.length] : null;
  });
  markLeft(drafts, roster.leftCount, rng);
  return drafts;
}

function draftPerson(rng: Rng, nextName: ReturnType<typeof createNameFactory>, sector: string): Person {
  const profile = SECTOR_PROFILES[sector];
  const gender: Gender = rng.chance(profile.femaleShare) ? '女' : '男';
  const minority = sector === '少数民族界' || rng.chance(0.03);
  return {
    name: nextName(gender),
    gender,
    sector,
    party: rng.weighted(profile.parties),
    ethnicity: minority ? rng.pick(MINORITY_ETHNICITIES) : '汉族',
    employer: '',
    jobTitle: '',
    position: '委员',
  };
}

/** Leadership first, then 常委 proportional to sector size (largest remainder), the rest 委员. */
function assignPositions(people: Person[], roster: RosterPlan, committeeName: string): void {
  const free = (sector: string) => people.filter((p) => p.sector === sector && p.position === '委员');
  const appoint = (sector: string, position: Position) => {
    const person = free(sector)[0];
    person.position = position;
    if (person.sector === '中共') {
      // Full-time chairs work for the committee itself.
      person.employer = committeeName;
      person.jobTitle = position;
    }
  };
  appoint(roster.chairSector, '主席');
  for (const sector of roster.viceChairSectors) appoint(sector, '副主席');
  appoint(roster.secretaryGeneralSector, '秘书长');
  const sectors = roster.sectors.map(([s]) => s);
  const quotas = apportion(
    sectors.map((s) => free(s).length),
    roster.standingCount,
  );
  sectors.forEach((sector, i) => {
    for (const p of free(sector).slice(0, quotas[i])) p.position = '常委';
  });
}

/** Splits `total` in proportion to `sizes`, handing leftovers to the largest remainders. */
function apportion(sizes: number[], total: number): number[] {
  const sum = sizes.reduce((a, b) => a + b, 0);
  const exact = sizes.map((s) => (s * total) / sum);
  const out = exact.map(Math.floor);
  const order = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  let left = total - out.reduce((a, b) => a + b, 0);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i] += 1;
  }
  return out;
}

/**
 * Jobs per sector: the one-holder posts go to the senior members first (常委 before 委员),
 * plain 委员 take a post half the time while any are left, everyone else a common job.
 */
function assignJobs(people: Person[], plan: CommitteePlan, rng: Rng): void {
  const district = districtName(plan.region);
  const bySeniority = [...people].sort((a, b) => positionRank(a.position) - positionRank(b.position));
  const posts = new Map<string, Job[]>();
  for (const p of bySeniority) {
    if (p.employer) continue;
    const profile = SECTOR_PROFILES[p.sector];
    if (!posts.has(p.sector))
      posts.set(p.sector, rng.shuffle(expandJobs(profile.posts, district, plan.liaisonAreas)));
    const open = posts.get(p.sector)!;
    const takesPost = open.length > 0 && (p.position !== '委员' || rng.chance(0.5));
    [p.employer, p.jobTitle] = takesPost
      ? open.shift()!
      : rng.pick(expandJobs(profile.common, district, plan.liaisonAreas));
  }
}

function completeDraft(
  p: Person,
  plan: CommitteePlan,
  roster: RosterPlan,
  rng: Rng,
  issuer: IdentityIssuer,
): MemberDraft {
  const youth = p.sector === '共青团' && positionRank(p.position) >= positionRank('常委');
  const [minAge, maxAge] = youth ? [28, 38] : AGES[p.position];
  const birthDate = dateYearsBefore(rng, REFERENCE_YEAR, rng.int(minAge, maxAge));
  const profile = SECTOR_PROFILES[p.sector];
  const preferred = plan.specialCommittees.includes(profile.specialCommittee) && rng.chance(0.7);
  return {
    ...p,
    ...nameIndex(p.name),
    birthDate,
    officialOrder: 0,
    specialCommittee: preferred ? profile.specialCommittee : rng.pick(plan.specialCommittees),
    liaisonArea: null,
    phone: issuer.phone(),
    idNumber: issuer.idNumber(rng.pick(roster.regionCodes), birthDate, p.gender),
    status: 'active',
    leftDate: null,
    leftReason: null,
  } satisfies MemberDraft;
}

/**
 * 官方排序: 主席, 副主席, 秘书长 (leadership in roster order), then 常委 and 委员 each by
 * sector and pinyin. Plain code-point comparison keeps the order independent of the ICU locale.
 */
function orderOfficially(drafts: MemberDraft[], roster: RosterPlan): void {
  const sectorIndex = new Map(roster.sectors.map(([s], i) => [s, i]));
  const key = (d: MemberDraft): [number, number, string] => {
    const rank = positionRank(d.position);
    return rank <= positionRank('秘书长') ? [rank, 0, ''] : [rank, sectorIndex.get(d.sector)!, d.namePinyin];
  };
  const compare = (a: MemberDraft, b: MemberDraft) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || (ka[2] < kb[2] ? -1 : ka[2] > kb[2] ? 1 : 0);
  };
  [...drafts].sort(compare).forEach((d, i) => {
    d.officialOrder = i + 1;
  });
}

/** A few plain 委员 left during the three years before the reference date, each with a reason. */
function markLeft(drafts: MemberDraft[], count: number, rng: Rng): void {
  const candidates = rng.shuffle(drafts.filter((d) => d.position === '委员')).slice(0, count);
  candidates.forEach((d, i) => {
    d.status = 'left';
    d.leftDate = dateYearsBefore(rng, REFERENCE_YEAR, rng.int(1, 3));
    d.leftReason = LEFT_REASONS[i % LEFT_REASONS.length];
  });
}
