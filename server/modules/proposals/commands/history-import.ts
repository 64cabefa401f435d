import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import type { Db, DbOrTx, Tx } from '../../../db/client';
import {
  events,
  handlingUnits,
  members,
  proposalAssignments,
  proposalNumberCounters,
  proposalRatings,
  proposalReplies,
  proposalSigners,
  proposals,
  sectors,
  sessions,
  specialCommittees,
} from '../../../db/schema';
import { addWorkingDays, shanghaiDate } from '../../../lib/working-days';
import { calendarOverridesFor } from '../../../platform/calendar';
import { now } from '../../../platform/clock';
import type { ImportProblem } from '../../../platform/xlsx-import';
import { ensureProposalConfig, listCategories, proposalSettingsFor } from '../config';
import type { HistoryLookups, HistoryProposal } from '../history-rows';
import { searchVectorOf } from '../search';

const named = (rows: { id: number; name: string }[]) => new Map(rows.map((r) => [r.name, r.id]));

/** The committee's catalogues by name, as the ledger's cells must name them. */
export async function loadHistoryLookups(db: DbOrTx, committeeId: number): Promise<HistoryLookups> {
  await ensureProposalConfig(db, committeeId);
  const of = <T extends typeof sessions | typeof sectors | typeof specialCommittees | typeof handlingUnits>(
    t: T,
  ) =>
    db
      .select({ id: t.id, name: t.name })
      .from(t as typeof sectors)
      .where(eq(t.committeeId, committeeId));
  const people = await db
    .select({ id: members.id, name: members.name, sectorId: members.sectorId })
    .from(members)
    .where(eq(members.committeeId, committeeId));
  const byName = new Map<string, number[]>();
  for (const m of people) byName.set(m.name, [...(byName.get(m.name) ?? []), m.id]);
  const settings = await proposalSettingsFor(db, committeeId);
  return {
    sessions: named(await of(sessions)),
    members: byName,
    memberSectors: new Map(people.map((m) => [m.id, m.sectorId])),
    sectors: named(await of(sectors)),
    specialCommittees: named(await of(specialCommittees)),
    units: named(await of(handlingUnits)),
    categories: named(await listCategories(db, committeeId)),
    replyCategories: settings.replyCategories,
    today: shanghaiDate(now()),
  };
}

/** Numbers the ledger gives that a session already holds: imported once already, or registered here. */
async function numbersTaken(tx: Tx, rows: HistoryProposal[]): Promise<ImportProblem[]> {
  const taken = await tx
    .select({ sessionId: proposals.sessionId, number: proposals.number })
    .from(proposals)
    .where(
      and(
        inArray(proposals.sessionId, [...new Set(rows.map((r) => r.sessionId))]),
        inArray(proposals.number, [...new Set(rows.map((r) => r.number))]),
      ),
    );
  const keys = new Set(taken.map((t) => `${t.sessionId}:${t.number}`));
  return rows
    .filter((r) => keys.has(`${r.sessionId}:${r.number}`))
    .map((r) => ({ row: r.row, column: '编号', message: `该届次会议已有第 ${r.number} 号提案` }));
}

/** A Beijing working-day morning of a ledger date: the ledger keeps days, not times. */
const at = (day: string) => new Date(`${day}T09:00:00+08:00`);

/** One row's proposal with its signers, event, assignments, replies and ratings. */
async function writeOne(tx: Tx, actor: Actor, p: HistoryProposal, dueOf: (day: string) => string) {
  const status = p.rating ? 'rated' : 'concluded';
  const [row] = await tx
    .insert(proposals)
    .values({
      committeeId: actor.committeeId,
      sessionId: p.sessionId,
      number: p.number,
      title: p.title,
      categoryId: p.categoryId,
      submitterKind: p.submitterKind,
      submitterName: p.submitterName,
      sectorId: p.sectorId,
      specialCommitteeId: p.specialCommitteeId,
      leadMemberId: p.memberIds[0] ?? null,
      createdByUserId: actor.userId,
      status,
      searchVector: searchVectorOf(
        { title: p.title, situationHtml: '', analysisHtml: '', recommendationHtml: '' },
        actor.committeePath,
      ),
      submittedAt: at(p.submittedOn),
      registeredAt: at(p.registeredOn),
      createdAt: at(p.submittedOn),
    })
    .returning({ id: proposals.id });
  const owned = { committeeId: actor.committeeId, proposalId: row.id };
  if (p.memberIds.length) {
    await tx.insert(proposalSigners).values(
      p.memberIds.map((memberId, i) => ({
        ...owned,
        memberId,
        role: i === 0 ? 'lead' : 'co',
        state: 'confirmed',
        ordinal: i + 1,
        invitedAt: at(p.submittedOn),
        respondedAt: at(p.submittedOn),
      })),
    );
  }
  await tx.insert(events).values({
    ...{ committeeId: actor.committeeId, subjectType: 'proposal', subjectId: row.id },
    ...{ action: 'importHistory', fromStatus: null, toStatus: status, at: now() },
    ...{ actorUserId: actor.userId, actorName: actor.displayName, data: { ledgerRow: p.row } },
  });
  const due = dueOf(p.assignedOn);
  for (const u of p.units) {
    const replies = u.mode !== 'cooperating';
    const [a] = await tx
      .insert(proposalAssignments)
      .values({
        ...{ ...owned, unitId: u.unitId, mode: u.mode, assignedAt: at(p.assignedOn) },
        ...{
          assignedByUserId: actor.userId,
          dueDate: due,
          originalDueDate: due,
          acceptedAt: at(p.assignedOn),
        },
        repliedAt: replies ? at(p.repliedOn) : null,
      })
      .returning({ id: proposalAssignments.id });
    if (!replies) continue;
    const [reply] = await tx
      .insert(proposalReplies)
      .values({
        ...{ ...owned, assignmentId: a.id, unitId: u.unitId, bodyHtml: '', category: p.replyCategory },
        ...{ createdByUserId: actor.userId, repliedAt: at(p.repliedOn) },
      })
      .returning({ id: proposalReplies.id });
    if (!p.rating) continue;
    const level = p.rating;
    await tx.insert(proposalRatings).values({
      ...{ ...owned, replyId: reply.id, unitId: u.unitId, memberId: p.memberIds[0] ?? null },
      ...{ ratedByUserId: actor.userId, attitude: level, contact: level, result: level, overall: level },
      createdAt: at(p.repliedOn),
    });
  }
}

/**
 * Writes every ledger row as a finished proposal with its real dates, or nothing: a number a
 * session already holds is a problem of its row. Each session's counter moves past the highest
 * imported number, so the next 立案 there continues after it.
 */
export async function importHistory(
  db: Db,
  actor: Actor,
  rows: HistoryProposal[],
): Promise<{ imported: number } | { problems: ImportProblem[] }> {
  return db.transaction(async (tx) => {
    const problems = await numbersTaken(tx, rows);
    if (problems.length) return { problems };
    const settings = await proposalSettingsFor(tx, actor.committeeId);
    const overrides = await calendarOverridesFor(tx, actor.committeeId);
    const dueOf = (day: string) => addWorkingDays(day, settings.replyDueWorkingDays, overrides);
    for (const p of rows) await writeOne(tx, actor, p, dueOf);
    const highest = new Map<number, number>();
    for (const p of rows) highest.set(p.sessionId, Math.max(highest.get(p.sessionId) ?? 0, p.number));
    for (const [sessionId, lastNumber] of highest) {
      await tx
        .insert(proposalNumberCounters)
        .values({ sessionId, committeeId: actor.committeeId, lastNumber })
        .onConflictDoUpdate({
          target: proposalNumberCounters.sessionId,
          set: { lastNumber: sql`greatest(${proposalNumberCounters.lastNumber}, ${lastNumber})` },
        });
    }
    return { imported: rows.length };
  });
}
