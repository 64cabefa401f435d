import { type Final, runHandling, runReview, type Slot, type YearCalendar } from './proposals-paths';
import type { Person } from './proposals-steps-review';
import * as R from './proposals-steps-review';
import { ProposalStory, type StoryWorld } from './proposals-story';
import { composeProposal } from './proposals-texts';
import { PROPOSAL_SUBJECTS, type ProposalSubject } from './proposals-topics';
import { supervisionsAndMarks } from './proposals-year-end';

/**
 * The demo proposal years of the 清河区 committee as data: how many proposals end in each status
 * (a district year of the size DOMAIN.md §2 quotes: ~180 at the plenary, a few dozen between
 * sessions), the proposals the demo accounts must find, and who writes about what.
 */

export interface MemberInfo extends Person {
  sector: string;
}

export interface PlanRefs {
  world: StoryWorld;
  sessionIds: Record<number, number>;
  categoryIds: ReadonlyMap<string, number>;
  sectorIds: ReadonlyMap<string, number>;
  specialCommitteeIds: ReadonlyMap<string, number>;
  members: readonly MemberInfo[];
  demoMemberId: number;
  unitIds: ReadonlyMap<string, number>;
  leaders: readonly { id: number; name: string; title: string }[];
  rejectReasons: readonly { id: number; text: string }[];
}

/** The two session years; 2026 is seen as of late November (the demo's "today" for proposals). */
export const CALENDARS: Record<2025 | 2026, YearCalendar> = {
  2025: {
    year: 2025,
    submitFrom: '2025-01-05',
    submitTo: '2025-01-09',
    assignDay: '2025-02-25',
    shortlistDay: '2025-03-06',
    selectDay: '2025-03-20',
    until: '2025-11-28',
  },
  2026: {
    year: 2026,
    submitFrom: '2026-01-04',
    submitTo: '2026-01-08',
    assignDay: '2026-02-26',
    shortlistDay: '2026-03-05',
    selectDay: '2026-03-19',
    until: '2026-11-20',
  },
};

type Counts = readonly (readonly [Final, number])[];
// biome-ignore format: [final status, count]
const COUNTS: Record<2025 | 2026, Counts> = {
  2026: [
    ['concluded', 66], ['rated', 75], ['replied', 16], ['rehandling', 3], ['handlingOverdue', 6], ['merged', 5],
    ['rejected', 3], ['converted', 2], ['withdrawn', 2],
    // 闭会期间: proposals filed during the year, at every early stage
    ['draft', 3], ['draftSentBack', 1], ['cosigning', 3], ['submitted', 3], ['reviewing', 3], ['registered', 3],
    ['assigned', 2], ['assignedAfterReturn', 1], ['returned', 1], ['handling', 4],
  ],
  2025: [['concluded', 44], ['rated', 8], ['merged', 3], ['rejected', 2], ['converted', 2], ['withdrawn', 1]],
};

/** Proposals the demo accounts must find: the `member` account's own, and the 区教育局 inbox. */
interface Scripted {
  year: 2025 | 2026;
  final: Final;
  demoLead?: boolean;
  /** The `member` account is an invited co-signer who has not answered yet. */
  demoInvited?: boolean;
}
// biome-ignore format: one proposal a line
const SCRIPTED: readonly Scripted[] = [
  { year: 2026, final: 'concluded', demoLead: true }, { year: 2026, final: 'rated', demoLead: true },
  { year: 2026, final: 'replied', demoLead: true }, { year: 2026, final: 'handlingOverdue', demoLead: true },
  { year: 2026, final: 'handling', demoLead: true }, { year: 2026, final: 'draft', demoLead: true },
  { year: 2026, final: 'cosigning', demoLead: true }, { year: 2026, final: 'submitted', demoLead: true },
  { year: 2026, final: 'handlingOverdue' }, { year: 2026, final: 'rehandling' }, { year: 2026, final: 'handling' },
  { year: 2026, final: 'assigned' }, { year: 2026, final: 'cosigning', demoInvited: true },
  { year: 2025, final: 'concluded', demoLead: true },
];

/** What members of a sector mostly write about (the rest is drawn from every subject). */
const TOPICS_BY_SECTOR: Record<string, readonly string[]> = {
  教育界: ['教育'],
  医药卫生界: ['医疗', '养老'],
  农业界: ['乡村振兴'],
  经济界: ['营商环境', '科技创新'],
  工商联: ['营商环境'],
  民建: ['营商环境', '就业'],
  科技界: ['科技创新', '生态'],
  九三学社: ['科技创新', '生态'],
  文化艺术界: ['文化旅游'],
  社会福利和社会保障界: ['社会保障', '养老'],
  妇联: ['医疗', '就业'],
  共青团: ['就业', '教育'],
  工会: ['就业'],
  民盟: ['教育', '文化旅游'],
  民进: ['教育', '文化旅游'],
  农工党: ['医疗', '养老'],
  致公党: ['营商环境'],
  特邀: ['基层治理', '城市管理', '安全'],
  无党派人士: ['城市管理', '交通'],
  民革: ['基层治理', '交通'],
  少数民族界: ['文化旅游'],
  宗教界: ['基层治理'],
};

const PARTY_BODIES = [
  '民革清河区支部',
  '民盟清河区委员会',
  '民建清河区总支部',
  '民进清河区总支部',
  '农工党清河区总支部',
  '九三学社清河区支社',
  '清河区工商业联合会',
];
const ORG_SPECIAL = ['教科卫体委员会', '经济委员会', '社会和法制委员会'];

const subjectsOf = (topics: readonly string[]) => PROPOSAL_SUBJECTS.filter((s) => topics.includes(s.topic));

/** Plans every demo proposal of both years: stories with their events and rows, numbered. */
export function planProposalYears(refs: PlanRefs): { stories: ProposalStory[]; slots: Slot[] } {
  const slots: Slot[] = [];
  for (const year of [2025, 2026] as const) {
    const scripted = SCRIPTED.filter((x) => x.year === year);
    for (const x of scripted) slots.push(makeSlot(refs, year, x.final, x));
    for (const [final, n] of COUNTS[year]) {
      const left = n - scripted.filter((x) => x.final === final).length;
      for (let i = 0; i < left; i++) slots.push(makeSlot(refs, year, final, {}));
    }
  }
  const reason = () => refs.world.rng.pick(refs.rejectReasons.slice(-3));
  for (const x of slots.filter((s) => s.final !== 'merged')) runReview(x, reason);
  for (const x of slots.filter((s) => s.final === 'merged')) mergeIntoHost(refs, x, slots, reason);
  for (const x of slots) runHandling(x);
  for (const year of [2025, 2026] as const) number(slots.filter((s) => s.cal.year === year));
  for (const x of slots.filter((s) => s.final === 'merged')) R.describeMerge(x.story);
  supervisionsAndMarks(refs, slots);
  const stories = slots.map((s) => s.story);
  for (const s of stories) s.finish();
  return { stories, slots };
}

/** Gap-free numbers per session, in the order of registration. */
function number(slots: Slot[]): void {
  const registered = slots.filter((s) => s.story.row.registeredAt).map((s) => s.story);
  registered.sort((a, b) => (a.row.registeredAt as Date).getTime() - (b.row.registeredAt as Date).getTime());
  for (const [i, s] of registered.entries()) R.giveNumber(s, i + 1);
}

/** 并案 into a registered plenary proposal on the same subject (or topic) that will be rated. */
function mergeIntoHost(refs: PlanRefs, x: Slot, slots: Slot[], reason: () => { id: number; text: string }) {
  runReview(x, reason);
  const hosts = slots.filter(
    (h) => h.cal === x.cal && ['rated', 'concluded'].includes(h.final) && !h.rehandledOnce,
  );
  const same = hosts.filter((h) => h.subject === x.subject);
  const host = refs.world.rng.pick(
    same.length
      ? same
      : hosts
          .filter((h) => h.subject.topic === x.subject.topic)
          .concat(hosts)
          .slice(0, 5),
  );
  R.merge(x.story, host.story, MERGE_DAYS[x.cal.year as 2025 | 2026]);
}

/** Merges land once the plenary's proposals are registered, before the 交办会 (after 春节 in 2025). */
const MERGE_DAYS = { 2025: '2025-02-21', 2026: '2026-02-13' };

function makeSlot(refs: PlanRefs, year: 2025 | 2026, final: Final, x: Partial<Scripted>): Slot {
  const { world: w } = refs;
  const rng = w.rng;
  const demo = refs.members.find((m) => m.id === refs.demoMemberId)!;
  const scriptedEdu = x.demoLead || x.demoInvited || SCRIPTED.includes(x as Scripted);
  const org =
    !scriptedEdu && !['draft', 'draftSentBack', 'cosigning'].includes(final) ? orgKind(rng.next()) : null;
  const lead = org ? null : x.demoLead ? demo : pickMember(refs, demo.id);
  const topics = scriptedEdu
    ? ['教育']
    : lead && rng.chance(0.65)
      ? (TOPICS_BY_SECTOR[lead.sector] ?? [])
      : [];
  const pool = topics.length ? subjectsOf(topics) : PROPOSAL_SUBJECTS;
  const subject = rng.pick(pool.length ? pool : PROPOSAL_SUBJECTS);
  const co = coSigners(refs, lead, final, x);
  const text = composeProposal(subject, rng, w.places);
  const orgName =
    org === 'party' ? rng.pick(PARTY_BODIES) : org === 'specialCommittee' ? rng.pick(ORG_SPECIAL) : null;
  const sectorName =
    org === 'sectorGroup' ? rng.pick(['经济界', '教育界', '医药卫生界', '农业界', '科技界']) : null;
  const story = new ProposalStory(w, {
    sessionId: refs.sessionIds[year],
    ...text,
    categoryId: refs.categoryIds.get(subject.category)!,
    submitterKind: org ?? (co.length ? 'joint' : 'individual'),
    submitterName: orgName ?? (sectorName ? `${sectorName}委员小组` : null),
    specialCommitteeId: orgName && org === 'specialCommittee' ? refs.specialCommitteeIds.get(orgName)! : null,
    sectorId: sectorName ? refs.sectorIds.get(sectorName)! : null,
    leadMemberId: lead?.id ?? null,
    createdByUserId: lead ? w.memberUser(lead.id) : w.staff.userId,
  });
  return { story, final, subject, lead, co, cal: CALENDARS[year], ...unitsFor(refs, subject, final) };
}

/** Party and group proposals are about one in seven, as in the published yearly figures. */
function orgKind(r: number) {
  if (r < 0.09) return 'party' as const;
  if (r < 0.12) return 'sectorGroup' as const;
  if (r < 0.14) return 'specialCommittee' as const;
  return null;
}

/** A serving member other than the demo member (whose proposals are all scripted). */
function pickMember(refs: PlanRefs, demoId: number): MemberInfo {
  for (;;) {
    const m = refs.world.rng.pick(refs.members);
    if (m.id !== demoId) return m;
  }
}

/** Co-signers: a third of members' proposals are joint; the demo member co-signs a few. */
function coSigners(
  refs: PlanRefs,
  lead: MemberInfo | null,
  final: Final,
  x: Partial<Scripted>,
): MemberInfo[] {
  const rng = refs.world.rng;
  if (!lead) return [];
  const demo = refs.members.find((m) => m.id === refs.demoMemberId)!;
  const wanted = final === 'cosigning' ? 3 : rng.chance(0.32) ? rng.int(1, 3) : 0;
  const out: MemberInfo[] = [];
  while (out.length < wanted) {
    const m = pickMember(refs, demo.id);
    if (m.id !== lead.id && !out.includes(m)) out.push(m);
  }
  const demoCo =
    !x.demoLead && lead.id !== demo.id && ['rated', 'concluded'].includes(final) && rng.chance(0.03);
  // The lead waits on the last two: the member (still to answer) and one who declines.
  if (x.demoInvited) out.splice(out.length - 1, 0, demo);
  else if (demoCo) out.push(demo);
  return out;
}

/** 主办 (+ 会办) from the subject's usual units, sometimes 分办; a fallback unit for a return. */
function unitsFor(refs: PlanRefs, subject: ProposalSubject, final: Final) {
  const rng = refs.world.rng;
  const id = (name: string) => refs.unitIds.get(name)!;
  const [lead, ...others] = subject.units;
  const replyingOnly = ['handling', 'handlingOverdue', 'rehandling', 'assigned'].includes(final);
  const fallbackUnitId = id(others[0] ?? '区发展和改革局');
  if (!replyingOnly && others.length && rng.chance(0.08)) {
    return {
      plan: [lead, others[0]].map((u) => ({ unitId: id(u), mode: 'separate' as const })),
      fallbackUnitId,
    };
  }
  const cooperating = rng.chance(0.45) ? rng.shuffle(others).slice(0, rng.int(1, 2)) : [];
  const plan = [
    { unitId: id(lead), mode: 'lead' as const },
    ...cooperating.map((u) => ({ unitId: id(u), mode: 'cooperating' as const })),
  ];
  const flags = ['rated', 'concluded'].includes(final)
    ? { returnedOnce: rng.chance(0.03), rehandledOnce: rng.chance(0.03) }
    : {};
  return { plan, fallbackUnitId, ...flags };
}
