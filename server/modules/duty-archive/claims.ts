import { eq } from 'drizzle-orm';
import {
  CLAIM_WORKFLOW,
  type ClaimAction,
  type ClaimFacts,
  type ClaimRole,
  type ClaimStatus,
} from '../../../domain/duty-claim-workflow';
import { DUTY_KIND_BY_KEY } from '../../../domain/duty-kinds';
import type { Actor } from '../../../domain/roles';
import type { AppContext } from '../../context';
import type { Db, DbOrTx, Tx } from '../../db/client';
import { dutyClaims } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import { shanghaiDate } from '../../lib/working-days';
import { checkedType, insertAttachment, type Upload, withStoredUpload } from '../../platform/attachments';
import { now } from '../../platform/clock';
import { appendEvent } from '../../platform/events';
import { applyTransition, type RequestFor, type WorkflowAdapter } from '../../platform/workflow-engine';
import { keepsArchive, loadArchiveMember } from './policy';

export type ClaimRow = typeof dutyClaims.$inferSelect;
export const CLAIM_FILE = 'evidence';
export const claimSubject = (id: number) => ({ type: 'dutyClaim', id });

/** A claim the caller may read (whoever reads the member's archive); else a 404. */
async function readable(db: DbOrTx, actor: Actor, id: number, lock: boolean) {
  const q = db.select().from(dutyClaims).where(eq(dutyClaims.id, id));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw notFound('履职申报');
  await loadArchiveMember(db, actor, row.memberId).catch(() => {
    throw notFound('履职申报');
  });
  return row;
}
export const loadClaim = (db: DbOrTx, actor: Actor, id: number) => readable(db, actor, id, false);

/** The claimant is the member the item is for; keepers are the archive's staff of its committee. */
export function claimRolesOf(actor: Actor, row: ClaimRow): ClaimRole[] {
  const roles: ClaimRole[] = [];
  if (actor.role === 'member' && actor.memberId === row.memberId) roles.push('claimant');
  if (keepsArchive(actor) && actor.committeeId === row.committeeId) roles.push('keeper');
  return roles;
}

const NO_FACTS: ClaimFacts = {};

export const CLAIM_ADAPTER: WorkflowAdapter<
  typeof dutyClaims,
  null,
  ClaimStatus,
  ClaimRole,
  ClaimFacts,
  ClaimAction,
  undefined
> = {
  workflow: CLAIM_WORKFLOW,
  table: dutyClaims,
  lock: async (tx: Tx, actor, id) => ({ row: await readable(tx, actor, id, true), relations: null }),
  roles: (actor, row) => claimRolesOf(actor, row),
  facts: () => NO_FACTS,
};

/** The one way a claim changes status. */
export const transitionClaim = (db: Db, actor: Actor, req: RequestFor<typeof CLAIM_ADAPTER>) =>
  applyTransition(db, CLAIM_ADAPTER, actor, req);

export const claimAbilities = (actor: Actor, row: ClaimRow) =>
  CLAIM_WORKFLOW.abilities(row.status as ClaimStatus, claimRolesOf(actor, row), NO_FACTS);

export interface ClaimInput {
  memberId?: number;
  kind: string;
  occurredOn: string;
  title: string;
  description: string | null;
}

/**
 * 自行申报 by a member (待确认), or an item staff enter for a member of their committee (确认 at
 * once, the entry itself is the confirmation).
 */
export async function createClaim(db: DbOrTx, actor: Actor, input: ClaimInput) {
  const keeper = actor.role === 'staff';
  const memberId = keeper ? input.memberId : (actor.memberId ?? undefined);
  if (memberId === undefined) throw badRequest('委员：不能为空', 'memberId');
  if (!keeper && input.memberId !== undefined && input.memberId !== memberId)
    throw badRequest('委员：只能为本人申报', 'memberId');
  const member = await loadArchiveMember(db, actor, memberId);
  if (keeper && (member.committeeId !== actor.committeeId || !keepsArchive(actor)))
    throw notFound('委员履职档案');
  if (input.occurredOn > shanghaiDate(now())) throw badRequest('履职日期：不能晚于今天', 'occurredOn');
  const status: ClaimStatus = keeper ? 'confirmed' : 'submitted';
  const [row] = await db
    .insert(dutyClaims)
    .values({
      committeeId: member.committeeId,
      memberId,
      kind: input.kind,
      occurredOn: input.occurredOn,
      title: input.title,
      description: input.description ?? '',
      status,
      createdByUserId: actor.userId,
      ...(keeper ? { decidedByUserId: actor.userId, decidedAt: now() } : {}),
    })
    .returning();
  await appendEvent(db, actor, {
    committeeId: row.committeeId,
    subjectType: 'dutyClaim',
    subjectId: row.id,
    action: keeper ? 'enter' : 'create',
    toStatus: status,
    data: {
      kind: input.kind,
      kindLabel: DUTY_KIND_BY_KEY.get(input.kind)?.label,
      occurredOn: input.occurredOn,
    },
  });
  return row.id;
}

/** 确认 / 不予确认 / 撤回 / 撤销确认: a plain step, the reason kept on the row when refused. */
export function decideClaim(
  db: Db,
  actor: Actor,
  id: number,
  action: 'confirm' | 'refuse' | 'withdraw' | 'revoke',
  body: { expectedVersion?: number; note?: string | null; reason?: string },
) {
  return transitionClaim(db, actor, {
    id,
    action,
    expectedVersion: body.expectedVersion,
    note: body.reason ?? body.note ?? null,
    step: async () => ({
      patch:
        action === 'withdraw'
          ? {}
          : { decidedByUserId: actor.userId, decidedAt: now(), refuseReason: body.reason ?? null },
    }),
  });
}

/**
 * 更正: a confirmed item changes only through this step, with a reason; the event keeps the old
 * and the new values, so nothing confirmed is ever changed silently.
 */
export function correctClaim(
  db: Db,
  actor: Actor,
  id: number,
  body: { expectedVersion?: number; kind: string; occurredOn: string; title: string; reason: string },
) {
  return transitionClaim(db, actor, {
    id,
    action: 'correct',
    expectedVersion: body.expectedVersion,
    note: body.reason,
    step: async ({ row }) => ({
      patch: { kind: body.kind, occurredOn: body.occurredOn, title: body.title },
      data: {
        before: { kind: row.kind, occurredOn: row.occurredOn, title: row.title },
        after: { kind: body.kind, occurredOn: body.occurredOn, title: body.title },
      },
    }),
  });
}

/** Adds an evidence file (照片, 证书, 回执) while the claim waits: the claimant or the archive's staff. */
export async function addClaimFile(ctx: AppContext, actor: Actor, id: number, file: Upload) {
  const mime = checkedType(file);
  const db = ctx.handle.db;
  const row = await loadClaim(db, actor, id);
  const roles = claimRolesOf(actor, row);
  if (roles.length === 0) throw notFound('履职申报');
  if (row.status !== 'submitted' && !roles.includes('keeper'))
    throw badRequest('材料：申报已处理，不能再补充材料', 'file');
  return withStoredUpload(ctx, row.committeeId, file, mime, async (stored) => {
    const attachmentId = await insertAttachment(db as Tx, {
      committeeId: row.committeeId,
      subject: claimSubject(id),
      purpose: CLAIM_FILE,
      file: stored,
      actor,
    });
    await appendEvent(db, actor, {
      committeeId: row.committeeId,
      subjectType: 'dutyClaim',
      subjectId: id,
      action: 'addFile',
      data: { attachmentId, fileName: file.fileName },
    });
    return attachmentId;
  });
}
