import { readFile } from 'node:fs/promises';
import type { Actor } from '../../../domain/roles';
import { WORK_REPORT_LABELS, type WorkReportKind } from '../../../domain/work-reports';
import type { AppContext } from '../../context';
import type { DbOrTx, Tx } from '../../db/client';
import { badRequest, notFound } from '../../errors';
import { uploadPath } from '../../lib/uploads';
import {
  checkedType,
  findAttachment,
  insertAttachment,
  listAttachments,
  type Upload,
  withStoredUpload,
} from '../../platform/attachments';
import { appendEvent } from '../../platform/events';
import { vocabulary } from './data';

/**
 * The office's templates: each upload is a version (an attachment of the committee's
 * `workReportTemplate` subject, its purpose the document kind); the newest is the one in use, and
 * with none the shipped default (default-template.ts) is.
 */
const subjectOf = (committeeId: number) => ({ type: 'workReportTemplate', id: committeeId });

/** The shipped default; the Word libraries load with the first template used, not at start-up (server/lib/word.ts). */
export const shippedTemplate = async (kind: WorkReportKind) =>
  (await import('./default-template')).defaultTemplate(kind);

export function templateVersions(db: DbOrTx, committeeId: number, kind: WorkReportKind) {
  return listAttachments(db, subjectOf(committeeId), kind);
}

/** The template in use: the newest upload, or the shipped default. */
export async function currentTemplate(
  ctx: AppContext,
  db: DbOrTx,
  committeeId: number,
  kind: WorkReportKind,
) {
  const versions = await templateVersions(db, committeeId, kind);
  const newest = versions.at(-1);
  if (!newest) return { bytes: await shippedTemplate(kind), versionId: null };
  return { bytes: await versionBytes(ctx, db, committeeId, kind, newest.id), versionId: newest.id };
}

export async function versionBytes(
  ctx: AppContext,
  db: DbOrTx,
  committeeId: number,
  kind: WorkReportKind,
  versionId: number,
): Promise<Buffer> {
  const row = await findAttachment(db, subjectOf(committeeId), versionId, kind);
  if (!row) throw notFound('模板版本');
  return readFile(uploadPath(ctx.env.DATA_DIR, row.storageKey));
}

/**
 * 上传模板: a Word file whose placeholders are all known (else a 400 naming them) becomes the
 * newest version; the event log records who uploaded which.
 */
export async function uploadTemplate(
  ctx: AppContext,
  db: DbOrTx,
  actor: Actor,
  kind: WorkReportKind,
  file: Upload,
): Promise<number> {
  if (!file.fileName.toLowerCase().endsWith('.docx')) {
    throw badRequest('模板：请上传 Word（.docx）文件', 'file');
  }
  const mime = checkedType(file, '模板');
  const { checkTemplate } = await import('../../platform/docx-template');
  checkTemplate(file.bytes, vocabulary());
  return withStoredUpload(ctx, actor.committeeId, file, mime, async (stored) => {
    const id = await insertAttachment(db as Tx, {
      committeeId: actor.committeeId,
      subject: subjectOf(actor.committeeId),
      purpose: kind,
      file: stored,
      actor,
    });
    await appendEvent(db, actor, {
      committeeId: actor.committeeId,
      subjectType: 'workReportTemplate',
      subjectId: actor.committeeId,
      action: 'uploadTemplate',
      note: `${WORK_REPORT_LABELS[kind]}：${file.fileName}`,
      data: { kind, attachmentId: id },
    });
    return id;
  });
}
