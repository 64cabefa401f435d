import { and, asc, desc, eq, gt, ilike, max, type SQL, sql } from 'drizzle-orm';
import { DUTY_GRADE_LABELS, DUTY_GRADES, type DutyGrade } from '../../../domain/duty-rules';
import type { DueConsequence } from '../../../domain/duty-scoring';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  dutyScoreRuns,
  dutyScores,
  liaisonGroups,
  members,
  sectors,
  specialCommittees,
} from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { likePattern, resolveScopeCommittee } from '../../platform/scope';
import { actionsOf } from './present';
import { closedYear } from './rules';
import type { ScoreFilters } from './schemas';

function conditions(committeeId: number, f: ScoreFilters): SQL[] {
  const c: SQL[] = [eq(dutyScores.committeeId, committeeId), eq(dutyScores.year, f.year)];
  if (f.sectorId) c.push(eq(members.sectorId, f.sectorId));
  if (f.specialCommitteeId) c.push(eq(members.specialCommitteeId, f.specialCommitteeId));
  if (f.liaisonGroupId) c.push(eq(members.liaisonGroupId, f.liaisonGroupId));
  if (f.position) c.push(eq(members.position, f.position));
  if (f.grade) c.push(eq(dutyScores.grade, f.grade));
  if (f.flagged === 'true') c.push(gt(dutyScores.consequenceCount, 0));
  if (f.flagged === 'false') c.push(eq(dutyScores.consequenceCount, 0));
  if (f.q) c.push(ilike(members.name, likePattern(f.q)));
  return c;
}

const ORDER: Record<ScoreFilters['sort'], SQL[]> = {
  '-total': [desc(dutyScores.total), asc(members.officialOrder), asc(members.namePinyin)],
  total: [asc(dutyScores.total), asc(members.officialOrder), asc(members.namePinyin)],
  name: [sql`${members.namePinyin} collate "C"`, asc(members.id)],
  official: [asc(members.officialOrder), sql`${members.namePinyin} collate "C"`, asc(members.id)],
};

async function scoreRows(db: DbOrTx, committeeId: number, f: ScoreFilters, limit: number, offset: number) {
  const rows = await db
    .select({
      memberId: members.id,
      name: members.name,
      position: members.position,
      sector: sectors.name,
      specialCommittee: specialCommittees.name,
      liaisonGroup: liaisonGroups.name,
      left: sql<boolean>`${members.status} = 'left'`,
      total: dutyScores.total,
      grade: dutyScores.grade,
      result: dutyScores.result,
      // When the year was last computed, which a run that changed no row moves too.
      computedAt: sql<Date>`coalesce(${dutyScoreRuns.computedAt}, ${dutyScores.computedAt})`.mapWith(
        dutyScores.computedAt,
      ),
      counted: sql<number>`count(*) over ()::int`,
    })
    .from(dutyScores)
    .innerJoin(members, eq(members.id, dutyScores.memberId))
    .innerJoin(sectors, eq(sectors.id, members.sectorId))
    .leftJoin(specialCommittees, eq(specialCommittees.id, members.specialCommitteeId))
    .leftJoin(liaisonGroups, eq(liaisonGroups.id, members.liaisonGroupId))
    .leftJoin(
      dutyScoreRuns,
      and(eq(dutyScoreRuns.committeeId, dutyScores.committeeId), eq(dutyScoreRuns.year, dutyScores.year)),
    )
    .where(and(...conditions(committeeId, f)))
    .orderBy(...ORDER[f.sort])
    .limit(limit)
    .offset(offset);
  return rows.map(({ result, ...r }) => ({
    ...r,
    grade: r.grade as DutyGrade,
    gradeLabel: DUTY_GRADE_LABELS[r.grade as DutyGrade],
    added: result.added - result.bonusCut,
    deducted: result.deducted,
    proposals: result.done.proposal,
    opinions: result.done.opinion,
    activities: result.done.activity,
    missing: result.missing.map((m) => m.text),
    consequences: result.consequences.map((c: DueConsequence) => c.label),
  }));
}

export type ScoreRow = Awaited<ReturnType<typeof scoreRows>>[number];

/** Every member's stored score of the year (staff): filtered, sorted, one page. */
export async function listScores(
  db: DbOrTx,
  actor: Actor,
  f: ScoreFilters & { page: number; pageSize: number },
): Promise<Page<Omit<ScoreRow, 'counted'>>> {
  const committee = await resolveScopeCommittee(db, actor, f.committeeId);
  const rows = await scoreRows(db, committee.id, f, f.pageSize, offsetOf(f));
  let total = rows[0]?.counted ?? 0;
  if (rows.length === 0 && f.page > 1) total = (await scoreRows(db, committee.id, f, 1, 0))[0]?.counted ?? 0;
  return { items: rows.map(({ counted: _, ...r }) => r), total, page: f.page, pageSize: f.pageSize };
}

/** The same rows for the export, without paging. */
export async function exportScores(db: DbOrTx, actor: Actor, f: ScoreFilters) {
  const committee = await resolveScopeCommittee(db, actor, f.committeeId);
  return scoreRows(db, committee.id, f, EXPORT_LIMIT, 0);
}

/**
 * How many members have each grade, the average, and when the scores were computed (the year's
 * last run, which may have changed no row; else the latest row written).
 */
export async function gradeDistribution(db: DbOrTx, actor: Actor, year: number, committeeId?: number) {
  const committee = await resolveScopeCommittee(db, actor, committeeId);
  const [rows, [run]] = await Promise.all([
    db
      .select({
        grade: dutyScores.grade,
        n: sql<number>`count(*)::int`,
        sum: sql<number>`sum(${dutyScores.total})::int`,
        computedAt: max(dutyScores.computedAt),
      })
      .from(dutyScores)
      .where(and(eq(dutyScores.committeeId, committee.id), eq(dutyScores.year, year)))
      .groupBy(dutyScores.grade),
    db
      .select({ computedAt: dutyScoreRuns.computedAt })
      .from(dutyScoreRuns)
      .where(and(eq(dutyScoreRuns.committeeId, committee.id), eq(dutyScoreRuns.year, year))),
  ]);
  const members = rows.reduce((s, r) => s + r.n, 0);
  const times = [run?.computedAt, ...rows.map((r) => r.computedAt)].filter((d): d is Date => !!d);
  return {
    year,
    committeeId: committee.id,
    closed: (await closedYear(db, committee.id, year)) !== null,
    members,
    average: members ? Math.round((rows.reduce((s, r) => s + r.sum, 0) / members) * 10) / 10 : null,
    computedAt: times.length ? new Date(Math.max(...times.map((d) => d.getTime()))) : null,
    grades: DUTY_GRADES.map((g) => ({
      grade: g,
      label: DUTY_GRADE_LABELS[g],
      count: rows.find((r) => r.grade === g)?.n ?? 0,
    })),
  };
}

/** Members with consequences due (提醒谈话, 警告, 劝辞), with what has been done about each. */
export async function listFlags(db: DbOrTx, actor: Actor, year: number, committeeId?: number) {
  const committee = await resolveScopeCommittee(db, actor, committeeId);
  const rows = await db
    .select({
      memberId: members.id,
      name: members.name,
      position: members.position,
      sector: sectors.name,
      total: dutyScores.total,
      grade: dutyScores.grade,
      result: dutyScores.result,
    })
    .from(dutyScores)
    .innerJoin(members, eq(members.id, dutyScores.memberId))
    .innerJoin(sectors, eq(sectors.id, members.sectorId))
    .where(
      and(
        eq(dutyScores.committeeId, committee.id),
        eq(dutyScores.year, year),
        gt(dutyScores.consequenceCount, 0),
      ),
    )
    .orderBy(asc(dutyScores.total), asc(members.officialOrder));
  const acted = await actionsOf(db, { committeeId: committee.id, year });
  const all = rows.map((r) => acted.filter((a) => a.memberId === r.memberId));
  return rows.map(({ result, ...r }, i) => ({
    ...r,
    grade: r.grade as DutyGrade,
    gradeLabel: DUTY_GRADE_LABELS[r.grade as DutyGrade],
    consequences: result.consequences,
    actions: all[i],
    /** Consequences with no record yet of having been acted on. */
    open: result.consequences.filter((c) => !all[i].some((a) => a.consequence === c.consequence)).length,
  }));
}

/** How many flagged members of the caller's committee still wait for a consequence to be acted on. */
export async function countOpenFlags(db: DbOrTx, actor: Actor, year: number) {
  return (await listFlags(db, actor, year)).filter((f) => f.open > 0).length;
}
