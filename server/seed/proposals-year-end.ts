import type { Final, Slot } from './proposals-paths';
import type { PlanRefs } from './proposals-plan';
import { CALENDARS } from './proposals-plan';
import * as R from './proposals-steps-review';
import { beijing } from './proposals-story';

/**
 * Key proposals (重点提案) with their lead supervisors and 督办 records, and the year-end 优秀提案:
 * chosen among the registered proposals of each year once their handling is planned. One seed
 * year has 31 key proposals, 6 led by the top party and government leaders (DOMAIN.md §2).
 */

const KEYABLE: readonly Final[] = ['concluded', 'rated', 'replied', 'rehandling', 'handlingOverdue'];
/** [selected, shortlisted but not chosen] per year. */
const KEY_COUNTS = { 2025: [8, 1], 2026: [30, 3] } as const;
const EXCELLENT_COUNT = 6;

/** The vice-district-head (or other leader, by plan index) who leads a topic's key proposals. */
const LEADER_BY_TOPIC: Record<string, number> = {
  教育: 8,
  医疗: 8,
  养老: 8,
  社会保障: 8,
  就业: 4,
  交通: 9,
  城市管理: 9,
  安全: 9,
  乡村振兴: 10,
  生态: 10,
  营商环境: 4,
  科技创新: 4,
  基层治理: 3,
  文化旅游: 6,
};

const random = (refs: PlanRefs, n: number) => refs.world.rng.int(0, n);

/** Picks, selects and supervises the key proposals of each year; marks the excellent ones of 2025. */
export function supervisionsAndMarks(refs: PlanRefs, slots: Slot[]): void {
  for (const year of [2025, 2026] as const) {
    const cal = CALENDARS[year];
    const ofYear = slots.filter((s) => s.cal.year === year && KEYABLE.includes(s.final));
    const demoFirst = ofYear.filter((s) => s.lead?.id === refs.demoMemberId && s.final === 'concluded');
    const rest = refs.world.rng.shuffle(ofYear.filter((s) => !demoFirst.includes(s)));
    const [selected, shortlistedOnly] = KEY_COUNTS[year];
    const chosen = [...demoFirst, ...rest].slice(0, selected + shortlistedOnly);
    chosen.forEach((slot, i) => {
      const leader = i < selected ? leaderFor(refs, slot, i) : null;
      const shortlistAt = beijing(cal.shortlistDay, 60 + i);
      const selectAt = leader ? beijing(cal.selectDay, 120 + i) : null;
      R.makeKey(slot.story, year, shortlistAt, selectAt, leader);
      if (leader) superviseKey(refs, slot, i, leader.id === refs.leaders[0].id);
    });
  }
  const excellent = slots.filter((s) => s.cal.year === 2025 && s.final === 'concluded');
  const ordered = [...excellent.filter((s) => s.lead?.id === refs.demoMemberId), ...excellent];
  const marked = [...new Set(ordered)].slice(0, EXCELLENT_COUNT);
  for (const [i, s] of marked.entries()) R.markExcellent(s.story, beijing('2025-12-18', 90 + i));
}

/** Three key proposals each for the 区委书记 and the 区长 (the demo `leader` is the former). */
function leaderFor(refs: PlanRefs, slot: Slot, i: number) {
  if (i < 3) return refs.leaders[0];
  if (i < 6) return refs.leaders[1];
  return refs.leaders[LEADER_BY_TOPIC[slot.subject.topic] ?? 4];
}

/** One to three 督办 records between the selection and the end of the year's plan. */
function superviseKey(refs: PlanRefs, slot: Slot, i: number, byTopLeader: boolean): void {
  const cal = slot.cal;
  const count = 1 + random(refs, 2);
  for (let k = 0; k < count; k++) {
    const month = 4 + random(refs, 6);
    const day = `${cal.year}-${String(month).padStart(2, '0')}-${String(10 + random(refs, 15)).padStart(2, '0')}`;
    const who = byTopLeader && k === 0 ? refs.world.leaderWho(refs.leaders[0].id) : refs.world.staff;
    const place = refs.world.rng.pick(refs.world.places);
    R.supervise(slot.story, beijing(day, 30 + i), who, place);
  }
}
