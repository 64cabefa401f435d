import { and, eq, type SQL, sql } from 'drizzle-orm';
import {
  deriveRates,
  type StatsCounts,
  type StatsGroupBy,
  type StatsResult,
  type StatsRow,
} from '../../../domain/proposal-stats';
import type { ReplyCategoryLevel } from '../../../domain/proposals';
import type { DbOrTx } from '../../db/client';
import { sessions } from '../../db/schema';
import { notFound } from '../../errors';
import { shanghaiDate } from '../../lib/working-days';
import { idArray } from '../../platform/cockpit';
import { type Committee, inReadScope } from '../../platform/scope';
import { proposalSettingsFor } from '../proposals/config';
import { type GroupLabel, groupLabels, groupSpec, scopeOf } from './groups';
import { proposalLevelSql, unitLevelSql } from './sql';

/** Which proposals a table covers: a committee's subtree, and one session or one year. */
export interface StatsPeriod {
  committee: Committee;
  sessionId?: number;
  year?: number;
}

type RawRow = Omit<StatsCounts, 'replyCategories'> & {
  g: number | string | null;
  total?: number;
  categories: Record<string, number> | null;
};

async function rowsOf(db: DbOrTx, query: SQL): Promise<RawRow[]> {
  const res = (await db.execute(query)) as unknown as { rows: RawRow[] };
  return res.rows;
}

/**
 * The statistics statements, in one transaction that turns JIT off (compiling some sixty
 * aggregate expressions costs seconds and saves nothing) and lets hashes stay in memory.
 */
function inStatsTransaction<T>(db: DbOrTx, run: (tx: DbOrTx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local work_mem = '32MB'`);
    // The proposals come by index; their assignments, replies and ratings are joined by hashing
    // (a nested loop over a year of a province re-reads the per-assignment aggregates per row).
    await tx.execute(sql`set local enable_nestloop = off`);
    return run(tx);
  });
}

/** The sessions of a year in the committee's subtree. */
export async function yearSessions(db: DbOrTx, root: Committee, year: number) {
  const rows = await db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.year, year), inReadScope(sessions.committeeId, scopeOf(root))));
  return rows.map((r) => r.id);
}

/** The session or year asked for; a session outside the committee's subtree is a 404. */
async function resolvePeriod(db: DbOrTx, p: StatsPeriod) {
  if (p.sessionId === undefined) return { sessionId: null, year: p.year!, label: `${p.year}年` };
  const [s] = await db
    .select({ id: sessions.id, year: sessions.year, name: sessions.name })
    .from(sessions)
    .where(and(eq(sessions.id, p.sessionId), inReadScope(sessions.committeeId, scopeOf(p.committee))));
  if (!s) throw notFound('届次会议');
  return { sessionId: s.id, year: s.year, label: s.name };
}

function toCounts(r: RawRow, unit: boolean): StatsCounts {
  const review = (n: number) => (unit ? null : n);
  return {
    received: review(r.received ?? 0),
    registered: review(r.registered ?? 0),
    merged: review(r.merged ?? 0),
    rejected: review(r.rejected ?? 0),
    converted: review(r.converted ?? 0),
    withdrawn: review(r.withdrawn ?? 0),
    pendingReview: review(r.pendingReview ?? 0),
    keyProposals: review(r.keyProposals ?? 0),
    keyLedByPrincipal: review(r.keyLedByPrincipal ?? 0),
    assigned: r.assigned,
    replied: r.replied,
    rated: r.rated,
    satisfied: r.satisfied,
    basicallySatisfied: r.basicallySatisfied,
    dissatisfied: r.dissatisfied,
    replyCategories: r.categories ?? {},
    marked: r.marked,
    implemented: r.implemented,
    partlyImplemented: r.partlyImplemented,
    overdue: r.overdue,
    replyDaysTotal: r.replyDaysTotal,
    repliedAssignments: r.repliedAssignments,
  };
}

/** A row with a count for every reply level (zero when none), then its rates. */
function toRow(
  key: StatsRow['key'],
  label: string,
  counts: StatsCounts,
  levels: ReplyCategoryLevel[],
): StatsRow {
  const replyCategories = Object.fromEntries(
    levels.map((l) => [l.code, counts.replyCategories[l.code] ?? 0]),
  );
  const full = { ...counts, replyCategories };
  return { key, label, ...full, ...deriveRates(full) };
}

/** A group without any proposal (a sub-committee that has not started yet). */
export const EMPTY_COUNTS: StatsCounts = {
  received: 0,
  registered: 0,
  merged: 0,
  rejected: 0,
  converted: 0,
  withdrawn: 0,
  pendingReview: 0,
  keyProposals: 0,
  keyLedByPrincipal: 0,
  assigned: 0,
  replied: 0,
  rated: 0,
  satisfied: 0,
  basicallySatisfied: 0,
  dissatisfied: 0,
  replyCategories: {},
  marked: 0,
  implemented: 0,
  partlyImplemented: 0,
  overdue: 0,
  replyDaysTotal: 0,
  repliedAssignments: 0,
};

const NO_GROUP_LABEL: Partial<Record<StatsGroupBy, string>> = { sector: '未分界别', category: '未分类' };

/** Rows in label order; every sub-committee appears even without proposals, other groups only with data. */
function assemble(
  groupBy: StatsGroupBy,
  labels: GroupLabel[],
  raw: RawRow[],
  levels: ReplyCategoryLevel[],
): StatsRow[] {
  const unit = groupBy === 'unit';
  const byKey = new Map(raw.map((r) => [r.g, toCounts(r, unit)]));
  const rows: StatsRow[] = [];
  for (const l of labels) {
    const counts = byKey.get(l.key) ?? (groupBy === 'committee' ? EMPTY_COUNTS : null);
    if (counts) rows.push(toRow(l.key, l.label, counts, levels));
  }
  const unlabelled = byKey.get(null);
  if (unlabelled) rows.push(toRow(null, NO_GROUP_LABEL[groupBy] ?? '其他', unlabelled, levels));
  return rows;
}

/** Per unit the total still counts proposals (a 分办 proposal is one proposal, two units' work). */
const totalLabel = (groupBy: StatsGroupBy) => (groupBy === 'unit' ? '全部提案（按提案计）' : '合计');

/** The committee's reply levels, plus any other code found in the data (a sub-committee's own). */
function levelsOf(configured: ReplyCategoryLevel[], raw: RawRow[]): ReplyCategoryLevel[] {
  const codes = new Set(configured.map((l) => l.code));
  const extra = [...new Set(raw.flatMap((r) => Object.keys(r.categories ?? {})))]
    .filter((c) => !codes.has(c))
    .sort();
  return [...configured, ...extra.map((code) => ({ code, label: code }))];
}

/**
 * The statistics of a committee's subtree for a session or a year, grouped as asked, with the
 * overall total. Two statements at most: the proposal-level one (groups and total together)
 * and, per unit, the assignment-level one.
 */
export async function proposalStats(
  db: DbOrTx,
  period: StatsPeriod,
  groupBy: StatsGroupBy,
): Promise<StatsResult> {
  const root = period.committee;
  const resolved = await resolvePeriod(db, period);
  const where = and(
    inReadScope(sql`p.committee_id`, scopeOf(root)),
    // The year's sessions by id, as a literal list: the session_id index then reads only that
    // year's proposals, not every year's of the subtree joined to sessions and filtered.
    resolved.sessionId === null
      ? sql`p.session_id = any(${idArray(await yearSessions(db, root, resolved.year))})`
      : sql`p.session_id = ${resolved.sessionId}`,
  )!;
  const today = shanghaiDate();
  const spec = groupSpec(groupBy === 'unit' ? 'overall' : groupBy, root);
  const statements = inStatsTransaction(db, async (tx) => {
    const raw = await rowsOf(tx, proposalLevelSql({ where, today, groupKey: spec.key, join: spec.join }));
    const unitRaw =
      groupBy === 'unit'
        ? await rowsOf(tx, unitLevelSql({ where, today, groupKey: sql`null::int`, join: sql`` }))
        : [];
    return { raw, unitRaw };
  });
  const [{ raw, unitRaw }, labels, settings] = await Promise.all([
    statements,
    groupLabels(db, groupBy, root),
    proposalSettingsFor(db, root.id),
  ]);
  const levels = levelsOf(settings.replyCategories, [...raw, ...unitRaw]);
  const totalRaw = raw.find((r) => r.total === 1);
  const total = toRow(null, totalLabel(groupBy), totalRaw ? toCounts(totalRaw, false) : EMPTY_COUNTS, levels);
  const groupRaw = groupBy === 'unit' ? unitRaw : raw.filter((r) => r.total === 0);
  const rows = groupBy === 'overall' ? [total] : assemble(groupBy, labels, groupRaw, levels);
  return {
    groupBy,
    committee: { id: root.id, name: root.name },
    period: resolved,
    replyCategories: levels,
    total,
    rows,
  };
}

/** One committee's counts of a year with 逾期 in parts (proposalLevelSql's `overdueParts`). */
export interface CommitteeYearCounts {
  counts: StatsCounts;
  /** Proposals with an assignment answered after its due date. */
  late: number;
  /** The others with an unanswered assignment: its earliest due date ('YYYY-MM-DD') → proposals. */
  dues: Record<string, number>;
}

/**
 * The counts of each committee's own proposals in the given sessions (its year's), one statement:
 * the cockpit's cache adds them up over a subtree. A committee without proposals has no entry.
 */
export async function committeeYearCounts(
  db: DbOrTx,
  committeeIds: readonly number[],
  sessionIds: readonly number[],
): Promise<Map<number, CommitteeYearCounts>> {
  const where = sql`p.committee_id = any(${idArray(committeeIds)}) and p.session_id = any(${idArray(sessionIds)})`;
  const raw = await inStatsTransaction(db, (tx) =>
    rowsOf(
      tx,
      proposalLevelSql({
        where,
        today: shanghaiDate(),
        groupKey: sql`p.committee_id`,
        join: sql``,
        overdueParts: true,
      }),
    ),
  );
  const out = new Map<number, CommitteeYearCounts>();
  for (const r of raw as (RawRow & { late: number; dues: Record<string, number> | null })[]) {
    if (r.total === 1 || r.g === null) continue;
    out.set(Number(r.g), { counts: { ...toCounts(r, false), overdue: 0 }, late: r.late, dues: r.dues ?? {} });
  }
  return out;
}
