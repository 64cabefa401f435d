import { extname } from 'node:path';
import { and, count, eq } from 'drizzle-orm';
import { REPLY_FILE_EXTENSIONS, stripContactData } from '../../../../domain/proposal-handling';
import type { ProposalAction } from '../../../../domain/proposal-workflow';
import type { Actor } from '../../../../domain/roles';
import type { AppContext } from '../../../context';
import type { DbOrTx, Tx } from '../../../db/client';
import { attachments, proposalAssignments, proposalReplies } from '../../../db/schema';
import { badRequest, conflict } from '../../../errors';
import { richTextToPlain, sanitizeRichText } from '../../../lib/rich-text';
import { removeUploads, saveUpload, uploadTypeOf } from '../../../lib/uploads';
import { proposalSettingsFor } from '../config';
import type { ProposalRow } from '../relations';
import type { ReplyFields } from '../schemas-handling';
import { applyTransition } from '../transition';
import { type AssignmentRow, activeAssignments, isReplying } from '../unit-assignments';

export interface ReplyFile {
  fileName: string;
  bytes: Buffer;
}

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

/**
 * Thrown inside the locked step when another unit's reply changed whether this one is the last
 * (分办): the transaction rolls back and the command retries with the right action.
 */
class ReplyChoiceChanged extends Error {
  constructor(readonly action: ProposalAction) {
    super(action);
  }
}

/** 答复 when no other replying unit still owes its reply (the proposal becomes 已答复), else a partial one. */
async function replyAction(db: DbOrTx, actor: Actor, id: number): Promise<ProposalAction> {
  const active = await activeAssignments(db, id);
  const othersOwe = active.some((a) => isReplying(a) && a.owes && a.unitId !== actor.handlingUnitId);
  return othersOwe ? 'replyPartial' : 'reply';
}

/** The letter's text, its category among the committee's levels, and the stripped public version. */
async function letterOf(tx: Tx, p: ProposalRow, fields: ReplyFields) {
  const { replyCategories } = await proposalSettingsFor(tx, p.committeeId);
  const level = replyCategories.find((c) => c.code === fields.category);
  if (!level) {
    const codes = replyCategories.map((c) => c.code).join('、');
    throw badRequest(`答复类别：应为 ${codes} 之一`, 'category');
  }
  const bodyHtml = sanitizeRichText(fields.bodyHtml);
  if (!richTextToPlain(bodyHtml)) throw badRequest('答复正文：不能为空', 'bodyHtml');
  const publicBodyHtml = stripContactData(sanitizeRichText(fields.publicBodyHtml || bodyHtml));
  return { level, bodyHtml, publicBodyHtml };
}

/** Everything one reply request carries, the file already stored under `saved`. */
interface ReplyJob {
  ctx: AppContext;
  actor: Actor;
  id: number;
  fields: ReplyFields;
  file: ReplyFile;
  saved: { storageKey: string; sha256: string; mime: string };
}

/** Writes the letter: its file row, the reply (round = this unit's earlier replies + 1), the assignment. */
async function fileReply(tx: Tx, job: ReplyJob, p: ProposalRow, mine: AssignmentRow, now: Date) {
  const { actor, fields, file, saved } = job;
  const { level, bodyHtml, publicBodyHtml } = await letterOf(tx, p, fields);
  const [{ earlier }] = await tx
    .select({ earlier: count() })
    .from(proposalReplies)
    .where(and(eq(proposalReplies.proposalId, p.id), eq(proposalReplies.unitId, mine.unitId)));
  const [stored] = await tx
    .insert(attachments)
    .values({
      committeeId: p.committeeId,
      storageKey: saved.storageKey,
      fileName: file.fileName,
      mimeType: saved.mime,
      sizeBytes: file.bytes.length,
      sha256: saved.sha256,
      uploadedByUserId: actor.userId,
    })
    .returning({ id: attachments.id });
  const [reply] = await tx
    .insert(proposalReplies)
    .values({
      committeeId: p.committeeId,
      proposalId: p.id,
      assignmentId: mine.id,
      unitId: mine.unitId,
      round: earlier + 1,
      bodyHtml,
      attachmentId: stored.id,
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

/** One attempt at the step: the locked check of which action is right, then the writes. */
function attempt(job: ReplyJob, action: ProposalAction) {
  const { ctx, actor, id, fields } = job;
  return applyTransition(ctx.handle.db, actor, {
    proposalId: id,
    action,
    expectedVersion: fields.expectedVersion,
    expectedStatus: fields.expectedStatus,
    step: async ({ tx, proposal, now }) => {
      const active = await activeAssignments(tx, id);
      const mine = active.find((a) => a.unitId === actor.handlingUnitId && isReplying(a))!;
      if (!mine.owes) throw conflict('本单位已答复，请勿重复提交');
      const right = await replyAction(tx, actor, id);
      if (right !== action) throw new ReplyChoiceChanged(right);
      const { replyId, round, level } = await fileReply(tx, job, proposal, mine, now);
      return {
        data: { replyId, unitId: mine.unitId, round, category: level.code },
        message: `答复类别：${level.code}（${level.label}）${fields.publishable ? '，申请公开' : ''}`,
      };
    },
  });
}

/**
 * 答复: the replying unit files its letter (text + signed file) with a category. Under 分办 every
 * unit replies separately and the last one moves the proposal to 已答复. The file is written
 * first and removed again if the step is refused.
 */
export async function replyToProposal(
  ctx: AppContext,
  actor: Actor,
  id: number,
  fields: ReplyFields,
  file: ReplyFile,
) {
  const type = replyFileType(file.fileName, file.bytes);
  if ('problem' in type) throw badRequest(`答复函文件：${type.problem}`, 'file');
  const stored = await saveUpload(ctx.env.DATA_DIR, actor.committeeId, file.bytes);
  const job: ReplyJob = { ctx, actor, id, fields, file, saved: { ...stored, mime: type.mime } };
  try {
    const action = await replyAction(ctx.handle.db, actor, id);
    return await attempt(job, action).catch((err) => {
      if (err instanceof ReplyChoiceChanged) return attempt(job, err.action);
      throw err;
    });
  } catch (err) {
    await removeUploads(ctx.env.DATA_DIR, [stored.storageKey]);
    throw err;
  }
}
