import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { proposalEvents } from '../../db/schema';

export interface EventInput {
  committeeId: number;
  proposalId: number;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  note?: string | null;
  data?: Record<string, unknown> | null;
}

/**
 * Appends one timeline row. The transition function calls it for every step; creation and the
 * trace left on a host proposal by 并案 call it directly, inside the same transaction.
 */
export async function appendEvent(db: DbOrTx, actor: Actor, e: EventInput): Promise<void> {
  await db.insert(proposalEvents).values({
    committeeId: e.committeeId,
    proposalId: e.proposalId,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actorUserId: actor.userId,
    actorName: actor.displayName,
    note: e.note ?? null,
    data: e.data ?? null,
  });
}
