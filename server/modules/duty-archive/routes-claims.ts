import type { FastifyInstance } from 'fastify';
import { DUTY_ARCHIVE_DUTIES } from '../../../domain/duty-claim-workflow';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { route } from '../../http/route';
import { findAttachment, readUpload, sendAttachment } from '../../platform/attachments';
import { step, stepRoutes } from '../../platform/step-routes';
import { claimView, listClaims } from './claim-queries';
import {
  addClaimFile,
  CLAIM_FILE,
  claimSubject,
  correctClaim,
  createClaim,
  decideClaim,
  loadClaim,
} from './claims';
import { claimPageSchema, claimUploadSchema, claimViewSchema } from './response-schemas';
import {
  claimBody,
  claimFileParams,
  claimParams,
  claimQuery,
  claimStepBody,
  correctBody,
  DUTY_LABELS,
  refuseBody,
} from './schemas';

const tags = ['履职档案'];
const labels = DUTY_LABELS;
const staffDuty = DUTY_ARCHIVE_DUTIES;

/** 自行申报: the member's claim and its files, the staff's queue, entry, confirmation and correction. */
export async function claimRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/claims',
    summary: '履职申报列表（委员看本人的；工作人员看全部，待确认在前）',
    tags,
    roles: ['member', 'staff'],
    query: claimQuery,
    labels,
    response: { 200: claimPageSchema },
    handler: ({ db, actor, query }) => listClaims(db, actor, query),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/duty-archive/claims',
    summary: '申报履职项（委员本人申报，待确认；工作人员为委员直接录入，即为已确认）',
    tags,
    roles: ['member', 'staff'],
    staffDuty,
    audit: '申报履职项',
    body: claimBody,
    labels,
    response: { 201: claimViewSchema },
    handler: async ({ db, actor, body, reply }) => {
      const id = await createClaim(db, actor, body);
      return reply.status(201).send(await claimView(db, actor, id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/claims/:id',
    summary: '履职申报详情（材料、处理记录）',
    tags,
    roles: ['member', 'staff'],
    params: claimParams,
    response: { 200: claimViewSchema },
    handler: ({ db, actor, params }) => claimView(db, actor, params.id),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/duty-archive/claims/:id/files',
    summary: '上传申报材料（multipart，字段 file，≤10 MB）',
    tags,
    roles: ['member', 'staff'],
    staffDuty,
    audit: '上传履职申报材料',
    params: claimParams,
    multipart: true,
    response: { 201: claimUploadSchema },
    handler: async ({ actor, params, req, reply }) => {
      const attachmentId = await addClaimFile(ctx, actor, params.id, await readUpload(req));
      return reply
        .status(201)
        .send({ attachmentId, claim: await claimView(ctx.handle.db, actor, params.id) });
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/claims/:id/files/:attachmentId',
    summary: '下载申报材料',
    tags,
    roles: ['member', 'staff'],
    params: claimFileParams,
    handler: async ({ db, actor, params, reply }) => {
      await loadClaim(db, actor, params.id);
      const file = await findAttachment(db, claimSubject(params.id), params.attachmentId, CLAIM_FILE);
      if (!file) throw notFound('申报材料');
      return sendAttachment(reply, ctx, file);
    },
  });
  stepRoutes(
    app,
    ctx,
    {
      path: '/api/duty-archive/claims/:id',
      tags,
      params: claimParams,
      staffDuty,
      labels,
      view: claimView,
      viewSchema: claimViewSchema,
    },
    [
      step({
        url: 'confirm',
        summary: '确认申报',
        roles: ['staff'],
        body: claimStepBody,
        run: (db, actor, id, body) => decideClaim(db, actor, id, 'confirm', body),
      }),
      step({
        url: 'refuse',
        summary: '不予确认（说明理由）',
        roles: ['staff'],
        body: refuseBody,
        run: (db, actor, id, body) => decideClaim(db, actor, id, 'refuse', body),
      }),
      step({
        url: 'withdraw',
        summary: '撤回申报（委员本人，确认前）',
        roles: ['member'],
        body: claimStepBody,
        run: (db, actor, id, body) => decideClaim(db, actor, id, 'withdraw', body),
      }),
      step({
        url: 'correct',
        summary: '更正已确认的履职项（说明理由，留痕）',
        roles: ['staff'],
        body: correctBody,
        run: correctClaim,
      }),
      step({
        url: 'revoke',
        summary: '撤销确认（说明理由）',
        roles: ['staff'],
        body: refuseBody,
        run: (db, actor, id, body) => decideClaim(db, actor, id, 'revoke', body),
      }),
    ],
  );
}
