import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { textId } from '../../http/validation';
import { readUpload } from '../../platform/attachments';
import { step, stepRoutes } from '../../platform/step-routes';
import { addAttachment, removeAttachment } from './commands/attachments';
import {
  confirmCosign,
  declineCosign,
  removeCosigner,
  submitProposal,
  withdrawProposal,
} from './commands/cosign';
import { createDraft, deleteDraft, updateDraft } from './commands/draft';
import { readDocxDraft } from './docx-import';
import { proposalDocument, proposalRoute } from './proposal-route';
import { proposalView } from './respond';
import {
  attachmentParams,
  cosignerParams,
  createDraftBody,
  declineBody,
  PROPOSAL_LABELS,
  proposalIdParams,
  stepBody,
  updateDraftBody,
} from './schemas';
import { proposalViewSchema } from './view-schema';

const tags = ['提案'];
const labels = PROPOSAL_LABELS;

/** Step 1: draft, edit, files, submit, co-signers' answers, withdrawal. */
export async function proposalDraftRoutes(app: FastifyInstance, ctx: AppContext) {
  proposalRoute(app, ctx, {
    method: 'POST',
    url: '/api/proposals',
    summary: '起草提案（委员本人或联名；工作人员代党派团体、界别、专委会）',
    tags,
    roles: ['member', 'staff'],
    audit: '起草提案',
    body: createDraftBody,
    labels,
    response: { 201: proposalViewSchema },
    handler: async ({ db, actor, body, reply }) => {
      const id = await createDraft(db, actor, body);
      return reply.status(201).send(await proposalView(db, actor, id));
    },
  });

  proposalRoute(app, ctx, {
    method: 'POST',
    url: '/api/proposals/docx-import',
    summary:
      '从 Word 文件读取提案（multipart，字段 file，.docx）：返回案由与情况、分析、建议，供填入起草表单，不保存',
    tags,
    roles: ['member', 'staff'],
    audit: '读取 Word 提案',
    multipart: true,
    handler: async ({ req }) => readDocxDraft(await readUpload(req)),
  });

  proposalRoute(app, ctx, {
    method: 'PATCH',
    url: '/api/proposals/:id',
    summary: '修改草稿',
    tags,
    roles: ['member', 'staff'],
    audit: '修改提案草稿',
    params: proposalIdParams,
    body: updateDraftBody,
    labels,
    response: { 200: proposalViewSchema },
    handler: async ({ db, actor, params, body }) => {
      await updateDraft(db, actor, params.id, body);
      return proposalView(db, actor, params.id);
    },
  });

  proposalRoute(app, ctx, {
    method: 'DELETE',
    url: '/api/proposals/:id',
    summary: '删除从未提交的草稿',
    tags,
    roles: ['member', 'staff'],
    audit: '删除提案草稿',
    params: proposalIdParams,
    query: z.object({ expectedVersion: textId.optional() }),
    handler: async ({ ctx, actor, params, query }) => {
      await deleteDraft(ctx, actor, params.id, query.expectedVersion);
      return { ok: true };
    },
  });

  proposalRoute(app, ctx, {
    method: 'POST',
    url: '/api/proposals/:id/attachments',
    summary: '上传附件（multipart，字段 file，≤10 MB，pdf/doc/docx/wps/xls/xlsx/pptx/jpg/png/txt）',
    tags,
    roles: ['member', 'staff'],
    audit: '上传提案附件',
    params: proposalIdParams,
    multipart: true,
    response: { 201: z.object({ attachmentId: z.number(), proposal: proposalViewSchema }) },
    handler: async ({ ctx, actor, params, req, reply }) => {
      const attachmentId = await addAttachment(ctx, actor, params.id, await readUpload(req));
      return reply
        .status(201)
        .send({ attachmentId, proposal: await proposalView(ctx.handle.db, actor, params.id) });
    },
  });

  proposalRoute(app, ctx, {
    method: 'DELETE',
    url: '/api/proposals/:id/attachments/:attachmentId',
    summary: '删除草稿附件',
    tags,
    roles: ['member', 'staff'],
    audit: '删除提案附件',
    params: attachmentParams,
    response: { 200: proposalViewSchema },
    handler: async ({ ctx, db, actor, params }) => {
      await removeAttachment(ctx, actor, params.id, params.attachmentId);
      return proposalView(db, actor, params.id);
    },
  });

  stepRoutes(app, ctx, proposalDocument(tags), [
    step({
      url: 'submit',
      summary: '提交提案（有联名人时先待联名确认）',
      audit: '提交提案',
      roles: ['member', 'staff'],
      body: stepBody,
      run: submitProposal,
    }),
    step({
      url: 'cosign/confirm',
      summary: '确认联名',
      audit: '确认联名',
      roles: ['member', 'staff'],
      body: stepBody,
      run: confirmCosign,
    }),
    step({
      url: 'withdraw',
      summary: '撤案（立案前）',
      audit: '撤案',
      roles: ['member', 'staff'],
      body: stepBody,
      run: withdrawProposal,
    }),
    step({
      url: 'cosign/decline',
      summary: '谢绝联名',
      roles: ['member'],
      body: declineBody,
      run: declineCosign,
    }),
  ]);

  proposalRoute(app, ctx, {
    method: 'DELETE',
    url: '/api/proposals/:id/cosigners/:memberId',
    summary: '移除未确认或已谢绝的联名人',
    tags,
    roles: ['member'],
    audit: '移除联名人',
    params: cosignerParams,
    query: z.object({ expectedVersion: textId.optional() }),
    response: { 200: proposalViewSchema },
    handler: async ({ db, actor, params, query }) => {
      await removeCosigner(db, actor, params.id, params.memberId, query);
      return proposalView(db, actor, params.id);
    },
  });
}
