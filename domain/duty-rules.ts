import { z } from 'zod';
import type { DutyGrade } from './duty-grades';
import { DUTY_CATEGORIES, DUTY_KINDS, type DutyCategory } from './duty-kinds';

/**
 * 履职积分规则 (scoringRule): a committee's rules for one year. What is stored is the whole rule
 * set (versioned); kinds the stored set does not name score with their catalogue defaults, so a
 * kind a module adds later is scored without a rule change.
 */

// The grades live apart from the zod schema so a web page can list them without loading zod.
export { DUTY_GRADE_LABELS, DUTY_GRADES, type DutyGrade } from './duty-grades';

export const CONSEQUENCES = ['talk', 'warning', 'resign'] as const;
export type Consequence = (typeof CONSEQUENCES)[number];
export const CONSEQUENCE_LABELS: Record<Consequence, string> = {
  talk: '提醒谈话',
  warning: '警告',
  resign: '劝辞',
};

const points = z.number().int().min(-100).max(100);
const threshold = z.number().int().min(0).max(1000);
/** A condition switched off is null. */
const optionalCount = z.number().int().min(1).max(20).nullable();

export const kindRuleSchema = z.object({ points, cap: z.number().int().min(1).max(1000).nullable() });
export type KindRule = z.infer<typeof kindRuleSchema>;

export const dutyRulesSchema = z.object({
  /** Every member starts the year with it. */
  baseScore: threshold,
  /** Largest sum of added points in a year (deductions are not capped by it); null: none. */
  bonusCap: threshold.nullable(),
  kinds: z.record(z.string().max(60), kindRuleSchema),
  grades: z.object({
    excellent: threshold,
    competent: threshold,
    /** 基本称职 from this score up to 称职; null: the committee does not use it. */
    basic: threshold.nullable(),
  }),
  minimums: z
    .array(
      z.object({
        category: z.enum(DUTY_CATEGORIES, { error: '须为提案、社情民意或履职活动' }),
        count: z.number().int().min(1).max(50),
      }),
    )
    .max(DUTY_CATEGORIES.length),
  consequences: z.object({
    /** 提醒谈话: absent without leave from a plenary this often this year, or minimum duties unmet at year end. */
    talk: z.object({ plenaryAbsencesInYear: optionalCount, minimumsUnmet: z.boolean() }),
    /** 警告: this many plenary absences without leave in the term, or graded 不称职. */
    warning: z.object({ plenaryAbsencesInTerm: optionalCount, incompetent: z.boolean() }),
    /** 劝辞: this many plenary absences without leave in the term, or 不称职 this many years running. */
    resign: z.object({ plenaryAbsencesInTerm: optionalCount, incompetentYearsRunning: optionalCount }),
  }),
  /** Whether a member sees their rank in the committee. */
  showRank: z.boolean(),
});
export type DutyRules = z.infer<typeof dutyRulesSchema>;

/** DOMAIN.md §7's published example, the rules every committee starts with. */
export const DEFAULT_DUTY_RULES: DutyRules = {
  baseScore: 60,
  bonusCap: 40,
  kinds: Object.fromEntries(DUTY_KINDS.map((k) => [k.key, { points: k.points, cap: k.cap }])),
  grades: { excellent: 85, competent: 60, basic: null },
  minimums: [
    { category: 'proposal', count: 1 },
    { category: 'opinion', count: 1 },
    { category: 'activity', count: 3 },
  ],
  consequences: {
    talk: { plenaryAbsencesInYear: 1, minimumsUnmet: true },
    warning: { plenaryAbsencesInTerm: 2, incompetent: true },
    resign: { plenaryAbsencesInTerm: 3, incompetentYearsRunning: 2 },
  },
  showRank: false,
};

/** The rule for a kind: the stored one, else the catalogue's default; an unknown kind scores 0. */
export function ruleFor(rules: DutyRules, kind: string): KindRule {
  return rules.kinds[kind] ?? DEFAULT_DUTY_RULES.kinds[kind] ?? { points: 0, cap: null };
}

/** The grade of a total under the rules' thresholds. */
export function gradeOf(total: number, grades: DutyRules['grades']): DutyGrade {
  if (total >= grades.excellent) return 'excellent';
  if (total >= grades.competent) return 'competent';
  if (grades.basic !== null && total >= grades.basic) return 'basic';
  return 'incompetent';
}

/** A rule set that contradicts itself, in Chinese naming the field; null when it holds. */
export function rulesProblem(rules: DutyRules): { field: string; message: string } | null {
  if (rules.grades.excellent <= rules.grades.competent)
    return { field: 'grades.excellent', message: '优秀分数线须高于称职分数线' };
  if (rules.grades.basic !== null && rules.grades.basic >= rules.grades.competent)
    return { field: 'grades.basic', message: '基本称职分数线须低于称职分数线' };
  const seen = new Set<DutyCategory>();
  for (const m of rules.minimums) {
    if (seen.has(m.category)) return { field: 'minimums', message: '每类最低履职要求只能设一条' };
    seen.add(m.category);
  }
  const unknown = Object.keys(rules.kinds).find((k) => !DEFAULT_DUTY_RULES.kinds[k]);
  if (unknown) return { field: 'kinds', message: `没有这种履职项：${unknown}` };
  return null;
}
