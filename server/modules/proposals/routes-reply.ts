import { createReadStream } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../../../domain/roles';
import type { AppContext } from '../../context';
import { attachments, proposalReplies } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import { parseInput } from '../../http/validation';
import { MAX_UPLOAD_BYTES, uploadPath } from '../../lib/uploads';
import { reviewPublication } from './commands/publication';
import { type ReplyFile, replyToProposal } from './commands/reply';
import { proposalRoute } from './proposal-route';
import { loadReadable } from './relations';
import { proposalView } from './respond';
import { proposalIdParams } from './schemas';
import { HANDLING_LABELS, publicationBody, replyFields, replyParams } from './schemas-handling';

const tags = ['提案答复'];
const READERS: Role[] = ['staff', 'member', 'unit', 'leader'];

/** Multipart errors of the upload itself, as 400s on the file field. */
function uploadProblem(err: { code?: string }): Error {
  if (err.code === 'FST_REQ_FILE_TOO_LARGE') {
    return badRequest(`答复函文件：不能超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, 'file');
  }
  if (err.code === 'FST_FILES_LIMIT') return badRequest('答复函文件：只能上传一个文件', 'file');
  if (err.code?.startsWith('FST_')) return badRequest('答复函文件：上传内容格式不正确', 'file');
  return err as Error;
}

/** The reply form: its text fields and the one signed letter file. */
async function readReplyForm(req: FastifyRequest) {
  if (!req.isMultipart()) {
    throw badRequest('答复函文件：请以 multipart/form-data 同时提交答复正文和答复函文件', 'file');
  }
  const fields: Record<string, string> = {};
  let file: ReplyFile | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        file = { fileName: part.filename.slice(-200), bytes: await part.toBuffer() };
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (err) {
    throw uploadProblem(err as { code?: string });
  }
  return { fields, file };
}

/** Step 5: the reply letter (text + file + category), its file, and the review of its public version. */
export async function proposalReplyRoutes(app: FastifyInstance, ctx: AppContext) {
  proposalRoute(app, ctx, {
    method: 'POST',
    url: '/api/proposals/:id/reply',
    summary:
      '答复（multipart：bodyHtml、category、signedBy、publishable、publicBodyHtml 与答复函文件 file，pdf/doc/docx/ofd ≤10 MB）',
    tags,
    roles: ['unit'],
    audit: '答复提案',
    params: proposalIdParams,
    multipart: true,
    handler: async ({ db, actor, params, req }) => {
      // Out of scope is a 404 before the upload is read, like every other step.
      await loadReadable(db, actor, params.id);
      const { fields, file } = await readReplyForm(req);
      const input = parseInput(replyFields, fields, '请求', HANDLING_LABELS);
      if (!file) throw badRequest('答复函文件：请上传签发的答复函', 'file');
      await replyToProposal(ctx, actor, params.id, input, file);
      return proposalView(ctx.handle.db, actor, params.id);
    },
  });

  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/:id/replies/:replyId/file',
    summary: '下载答复函文件',
    tags,
    roles: READERS,
    params: replyParams,
    handler: async ({ db, actor, params, reply }) => {
      await loadReadable(db, actor, params.id);
      const [row] = await db
        .select({ a: attachments })
        .from(proposalReplies)
        .innerJoin(attachments, eq(attachments.id, proposalReplies.attachmentId))
        .where(and(eq(proposalReplies.id, params.replyId), eq(proposalReplies.proposalId, params.id)));
      if (!row) throw notFound('答复函文件');
      return reply
        .header('content-type', row.a.mimeType)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.a.fileName)}`)
        .send(createReadStream(uploadPath(ctx.env.DATA_DIR, row.a.storageKey)));
    },
  });

  proposalRoute(app, ctx, {
    method: 'POST',
    url: '/api/proposals/:id/replies/:replyId/publication',
    summary: '审核答复公开版本（可修改；联系方式自动隐去）',
    tags,
    roles: ['staff'],
    audit: '审核公开答复',
    params: replyParams,
    body: publicationBody,
    labels: HANDLING_LABELS,
    handler: async ({ db, actor, params, body }) => {
      await reviewPublication(db, actor, params.id, params.replyId, body);
      return proposalView(db, actor, params.id);
    },
  });
}
