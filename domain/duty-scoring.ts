import { DUTY_CATEGORY_LABELS, DUTY_KIND_BY_KEY, type DutyCategory } from './duty-kinds';
import {
  CONSEQUENCE_LABELS,
  type Consequence,
  type DutyGrade,
  type DutyRules,
  gradeOf,
  ruleFor,
} from './duty-rules';

/**
 * 量化考评 (scoring): a member's duty items of one year and the rules give the total, the grade,
 * one point line per item (with the rule that gave it), the minimum duties still missing and the
 * consequences due. Pure and deterministic: items are taken in (date, key) order whatever order
 * they come in, so the same inputs always give the same score.
 */

/** Where an item's evidence is: a proposal, a meeting, a report, a claim. */
export interface DutyEvidence {
  type: string;
  id: number | null;
  title: string;
  /** The web page that shows it. */
  link: string | null;
}

export interface DutyItem {
  /** Unique within the member's year (`proposal:12:lead`), so a point line names its item. */
  key: string;
  kind: string;
  /** Beijing calendar day, YYYY-MM-DD. */
  date: string;
  evidence: DutyEvidence;
}

export interface ScoringContext {
  /** 无故缺席 from plenaries in the term from its start to the end of this year. */
  termPlenaryAbsences: number;
  /** The grades of the term's earlier years, the latest first. */
  previousGrades: readonly DutyGrade[];
  /** The year is over: unmet minimums and the grade now have consequences. */
  yearEnded: boolean;
}

export interface ScoreLine {
  itemKey: string;
  kind: string;
  label: string;
  group: string;
  date: string;
  /** What the rule gives for the kind. */
  rulePoints: number;
  /** What the item earned after the kind's yearly cap. */
  points: number;
  /** Why it earned less than the rule (the cap), else null. */
  note: string | null;
  evidence: DutyEvidence;
}

export interface MissingDuty {
  category: DutyCategory;
  required: number;
  done: number;
  /** 还需提交社情民意 1 篇. */
  text: string;
}

export interface DueConsequence {
  consequence: Consequence;
  label: string;
  reasons: string[];
}

export interface DutyScore {
  base: number;
  /** Points added, after the kinds' caps and before the yearly bonus cap. */
  added: number;
  /** What the yearly bonus cap took off `added`. */
  bonusCut: number;
  deducted: number;
  total: number;
  grade: DutyGrade;
  lines: ScoreLine[];
  done: Record<DutyCategory, number>;
  missing: MissingDuty[];
  consequences: DueConsequence[];
}

/**
 * A score as duty_scores keeps it: an open year's without its lines (every reader of a stored open
 * year uses the figures only), a closed year's whole.
 */
export type StoredDutyScore = Omit<DutyScore, 'lines'> & { lines?: ScoreLine[] };

/** The kind whose items are 无故缺席 from a plenary (DOMAIN.md §6, §7). */
export const PLENARY_ABSENT_KIND = 'meeting.plenary.absent';

const byDateThenKey = (a: DutyItem, b: DutyItem) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;

/** One line per item, the kind's yearly cap applied in date order. */
function scoreLines(items: readonly DutyItem[], rules: DutyRules): ScoreLine[] {
  const usedByKind = new Map<string, number>();
  return [...items].sort(byDateThenKey).map((item) => {
    const rule = ruleFor(rules, item.kind);
    const def = DUTY_KIND_BY_KEY.get(item.kind);
    const used = usedByKind.get(item.kind) ?? 0;
    const room = rule.cap === null ? Number.POSITIVE_INFINITY : Math.max(0, rule.cap - used);
    const points = Math.sign(rule.points) * Math.min(Math.abs(rule.points), room);
    usedByKind.set(item.kind, used + Math.abs(points));
    return {
      itemKey: item.key,
      kind: item.kind,
      label: def?.label ?? item.kind,
      group: def?.group ?? '其他',
      date: item.date,
      rulePoints: rule.points,
      points,
      note: points === rule.points ? null : `已达本项年度上限 ${rule.cap} 分`,
      evidence: item.evidence,
    };
  });
}

/** Distinct evidence per category (a proposal's lead, key and excellent items count once). */
function doneByCategory(items: readonly DutyItem[]): Record<DutyCategory, number> {
  const seen: Record<DutyCategory, Set<string>> = {
    proposal: new Set(),
    opinion: new Set(),
    activity: new Set(),
  };
  for (const item of items) {
    const category = DUTY_KIND_BY_KEY.get(item.kind)?.counts;
    if (category)
      seen[category].add(item.evidence.id === null ? item.key : `${item.evidence.type}:${item.evidence.id}`);
  }
  return { proposal: seen.proposal.size, opinion: seen.opinion.size, activity: seen.activity.size };
}

/** The minimum duties the items leave undone (all a reminder needs: no context, no points). */
export function missingMinimums(items: readonly DutyItem[], rules: DutyRules): MissingDuty[] {
  return missingDuties(rules, doneByCategory(items));
}

function missingDuties(rules: DutyRules, done: Record<DutyCategory, number>): MissingDuty[] {
  return rules.minimums
    .filter((m) => done[m.category] < m.count)
    .map((m) => {
      const l = DUTY_CATEGORY_LABELS[m.category];
      const short = m.count - done[m.category];
      return {
        category: m.category,
        required: m.count,
        done: done[m.category],
        text: `还需${l.verb}${l.noun} ${short} ${l.unit}`,
      };
    });
}

/** How many years running, this one included, the member was graded 不称职. */
function incompetentRun(grade: DutyGrade, previous: readonly DutyGrade[]): number {
  if (grade !== 'incompetent') return 0;
  const before = previous.findIndex((g) => g !== 'incompetent');
  return 1 + (before === -1 ? previous.length : before);
}

function dueConsequences(
  rules: DutyRules,
  ctx: ScoringContext,
  yearAbsences: number,
  grade: DutyGrade,
  missing: MissingDuty[],
): DueConsequence[] {
  const c = rules.consequences;
  const reached = (n: number, limit: number | null) => limit !== null && n >= limit;
  const graded = ctx.yearEnded ? grade : null;
  const run = graded ? incompetentRun(graded, ctx.previousGrades) : 0;
  const reasons: Record<Consequence, (string | false)[]> = {
    talk: [
      reached(yearAbsences, c.talk.plenaryAbsencesInYear) && `本年度无故缺席全体会议 ${yearAbsences} 次`,
      c.talk.minimumsUnmet &&
        ctx.yearEnded &&
        missing.length > 0 &&
        `未完成最低履职要求（${missing.map((m) => m.text).join('；')}）`,
    ],
    warning: [
      reached(ctx.termPlenaryAbsences, c.warning.plenaryAbsencesInTerm) &&
        `本届无故缺席全体会议 ${ctx.termPlenaryAbsences} 次`,
      c.warning.incompetent && graded === 'incompetent' && '年度考评不称职',
    ],
    resign: [
      reached(ctx.termPlenaryAbsences, c.resign.plenaryAbsencesInTerm) &&
        `本届无故缺席全体会议 ${ctx.termPlenaryAbsences} 次`,
      reached(run, c.resign.incompetentYearsRunning) && `连续 ${run} 年考评不称职`,
    ],
  };
  return (Object.keys(reasons) as Consequence[])
    .map((consequence) => ({
      consequence,
      label: CONSEQUENCE_LABELS[consequence],
      reasons: reasons[consequence].filter((r): r is string => typeof r === 'string'),
    }))
    .filter((d) => d.reasons.length > 0);
}

/**
 * A year's added and deducted points without its lines: per kind, the rule's points times the kind's
 * items within its yearly cap. The lines' cap takes what room is left item by item, so their sum is
 * the same whatever the order; no line is made or sorted (an open year's stored score keeps none,
 * and the year-end run scores ten million items).
 */
function pointsOf(items: readonly DutyItem[], rules: DutyRules): { added: number; deducted: number } {
  const countByKind = new Map<string, number>();
  for (const item of items) countByKind.set(item.kind, (countByKind.get(item.kind) ?? 0) + 1);
  let added = 0;
  let deducted = 0;
  for (const [kind, count] of countByKind) {
    const rule = ruleFor(rules, kind);
    const points = Math.min(Math.abs(rule.points) * count, rule.cap ?? Number.POSITIVE_INFINITY);
    if (rule.points > 0) added += points;
    else deducted += points;
  }
  return { added, deducted };
}

/** Everything of a year's score but its lines, from its added and deducted points. */
function figuresOf(
  items: readonly DutyItem[],
  rules: DutyRules,
  ctx: ScoringContext,
  { added, deducted }: { added: number; deducted: number },
): Omit<DutyScore, 'lines'> {
  const bonusCut = rules.bonusCap === null ? 0 : Math.max(0, added - rules.bonusCap);
  const total = rules.baseScore + added - bonusCut - deducted;
  const grade = gradeOf(total, rules.grades);
  const done = doneByCategory(items);
  const missing = missingDuties(rules, done);
  const yearAbsences = items.filter((i) => i.kind === PLENARY_ABSENT_KIND).length;
  return {
    base: rules.baseScore,
    added,
    bonusCut,
    deducted,
    total,
    grade,
    done,
    missing,
    consequences: dueConsequences(rules, ctx, yearAbsences, grade, missing),
  };
}

/** Scores one member's year, every item's line with it. */
export function scoreDutyYear(items: readonly DutyItem[], rules: DutyRules, ctx: ScoringContext): DutyScore {
  const lines = scoreLines(items, rules);
  const added = lines.reduce((s, l) => s + Math.max(0, l.points), 0);
  const deducted = lines.reduce((s, l) => s - Math.min(0, l.points), 0);
  return { ...figuresOf(items, rules, ctx, { added, deducted }), lines };
}

/** Scores one member's year without the lines: the same figures as scoreDutyYear's. */
export function scoreDutyYearFigures(
  items: readonly DutyItem[],
  rules: DutyRules,
  ctx: ScoringContext,
): Omit<DutyScore, 'lines'> {
  return figuresOf(items, rules, ctx, pointsOf(items, rules));
}
