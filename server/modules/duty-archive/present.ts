import { and, asc, desc, eq, sql } from 'drizzle-orm';
import {
  CONSEQUENCE_LABELS,
  type Consequence,
  DUTY_GRADE_LABELS,
  type DutyGrade,
} from '../../../domain/duty-rules';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { dutyActions, dutyScores, dutyYears, sectors } from '../../db/schema';
import { collectItems, scoreMemberYear, storedScores } from './compute';
import { keepsArchive, loadArchiveMember } from './policy';
import { termOfYear, yearSettings } from './rules';

/** The records of consequences acted on for a member (提醒谈话: who talked, when, what was said). */
export function actionsOf(db: DbOrTx, of: { memberId?: number; committeeId?: number; year?: number }) {
  return db
    .select({
      id: dutyActions.id,
      memberId: dutyActions.memberId,
      year: dutyActions.year,
      consequence: dutyActions.consequence,
      actedBy: dutyActions.actedBy,
      actedOn: dutyActions.actedOn,
      content: dutyActions.content,
    })
    .from(dutyActions)
    .where(
      and(
        of.memberId === undefined ? undefined : eq(dutyActions.memberId, of.memberId),
        of.committeeId === undefined ? undefined : eq(dutyActions.committeeId, of.committeeId),
        of.year === undefined ? undefined : eq(dutyActions.year, of.year),
      ),
    )
    .orderBy(asc(dutyActions.actedOn), asc(dutyActions.id))
    .then((rows) => rows.map((r) => ({ ...r, label: CONSEQUENCE_LABELS[r.consequence as Consequence] })));
}

/** The member's place among the committee's stored scores of the year (1 = highest). */
async function rankOf(db: DbOrTx, committeeId: number, year: number, total: number) {
  const [r] = await db
    .select({
      above: sql<number>`(count(*) filter (where ${dutyScores.total} > ${total}))::int`,
      all: sql<number>`count(*)::int`,
    })
    .from(dutyScores)
    .where(and(eq(dutyScores.committeeId, committeeId), eq(dutyScores.year, year)));
  return { rank: r.above + 1, of: Math.max(r.all, r.above + 1) };
}

/** The member's scored years other than this one, newest first, each with its term (届). */
async function otherYears(db: DbOrTx, memberId: number, year: number) {
  const rows = await db
    .select({
      term: sql<
        string | null
      >`${termOfYear(sql`${dutyScores.committeeId}`, sql`${dutyScores.year}`, sql`t.name`)}`,
      year: dutyScores.year,
      total: dutyScores.total,
      grade: dutyScores.grade,
      closedAt: dutyYears.closedAt,
    })
    .from(dutyScores)
    .leftJoin(
      dutyYears,
      and(eq(dutyYears.committeeId, dutyScores.committeeId), eq(dutyYears.year, dutyScores.year)),
    )
    .where(and(eq(dutyScores.memberId, memberId), sql`${dutyScores.year} <> ${year}`))
    .orderBy(desc(dutyScores.year));
  return rows.map((r) => ({
    year: r.year,
    term: r.term,
    total: r.total,
    grade: r.grade as DutyGrade,
    gradeLabel: DUTY_GRADE_LABELS[r.grade as DutyGrade],
    closed: r.closedAt !== null,
  }));
}

/**
 * A member's archive of one year: an open year is scored now from the live items, a closed one
 * is shown as frozen. Rank shows when the committee lets members see it, and always to staff.
 * The records of 提醒谈话 and the like go to staff and to members who follow the member.
 */
export async function memberArchive(db: DbOrTx, actor: Actor, memberId: number, year: number) {
  const member = await loadArchiveMember(db, actor, memberId);
  const isSelf = actor.memberId === memberId;
  // What does not depend on the score is read at once with the year's settings and items.
  const [settings, items, [sector], years, actions] = await Promise.all([
    yearSettings(db, member.committeeId, year),
    collectItems(db, { committeeId: member.committeeId, year, memberId }),
    db.select({ name: sectors.name }).from(sectors).where(eq(sectors.id, member.sectorId)),
    otherYears(db, memberId, year),
    isSelf && !keepsArchive(actor) ? [] : actionsOf(db, { memberId, year }),
  ]);
  let scored: Awaited<ReturnType<typeof scoreMemberYear>> | null = null;
  if (settings.closed) {
    const [row] = await storedScores(db, member.committeeId, year, [memberId]);
    // Closing stored every line with its evidence (an open year's row has none).
    if (row)
      scored = { score: { ...row.result, lines: row.result.lines ?? [] }, ruleVersion: row.ruleVersion };
  }
  scored ??= await scoreMemberYear(db, member.committeeId, memberId, year, { settings, items });
  const { score, ruleVersion } = scored;
  const showRank = !isSelf || settings.rules.showRank;
  return {
    member: {
      id: member.id,
      name: member.name,
      position: member.position,
      sector: sector?.name ?? '',
      left: member.status === 'left',
    },
    year,
    term: settings.termName,
    closed: settings.closed,
    ruleVersion,
    total: score.total,
    grade: score.grade,
    gradeLabel: DUTY_GRADE_LABELS[score.grade],
    base: score.base,
    added: score.added,
    bonusCut: score.bonusCut,
    deducted: score.deducted,
    lines: score.lines,
    done: score.done,
    missing: score.missing,
    consequences: score.consequences,
    rank: showRank ? await rankOf(db, member.committeeId, year, score.total) : null,
    years,
    actions,
  };
}

export type MemberArchive = Awaited<ReturnType<typeof memberArchive>>;
