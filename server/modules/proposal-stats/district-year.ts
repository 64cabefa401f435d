import {
  leaders,
  proposalAssignments,
  proposalKeySelections,
  proposalRatings,
  proposalReplies,
  proposals,
} from '../../db/schema';
import type { TestApp } from '../../test/app';
import { proposalWorld } from '../proposals/test-world';
import { baseOf } from './stats-year';

/**
 * The district year DOMAIN.md §2 quotes, written by direct inserts (in bulk: 178 proposals) into a
 * proposal world's 2025 session: 178 received, 176 registered and 2 converted to 意见建议; each
 * registered proposal assigned to the world's unit on 2025-03-01 (due 06-01), replied A on 04-10
 * and rated 满意 by its proposer; 31 chosen as key proposals, 6 of them led by a principal leader
 * (党政主要领导) and 25 by the world's leader.
 */
export async function districtYear(t: TestApp, prefix: string) {
  const pw = await proposalWorld(t, prefix);
  const b = await baseOf(t, pw);
  const { committeeId, sessionId, userId } = b;
  const submittedAt = new Date('2025-01-10T02:00:00Z');
  const rows = await b.db
    .insert(proposals)
    .values(
      Array.from({ length: 178 }, (_, i) => ({
        committeeId,
        sessionId,
        title: `区政协提案${i + 1}`,
        submitterKind: 'individual',
        createdByUserId: userId,
        status: i < 176 ? 'concluded' : 'converted',
        submittedAt,
      })),
    )
    .returning({ id: proposals.id });
  const registered = rows.slice(0, 176).map((r) => r.id);
  const assignments = await b.db
    .insert(proposalAssignments)
    .values(
      registered.map((proposalId) => ({
        committeeId,
        proposalId,
        unitId: pw.w.unitId,
        mode: 'lead',
        assignedAt: new Date('2025-03-01T02:00:00Z'),
        assignedByUserId: userId,
        dueDate: '2025-06-01',
        originalDueDate: '2025-06-01',
        repliedAt: new Date('2025-04-10T02:00:00Z'),
      })),
    )
    .returning({ id: proposalAssignments.id, proposalId: proposalAssignments.proposalId });
  const replies = await b.db
    .insert(proposalReplies)
    .values(
      assignments.map((a) => ({
        committeeId,
        proposalId: a.proposalId,
        assignmentId: a.id,
        unitId: pw.w.unitId,
        round: 1,
        bodyHtml: '<p>答复</p>',
        category: 'A',
        createdByUserId: userId,
        repliedAt: new Date('2025-04-10T02:00:00Z'),
      })),
    )
    .returning({ id: proposalReplies.id, proposalId: proposalReplies.proposalId });
  await b.db.insert(proposalRatings).values(
    replies.map((r) => ({
      committeeId,
      proposalId: r.proposalId,
      replyId: r.id,
      unitId: pw.w.unitId,
      memberId: pw.w.memberId,
      ratedByUserId: userId,
      round: 1,
      attitude: 'satisfied',
      contact: 'satisfied',
      result: 'satisfied',
      overall: 'satisfied',
    })),
  );
  const [secretary] = await b.db
    .insert(leaders)
    .values({
      committeeId,
      name: `${prefix}书记`,
      title: '区委书记',
      level: 'county',
      organisation: '区委',
      isPrincipal: true,
    })
    .returning();
  await b.db.insert(proposalKeySelections).values(
    registered.slice(0, 31).map((proposalId, i) => ({
      committeeId,
      proposalId,
      year: 2025,
      stage: 'selected',
      leadSupervisorLeaderId: i < 6 ? secretary.id : pw.w.leaderId,
      selectedAt: new Date('2025-02-20T02:00:00Z'),
      createdByUserId: userId,
    })),
  );
  return pw;
}
