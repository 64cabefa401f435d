import { and, eq } from 'drizzle-orm';
import { proposalAssignments, proposalReplies, proposals, users } from '../../db/schema';
import type { Client, TestApp } from '../../test/app';
import { draftBy, type ProposalWorld, step } from './test-world';

/** What a constructed proposal says and how far it went. */
export interface Constructed {
  title: string;
  body?: string;
  by?: Client;
  sessionId?: number;
  categoryId?: number;
  cosigner?: Client;
  /** Stop after submission (the default registers). */
  submittedOnly?: boolean;
  /** Assign (through the API) to these units. */
  units?: { unitId: number; mode: 'lead' | 'cooperating' | 'separate' }[];
}

/**
 * A proposal with the given text, drafted by a member (optionally with a confirmed co-signer),
 * submitted and registered, and assigned when `units` are given. Returns its id.
 */
export async function constructProposal(pw: ProposalWorld, c: Constructed): Promise<number> {
  const by = c.by ?? pw.c.lead;
  const cosignerId = c.cosigner ? (await c.cosigner.get('/api/auth/me')).json().memberId : undefined;
  // The body stands alone: draftBy's default body parts would make every proposal alike.
  const body = `<p>${c.body ?? c.title}</p>`;
  const p = await draftBy(pw, by, {
    title: c.title,
    situationHtml: body,
    analysisHtml: '',
    recommendationHtml: body,
    sessionId: c.sessionId ?? pw.sessionId,
    categoryId: c.categoryId ?? pw.categoryId,
    cosignerMemberIds: cosignerId ? [cosignerId] : [],
  });
  await step(by, p.id, 'submit');
  if (c.cosigner) await step(c.cosigner, p.id, 'cosign/confirm');
  if (c.submittedOnly) return p.id;
  await step(pw.c.staff, p.id, 'register');
  if (c.units) await step(pw.c.staff, p.id, 'assign', { units: c.units });
  return p.id;
}

/**
 * A reply row written straight to the table (the reply workflow has its own tests): the letter,
 * its category and, when `publicBodyHtml` is given, a published public version.
 */
export async function insertReply(
  t: TestApp,
  proposalId: number,
  unitId: number,
  r: { category: string; bodyHtml: string; publicBodyHtml?: string },
) {
  const db = t.ctx.handle.db;
  const [a] = await db
    .select()
    .from(proposalAssignments)
    .where(and(eq(proposalAssignments.proposalId, proposalId), eq(proposalAssignments.unitId, unitId)));
  const [author] = await db.select({ id: users.id }).from(users).where(eq(users.handlingUnitId, unitId));
  const publish = r.publicBodyHtml !== undefined;
  await db.insert(proposalReplies).values({
    committeeId: a.committeeId,
    proposalId,
    assignmentId: a.id,
    unitId,
    bodyHtml: r.bodyHtml,
    category: r.category,
    publicBodyHtml: r.publicBodyHtml ?? null,
    publicState: publish ? 'published' : 'pending',
    publishedAt: publish ? new Date() : null,
    createdByUserId: author.id,
  });
  await db.update(proposalAssignments).set({ repliedAt: new Date() }).where(eq(proposalAssignments.id, a.id));
  await db
    .update(proposals)
    .set({ status: 'replied', ...(publish ? { isPublic: true } : {}) })
    .where(eq(proposals.id, proposalId));
}
