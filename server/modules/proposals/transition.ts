import { eq, sql } from 'drizzle-orm';
import {
  checkTransition,
  type ProposalAction,
  type ProposalRole,
  resolveTarget,
} from '../../../domain/proposal-workflow';
import { PROPOSAL_STATUS_LABELS, type ProposalStatus } from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { Db, Tx } from '../../db/client';
import { proposals } from '../../db/schema';
import { conflict, forbidden, invalidTransition } from '../../errors';
import { pgErrorOf } from '../org/db-errors';
import { type ExtraRecipients, notifyConcerned } from './audience';
import { appendEvent } from './events';
import { factsOf, type ProposalRelations, proposalRolesOf, statusOf } from './policy';
import { loadRelations, lockReadable, type ProposalRow } from './relations';

/** What a step's own writes see: the locked row, its relations and the caller's roles. */
export interface StepContext {
  tx: Tx;
  actor: Actor;
  proposal: ProposalRow;
  relations: ProposalRelations;
  roles: ProposalRole[];
  now: Date;
}

/** What a step hands back: its choice of target, other columns, and what the event records. */
export interface StepOutcome {
  /** For transitions with a list of targets (submit → 待联名确认 or 待审查 …). */
  to?: ProposalStatus;
  patch?: Partial<Omit<typeof proposals.$inferInsert, 'id' | 'status' | 'version'>>;
  note?: string | null;
  data?: Record<string, unknown>;
  /** The notification text, when it should say more than the note. */
  message?: string | null;
  notify?: ExtraRecipients;
}

export interface TransitionRequest {
  proposalId: number;
  action: ProposalAction;
  /** What the caller's screen showed; a mismatch means someone else acted first (409). */
  expectedVersion?: number;
  expectedStatus?: ProposalStatus;
  note?: string | null;
  step?: (c: StepContext) => Promise<StepOutcome | undefined>;
}

/** A stale screen: the caller saw an older version or status of the proposal. */
function checkFresh(p: ProposalRow, req: TransitionRequest): void {
  if (req.expectedStatus !== undefined && req.expectedStatus !== p.status) {
    throw invalidTransition(
      `该提案当前状态为${PROPOSAL_STATUS_LABELS[statusOf(p)]}，已被他人处理，请刷新后重试`,
    );
  }
  if (req.expectedVersion !== undefined && req.expectedVersion !== p.version) {
    throw conflict('该提案已被他人修改，请刷新后重试');
  }
}

/**
 * The one way a proposal changes status. In one transaction: lock the row, check freshness,
 * state and role against the workflow table, run the step's writes, set the status, append
 * the event, notify the people concerned. Concurrent steps on one proposal serialise on the
 * row lock; the later one finds the status moved on and gets a 409.
 */
export async function applyTransition(db: Db, actor: Actor, req: TransitionRequest): Promise<ProposalRow> {
  try {
    return await runTransition(db, actor, req);
  } catch (err) {
    // Two steps that lock each other's proposals (e.g. crosswise 并案): PostgreSQL aborts one.
    if (pgErrorOf(err)?.code === '40P01') throw conflict('操作冲突，请刷新后重试');
    throw err;
  }
}

async function runTransition(db: Db, actor: Actor, req: TransitionRequest): Promise<ProposalRow> {
  return db.transaction(async (tx) => {
    const { proposal, relations } = await lockReadable(tx, actor, req.proposalId);
    checkFresh(proposal, req);
    const roles = proposalRolesOf(actor, proposal, relations);
    const from = statusOf(proposal);
    const check = checkTransition(req.action, from, roles, factsOf(proposal, relations));
    if (!check.ok)
      throw check.reason === 'role' ? forbidden(check.message) : invalidTransition(check.message);
    const now = new Date();
    const outcome = (await req.step?.({ tx, actor, proposal, relations, roles, now })) ?? {};
    const to = resolveTarget(check.transition, from, outcome.to);
    const [updated] = await tx
      .update(proposals)
      .set({ ...outcome.patch, status: to, version: sql`${proposals.version} + 1`, updatedAt: now })
      .where(eq(proposals.id, proposal.id))
      .returning();
    const note = outcome.note !== undefined ? outcome.note : (req.note ?? null);
    await appendEvent(tx, actor, {
      committeeId: proposal.committeeId,
      proposalId: proposal.id,
      action: req.action,
      fromStatus: from,
      toStatus: to,
      note,
      data: outcome.data ?? null,
    });
    const after = await loadRelations(tx, proposal.id);
    await notifyConcerned(tx, actor, updated, after, {
      action: req.action,
      body: outcome.message ?? note,
      extra: outcome.notify,
    });
    return updated;
  });
}
