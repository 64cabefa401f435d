import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { keepsDutyArchive } from '../../../domain/abilities';
import { DUTY_CATEGORY_LABELS, DUTY_KINDS } from '../../../domain/duty-kinds';
import { DEFAULT_DUTY_RULES, type DutyRules, rulesProblem } from '../../../domain/duty-rules';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { dutyRuleSets, dutyYears, terms, users } from '../../db/schema';
import { badRequest, conflict } from '../../errors';
import { rowsOf } from '../../platform/duty-items';
import { appendEvent } from '../../platform/events';
import { resolveScopeCommittee } from '../../platform/scope';

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

export interface YearSettings extends EffectiveRules {
  /** The year was closed (its scores frozen). */
  closed: boolean;
  /** The first day of the term the year falls in (the latest to start, if two overlap), or null. */
  termStart: string | null;
  /** That term's name (第十一届), or null. */
  termName: string | null;
}

/**
 * A value of the term (届) a committee's year belongs to (`what`, over the terms as `t`): the latest
 * begun by the year's end and not ended before it began. The committee and year may be columns.
 */
export const termOfYear = (committeeId: SQL | number, year: SQL | number, what: SQL) =>
  sql`(select ${what} from ${terms} t where t.committee_id = ${committeeId}
    and t.start_date <= make_date(${year}, 12, 31) and t.end_date >= make_date(${year}, 1, 1)
    order by t.start_date desc limit 1)`;

/**
 * What scoring a committee's year needs besides the items, in one statement (a member's page and
 * each committee of the year-end run ask it once): the effective rules, whether the year is
 * closed, and its term. Read each time rather than cached, so a rule saved, a year closed or a
 * term edited by another instance is seen at once.
 */
export async function yearSettings(db: DbOrTx, committeeId: number, year: number): Promise<YearSettings> {
  const [row] = await rowsOf<{
    rules: EffectiveRules | null;
    closed: boolean;
    term: { start: string; name: string } | null;
  }>(
    db,
    sql`select
      (select jsonb_build_object('rules', r.rules, 'version', r.version) from ${dutyRuleSets} r
        where r.committee_id = ${committeeId} and r.year = ${year} order by r.version desc limit 1) as rules,
      exists (select 1 from ${dutyYears} y where y.committee_id = ${committeeId} and y.year = ${year}) as closed,
      ${termOfYear(committeeId, year, sql`jsonb_build_object('start', t.start_date::text, 'name', t.name)`)} as term`,
  );
  return {
    ...(row.rules ?? { rules: DEFAULT_DUTY_RULES, version: 0 }),
    closed: row.closed,
    termStart: row.term?.start ?? null,
    termName: row.term?.name ?? null,
  };
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

/**
 * The rules form's data: the year's current version, every saved version, the catalogue of kinds
 * with their defaults, and whether the caller may change them (own committee, year still open,
 * keeper of the archive).
 */
export async function rulesView(db: DbOrTx, actor: Actor, year: number, committeeId?: number) {
  const committee = await resolveScopeCommittee(db, actor, committeeId);
  const { rules, version } = await effectiveRules(db, committee.id, year);
  const closed = (await closedYear(db, committee.id, year)) !== null;
  return {
    year,
    version,
    rules,
    closed,
    editable: committee.id === actor.committeeId && !closed && keepsDutyArchive(actor),
    history: await ruleHistory(db, committee.id, year),
    kinds: DUTY_KINDS.map((k) => ({ ...k })),
    categories: DUTY_CATEGORY_LABELS,
    defaults: DEFAULT_DUTY_RULES,
  };
}
