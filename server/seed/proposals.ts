import { eq } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { notifications, sessions, unitAwards, users } from '../db/schema';
import { ensureProposalConfig, listCategories, listRejectReasons } from '../modules/proposals/config';
import { backfillSearchVectors } from '../modules/proposals/search';
import { demoMember } from './accounts';
import type { SeededMember } from './members';
import type { OrgRefs } from './org';
import { DISTRICT_PLAN } from './plans';
import { insertStories } from './proposals-insert';
import { type DemoUsers, insertDemoNotifications } from './proposals-notify';
import { type MemberInfo, planProposalYears } from './proposals-plan';
import { beijing, type StoryWorld, type Who } from './proposals-story';
import { createRng } from './random';

const PROPOSALS_SEED = 2026_0106;

/** 先进承办单位 of 2025, chosen at year end from the handling record. */
const AWARDED_2025 = ['区教育局', '区卫生健康局', '区民政局', '区住房和城乡建设局', '区交通运输局'];

/** What the proposal seed made, for the startup message and the tests. */
export interface ProposalSeed {
  proposals: number;
  events: number;
  notifications: number;
}

/** The demo accounts of the district by username, with what they stand for. */
async function demoUsers(tx: Tx, committeeId: number) {
  const rows = await tx.select().from(users).where(eq(users.committeeId, committeeId));
  const by = (username: string) => rows.find((u) => u.username === username)!;
  return { staff: by('staff'), member: by('member'), unit: by('unit'), leader: by('leader') };
}

/** Who acts, for the stories: the demo accounts where they exist, names for everyone else. */
function worldOf(
  district: OrgRefs,
  members: SeededMember[],
  accounts: Awaited<ReturnType<typeof demoUsers>>,
): StoryWorld {
  const unitNames = new Map([...district.handlingUnitIds].map(([name, id]) => [id, name]));
  const memberName = new Map(members.map((m) => [m.id, m.name]));
  const keys = { assignment: 0, reply: 0 };
  const staff = { userId: accounts.staff.id, name: accounts.staff.displayName };
  const isDemoMember = (id: number) => id === accounts.member.memberId;
  const isDemoUnit = (id: number) => id === accounts.unit.handlingUnitId;
  return {
    committeeId: district.committeeId,
    rng: createRng(PROPOSALS_SEED),
    places: DISTRICT_PLAN.liaisonAreas,
    staff,
    // Members and units without a demo account file on paper; the office enters it (代录).
    memberUser: (id) => (isDemoMember(id) ? accounts.member.id : staff.userId),
    memberWho: (id): Who => ({
      userId: isDemoMember(id) ? accounts.member.id : null,
      name: memberName.get(id)!,
    }),
    unitUser: (id) => (isDemoUnit(id) ? accounts.unit.id : staff.userId),
    unitWho: (id): Who =>
      isDemoUnit(id)
        ? { userId: accounts.unit.id, name: `${accounts.unit.displayName}（${unitNames.get(id)}）` }
        : { userId: null, name: unitNames.get(id)! },
    unitName: (id) => unitNames.get(id)!,
    leaderWho: (id): Who => {
      const leader = district.leaders.find((l) => l.id === id)!;
      return { userId: id === accounts.leader.leaderId ? accounts.leader.id : null, name: leader.name };
    },
    nextKey: (kind) => ++keys[kind],
  };
}

/**
 * The demo district's proposal years (第十一届四次、五次会议, 2025 and 2026): ~260 proposals in
 * every status with their whole history, written in bulk inside the demo seed's transaction.
 * Deterministic: one seeded generator, fixed calendars (server/seed/proposals-plan.ts).
 */
export async function seedProposalYears(
  tx: Tx,
  district: OrgRefs,
  members: SeededMember[],
): Promise<ProposalSeed> {
  const committeeId = district.committeeId;
  await ensureProposalConfig(tx, committeeId);
  const categories = await listCategories(tx, committeeId);
  const reasons = await listRejectReasons(tx, committeeId);
  const sessionRows = await tx.select().from(sessions).where(eq(sessions.committeeId, committeeId));
  const accounts = await demoUsers(tx, committeeId);
  const world = worldOf(district, members, accounts);
  const serving: MemberInfo[] = members
    .filter((m) => m.status === 'active')
    .map((m) => ({ id: m.id, name: m.name, sector: m.sector, sectorId: district.sectorIds.get(m.sector)! }));
  const { stories } = planProposalYears({
    world,
    sessionIds: Object.fromEntries(sessionRows.map((s) => [s.year, s.id])),
    categoryIds: new Map(categories.map((c) => [c.name, c.id])),
    sectorIds: district.sectorIds,
    specialCommitteeIds: district.specialCommitteeIds,
    members: serving,
    demoMemberId: demoMember(members).id,
    unitIds: district.handlingUnitIds,
    leaders: district.leaders,
    rejectReasons: reasons.map((r) => ({ id: r.id, text: r.text })),
  });
  const ids = await insertStories(tx, committeeId, stories);
  const demo: DemoUsers = {
    staff: accounts.staff.id,
    member: { userId: accounts.member.id, memberId: accounts.member.memberId! },
    unit: { userId: accounts.unit.id, unitId: accounts.unit.handlingUnitId! },
    leader: { userId: accounts.leader.id, leaderId: accounts.leader.leaderId! },
  };
  const sent = await insertDemoNotifications(tx, committeeId, stories, ids, demo);
  await insertAwards(tx, district, accounts.staff.id, demo.unit);
  await backfillSearchVectors(tx);
  return {
    proposals: ids.length,
    events: stories.reduce((n, s) => n + s.events.length, 0),
    notifications: sent,
  };
}

/** 2025's 先进承办单位, and the award notice in the demo unit's centre. */
async function insertAwards(tx: Tx, district: OrgRefs, staffId: number, unit: DemoUsers['unit']) {
  const createdAt = beijing('2025-12-26', 60);
  await tx.insert(unitAwards).values(
    AWARDED_2025.map((name) => ({
      committeeId: district.committeeId,
      year: 2025,
      unitId: district.handlingUnitIds.get(name)!,
      title: '先进承办单位',
      note: '办复率、满意率和落实率位居前列',
      createdByUserId: staffId,
      createdAt,
    })),
  );
  const name = AWARDED_2025.find((n) => district.handlingUnitIds.get(n) === unit.unitId);
  if (!name) return;
  await tx.insert(notifications).values({
    committeeId: district.committeeId,
    userId: unit.userId,
    kind: 'proposal.unitAward',
    title: '2025年度先进承办单位',
    body: `${name}被评为2025年度先进承办单位`,
    link: '/proposals/unit-awards',
    readAt: new Date(createdAt.getTime() + 86_400_000),
    createdAt,
  });
}
