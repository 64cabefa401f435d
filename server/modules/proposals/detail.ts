import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import {
  handlingUnits,
  members,
  proposalAssignments,
  proposalCategories,
  proposalSigners,
  proposals,
  sessions,
} from '../../db/schema';
import { listAttachments } from '../../platform/attachments';
import { subjectEvents } from '../../platform/events';
import { PROPOSAL_MATERIAL, proposalSubject } from './commands/attachments';
import type { ProposalRow } from './relations';

/** Signers of some proposals with their names, in signing order. */
function signersOf(db: DbOrTx, proposalIds: number[]) {
  if (proposalIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      proposalId: proposalSigners.proposalId,
      memberId: proposalSigners.memberId,
      name: members.name,
      role: proposalSigners.role,
      state: proposalSigners.state,
      declineReason: proposalSigners.declineReason,
      respondedAt: proposalSigners.respondedAt,
    })
    .from(proposalSigners)
    .innerJoin(members, eq(members.id, proposalSigners.memberId))
    .where(inArray(proposalSigners.proposalId, proposalIds))
    .orderBy(asc(proposalSigners.proposalId), asc(proposalSigners.ordinal));
}

/** Everything the proposal page shows besides the row: names, people, units, files, timeline. */
export async function loadDetail(db: DbOrTx, p: ProposalRow) {
  const [[names], children, host, assignments, files, events] = await Promise.all([
    db
      .select({ categoryName: proposalCategories.name, sessionName: sessions.name, year: sessions.year })
      .from(sessions)
      .leftJoin(proposalCategories, eq(proposalCategories.id, p.categoryId ?? -1))
      .where(eq(sessions.id, p.sessionId)),
    db
      .select({ id: proposals.id, title: proposals.title, number: proposals.number })
      .from(proposals)
      .where(eq(proposals.mergedIntoId, p.id))
      .orderBy(asc(proposals.id)),
    p.mergedIntoId === null
      ? Promise.resolve([])
      : db
          .select({ id: proposals.id, title: proposals.title, number: proposals.number })
          .from(proposals)
          .where(eq(proposals.id, p.mergedIntoId)),
    db
      .select({ a: proposalAssignments, unitName: handlingUnits.name })
      .from(proposalAssignments)
      .innerJoin(handlingUnits, eq(handlingUnits.id, proposalAssignments.unitId))
      .where(eq(proposalAssignments.proposalId, p.id))
      .orderBy(asc(proposalAssignments.round), asc(proposalAssignments.id)),
    listAttachments(db, proposalSubject(p.id), PROPOSAL_MATERIAL),
    subjectEvents(db, 'proposal', p.id),
  ]);
  const signers = await signersOf(db, [p.id, ...children.map((c) => c.id)]);
  return { ...names, signers, children, host: host.at(0) ?? null, assignments, files, events };
}

export type ProposalDetail = Awaited<ReturnType<typeof loadDetail>>;
