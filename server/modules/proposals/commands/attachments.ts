import type { Actor } from '../../../../domain/roles';
import type { AppContext } from '../../../context';
import { badRequest, notFound } from '../../../errors';
import { removeUploads } from '../../../lib/uploads';
import {
  checkedType,
  countAttachments,
  deleteAttachments,
  insertAttachment,
  type Upload,
  withStoredUpload,
} from '../../../platform/attachments';
import { transitionProposal } from '../transition';

const MAX_PER_PROPOSAL = 10;

/** A proposal's own files (调研报告, photos …); reply letters are the units' `replyLetter`s. */
export const PROPOSAL_MATERIAL = 'material';

export const proposalSubject = (id: number) => ({ type: 'proposal', id });

/**
 * Adds a file to a draft (the workflow's `edit` step, so only the proposer, only while a draft).
 * The bytes are written first; if the step is refused the file is removed again.
 */
export async function addAttachment(ctx: AppContext, actor: Actor, proposalId: number, file: Upload) {
  const mime = checkedType(file);
  let attachmentId = 0;
  await withStoredUpload(ctx, actor.committeeId, file, mime, (stored) =>
    transitionProposal(ctx.handle.db, actor, {
      id: proposalId,
      action: 'edit',
      step: async ({ tx, row: proposal }) => {
        const subject = proposalSubject(proposalId);
        if ((await countAttachments(tx, subject, PROPOSAL_MATERIAL)) >= MAX_PER_PROPOSAL) {
          throw badRequest(`文件：每件提案最多 ${MAX_PER_PROPOSAL} 个附件`, 'file');
        }
        attachmentId = await insertAttachment(tx, {
          committeeId: proposal.committeeId,
          subject,
          purpose: PROPOSAL_MATERIAL,
          file: stored,
          actor,
        });
        return { data: { attachmentAdded: attachmentId, fileName: file.fileName } };
      },
    }),
  );
  return attachmentId;
}

/** Removes a file from a draft; the bytes go once the step has committed. */
export async function removeAttachment(
  ctx: AppContext,
  actor: Actor,
  proposalId: number,
  attachmentId: number,
) {
  let keys: string[] = [];
  await transitionProposal(ctx.handle.db, actor, {
    id: proposalId,
    action: 'edit',
    step: async ({ tx }) => {
      keys = await deleteAttachments(tx, proposalSubject(proposalId), {
        purpose: PROPOSAL_MATERIAL,
        id: attachmentId,
      });
      if (keys.length === 0) throw notFound('附件');
      return { data: { attachmentRemoved: attachmentId } };
    },
  });
  await removeUploads(ctx.env.DATA_DIR, keys);
}
