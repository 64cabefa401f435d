import { and, desc, eq, gte, inArray, lte, ne, or, sql } from 'drizzle-orm';
import type { DutyGrade } from '../../../domain/duty-rules';
import {
  type DutyItem,
  type DutyScore,
  type ScoringContext,
  scoreDutyYear,
} from '../../../domain/duty-scoring';
import type { DbOrTx } from '../../db/client';
import { dutyScores, members, terms } from '../../db/schema';
import { now } from '../../platform/clock';
import { type DutyScope, yearInstants } from '../../platform/duty-items';
import { DUTY_SOURCES } from '../duty-sources';
import { attendanceInRange } from '../meetings/attendance';
import { closedYear, type EffectiveRules, effectiveRules } from './rules';

/**
 * Items are collected at read time from each module's own tables (platform/duty-items.ts), never
 * copied: attendance turns into 无故缺席 by the clock alone, with no event to copy it on, so a
 * copy would go stale. What is stored is the result (duty_scores): written by recomputeYear (a
 * rule change, the hourly job, staff's 重新计算) for the staff list, the 通报 and the flags, and
 * frozen when the year is closed.
 */

/** Every item of the scope, by member. */
export async function collectItems(db: DbOrTx, scope: DutyScope): Promise<Map<number, DutyItem[]>> {
  const byMember = new Map<number, DutyItem[]>();
  for (const source of DUTY_SOURCES) {
    for (const { memberId, ...item } of await source.collect(db, scope)) {
      byMember.set(memberId, [...(byMember.get(memberId) ?? []), item]);
    }
  }
  return byMember;
}

/** The term the year falls in (the latest one to start, if two overlap). */
async function termOfYear(db: DbOrTx, committeeId: number, year: number) {
  const [term] = await db
    .select({ startDate: terms.startDate })
    .from(terms)
    .where(
      and(
        eq(terms.committeeId, committeeId),
        lte(terms.startDate, `${year}-12-31`),
        gte(terms.endDate, `${year}-01-01`),
      ),
    )
    .orderBy(desc(terms.startDate))
    .limit(1);
  return term ?? null;
}

/** What the consequences look at beyond the year's items: the term's plenary absences, earlier grades. */
async function scoringContexts(db: DbOrTx, scope: DutyScope): Promise<(memberId: number) => ScoringContext> {
  const { committeeId, year, memberId } = scope;
  const yearEnded = now() >= yearInstants(year).to;
  const term = await termOfYear(db, committeeId, year);
  const absences = new Map<number, number>();
  const grades = new Map<number, Map<number, DutyGrade>>();
  if (term) {
    const from = new Date(`${term.startDate}T00:00:00+08:00`);
    const rows = await attendanceInRange(db, {
      committeeId,
      memberId,
      from,
      to: yearInstants(year).to,
      kinds: ['plenary'],
    });
    for (const r of rows)
      if (r.state === 'absent') absences.set(r.memberId, (absences.get(r.memberId) ?? 0) + 1);
    const earlier = await db
      .select({ memberId: dutyScores.memberId, year: dutyScores.year, grade: dutyScores.grade })
      .from(dutyScores)
      .where(
        and(
          eq(dutyScores.committeeId, committeeId),
          gte(dutyScores.year, from.getUTCFullYear()),
          lte(dutyScores.year, year - 1),
          memberId === undefined ? undefined : eq(dutyScores.memberId, memberId),
        ),
      );
    for (const g of earlier) {
      const mine = grades.get(g.memberId) ?? new Map<number, DutyGrade>();
      mine.set(g.year, g.grade as DutyGrade);
      grades.set(g.memberId, mine);
    }
  }
  return (id) => {
    const mine = grades.get(id) ?? new Map<number, DutyGrade>();
    // The run of earlier grades stops at the first year without a score.
    const previousGrades: DutyGrade[] = [];
    for (let y = year - 1; mine.has(y); y--) previousGrades.push(mine.get(y) as DutyGrade);
    return { termPlenaryAbsences: absences.get(id) ?? 0, previousGrades, yearEnded };
  };
}

export interface ScoredYear {
  score: DutyScore;
  ruleVersion: number;
}

/** One member's year scored now from the live items (the member's page of an open year). */
export async function scoreMemberYear(
  db: DbOrTx,
  committeeId: number,
  memberId: number,
  year: number,
  effective?: EffectiveRules,
): Promise<ScoredYear> {
  const scope = { committeeId, year, memberId };
  const { rules, version } = effective ?? (await effectiveRules(db, committeeId, year));
  const items = (await collectItems(db, scope)).get(memberId) ?? [];
  const ctx = await scoringContexts(db, scope);
  return { score: scoreDutyYear(items, rules, ctx(memberId)), ruleVersion: version };
}

/** The members a year is scored for: those serving, and those who left during or after it. */
export function membersOfYear(db: DbOrTx, committeeId: number, year: number) {
  return db
    .select({ id: members.id })
    .from(members)
    .where(
      and(
        eq(members.committeeId, committeeId),
        or(ne(members.status, 'left'), gte(members.leftDate, `${year}-01-01`)),
      ),
    );
}

const UPSERT_BATCH = 500;

/**
 * Scores every member of a committee's year and stores the results (a closed year is left as it
 * was frozen). Returns how many members were scored, or null for a closed year.
 */
export async function recomputeYear(db: DbOrTx, committeeId: number, year: number): Promise<number | null> {
  if (await closedYear(db, committeeId, year)) return null;
  const scope = { committeeId, year };
  const { rules, version } = await effectiveRules(db, committeeId, year);
  const ids = (await membersOfYear(db, committeeId, year)).map((m) => m.id);
  const items = await collectItems(db, scope);
  const ctx = await scoringContexts(db, scope);
  const at = now();
  const rows = ids.map((memberId) => {
    const score = scoreDutyYear(items.get(memberId) ?? [], rules, ctx(memberId));
    return {
      committeeId,
      memberId,
      year,
      total: score.total,
      grade: score.grade,
      consequenceCount: score.consequences.length,
      result: score,
      ruleVersion: version,
      computedAt: at,
    };
  });
  for (let i = 0; i < rows.length; i += UPSERT_BATCH) {
    await db
      .insert(dutyScores)
      .values(rows.slice(i, i + UPSERT_BATCH))
      .onConflictDoUpdate({
        target: [dutyScores.memberId, dutyScores.year],
        set: {
          total: sql`excluded.total`,
          grade: sql`excluded.grade`,
          consequenceCount: sql`excluded.consequence_count`,
          result: sql`excluded.result`,
          ruleVersion: sql`excluded.rule_version`,
          computedAt: sql`excluded.computed_at`,
        },
      });
  }
  // A member no longer of the year (moved, or an earlier run's leftover) keeps no score.
  const gone = ids.length
    ? sql`${dutyScores.memberId} not in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : undefined;
  await db
    .delete(dutyScores)
    .where(and(eq(dutyScores.committeeId, committeeId), eq(dutyScores.year, year), gone));
  return rows.length;
}

/** The stored score rows of some members' year (the 通报, the list, a closed year's page). */
export function storedScores(db: DbOrTx, committeeId: number, year: number, memberIds?: number[]) {
  return db
    .select()
    .from(dutyScores)
    .where(
      and(
        eq(dutyScores.committeeId, committeeId),
        eq(dutyScores.year, year),
        memberIds ? inArray(dutyScores.memberId, memberIds) : undefined,
      ),
    );
}
