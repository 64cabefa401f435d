import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../../domain/roles';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { forbidden, notFound } from '../../errors';
import { route } from '../../http/route';
import { removeUploads } from '../../lib/uploads';
import {
  checkedType,
  deleteAttachments,
  findAttachment,
  insertAttachment,
  readUpload,
  sendAttachment,
  type Upload,
  withStoredUpload,
} from '../../platform/attachments';
import { appendEvent } from '../../platform/events';
import { loadSuggestion, type SuggestionRow } from './load';
import { suggestionRolesOf } from './policy';
import { FEEDBACK_FILE, feedbackSubject, suggestionView } from './present';
import { suggestionViewSchema } from './response-schemas';
import { fileParams, idParams } from './schemas';

/**
 * Files of a department's written feedback (the signed reply letter, photos of what was done), kept by
 * the shared attachments platform under the suggestion. Whoever reads the suggestion downloads them;
 * its department adds and removes them, checked before the upload is read.
 */

/** The suggestion, readable and its department's (else 404 / 403). */
async function loadOwn(db: DbOrTx, actor: Actor, id: number): Promise<SuggestionRow> {
  const row = await loadSuggestion(db, actor, id);
  if (!suggestionRolesOf(actor, row).includes('unit')) throw forbidden('仅责任部门可以上传或删除反馈附件');
  return row;
}

async function addFeedbackFile(ctx: AppContext, actor: Actor, row: SuggestionRow, file: Upload) {
  const mime = checkedType(file);
  return withStoredUpload(ctx, row.committeeId, file, mime, (stored) =>
    ctx.handle.db.transaction(async (tx) => {
      const attachmentId = await insertAttachment(tx, {
        committeeId: row.committeeId,
        subject: feedbackSubject(row.id),
        purpose: FEEDBACK_FILE,
        file: stored,
        actor,
      });
      await appendEvent(tx, actor, {
        committeeId: row.committeeId,
        subjectType: 'consultationSuggestion',
        subjectId: row.id,
        action: 'feedbackFile',
        note: file.fileName,
        data: { attachmentId },
      });
    }),
  );
}

async function removeFeedbackFile(ctx: AppContext, actor: Actor, row: SuggestionRow, attachmentId: number) {
  const keys = await ctx.handle.db.transaction(async (tx) => {
    const removed = await deleteAttachments(tx, feedbackSubject(row.id), {
      purpose: FEEDBACK_FILE,
      id: attachmentId,
    });
    if (removed.length === 0) throw notFound('附件');
    await appendEvent(tx, actor, {
      committeeId: row.committeeId,
      subjectType: 'consultationSuggestion',
      subjectId: row.id,
      action: 'removeFeedbackFile',
      data: { attachmentId },
    });
    return removed;
  });
  await removeUploads(ctx.env.DATA_DIR, keys);
}

/** 反馈附件: upload (multipart `file`, the platform's types, ≤10 MB), download, delete. */
export async function feedbackFileRoutes(app: FastifyInstance, ctx: AppContext) {
  const tags = ['协商议政'];
  const url = '/api/consultation-suggestions/:id/files';
  route(app, ctx, {
    method: 'POST',
    url,
    summary: '上传反馈附件（责任部门：反馈函、落实情况照片等；multipart，字段 file，≤10 MB）',
    tags,
    roles: ['unit'],
    audit: '上传反馈附件',
    params: idParams,
    multipart: true,
    response: { 201: suggestionViewSchema },
    handler: async ({ db, actor, params, req, reply }) => {
      const row = await loadOwn(db, actor, params.id);
      await addFeedbackFile(ctx, actor, row, await readUpload(req));
      return reply.status(201).send(await suggestionView(db, actor, params.id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: `${url}/:attachmentId`,
    summary: '下载反馈附件',
    tags,
    roles: ['staff', 'leader', 'member', 'unit'],
    params: fileParams,
    handler: async ({ db, actor, params, reply }) => {
      await loadSuggestion(db, actor, params.id);
      const file = await findAttachment(db, feedbackSubject(params.id), params.attachmentId, FEEDBACK_FILE);
      if (!file) throw notFound('附件');
      return sendAttachment(reply, ctx, file);
    },
  });
  route(app, ctx, {
    method: 'DELETE',
    url: `${url}/:attachmentId`,
    summary: '删除反馈附件（责任部门）',
    tags,
    roles: ['unit'],
    audit: '删除反馈附件',
    params: fileParams,
    response: { 200: suggestionViewSchema },
    handler: async ({ db, actor, params }) => {
      const row = await loadOwn(db, actor, params.id);
      await removeFeedbackFile(ctx, actor, row, params.attachmentId);
      return suggestionView(db, actor, params.id);
    },
  });
}
