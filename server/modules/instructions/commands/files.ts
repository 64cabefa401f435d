import type { Actor } from '../../../../domain/roles';
import type { AppContext } from '../../../context';
import type { DbOrTx } from '../../../db/client';
import { notFound } from '../../../errors';
import {
  type AttachmentRow,
  checkedType,
  findAttachment,
  insertAttachment,
  listAttachments,
  type Upload,
  withStoredUpload,
} from '../../../platform/attachments';
import { loadInstruction } from '../load';
import { transitionInstruction } from '../transitions';

/**
 * The 批示's files: the scan of a paper 批示 (most are given on paper) on the 批示 itself, and each
 * unit's 落实反馈 files on its own part, so a unit never reads another unit's files.
 */
export const INSTRUCTION_SCAN = 'instructionScan';
export const FEEDBACK_FILE = 'instructionFeedback';
const scanSubject = (id: number) => ({ type: 'instruction', id });
const partSubject = (partId: number) => ({ type: 'instructionUnit', id: partId });

/** 上传批示件: the office files the scan (a PDF or a photo) of the leader's paper 批示. */
export async function addScan(ctx: AppContext, actor: Actor, id: number, file: Upload) {
  const mime = checkedType(file);
  let attachmentId = 0;
  await withStoredUpload(ctx, actor.committeeId, file, mime, (stored) =>
    transitionInstruction(ctx.handle.db, actor, {
      id,
      action: 'attachScan',
      step: async ({ tx, row }) => {
        attachmentId = await insertAttachment(tx, {
          committeeId: row.committeeId,
          subject: scanSubject(id),
          purpose: INSTRUCTION_SCAN,
          file: stored,
          actor,
        });
        return { note: file.fileName, data: { fileAdded: attachmentId } };
      },
    }),
  );
  return attachmentId;
}

/** 上传反馈附件: the unit attaches files to its part while it still owes feedback. */
export async function addFeedbackFile(ctx: AppContext, actor: Actor, id: number, file: Upload) {
  const mime = checkedType(file);
  let attachmentId = 0;
  await withStoredUpload(ctx, actor.committeeId, file, mime, (stored) =>
    transitionInstruction(ctx.handle.db, actor, {
      id,
      action: 'attachFeedbackFile',
      step: async ({ tx, row, relations }) => {
        const mine = relations.mine!;
        attachmentId = await insertAttachment(tx, {
          committeeId: row.committeeId,
          subject: partSubject(mine.id),
          purpose: FEEDBACK_FILE,
          file: stored,
          actor,
        });
        return { note: file.fileName, data: { fileAdded: attachmentId, unitId: mine.unitId } };
      },
    }),
  );
  return attachmentId;
}

const summary = (f: { id: number; fileName: string; sizeBytes: number }) => ({
  id: f.id,
  fileName: f.fileName,
  sizeBytes: f.sizeBytes,
});

/** The scans, and each visible part's feedback files, for the 批示's page. */
export async function filesOf(db: DbOrTx, id: number, partIds: number[]) {
  const scans = (await listAttachments(db, scanSubject(id), INSTRUCTION_SCAN)).map(summary);
  const byPart = new Map<number, ReturnType<typeof summary>[]>();
  for (const partId of partIds) {
    byPart.set(partId, (await listAttachments(db, partSubject(partId), FEEDBACK_FILE)).map(summary));
  }
  return { scans, byPart };
}

/** A file of the 批示 the caller may read: a scan, or a feedback file of a part they see. */
export async function readableFile(db: DbOrTx, actor: Actor, id: number, attachmentId: number) {
  const { units, mine } = await loadInstruction(db, actor, id);
  const parts = actor.role === 'unit' ? (mine ? [mine] : []) : units;
  let file: AttachmentRow | null = await findAttachment(db, scanSubject(id), attachmentId, INSTRUCTION_SCAN);
  for (const p of parts) file ??= await findAttachment(db, partSubject(p.id), attachmentId, FEEDBACK_FILE);
  if (!file) throw notFound('附件');
  return file;
}
