import { createHash } from 'node:crypto';
import { and, eq, gte, inArray, lte, ne, or, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { DutyGrade } from '../../../domain/duty-rules';
import {
  type DutyItem,
  type DutyScore,
  missingMinimums,
  PLENARY_ABSENT_KIND,
  type ScoringContext,
  type StoredDutyScore,
  scoreDutyYear,
  scoreDutyYearFigures,
} from '../../../domain/duty-scoring';
import type { DbOrTx } from '../../db/client';
import { dutyScoreRuns, dutyScores, members } from '../../db/schema';
import { now } from '../../platform/clock';
import { type CollectedItem, type DutyScope, yearInstants } from '../../platform/duty-items';
import { DUTY_SOURCES } from '../duty-sources';
import { attendanceInRange } from '../meetings/attendance-range';
import { type YearSettings, yearSettings } from './rules';

/**
 * Items are collected at read time from each module's own tables (platform/duty-items.ts), never
 * copied: attendance turns into 无故缺席 by the clock alone, with no event to copy it on, so a
 * copy would go stale (the meetings module stores each attendee's state only for a meeting that
 * has ended, which the clock no longer changes, and reads it for those). What is stored is the result (duty_scores): written by recomputeYear (a
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
  // Each item is kept as collected (its memberId along): a copy per item was a million at a tenth.
  for (const items of collected as CollectedItem[][]) {
    for (const item of items) {
      const list = byMember.get(item.memberId);
      if (list) list.push(item);
      else byMember.set(item.memberId, [item]);
    }
  }
  return byMember;
}

/**
 * What the consequences look at beyond the year's items: the term's plenary absences, earlier
 * grades. The absences of the year itself are its `meeting.plenary.absent` items (the meetings
 * source derives them with the same statement), so only the term's earlier years are read here.
 */
async function scoringContexts(
  db: DbOrTx,
  scope: DutyScope,
  termStart: string | null,
): Promise<(memberId: number, items: readonly DutyItem[]) => ScoringContext> {
  const { committeeId, year, memberId } = scope;
  const { from: yearFrom, to: yearTo } = yearInstants(year);
  const yearEnded = now() >= yearTo;
  const earlierAbsences = new Map<number, number>();
  const grades = new Map<number, Map<number, DutyGrade>>();
  if (termStart) {
    const from = new Date(`${termStart}T00:00:00+08:00`);
    const [rows, earlier] = await reads(
      db,
      () =>
        from < yearFrom
          ? attendanceInRange(db, {
              committeeId,
              memberId,
              from,
              to: yearFrom,
              kinds: ['plenary'],
              onlyAbsent: true,
            })
          : Promise.resolve([]),
      () =>
        db
          .select({ memberId: dutyScores.memberId, year: dutyScores.year, grade: dutyScores.grade })
          .from(dutyScores)
          .where(
            and(
              eq(dutyScores.committeeId, committeeId),
              // The term's first year by its Beijing date (the instant's UTC year is the year before on 1 January).
              gte(dutyScores.year, Number(termStart.slice(0, 4))),
              lte(dutyScores.year, year - 1),
              memberId === undefined ? undefined : eq(dutyScores.memberId, memberId),
            ),
          ),
    );
    for (const r of rows) earlierAbsences.set(r.memberId, (earlierAbsences.get(r.memberId) ?? 0) + 1);
    for (const g of earlier) {
      const mine = grades.get(g.memberId) ?? new Map<number, DutyGrade>();
      mine.set(g.year, g.grade as DutyGrade);
      grades.set(g.memberId, mine);
    }
  }
  return (id, items) => {
    const mine = grades.get(id) ?? new Map<number, DutyGrade>();
    // The run of earlier grades stops at the first year without a score.
    const previousGrades: DutyGrade[] = [];
    for (let y = year - 1; mine.has(y); y--) previousGrades.push(mine.get(y) as DutyGrade);
    // An item's date is its meeting's Beijing day: on or after the term's first day is in the term.
    const thisYear = termStart
      ? items.filter((i) => i.kind === PLENARY_ABSENT_KIND && i.date >= termStart).length
      : 0;
    return { termPlenaryAbsences: (earlierAbsences.get(id) ?? 0) + thisYear, previousGrades, yearEnded };
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
  const mine = items.get(memberId) ?? [];
  return { score: scoreDutyYear(mine, settings.rules, ctx(memberId, mine)), ruleVersion: settings.version };
}

/**
 * The minimum duties a member has still to do in an open year (the to-do of the year's last months,
 * loaded with every member's home): the year's rules and the member's items, none of the scoring's
 * earlier years, so half the statements of scoreMemberYear.
 */
export async function missingMemberMinimums(db: DbOrTx, committeeId: number, memberId: number, year: number) {
  const { rules } = await yearSettings(db, committeeId, year);
  if (rules.minimums.length === 0) return [];
  const items = await collectItems(db, { committeeId, year, memberId });
  return missingMinimums(items.get(memberId) ?? [], rules);
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

/** A stored row's content hashed: a run rewrites the rows whose hash changed, and only those. */
function rowDigest(
  row: { total: number; grade: string; consequence_count: number; result: StoredDutyScore },
  ruleVersion: number,
) {
  return createHash('sha1')
    .update(JSON.stringify([row.total, row.grade, row.consequence_count, ruleVersion, row.result]))
    .digest('base64');
}

/**
 * Scores every member of a committee's year and stores the results (a closed year is left as it
 * was frozen). Returns how many members were scored, or null for a closed year. Its caller's
 * transaction is one connection, so the reads run in turn (the year-end run puts committees side
 * by side instead). Only the rows whose result changed are written, in one statement (the rows as
 * one JSON parameter); the members no longer of the year lose theirs in another; the committee's
 * year records that it was computed now (duty_score_runs) either way. `evidence` keeps every
 * line with its evidence (closing the year); otherwise the lines are left out, as no reader of an
 * open year's stored score needs them.
 */
export async function recomputeYear(
  db: DbOrTx,
  committeeId: number,
  year: number,
  opts: { evidence?: boolean } = {},
): Promise<number | null> {
  const settings = await yearSettings(db, committeeId, year);
  if (settings.closed) return null;
  const scope = { committeeId, year };
  const [members, items, ctx, stored] = await reads(
    db,
    () => membersOfYear(db, committeeId, year),
    () => collectItems(db, scope),
    () => scoringContexts(db, scope, settings.termStart),
    () =>
      db
        .select({
          memberId: dutyScores.memberId,
          digest: dutyScores.digest,
          total: dutyScores.total,
          grade: dutyScores.grade,
          consequenceCount: dutyScores.consequenceCount,
          ruleVersion: dutyScores.ruleVersion,
        })
        .from(dutyScores)
        .where(and(eq(dutyScores.committeeId, committeeId), eq(dutyScores.year, year))),
  );
  const ids = members.map((m) => m.id);
  const storedRow = new Map(stored.map((r) => [r.memberId, r]));
  const serving = new Set(ids);
  const changed = ids.flatMap((memberId) => {
    const mine = items.get(memberId) ?? [];
    // Lines only where they are kept: an open year's row has none, and making them was most of scoring.
    const result = (opts.evidence ? scoreDutyYear : scoreDutyYearFigures)(
      mine,
      settings.rules,
      ctx(memberId, mine),
    ) as StoredDutyScore;
    const row = {
      member_id: memberId,
      total: result.total,
      grade: result.grade,
      consequence_count: result.consequences.length,
      result,
    };
    const digest = rowDigest(row, settings.version);
    // The columns others filter and count on are checked too: a row changed by hand is repaired.
    const was = storedRow.get(memberId);
    const same =
      was?.digest === digest &&
      was.total === row.total &&
      was.grade === row.grade &&
      was.consequenceCount === row.consequence_count &&
      was.ruleVersion === settings.version;
    return same ? [] : [{ ...row, digest }];
  });
  const at = now().toISOString();
  if (changed.length) {
    await db.execute(sql`insert into ${dutyScores}
        (committee_id, member_id, year, total, grade, consequence_count, result, rule_version, digest, computed_at)
      select ${committeeId}::int, r.member_id, ${year}::int, r.total, r.grade, r.consequence_count, r.result,
        ${settings.version}::int, r.digest, ${at}::timestamptz
      from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb)
        as r(member_id integer, total integer, grade text, consequence_count integer, result jsonb, digest text)
      on conflict (member_id, year) do update set total = excluded.total, grade = excluded.grade,
        consequence_count = excluded.consequence_count, result = excluded.result,
        rule_version = excluded.rule_version, digest = excluded.digest, computed_at = excluded.computed_at`);
  }
  // A member no longer of the year (moved, or an earlier run's leftover) keeps no score.
  if (stored.some((r) => !serving.has(r.memberId)))
    await db.execute(sql`delete from ${dutyScores}
      where committee_id = ${committeeId} and year = ${year}
        and not (member_id = any(${`{${ids.join(',')}}`}::int[]))`);
  await db
    .insert(dutyScoreRuns)
    .values({ committeeId, year, computedAt: new Date(at) })
    .onConflictDoUpdate({
      target: [dutyScoreRuns.committeeId, dutyScoreRuns.year],
      set: { computedAt: new Date(at) },
    });
  return ids.length;
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
