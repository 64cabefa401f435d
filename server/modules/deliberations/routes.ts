import type { FastifyInstance } from 'fastify';
import { CONSULTATION_DUTIES } from '../../../domain/consultations';
import type { Role } from '../../../domain/roles';
import { namedRow, registerAuditTarget } from '../../auth/audit-targets';
import type { AppContext } from '../../context';
import { deliberationPosts, deliberations } from '../../db/schema';
import { route } from '../../http/route';
import { sendDocx } from '../../lib/word';
import { publicApi, publicGet, publicSubmit } from '../../platform/public-submissions';
import { step, stepRoutes } from '../../platform/step-routes';
import {
  closeDeliberation,
  createDeliberation,
  reopenDeliberation,
  saveSummary,
} from './commands/deliberation';
import { groupPosts, mergeGroups, renameGroup, splitGroup } from './commands/groups';
import { adoptPost, approvePost, postAsMember, postAsResident, rejectPost, setLike } from './commands/posts';
import { deliberationView } from './present';
import { publicDeliberation, publicDeliberations } from './public-queries';
import { listDeliberations, listPosts, postView } from './queries';
import {
  deliberationPageSchema,
  deliberationViewSchema,
  likeSchema,
  postPageSchema,
  postViewSchema,
  publicListSchema,
  publicTopicSchema,
} from './response-schemas';
import {
  DELIBERATION_LABELS,
  deliberationBody,
  groupParams,
  idParams,
  listQuery,
  mergeBody,
  postBody,
  postQuery,
  publicPostBody,
  publicQuery,
  renameBody,
  splitBody,
  stepBody,
  summaryBody,
} from './schemas';

const tags = ['网络议政'];
const labels = DELIBERATION_LABELS;
const READERS: Role[] = ['staff', 'member', 'leader'];
const staffDuty = CONSULTATION_DUTIES;

/** Topics: list, open one, its page, the summary, close and reopen. */
function topicRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/deliberations',
    summary: '网络议政议题列表（本会及下级）',
    tags,
    roles: READERS,
    query: listQuery,
    labels,
    response: { 200: deliberationPageSchema },
    handler: ({ db, actor, query }) => listDeliberations(db, actor, query),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/deliberations',
    summary: '发布网络议政议题（征集时间、仅委员或也向社会公众开放）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '发布网络议政议题',
    body: deliberationBody,
    labels,
    response: { 201: deliberationViewSchema },
    handler: async ({ db, actor, body, reply }) => {
      const id = await createDeliberation(db, actor, body);
      return reply.status(201).send(await deliberationView(db, actor, id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/deliberations/:id',
    summary: '网络议政议题（参与情况、分组、综述、流程记录）',
    tags,
    roles: READERS,
    params: idParams,
    response: { 200: deliberationViewSchema },
    handler: ({ db, actor, params }) => deliberationView(db, actor, params.id),
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/deliberations/:id/summary',
    summary: '保存网络议政综述（专报正文）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '保存网络议政综述',
    params: idParams,
    body: summaryBody,
    labels,
    response: { 200: deliberationViewSchema },
    handler: async ({ db, actor, params, body }) => {
      await saveSummary(db, actor, params.id, body);
      return deliberationView(db, actor, params.id);
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/deliberations/:id/report.docx',
    summary: '网络议政情况专报（Word）',
    tags,
    roles: READERS,
    params: idParams,
    handler: async ({ db, actor, params, reply }) => {
      const { deliberationReport } = await import('./report');
      const { fileName, doc } = await deliberationReport(db, actor, params.id);
      return sendDocx(reply, fileName, doc);
    },
  });
  stepRoutes(
    app,
    ctx,
    {
      path: '/api/deliberations/:id',
      tags,
      params: idParams,
      staffDuty,
      labels,
      view: deliberationView,
      viewSchema: deliberationViewSchema,
    },
    [
      step({
        url: 'close',
        summary: '结束网络议政征集',
        roles: ['staff'],
        body: stepBody,
        run: closeDeliberation,
      }),
      step({
        url: 'reopen',
        summary: '重新开放网络议政征集',
        roles: ['staff'],
        body: stepBody,
        run: reopenDeliberation,
      }),
    ],
  );
}

/** Posts: the hall's list and form, moderation, likes. */
function postRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/deliberations/:id/posts',
    summary: '议题的留言（回复随留言；组织者可按状态查看待审核的留言，或按分组）',
    tags,
    roles: READERS,
    params: idParams,
    query: postQuery,
    labels,
    response: { 200: postPageSchema },
    handler: ({ db, actor, params, query }) => listPosts(db, actor, params.id, query),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/deliberations/:id/posts',
    summary: '委员留言或回复（含敏感词的留言须审核后显示）',
    tags,
    roles: ['member'],
    audit: '网络议政留言',
    params: idParams,
    body: postBody,
    labels,
    response: { 201: postViewSchema },
    handler: async ({ db, actor, params, body, reply }) => {
      const { id } = await postAsMember(db, actor, params.id, body);
      return reply.status(201).send(await postView(db, actor, id));
    },
  });
  stepRoutes(
    app,
    ctx,
    {
      path: '/api/deliberation-posts/:id',
      tags,
      params: idParams,
      staffDuty,
      labels,
      view: postView,
      viewSchema: postViewSchema,
    },
    [
      step({ url: 'approve', summary: '审核通过留言', roles: ['staff'], body: stepBody, run: approvePost }),
      step({ url: 'reject', summary: '不予发布留言', roles: ['staff'], body: stepBody, run: rejectPost }),
      step({ url: 'adopt', summary: '采纳留言中的建议', roles: ['staff'], body: stepBody, run: adoptPost }),
    ],
  );
  for (const method of ['POST', 'DELETE'] as const) {
    route(app, ctx, {
      method,
      url: '/api/deliberation-posts/:id/like',
      summary: method === 'POST' ? '点赞留言' : '取消点赞',
      tags,
      roles: ['member'],
      params: idParams,
      response: { 200: likeSchema },
      handler: async ({ db, actor, params }) => {
        await setLike(db, actor, params.id, method === 'POST');
        const p = await postView(db, actor, params.id);
        return { id: p.id, likes: p.likes, liked: p.liked };
      },
    });
  }
}

/** The compile page's groups: automatic grouping, rename, merge, split. */
function groupRoutes(app: FastifyInstance, ctx: AppContext) {
  const common = {
    tags,
    roles: ['staff'] as Role[],
    staffDuty,
    labels,
    response: { 200: deliberationViewSchema },
  };
  route(app, ctx, {
    ...common,
    method: 'POST',
    url: '/api/deliberations/:id/groups/auto',
    summary: '按关键词自动归类留言（替换现有分组）',
    audit: '网络议政自动归类',
    params: idParams,
    handler: async ({ db, actor, params }) => {
      await groupPosts(db, actor, params.id);
      return deliberationView(db, actor, params.id);
    },
  });
  route(app, ctx, {
    ...common,
    method: 'PATCH',
    url: '/api/deliberations/:id/groups/:groupId',
    summary: '重命名分组',
    audit: '重命名网络议政分组',
    params: groupParams,
    body: renameBody,
    handler: async ({ db, actor, params, body }) => {
      await renameGroup(db, actor, params.id, params.groupId, body.name);
      return deliberationView(db, actor, params.id);
    },
  });
  route(app, ctx, {
    ...common,
    method: 'POST',
    url: '/api/deliberations/:id/groups/merge',
    summary: '合并分组',
    audit: '合并网络议政分组',
    params: idParams,
    body: mergeBody,
    handler: async ({ db, actor, params, body }) => {
      await mergeGroups(db, actor, params.id, body);
      return deliberationView(db, actor, params.id);
    },
  });
  route(app, ctx, {
    ...common,
    method: 'POST',
    url: '/api/deliberations/:id/groups/:groupId/split',
    summary: '拆分分组（选中的留言另成一组）',
    audit: '拆分网络议政分组',
    params: groupParams,
    body: splitBody,
    handler: async ({ db, actor, params, body }) => {
      await splitGroup(db, actor, params.id, params.groupId, body);
      return deliberationView(db, actor, params.id);
    },
  });
}

/**
 * The public hall (no login): public topics, one topic with its approved posts (a visit counted per
 * address and day), and a resident's post, limited per address like the topic form (TOPIC_RATE_LIMIT
 * an hour) and held for moderation.
 */
async function publicRoutes(app: FastifyInstance, ctx: AppContext) {
  const db = ctx.handle.db;
  await publicApi(app, ctx, '访问过于频繁，请稍后再试', (scoped) => {
    publicGet(scoped, {
      url: '/api/public/deliberations',
      summary: '公开：网络议政议题',
      query: publicQuery,
      labels,
      response: publicListSchema,
      handler: ({ query }) => publicDeliberations(db, query.committeeId),
    });
    publicGet(scoped, {
      url: '/api/public/deliberations/:id',
      summary: '公开：网络议政议题与已审核的留言（访问按地址每日计一次）',
      params: idParams,
      labels,
      response: publicTopicSchema,
      handler: ({ params, req }) => publicDeliberation(db, params.id, req.ip),
    });
    publicSubmit(scoped, ctx, {
      url: '/api/public/deliberations/:id/posts',
      summary: '公开：在网络议政议题下留言（免登录；审核后才会公开）',
      params: idParams,
      body: publicPostBody,
      labels,
      tooManyMessage: '留言过于频繁，请一小时后再试',
      receivedMessage: '留言已收到，经工作人员审核后公开',
      submit: ({ params, body }) => postAsResident(db, params.id, body),
    });
  });
}

/** 网络议政 / 网上议政厅 (DOMAIN.md §4). */
export async function deliberationsModule(app: FastifyInstance, ctx: AppContext) {
  const topic = namedRow('网络议政议题', deliberations, deliberations.id, deliberations.title);
  registerAuditTarget(app, '/api/deliberations/:id', topic);
  registerAuditTarget(app, '/api/public/deliberations/:id', topic);
  registerAuditTarget(
    app,
    '/api/deliberation-posts/:id',
    namedRow('议政留言', deliberationPosts, deliberationPosts.id, deliberationPosts.body),
  );
  topicRoutes(app, ctx);
  postRoutes(app, ctx);
  groupRoutes(app, ctx);
  await publicRoutes(app, ctx);
}
