import { and, count, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import type { AppContext } from '../../../context';
import type { Tx } from '../../../db/client';
import { attachments, proposalAttachments } from '../../../db/schema';
import { badRequest, notFound } from '../../../errors';
import { removeUploads, saveUpload, uploadTypeOf } from '../../../lib/uploads';
import { applyTransition } from '../transition';

const MAX_PER_PROPOSAL = 10;

/**
 * Adds a file to a draft (the workflow's `edit` step, so only the proposer, only while a draft).
 * The bytes are written first; if the step is refused the file is removed again.
 */
export async function addAttachment(
  ctx: AppContext,
  actor: Actor,
  proposalId: number,
  file: { fileName: string; bytes: Buffer },
): Promise<number> {
  const type = uploadTypeOf(file.fileName, file.bytes);
  if ('problem' in type) throw badRequest(`文件：${type.problem}`, 'file');
  const saved = await saveUpload(ctx.env.DATA_DIR, actor.committeeId, file.bytes);
  let attachmentId = 0;
  try {
    await applyTransition(ctx.handle.db, actor, {
      proposalId,
      action: 'edit',
      step: async ({ tx, proposal }) => {
        const [{ n }] = await tx
          .select({ n: count() })
          .from(proposalAttachments)
          .where(eq(proposalAttachments.proposalId, proposalId));
        if (n >= MAX_PER_PROPOSAL) throw badRequest(`文件：每件提案最多 ${MAX_PER_PROPOSAL} 个附件`, 'file');
        const [row] = await tx
          .insert(attachments)
          .values({
            committeeId: proposal.committeeId,
            storageKey: saved.storageKey,
            fileName: file.fileName,
            mimeType: type.mime,
            sizeBytes: file.bytes.length,
            sha256: saved.sha256,
            uploadedByUserId: actor.userId,
          })
          .returning({ id: attachments.id });
        await tx
          .insert(proposalAttachments)
          .values({ committeeId: proposal.committeeId, proposalId, attachmentId: row.id });
        attachmentId = row.id;
        return { data: { attachmentAdded: row.id, fileName: file.fileName } };
      },
    });
  } catch (err) {
    await removeUploads(ctx.env.DATA_DIR, [saved.storageKey]);
    throw err;
  }
  return attachmentId;
}

/** Deletes attachment rows linked to a proposal and returns their storage keys for removal. */
export async function deleteLinkedAttachments(tx: Tx, proposalId: number, only?: number): Promise<string[]> {
  const linked = await tx
    .select({ id: attachments.id, key: attachments.storageKey })
    .from(proposalAttachments)
    .innerJoin(attachments, eq(attachments.id, proposalAttachments.attachmentId))
    .where(
      only === undefined
        ? eq(proposalAttachments.proposalId, proposalId)
        : and(eq(proposalAttachments.proposalId, proposalId), eq(proposalAttachments.attachmentId, only)),
    );
  if (linked.length)
    await tx.delete(attachments).where(
      inArray(
        attachments.id,
        linked.map((l) => l.id),
      ),
    );
  return linked.map((l) => l.key);
}

/** Removes a file from a draft; the bytes go once the step has committed. */
export async function removeAttachment(
  ctx: AppContext,
  actor: Actor,
  proposalId: number,
  attachmentId: number,
) {
  let keys: string[] = [];
  await applyTransition(ctx.handle.db, actor, {
    proposalId,
    action: 'edit',
    step: async ({ tx }) => {
      keys = await deleteLinkedAttachments(tx, proposalId, attachmentId);
      if (keys.length === 0) throw notFound('附件');
      return { data: { attachmentRemoved: attachmentId } };
    },
  });
  await removeUploads(ctx.env.DATA_DIR, keys);
}
