import { and, asc, desc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import { HANDLED_STATUSES } from '../../../domain/proposal-stats';
import type { AssignmentMode, SignerRole } from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  committees,
  events,
  handlingUnits,
  members,
  proposalAssignments,
  proposalCategories,
  proposalReplies,
  proposalSigners,
  proposals,
  sectors,
  sessions,
} from '../../db/schema';
import { notFound } from '../../errors';
import { inReadScope } from '../../platform/scope';
import type { ProposalRow } from '../proposals/relations';

/** Everything a printed proposal shows, loaded for many proposals at once (the compilation). */
export interface ProposalDoc {
  p: ProposalRow;
  committeeName: string;
  sessionName: string;
  categoryName: string | null;
  signers: { name: string; sectorName: string | null; role: SignerRole }[];
  /** The latest review decision (立案, 不予立案, 转为意见建议, 并案) with the reviewer's note. */
  review: { action: string; note: string | null; at: Date } | null;
  host: { number: number | null; title: string } | null;
  units: { name: string; mode: AssignmentMode; assignedAt: Date; dueDate: string }[];
}

const REVIEW_ACTIONS = ['register', 'reject', 'convert', 'merge'];

function groupBy<T>(rows: T[], key: (r: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
}

/** Signers (declined ones left out), active assignments and review decisions of some proposals. */
function relatedOf(db: DbOrTx, ids: number[]) {
  return Promise.all([
    db
      .select({
        proposalId: proposalSigners.proposalId,
        name: members.name,
        sectorName: sectors.name,
        role: proposalSigners.role,
      })
      .from(proposalSigners)
      .innerJoin(members, eq(members.id, proposalSigners.memberId))
      .leftJoin(sectors, eq(sectors.id, members.sectorId))
      .where(and(inArray(proposalSigners.proposalId, ids), ne(proposalSigners.state, 'declined')))
      .orderBy(asc(proposalSigners.proposalId), asc(proposalSigners.ordinal)),
    db
      .select({
        proposalId: proposalAssignments.proposalId,
        name: handlingUnits.name,
        mode: proposalAssignments.mode,
        assignedAt: proposalAssignments.assignedAt,
        dueDate: proposalAssignments.dueDate,
      })
      .from(proposalAssignments)
      .innerJoin(handlingUnits, eq(handlingUnits.id, proposalAssignments.unitId))
      .where(and(inArray(proposalAssignments.proposalId, ids), eq(proposalAssignments.state, 'active')))
      .orderBy(asc(proposalAssignments.round), asc(proposalAssignments.id)),
    db
      .selectDistinctOn([events.subjectId], {
        proposalId: events.subjectId,
        action: events.action,
        note: events.note,
        at: events.at,
      })
      .from(events)
      .where(
        and(
          eq(events.subjectType, 'proposal'),
          inArray(events.subjectId, ids),
          inArray(events.action, REVIEW_ACTIONS),
        ),
      )
      .orderBy(events.subjectId, desc(events.id)),
  ]);
}

/** The printed view of some proposals, in the order of `ids`; five queries whatever their number. */
export async function loadProposalDocs(db: DbOrTx, ids: number[]): Promise<ProposalDoc[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      p: proposals,
      committeeName: committees.name,
      sessionName: sessions.name,
      categoryName: proposalCategories.name,
    })
    .from(proposals)
    .innerJoin(committees, eq(committees.id, proposals.committeeId))
    .innerJoin(sessions, eq(sessions.id, proposals.sessionId))
    .leftJoin(proposalCategories, eq(proposalCategories.id, proposals.categoryId))
    .where(inArray(proposals.id, ids));
  const hostIds = rows.flatMap((r) => (r.p.mergedIntoId === null ? [] : [r.p.mergedIntoId]));
  const [[signers, units, reviews], hosts] = await Promise.all([
    relatedOf(db, ids),
    hostIds.length
      ? db
          .select({ id: proposals.id, number: proposals.number, title: proposals.title })
          .from(proposals)
          .where(inArray(proposals.id, hostIds))
      : Promise.resolve([]),
  ]);
  const signersBy = groupBy(signers, (s) => s.proposalId);
  const unitsBy = groupBy(units, (u) => u.proposalId);
  const reviewBy = new Map(reviews.map((r) => [r.proposalId, r]));
  const hostBy = new Map(hosts.map((h) => [h.id, h]));
  const byId = new Map(rows.map((r) => [r.p.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        ...r,
        signers: (signersBy.get(id) ?? []).map((s) => ({ ...s, role: s.role as SignerRole })),
        review: reviewBy.get(id) ?? null,
        host: r.p.mergedIntoId === null ? null : (hostBy.get(r.p.mergedIntoId) ?? null),
        units: (unitsBy.get(id) ?? []).map((u) => ({ ...u, mode: u.mode as AssignmentMode })),
      },
    ];
  });
}

/** A session the caller may read, with its committee's name; otherwise 404. */
export async function readableSession(db: DbOrTx, actor: Actor, sessionId: number) {
  const [row] = await db
    .select({ id: sessions.id, name: sessions.name, year: sessions.year, committeeName: committees.name })
    .from(sessions)
    .innerJoin(committees, eq(committees.id, sessions.committeeId))
    .where(and(eq(sessions.id, sessionId), inReadScope(sessions.committeeId, actor)));
  if (!row) throw notFound('届次会议');
  return row;
}

/**
 * The session's numbered proposals in number order: every registered one, and those merged
 * after registration (listed with the proposal they joined, so the numbers have no holes).
 */
export async function compiledProposalIds(db: DbOrTx, sessionId: number): Promise<number[]> {
  const rows = await db
    .select({ id: proposals.id })
    .from(proposals)
    .where(
      and(
        eq(proposals.sessionId, sessionId),
        isNotNull(proposals.number),
        inArray(proposals.status, [...HANDLED_STATUSES, 'merged']),
      ),
    )
    .orderBy(asc(proposals.number));
  return rows.map((r) => r.id);
}

/** A proposal's replies, newest first, with the unit and how it was assigned; `unitId` narrows. */
export function repliesOf(db: DbOrTx, proposalId: number, unitId?: number) {
  return db
    .select({ r: proposalReplies, unitName: handlingUnits.name, mode: proposalAssignments.mode })
    .from(proposalReplies)
    .innerJoin(handlingUnits, eq(handlingUnits.id, proposalReplies.unitId))
    .innerJoin(proposalAssignments, eq(proposalAssignments.id, proposalReplies.assignmentId))
    .where(
      and(
        eq(proposalReplies.proposalId, proposalId),
        unitId === undefined ? undefined : eq(proposalReplies.unitId, unitId),
      ),
    )
    .orderBy(desc(proposalReplies.repliedAt), desc(proposalReplies.id));
}

export type ReplyWithUnit = Awaited<ReturnType<typeof repliesOf>>[number];
