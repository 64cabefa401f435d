import { extname } from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { REPLY_FILE_EXTENSIONS, stripContactData } from '../../../../domain/proposal-handling';
import type { Actor } from '../../../../domain/roles';
import type { AppContext } from '../../../context';
import type { Tx } from '../../../db/client';
import { proposalAssignments, proposalReplies } from '../../../db/schema';
import { badRequest } from '../../../errors';
import { richTextToPlain, sanitizeRichText } from '../../../lib/rich-text';
import { uploadTypeOf } from '../../../lib/uploads';
import {
  checkedType,
  insertAttachment,
  type StoredFile,
  type Upload,
  withStoredUpload,
} from '../../../platform/attachments';
import { proposalSettingsFor } from '../config';
import type { ProposalRow } from '../relations';
import type { ReplyFields } from '../schemas-handling';
import { transitionProposal } from '../transition';
import { type AssignmentRow, activeAssignments, isReplying } from '../unit-assignments';
import { proposalSubject } from './attachments';
import { unitOfficePhones } from './publication';

/** A unit's signed reply letter among a proposal's files. */
export const REPLY_LETTER = 'replyLetter';

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The letter's file: PDF, Word or OFD, checked by its first bytes, never by the browser's claim. */
export function replyFileType(fileName: string, bytes: Buffer): { mime: string } | { problem: string } {
  const ext = extname(fileName).toLowerCase();
  if (!(REPLY_FILE_EXTENSIONS as readonly string[]).includes(ext)) {
    return { problem: `仅支持 ${REPLY_FILE_EXTENSIONS.join(' ')} 格式` };
  }
  if (ext !== '.ofd') return uploadTypeOf(fileName, bytes);
  if (bytes.length === 0) return { problem: '文件为空' };
  return ZIP.every((b, i) => bytes[i] === b)
    ? { mime: 'application/ofd' }
    : { problem: '文件内容与扩展名不符' };
}

/** The letter's text, its category among the committee's levels, and the stripped public version. */
async function letterOf(tx: Tx, p: ProposalRow, unitId: number, fields: ReplyFields) {
  const { replyCategories } = await proposalSettingsFor(tx, p.committeeId);
  const level = replyCategories.find((c) => c.code === fields.category);
  if (!level) {
    const codes = replyCategories.map((c) => c.code).join('、');
    throw badRequest(`答复类别：应为 ${codes} 之一`, 'category');
  }
  const bodyHtml = sanitizeRichText(fields.bodyHtml);
  if (!richTextToPlain(bodyHtml)) throw badRequest('答复正文：不能为空', 'bodyHtml');
  const publicBodyHtml = stripContactData(
    sanitizeRichText(fields.publicBodyHtml || bodyHtml),
    await unitOfficePhones(tx, unitId),
  );
  return { level, bodyHtml, publicBodyHtml };
}

/** Writes the letter: its file, the reply (round = this unit's earlier replies + 1), the assignment. */
async function fileReply(
  tx: Tx,
  actor: Actor,
  p: ProposalRow,
  mine: AssignmentRow,
  fields: ReplyFields,
  file: StoredFile,
  now: Date,
) {
  const { level, bodyHtml, publicBodyHtml } = await letterOf(tx, p, mine.unitId, fields);
  const [{ earlier }] = await tx
    .select({ earlier: count() })
    .from(proposalReplies)
    .where(and(eq(proposalReplies.proposalId, p.id), eq(proposalReplies.unitId, mine.unitId)));
  const attachmentId = await insertAttachment(tx, {
    committeeId: p.committeeId,
    subject: proposalSubject(p.id),
    purpose: REPLY_LETTER,
    file,
    actor,
  });
  const [reply] = await tx
    .insert(proposalReplies)
    .values({
      committeeId: p.committeeId,
      proposalId: p.id,
      assignmentId: mine.id,
      unitId: mine.unitId,
      round: earlier + 1,
      bodyHtml,
      attachmentId,
      category: level.code,
      signedBy: fields.signedBy,
      publicBodyHtml,
      publicState: fields.publishable ? 'pending' : 'none',
      createdByUserId: actor.userId,
      repliedAt: now,
    })
    .returning({ id: proposalReplies.id });
  await tx.update(proposalAssignments).set({ repliedAt: now }).where(eq(proposalAssignments.id, mine.id));
  return { replyId: reply.id, round: earlier + 1, level };
}

/**
 * 答复: the replying unit files its letter (text + signed file) with a category. Under 分办 every
 * unit replies separately and the last one moves the proposal to 已答复: which of the two steps
 * this is, is decided under the row lock from the other units' assignments. The file is written
 * first and removed again if the step is refused.
 */
export async function replyToProposal(
  ctx: AppContext,
  actor: Actor,
  id: number,
  fields: ReplyFields,
  file: Upload,
) {
  const mime = checkedType(file, '答复函文件', replyFileType);
  return withStoredUpload(ctx, actor.committeeId, file, mime, (stored) =>
    transitionProposal(ctx.handle.db, actor, {
      id,
      action: (facts) => (facts.othersOweReply ? 'replyPartial' : 'reply'),
      expectedVersion: fields.expectedVersion,
      expectedStatus: fields.expectedStatus,
      step: async ({ tx, row: proposal, now }) => {
        const mine = (await activeAssignments(tx, id)).find(
          (a) => a.unitId === actor.handlingUnitId && isReplying(a),
        )!;
        const { replyId, round, level } = await fileReply(tx, actor, proposal, mine, fields, stored, now);
        return {
          data: { replyId, unitId: mine.unitId, round, category: level.code },
          message: `答复类别：${level.code}（${level.label}）${fields.publishable ? '，申请公开' : ''}`,
        };
      },
    }),
  );
}
