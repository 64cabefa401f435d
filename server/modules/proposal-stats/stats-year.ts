import { and, eq } from 'drizzle-orm';
import type { ImplementationMark, ProposalStatus, SatisfactionLevel } from '../../../domain/proposals';
import type { Db } from '../../db/client';
import {
  proposalAssignments,
  proposalCategories,
  proposalRatings,
  proposalReplies,
  proposals,
  sectors,
  users,
} from '../../db/schema';
import type { TestApp } from '../../test/app';
import { type ProposalWorld, proposalWorld } from '../proposals/test-world';

/**
 * A constructed proposal year for the statistics tests, written by direct inserts so every
 * state (re-handled, overdue, 分办 half answered …) exists without running the whole workflow.
 * Every assignment is made on 2025-03-01 (Beijing); replies name their Beijing date.
 */
interface Base {
  db: Db;
  committeeId: number;
  sessionId: number;
  userId: number;
}

const ASSIGNED_AT = new Date('2025-03-01T02:00:00Z');

export async function baseOf(t: TestApp, pw: ProposalWorld): Promise<Base> {
  const db = t.ctx.handle.db;
  const [staff] = await db.select().from(users).where(eq(users.username, pw.w.users.staff));
  return { db, committeeId: pw.w.committeeId, sessionId: pw.sessionId, userId: staff.id };
}

interface ProposalSpec {
  status: ProposalStatus;
  sectorId?: number | null;
  categoryId?: number | null;
  mark?: ImplementationMark;
  mergedIntoId?: number;
  /** False for a proposal that never left draft/co-signing (not received). */
  submitted?: boolean;
  sessionId?: number;
}

export async function addProposal(b: Base, spec: ProposalSpec): Promise<number> {
  const [row] = await b.db
    .insert(proposals)
    .values({
      committeeId: b.committeeId,
      sessionId: spec.sessionId ?? b.sessionId,
      title: `统计测试提案（${spec.status}）`,
      submitterKind: 'individual',
      createdByUserId: b.userId,
      status: spec.status,
      sectorId: spec.sectorId ?? null,
      categoryId: spec.categoryId ?? null,
      implementationMark: spec.mark ?? null,
      mergedIntoId: spec.mergedIntoId ?? null,
      submittedAt: spec.submitted === false ? null : new Date('2025-01-10T02:00:00Z'),
    })
    .returning();
  return row.id;
}

export async function addAssignment(
  b: Base,
  proposalId: number,
  unitId: number,
  mode: 'lead' | 'cooperating' | 'separate',
  dueDate: string,
): Promise<number> {
  const [row] = await b.db
    .insert(proposalAssignments)
    .values({
      committeeId: b.committeeId,
      proposalId,
      unitId,
      mode,
      assignedAt: ASSIGNED_AT,
      assignedByUserId: b.userId,
      dueDate,
      originalDueDate: dueDate,
    })
    .returning();
  return row.id;
}

export async function addReply(
  b: Base,
  a: { proposalId: number; assignmentId: number; unitId: number },
  category: string,
  on: string,
  round = 1,
): Promise<number> {
  const [row] = await b.db
    .insert(proposalReplies)
    .values({
      committeeId: b.committeeId,
      ...a,
      round,
      bodyHtml: `<p>第${round}轮答复</p>`,
      category,
      createdByUserId: b.userId,
      repliedAt: new Date(`${on}T02:00:00Z`),
    })
    .returning();
  // As the reply command does: the assignment no longer owes a reply.
  await b.db
    .update(proposalAssignments)
    .set({ repliedAt: row.repliedAt })
    .where(eq(proposalAssignments.id, a.assignmentId));
  return row.id;
}

/** As a 不满意 rating does: the unit owes a reply again, by a new deadline. */
export async function reopen(b: Base, assignmentId: number, dueDate: string): Promise<void> {
  await b.db
    .update(proposalAssignments)
    .set({ repliedAt: null, dueDate, originalDueDate: dueDate })
    .where(eq(proposalAssignments.id, assignmentId));
}

export async function addRating(
  b: Base,
  r: { proposalId: number; replyId: number; unitId: number },
  overall: SatisfactionLevel,
  memberId: number | null,
  round = 1,
): Promise<void> {
  await b.db.insert(proposalRatings).values({
    committeeId: b.committeeId,
    ...r,
    memberId,
    ratedByUserId: b.userId,
    round,
    attitude: overall,
    contact: overall,
    result: overall,
    overall,
  });
}

/** 教育界 (the world's) and a second sector 医卫界; the first two topic categories. */
async function catalogues(b: Base, pw: ProposalWorld) {
  const [s2] = await b.db.insert(sectors).values({ committeeId: b.committeeId, name: '医卫界' }).returning();
  const cats = await b.db
    .select()
    .from(proposalCategories)
    .where(and(eq(proposalCategories.committeeId, b.committeeId)))
    .orderBy(proposalCategories.sortOrder);
  return {
    s1: pw.w.sectorId,
    s2: s2.id,
    c1: cats[0].id,
    c2: cats[1].id,
    c1Name: cats[0].name,
    c2Name: cats[1].name,
  };
}

/**
 * The year the statistics test computes by hand (see its comments): 12 received, 8 registered
 * (one of them merged), 1 rejected, 1 converted, 1 withdrawn, 1 pending, plus one never
 * submitted and one co-signing that must not count.
 */
export async function constructedYear(t: TestApp, prefix: string, parentId: number | null = null) {
  const pw = await proposalWorld(t, prefix, parentId);
  const b = await baseOf(t, pw);
  const { s1, s2, c1, c2, c1Name, c2Name } = await catalogues(b, pw);
  const u1 = pw.w.unitId;
  const u2 = pw.unit2;
  const add = (status: ProposalStatus, extra: Partial<ProposalSpec> = {}) =>
    addProposal(b, { status, sectorId: s1, categoryId: c1, ...extra });
  const answer = async (proposalId: number, unitId: number, mode: 'lead' | 'separate', due: string) => ({
    proposalId,
    unitId,
    assignmentId: await addAssignment(b, proposalId, unitId, mode, due),
  });

  const lead = pw.w.memberId;
  // P1: 主办 U1 (会办 U2) replied A on 04-10 (40 days); its proposer 满意, and P8's proposer
  // (merged into P1) 基本满意; 已落实.
  const p1 = await add('concluded', { categoryId: c2, mark: 'done' });
  const a1 = await answer(p1, u1, 'lead', '2025-06-01');
  await addAssignment(b, p1, u2, 'cooperating', '2025-06-01');
  const r1 = await addReply(b, a1, 'A', '2025-04-10');
  await addRating(b, { ...a1, replyId: r1 }, 'satisfied', lead);
  await addRating(b, { ...a1, replyId: r1 }, 'basicallySatisfied', pw.member2);
  // P2: U1 replied B on 03-31 (30 days), 基本满意, 部分落实.
  const p2 = await add('concluded', { categoryId: c2, mark: 'partial' });
  const a2 = await answer(p2, u1, 'lead', '2025-06-01');
  await addRating(
    b,
    { ...a2, replyId: await addReply(b, a2, 'B', '2025-03-31') },
    'basicallySatisfied',
    lead,
  );
  // P3: U2 replied C on 03-21 (20 days), 不满意 → re-handled, replied B on 05-20, 满意; 未落实.
  const p3 = await add('concluded', { sectorId: s2, mark: 'notDone' });
  const a3 = await answer(p3, u2, 'lead', '2025-06-01');
  await addRating(b, { ...a3, replyId: await addReply(b, a3, 'C', '2025-03-21') }, 'dissatisfied', lead);
  await reopen(b, a3.assignmentId, '2025-06-01');
  await addRating(b, { ...a3, replyId: await addReply(b, a3, 'B', '2025-05-20', 2) }, 'satisfied', lead, 2);
  // P4: 分办 U1 replied A on 03-11 (10 days); U2 never replied, due 2025-04-01: overdue.
  const p4 = await add('handling');
  const a4 = await answer(p4, u1, 'separate', '2025-06-01');
  await addReply(b, a4, 'A', '2025-03-11');
  await answer(p4, u2, 'separate', '2025-04-01');
  // P5: U2 replied A on 05-01 (61 days), 不满意 → re-handling due 06-10, not answered: overdue.
  const p5 = await add('rehandling', { sectorId: s2 });
  const a5 = await answer(p5, u2, 'lead', '2025-04-01');
  await addRating(b, { ...a5, replyId: await addReply(b, a5, 'A', '2025-05-01') }, 'dissatisfied', lead);
  await reopen(b, a5.assignmentId, '2025-06-10');
  // P6: U1 handling, due long after today; a unit that returned it before does not count.
  const p6 = await add('handling');
  await answer(p6, u1, 'lead', '2099-12-31');
  const returned = await addAssignment(b, p6, u2, 'lead', '2025-06-01');
  await b.db
    .update(proposalAssignments)
    .set({ state: 'returned' })
    .where(eq(proposalAssignments.id, returned));
  // P7 registered, not yet assigned; P8 merged into P1 (before P1 was assigned).
  await add('registered');
  await add('merged', { mergedIntoId: p1 });
  // P9 rejected (医卫界), P10 converted, P11 withdrawn after submission, P12 in review.
  await add('rejected', { sectorId: s2 });
  await add('converted');
  await add('withdrawn');
  await add('reviewing');
  // Not received: a draft never submitted and a joint proposal still waiting for co-signers.
  await add('draft', { submitted: false });
  await add('cosigning', { submitted: false });
  return { pw, b, u1, u2, c1Name, c2Name };
}

/**
 * A county below `parentId` with two proposals in its 2025 session: one replied A (2025-03-06, its
 * unit's assignment due 2099) and rated 满意 by its proposer, one rejected.
 */
export async function smallCounty(t: TestApp, prefix: string, parentId: number) {
  const county = await proposalWorld(t, prefix, parentId);
  const b = await baseOf(t, county);
  const rated = await addProposal(b, { status: 'rated', sectorId: county.w.sectorId });
  const a = { proposalId: rated, unitId: county.w.unitId, assignmentId: 0 };
  a.assignmentId = await addAssignment(b, rated, county.w.unitId, 'lead', '2099-06-01');
  await addRating(
    b,
    { ...a, replyId: await addReply(b, a, 'A', '2025-03-06') },
    'satisfied',
    county.w.memberId,
  );
  await addProposal(b, { status: 'rejected', sectorId: county.w.sectorId });
  return county;
}
