import { and, desc, eq } from 'drizzle-orm';
import { DEFAULT_DUTY_RULES, type DutyRules, rulesProblem } from '../../../domain/duty-rules';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { dutyRuleSets, dutyYears, users } from '../../db/schema';
import { badRequest, conflict } from '../../errors';
import { appendEvent } from '../../platform/events';

export interface EffectiveRules {
  rules: DutyRules;
  /** 0 = the defaults (no version saved for the year). */
  version: number;
}

/** The rules a committee's year is scored with: the newest saved version, else the defaults. */
export async function effectiveRules(db: DbOrTx, committeeId: number, year: number): Promise<EffectiveRules> {
  const [row] = await db
    .select({ rules: dutyRuleSets.rules, version: dutyRuleSets.version })
    .from(dutyRuleSets)
    .where(and(eq(dutyRuleSets.committeeId, committeeId), eq(dutyRuleSets.year, year)))
    .orderBy(desc(dutyRuleSets.version))
    .limit(1);
  return row ?? { rules: DEFAULT_DUTY_RULES, version: 0 };
}

/** Every saved version of a year's rules, the newest first, with who saved it. */
export function ruleHistory(db: DbOrTx, committeeId: number, year: number) {
  return db
    .select({
      version: dutyRuleSets.version,
      note: dutyRuleSets.note,
      savedBy: users.displayName,
      savedAt: dutyRuleSets.createdAt,
    })
    .from(dutyRuleSets)
    .innerJoin(users, eq(users.id, dutyRuleSets.savedByUserId))
    .where(and(eq(dutyRuleSets.committeeId, committeeId), eq(dutyRuleSets.year, year)))
    .orderBy(desc(dutyRuleSets.version));
}

/** Whether the committee closed the year (its scores frozen), and with which rule version. */
export async function closedYear(db: DbOrTx, committeeId: number, year: number) {
  const [row] = await db
    .select()
    .from(dutyYears)
    .where(and(eq(dutyYears.committeeId, committeeId), eq(dutyYears.year, year)));
  return row ?? null;
}

/**
 * Saves a new version of a year's rules (the caller recomputes the year in the same transaction).
 * A closed year's rules no longer change.
 */
export async function saveRules(
  db: DbOrTx,
  actor: Actor,
  year: number,
  rules: DutyRules,
  note: string | null,
) {
  const problem = rulesProblem(rules);
  if (problem) throw badRequest(`考评规则：${problem.message}`, problem.field);
  if (await closedYear(db, actor.committeeId, year)) throw conflict(`${year} 年度已关闭，考评规则不能再修改`);
  const { version } = await effectiveRules(db, actor.committeeId, year);
  const next = version + 1;
  await db.insert(dutyRuleSets).values({
    committeeId: actor.committeeId,
    year,
    version: next,
    rules,
    note,
    savedByUserId: actor.userId,
  });
  await appendEvent(db, actor, {
    committeeId: actor.committeeId,
    subjectType: 'dutyRules',
    subjectId: year,
    action: 'saveRules',
    note,
    data: { year, version: next },
  });
  return next;
}
