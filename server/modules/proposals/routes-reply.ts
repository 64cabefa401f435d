import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import { proposalReplies } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import { parseInput } from '../../http/validation';
import { findAttachment, readMultipart, sendAttachment } from '../../platform/attachments';
import { proposalSubject } from './commands/attachments';
import { reviewPublication } from './commands/publication';
import { REPLY_LETTER, replyToProposal } from './commands/reply';
import { mayReadReplyLetter, REPLY_LETTER_READERS } from './policy';
import { proposalRoute } from './proposal-route';
import { loadReadable } from './relations';
import { proposalView } from './respond';
import { proposalIdParams } from './schemas';
import { HANDLING_LABELS, publicationBody, replyFields, replyParams } from './schemas-handling';
import { proposalViewSchema } from './view-schema';

const tags = ['提案答复'];

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
    response: { 200: proposalViewSchema },
    handler: async ({ ctx, db, actor, params, req }) => {
      // Out of scope is a 404 before the upload is read, like every other step.
      await loadReadable(db, actor, params.id);
      if (!req.isMultipart()) {
        throw badRequest('答复函文件：请以 multipart/form-data 同时提交答复正文和答复函文件', 'file');
      }
      const { fields, file } = await readMultipart(req, '答复函文件');
      const input = parseInput(replyFields, fields, '请求', HANDLING_LABELS);
      if (!file) throw badRequest('答复函文件：请上传签发的答复函', 'file');
      await replyToProposal(ctx, actor, params.id, input, file);
      return proposalView(ctx.handle.db, actor, params.id);
    },
  });

  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/:id/replies/:replyId/file',
    summary: '下载答复函文件（与 reply.docx 同一读取规则）',
    tags,
    roles: [...REPLY_LETTER_READERS],
    params: replyParams,
    handler: async ({ ctx, db, actor, params, reply }) => {
      await loadReadable(db, actor, params.id);
      const [letter] = await db
        .select({ attachmentId: proposalReplies.attachmentId, unitId: proposalReplies.unitId })
        .from(proposalReplies)
        .where(and(eq(proposalReplies.id, params.replyId), eq(proposalReplies.proposalId, params.id)));
      const file =
        letter?.attachmentId == null || !mayReadReplyLetter(actor, letter)
          ? null
          : await findAttachment(db, proposalSubject(params.id), letter.attachmentId, REPLY_LETTER);
      if (!file) throw notFound('答复函文件');
      return sendAttachment(reply, ctx, file);
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
    response: { 200: proposalViewSchema },
    handler: async ({ db, actor, params, body }) => {
      await reviewPublication(db, actor, params.id, params.replyId, body);
      return proposalView(db, actor, params.id);
    },
  });
}
