import { and, eq, gte, inArray, lte, ne, or, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { DutyGrade } from '../../../domain/duty-rules';
import {
  type DutyItem,
  type DutyScore,
  type ScoringContext,
  scoreDutyYear,
} from '../../../domain/duty-scoring';
import type { DbOrTx } from '../../db/client';
import { dutyScores, members } from '../../db/schema';
import { now } from '../../platform/clock';
import { type CollectedItem, type DutyScope, yearInstants } from '../../platform/duty-items';
import { DUTY_SOURCES } from '../duty-sources';
import { attendanceInRange } from '../meetings/attendance';
import { type YearSettings, yearSettings } from './rules';

/**
 * Items are collected at read time from each module's own tables (platform/duty-items.ts), never
 * copied: attendance turns into 无故缺席 by the clock alone, with no event to copy it on, so a
 * copy would go stale. What is stored is the result (duty_scores): written by recomputeYear (a
 * rule change, the hourly job, staff's 重新计算) for the staff list, the 通报 and the flags, and
 * frozen when the year is closed.
 */

/**
 * Runs some reads at once over the pool; in a transaction (one connection, and node-postgres
 * deprecates queueing on a busy client) one after another. Results in the order given.
 */
async function reads<T extends unknown[]>(
  db: DbOrTx,
  ...run: { [K in keyof T]: () => Promise<T[K]> }
): Promise<T> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(run.map((r) => r()))) as T;
  const out: unknown[] = [];
  for (const r of run) out.push(await r());
  return out as T;
}

/** Every item of the scope, by member (the sources' statements at once, their items in source order). */
export async function collectItems(db: DbOrTx, scope: DutyScope): Promise<Map<number, DutyItem[]>> {
  const byMember = new Map<number, DutyItem[]>();
  const collected = await reads(db, ...DUTY_SOURCES.map((source) => () => source.collect(db, scope)));
  for (const items of collected as CollectedItem[][]) {
    for (const { memberId, ...item } of items) {
      const list = byMember.get(memberId);
      if (list) list.push(item);
      else byMember.set(memberId, [item]);
    }
  }
  return byMember;
}

/** What the consequences look at beyond the year's items: the term's plenary absences, earlier grades. */
async function scoringContexts(
  db: DbOrTx,
  scope: DutyScope,
  termStart: string | null,
): Promise<(memberId: number) => ScoringContext> {
  const { committeeId, year, memberId } = scope;
  const yearEnded = now() >= yearInstants(year).to;
  const absences = new Map<number, number>();
  const grades = new Map<number, Map<number, DutyGrade>>();
  if (termStart) {
    const from = new Date(`${termStart}T00:00:00+08:00`);
    const [rows, earlier] = await reads(
      db,
      () =>
        attendanceInRange(db, { committeeId, memberId, from, to: yearInstants(year).to, kinds: ['plenary'] }),
      () =>
        db
          .select({ memberId: dutyScores.memberId, year: dutyScores.year, grade: dutyScores.grade })
          .from(dutyScores)
          .where(
            and(
              eq(dutyScores.committeeId, committeeId),
              gte(dutyScores.year, from.getUTCFullYear()),
              lte(dutyScores.year, year - 1),
              memberId === undefined ? undefined : eq(dutyScores.memberId, memberId),
            ),
          ),
    );
    for (const r of rows)
      if (r.state === 'absent') absences.set(r.memberId, (absences.get(r.memberId) ?? 0) + 1);
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

/**
 * One member's year scored now from the live items (the member's page of an open year). A caller
 * that has the settings, or collected the items alongside other reads, passes them.
 */
export async function scoreMemberYear(
  db: DbOrTx,
  committeeId: number,
  memberId: number,
  year: number,
  given: { settings?: YearSettings; items?: Map<number, DutyItem[]> } = {},
): Promise<ScoredYear> {
  const scope = { committeeId, year, memberId };
  const settings = given.settings ?? (await yearSettings(db, committeeId, year));
  const [items, ctx] = await reads(
    db,
    () => (given.items ? Promise.resolve(given.items) : collectItems(db, scope)),
    () => scoringContexts(db, scope, settings.termStart),
  );
  return {
    score: scoreDutyYear(items.get(memberId) ?? [], settings.rules, ctx(memberId)),
    ruleVersion: settings.version,
  };
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

/**
 * Scores every member of a committee's year and stores the results (a closed year is left as it
 * was frozen). Returns how many members were scored, or null for a closed year. Its caller's
 * transaction is one connection, so the reads run in turn (the year-end run puts committees side
 * by side instead); the scores are written in one statement (the rows as one JSON parameter) and
 * the members no longer of the year lose theirs in another.
 */
export async function recomputeYear(db: DbOrTx, committeeId: number, year: number): Promise<number | null> {
  const settings = await yearSettings(db, committeeId, year);
  if (settings.closed) return null;
  const scope = { committeeId, year };
  const ids = (await membersOfYear(db, committeeId, year)).map((m) => m.id);
  const items = await collectItems(db, scope);
  const ctx = await scoringContexts(db, scope, settings.termStart);
  const rows = ids.map((memberId) => {
    const score = scoreDutyYear(items.get(memberId) ?? [], settings.rules, ctx(memberId));
    return {
      member_id: memberId,
      total: score.total,
      grade: score.grade,
      consequence_count: score.consequences.length,
      result: score,
    };
  });
  const at = now().toISOString();
  if (rows.length) {
    await db.execute(sql`insert into ${dutyScores}
        (committee_id, member_id, year, total, grade, consequence_count, result, rule_version, computed_at)
      select ${committeeId}::int, r.member_id, ${year}::int, r.total, r.grade, r.consequence_count, r.result,
        ${settings.version}::int, ${at}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as r(member_id integer, total integer, grade text, consequence_count integer, result jsonb)
      on conflict (member_id, year) do update set total = excluded.total, grade = excluded.grade,
        consequence_count = excluded.consequence_count, result = excluded.result,
        rule_version = excluded.rule_version, computed_at = excluded.computed_at`);
  }
  // A member no longer of the year (moved, or an earlier run's leftover) keeps no score.
  await db.execute(sql`delete from ${dutyScores}
    where committee_id = ${committeeId} and year = ${year}
      and not (member_id = any(${`{${ids.join(',')}}`}::int[]))`);
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
