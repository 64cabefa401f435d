import { and, eq, notInArray } from 'drizzle-orm';
import { ORG_SUBMITTER_KINDS, type SubmitterKind } from '../../../../domain/proposals';
import type { Actor } from '../../../../domain/roles';
import type { AppContext } from '../../../context';
import type { Db, Tx } from '../../../db/client';
import { proposalSigners, proposals } from '../../../db/schema';
import { badRequest, forbidden, invalidTransition } from '../../../errors';
import { removeUploads } from '../../../lib/uploads';
import { deleteAttachments } from '../../../platform/attachments';
import { appendEvent, deleteSubjectEvents } from '../../../platform/events';
import { canDeleteDraft, proposalRolesOf } from '../policy';
import { lockReadable } from '../relations';
import type { CreateDraftInput, UpdateDraftInput } from '../schemas';
import { searchVectorOf } from '../search';
import { transitionProposal } from '../transition';
import { proposalSubject } from './attachments';
import {
  checkCategory,
  checkCosigners,
  checkSector,
  checkSession,
  checkSpecialCommittee,
  sanitizeBody,
} from './draft-checks';

/** Members write their own (alone or jointly); staff enter party, sector-group and committee ones. */
async function submitterOf(tx: Tx, actor: Actor, input: CreateDraftInput) {
  if (actor.role === 'member') {
    if (actor.memberId === null) throw forbidden('当前账号未关联委员，不能提交提案');
    if (input.submitterKind && !['individual', 'joint'].includes(input.submitterKind)) {
      throw badRequest('提案者类型：委员只能以个人或联名方式提出', 'submitterKind');
    }
    const kind: SubmitterKind = input.cosignerMemberIds.length ? 'joint' : 'individual';
    return { submitterKind: kind, leadMemberId: actor.memberId, submitterName: null };
  }
  const kind = input.submitterKind;
  if (!kind || !ORG_SUBMITTER_KINDS.includes(kind)) {
    throw badRequest('提案者类型：工作人员只能代党派团体、界别或专门委员会提出', 'submitterKind');
  }
  if (!input.submitterName) throw badRequest('提案单位：不能为空', 'submitterName');
  if (input.cosignerMemberIds.length)
    throw badRequest('联名人：以单位名义提出的提案不设联名人', 'cosignerMemberIds');
  if (kind === 'sectorGroup') {
    if (input.sectorId === null) throw badRequest('界别：不能为空', 'sectorId');
    await checkSector(tx, actor.committeeId, input.sectorId);
  }
  if (kind === 'specialCommittee') {
    if (input.specialCommitteeId === null) throw badRequest('专门委员会：不能为空', 'specialCommitteeId');
    await checkSpecialCommittee(tx, actor.committeeId, input.specialCommitteeId);
  }
  return { submitterKind: kind, leadMemberId: null, submitterName: input.submitterName };
}

/** 起草: a new draft with its signers (co-signers are invited only when it is submitted). */
export async function createDraft(db: Db, actor: Actor, input: CreateDraftInput): Promise<number> {
  return db.transaction(async (tx) => {
    const submitter = await submitterOf(tx, actor, input);
    await checkSession(tx, actor.committeeId, input.sessionId);
    await checkCategory(tx, actor.committeeId, input.categoryId);
    await checkCosigners(tx, actor.committeeId, input.cosignerMemberIds, submitter.leadMemberId);
    const body = sanitizeBody(input);
    const [row] = await tx
      .insert(proposals)
      .values({
        committeeId: actor.committeeId,
        sessionId: input.sessionId,
        title: input.title,
        ...body,
        searchVector: searchVectorOf({ title: input.title, ...body }, actor.committeePath),
        categoryId: input.categoryId,
        ...submitter,
        sectorId: submitter.submitterKind === 'sectorGroup' ? input.sectorId : null,
        specialCommitteeId: submitter.submitterKind === 'specialCommittee' ? input.specialCommitteeId : null,
        createdByUserId: actor.userId,
      })
      .returning({ id: proposals.id });
    await writeSigners(tx, actor.committeeId, row.id, submitter.leadMemberId, input.cosignerMemberIds);
    await appendEvent(tx, actor, {
      committeeId: actor.committeeId,
      subjectType: 'proposal',
      subjectId: row.id,
      action: 'create',
      fromStatus: null,
      toStatus: 'draft',
    });
    return row.id;
  });
}

/** Replaces the co-signer list of a draft (the lead stays first); kept rows keep their order. */
async function writeSigners(
  tx: Tx,
  committeeId: number,
  proposalId: number,
  lead: number | null,
  co: number[],
) {
  const keep = lead === null ? co : [lead, ...co];
  await tx
    .delete(proposalSigners)
    .where(
      keep.length
        ? and(eq(proposalSigners.proposalId, proposalId), notInArray(proposalSigners.memberId, keep))
        : eq(proposalSigners.proposalId, proposalId),
    );
  const rows = keep.map((memberId, i) => ({
    committeeId,
    proposalId,
    memberId,
    role: memberId === lead ? 'lead' : 'co',
    state: memberId === lead ? 'confirmed' : 'invited',
    ordinal: i + 1,
  }));
  for (const r of rows) {
    await tx
      .insert(proposalSigners)
      .values(r)
      .onConflictDoUpdate({
        target: [proposalSigners.proposalId, proposalSigners.memberId],
        set: { ordinal: r.ordinal },
      });
  }
}

/** 修改草稿: the body, category and co-signers, through the workflow's `edit` step. */
export function updateDraft(db: Db, actor: Actor, id: number, input: UpdateDraftInput) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'edit',
    expectedVersion: input.expectedVersion,
    expectedStatus: input.expectedStatus,
    step: async ({ tx, row: proposal }) => {
      await checkCategory(tx, proposal.committeeId, input.categoryId);
      const orgKind = proposal.leadMemberId === null;
      if (orgKind && input.cosignerMemberIds.length) {
        throw badRequest('联名人：以单位名义提出的提案不设联名人', 'cosignerMemberIds');
      }
      await checkCosigners(tx, proposal.committeeId, input.cosignerMemberIds, proposal.leadMemberId);
      await writeSigners(
        tx,
        proposal.committeeId,
        proposal.id,
        proposal.leadMemberId,
        input.cosignerMemberIds,
      );
      const kind = orgKind ? proposal.submitterKind : input.cosignerMemberIds.length ? 'joint' : 'individual';
      const body = sanitizeBody(input);
      return {
        patch: {
          title: input.title,
          ...body,
          // Only the proposal's own committee may edit it, so the caller's path is the proposal's.
          searchVector: searchVectorOf({ title: input.title, ...body }, actor.committeePath),
          categoryId: input.categoryId,
          submitterKind: kind,
          submitterName: orgKind ? (input.submitterName ?? proposal.submitterName) : null,
        },
        data: { cosignerMemberIds: input.cosignerMemberIds },
      };
    },
  });
}

/** Deletes a never-submitted draft with its signers, events and files (nothing else refers to it yet). */
export async function deleteDraft(ctx: AppContext, actor: Actor, id: number, expectedVersion?: number) {
  const keys = await ctx.handle.db.transaction(async (tx) => {
    const { proposal, relations } = await lockReadable(tx, actor, id);
    if (expectedVersion !== undefined && expectedVersion !== proposal.version) {
      throw invalidTransition('该提案已被修改，请刷新后重试');
    }
    const roles = proposalRolesOf(actor, proposal, relations);
    if (!canDeleteDraft(roles, proposal)) {
      throw proposal.status === 'draft' && proposal.submittedAt === null
        ? forbidden('只有提案人可以删除草稿')
        : invalidTransition('只有从未提交的草稿可以删除，已提交过的提案请撤案');
    }
    const files = await deleteAttachments(tx, proposalSubject(id));
    await deleteSubjectEvents(tx, 'proposal', id);
    await tx.delete(proposals).where(eq(proposals.id, id));
    return files;
  });
  await removeUploads(ctx.env.DATA_DIR, keys);
}
