import { createReadStream } from 'node:fs';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/roles';
import type { AppContext } from '../context';
import type { DbOrTx, Tx } from '../db/client';
import { attachments } from '../db/schema';
import { AppError, badRequest } from '../errors';
import { MAX_UPLOAD_BYTES, removeUploads, saveUpload, uploadPath, uploadTypeOf } from '../lib/uploads';

/**
 * Files of any document: one upload reader, one store, one download. A file belongs to a subject
 * (the event log's `subject_type`/`subject_id`: `proposal` 12, `meeting` 3 …) with a purpose the
 * module names (`material`, `replyLetter`, `leaveEvidence` …).
 */

/** A file read from a request, not yet stored. */
export interface Upload {
  fileName: string;
  bytes: Buffer;
}

export interface Subject {
  type: string;
  id: number;
}

export type AttachmentRow = typeof attachments.$inferSelect;

const MB = MAX_UPLOAD_BYTES / 1024 / 1024;

/** A file over the limit: refused whole (413), never kept cut short. */
const tooLarge = (label: string) => new AppError(413, 'too_large', `${label}：不能超过 ${MB} MB`, 'file');

/** A multipart problem of the upload itself, as a 400 (or 413 for size) on the file field. */
function uploadProblem(err: { code?: string }, label: string): Error {
  if (err instanceof AppError) return err;
  if (err.code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(label);
  if (err.code === 'FST_FILES_LIMIT') return badRequest(`${label}：只能上传一个文件`, 'file');
  if (err.code?.startsWith('FST_')) return badRequest(`${label}：上传内容格式不正确`, 'file');
  return err as Error;
}

/**
 * Reads a multipart form: its text fields and at most one file (none from a request that is not
 * multipart). The size is checked on the bytes the reader delivered, not only by the reader's own
 * limit: a file cut short at the limit is refused, never stored truncated.
 */
export async function readMultipart(req: FastifyRequest, label = '文件') {
  const fields: Record<string, string> = {};
  let file: Upload | null = null;
  if (!req.isMultipart()) return { fields, file };
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      const bytes = await part.toBuffer();
      if (part.file.truncated || bytes.length > MAX_UPLOAD_BYTES) throw tooLarge(label);
      file = { fileName: part.filename.slice(-200), bytes };
    }
  } catch (err) {
    throw uploadProblem(err as { code?: string }, label);
  }
  return { fields, file };
}

/** The one file of an upload form, required. */
export async function readUpload(req: FastifyRequest, label = '文件'): Promise<Upload> {
  const { file } = await readMultipart(req, label);
  if (!file) throw badRequest(`${label}：请选择要上传的文件`, 'file');
  return file;
}

/** The MIME type to serve an upload with, after checking its name and first bytes (400 otherwise). */
export function checkedType(
  upload: Upload,
  label = '文件',
  typeOf: (name: string, bytes: Buffer) => { mime: string } | { problem: string } = uploadTypeOf,
): string {
  const type = typeOf(upload.fileName, upload.bytes);
  if ('problem' in type) throw badRequest(`${label}：${type.problem}`, 'file');
  return type.mime;
}

/** A file whose bytes are on disk, ready to be linked in the same transaction as its document. */
export interface StoredFile extends Upload {
  storageKey: string;
  sha256: string;
  mime: string;
}

/**
 * Writes the bytes, then runs `write` (the command that links them to its document in one
 * transaction); if the command fails, the bytes are removed again, so no file outlives a refusal.
 */
export async function withStoredUpload<T>(
  ctx: AppContext,
  committeeId: number,
  upload: Upload,
  mime: string,
  write: (file: StoredFile) => Promise<T>,
): Promise<T> {
  const saved = await saveUpload(ctx.env.DATA_DIR, committeeId, upload.bytes);
  try {
    return await write({ ...upload, ...saved, mime });
  } catch (err) {
    await removeUploads(ctx.env.DATA_DIR, [saved.storageKey]);
    throw err;
  }
}

/** Links a stored file to its subject; returns the attachment id. */
export async function insertAttachment(
  tx: Tx,
  a: { committeeId: number; subject: Subject; purpose: string; file: StoredFile; actor: Actor },
): Promise<number> {
  const [row] = await tx
    .insert(attachments)
    .values({
      committeeId: a.committeeId,
      subjectType: a.subject.type,
      subjectId: a.subject.id,
      purpose: a.purpose,
      storageKey: a.file.storageKey,
      fileName: a.file.fileName,
      mimeType: a.file.mime,
      sizeBytes: a.file.bytes.length,
      sha256: a.file.sha256,
      uploadedByUserId: a.actor.userId,
    })
    .returning({ id: attachments.id });
  return row.id;
}

const ofSubject = (s: Subject, purpose?: string) =>
  and(
    eq(attachments.subjectType, s.type),
    eq(attachments.subjectId, s.id),
    purpose === undefined ? undefined : eq(attachments.purpose, purpose),
  );

/** How many files of a purpose a subject holds (for a per-document limit). */
export async function countAttachments(db: DbOrTx, subject: Subject, purpose: string): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(attachments).where(ofSubject(subject, purpose));
  return n;
}

/** A subject's files of one purpose, oldest first, as a page lists them. */
export function listAttachments(db: DbOrTx, subject: Subject, purpose: string) {
  return db
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      mimeType: attachments.mimeType,
      sizeBytes: attachments.sizeBytes,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .where(ofSubject(subject, purpose))
    .orderBy(asc(attachments.id));
}

/**
 * The files of one purpose of many subjects of a type (the visits of a group …), by subject id, oldest
 * first: one query for a page that lists several subjects with their files.
 */
export async function listAttachmentsOf(db: DbOrTx, subjectType: string, ids: number[], purpose: string) {
  const bySubject = new Map<number, Awaited<ReturnType<typeof listAttachments>>>();
  if (ids.length === 0) return bySubject;
  const rows = await db
    .select({
      subjectId: attachments.subjectId,
      id: attachments.id,
      fileName: attachments.fileName,
      mimeType: attachments.mimeType,
      sizeBytes: attachments.sizeBytes,
      createdAt: attachments.createdAt,
    })
    .from(attachments)
    .where(
      and(
        eq(attachments.subjectType, subjectType),
        inArray(attachments.subjectId, ids),
        eq(attachments.purpose, purpose),
      ),
    )
    .orderBy(asc(attachments.id));
  for (const { subjectId, ...file } of rows) {
    const list = bySubject.get(subjectId) ?? [];
    list.push(file);
    bySubject.set(subjectId, list);
  }
  return bySubject;
}

/** One file of a subject, or null (the caller answers 404). */
export async function findAttachment(db: DbOrTx, subject: Subject, attachmentId: number, purpose?: string) {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(ofSubject(subject, purpose), eq(attachments.id, attachmentId)));
  return row ?? null;
}

/**
 * Deletes a subject's file rows (one, or all of a purpose, or all) inside the caller's
 * transaction and returns their storage keys, for `removeUploads` once it has committed.
 */
export async function deleteAttachments(
  tx: Tx,
  subject: Subject,
  which: { purpose?: string; id?: number } = {},
): Promise<string[]> {
  const rows = await tx
    .select({ id: attachments.id, key: attachments.storageKey })
    .from(attachments)
    .where(
      and(
        ofSubject(subject, which.purpose),
        which.id === undefined ? undefined : eq(attachments.id, which.id),
      ),
    );
  if (rows.length) {
    await tx.delete(attachments).where(
      inArray(
        attachments.id,
        rows.map((r) => r.id),
      ),
    );
  }
  return rows.map((r) => r.key);
}

/** Sends a stored file as a download, typed by what was checked at upload, never sniffed. */
export function sendAttachment(reply: FastifyReply, ctx: AppContext, file: AttachmentRow) {
  return reply
    .header('content-type', file.mimeType)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(createReadStream(uploadPath(ctx.env.DATA_DIR, file.storageKey)));
}
