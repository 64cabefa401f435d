import type { FastifyInstance } from 'fastify';
import { CONSULTATION_DUTIES } from '../../../domain/consultations';
import type { Role } from '../../../domain/roles';
import type { AppContext } from '../../context';
import { route } from '../../http/route';
import { shanghaiDateTime } from '../../lib/working-days';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { publicApi, publicGet, publicSubmit } from '../../platform/public-submissions';
import { step, stepRoutes } from '../../platform/step-routes';
import { consultationPlanAuditTargets } from './audit-targets';
import {
  adjustPlan,
  approvePlan,
  createPlan,
  editPlan,
  passReview,
  publishPlan,
  sendBackPlan,
  submitPlan,
} from './commands/plan';
import { approveTopic, rejectTopic, submitPublicTopic, submitTopic } from './commands/topics';
import { addWord, removeWord } from './commands/words';
import { planView, topicView } from './present';
import { publicConsultation } from './public-queries';
import { exportTopics, listPlans, listTopics, listWords, type TopicItem } from './queries';
import {
  planPageSchema,
  planViewSchema,
  publicConsultationSchema,
  topicPageSchema,
  topicViewSchema,
  wordListSchema,
} from './response-schemas';
import {
  approveBody,
  editPlanBody,
  idParams,
  PLAN_LABELS,
  planBody,
  planQuery,
  publicPlanQuery,
  publicTopicBody,
  rejectBody,
  reviewBody,
  stepBody,
  topicBody,
  topicFilters,
  topicQuery,
  wordBody,
} from './schemas';

const tags = ['协商计划'];
const labels = PLAN_LABELS;
const READERS: Role[] = ['staff', 'member', 'unit', 'leader'];
const staffDuty = CONSULTATION_DUTIES;

const EXPORT_COLUMNS: XlsxColumn<TopicItem>[] = [
  { header: '议题', width: 40, value: (r) => r.title },
  { header: '来源', width: 12, value: (r) => r.sourceLabel },
  { header: '提出者', width: 16, value: (r) => r.proposerName ?? '' },
  { header: '状态', value: (r) => r.statusLabel },
  { header: '敏感词', width: 20, value: (r) => r.sensitiveWords.join('、') },
  { header: '提交时间', width: 18, value: (r) => shanghaiDateTime(r.createdAt) },
  { header: '委员会', width: 20, value: (r) => r.committeeName },
];

/** 协商议题征集: the signed-in sources, the moderation queue and the sensitive-word list. */
function topicRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultation-topics',
    summary: '协商议题列表（工作人员看全部，可按状态、来源、含敏感词筛选；其他人看本人提出的）',
    tags,
    roles: READERS,
    query: topicQuery,
    labels,
    response: { 200: topicPageSchema },
    handler: ({ db, actor, query }) => listTopics(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultation-topics/export',
    summary: '导出协商议题（.xlsx，条件同列表）',
    tags,
    roles: READERS,
    query: topicFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '协商议题',
        await buildXlsx('协商议题', EXPORT_COLUMNS, await exportTopics(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/consultation-topics',
    summary: '提出协商议题（委员：群众出题；承办单位：部门点题；领导：党委定题；工作人员：政协集题）',
    tags,
    roles: READERS,
    audit: '提出协商议题',
    body: topicBody,
    labels,
    response: { 201: topicViewSchema },
    handler: async ({ db, actor, body, reply, ctx: c }) => {
      const { id } = await submitTopic(db, c.cipher, actor, body);
      return reply.status(201).send(await topicView(db, actor, id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultation-topics/:id',
    summary: '协商议题详情（审核记录、命中的敏感词）',
    tags,
    roles: READERS,
    params: idParams,
    response: { 200: topicViewSchema },
    handler: ({ db, actor, params }) => topicView(db, actor, params.id),
  });
  stepRoutes(
    app,
    ctx,
    {
      path: '/api/consultation-topics/:id',
      tags,
      params: idParams,
      staffDuty,
      labels,
      view: topicView,
      viewSchema: topicViewSchema,
    },
    [
      step({
        url: 'approve',
        summary: '审核通过协商议题',
        roles: ['staff'],
        body: stepBody,
        run: approveTopic,
      }),
      step({
        url: 'reject',
        summary: '不予采纳协商议题（须说明理由）',
        roles: ['staff'],
        body: rejectBody,
        run: rejectTopic,
      }),
    ],
  );
  route(app, ctx, {
    method: 'GET',
    url: '/api/sensitive-words',
    summary: '敏感词列表（本委员会；首次使用时写入默认词表）',
    tags,
    roles: ['staff'],
    response: { 200: wordListSchema },
    handler: ({ db, actor }) => listWords(db, actor),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/sensitive-words',
    summary: '添加敏感词',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '添加敏感词',
    body: wordBody,
    labels,
    response: { 201: wordListSchema },
    handler: async ({ db, actor, body, reply }) => {
      await addWord(db, actor, body.word);
      return reply.status(201).send(await listWords(db, actor));
    },
  });
  route(app, ctx, {
    method: 'DELETE',
    url: '/api/sensitive-words/:id',
    summary: '删除敏感词',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '删除敏感词',
    params: idParams,
    response: { 200: wordListSchema },
    handler: async ({ db, actor, params }) => {
      await removeWord(db, actor, params.id);
      return listWords(db, actor);
    },
  });
}

/** 年度协商计划: create, edit the entries and targets, and the review/approval/publication steps. */
function planRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultation-plans',
    summary: '年度协商计划列表（委员、承办单位只看已公布的）',
    tags,
    roles: READERS,
    query: planQuery,
    labels,
    response: { 200: planPageSchema },
    handler: ({ db, actor, query }) => listPlans(db, actor, query),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/consultation-plans',
    summary: '新建年度协商计划（每个委员会每年一份）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '新建协商计划',
    body: planBody,
    labels,
    response: { 201: planViewSchema },
    handler: async ({ db, actor, body, reply }) => {
      const id = await createPlan(db, actor, body);
      return reply.status(201).send(await planView(db, actor, id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultation-plans/:id',
    summary: '协商计划详情（议题、频次目标、历次公布的版本、流程记录）',
    tags,
    roles: READERS,
    params: idParams,
    response: { 200: planViewSchema },
    handler: ({ db, actor, params }) => planView(db, actor, params.id),
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/consultation-plans/:id',
    summary: '修改协商计划（草拟中：议题、形式、牵头领导、承办部门、月份、参与单位、频次目标）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '修改协商计划',
    params: idParams,
    body: editPlanBody,
    labels,
    response: { 200: planViewSchema },
    handler: async ({ db, actor, params, body }) => {
      await editPlan(db, actor, params.id, body);
      return planView(db, actor, params.id);
    },
  });
  stepRoutes(
    app,
    ctx,
    {
      path: '/api/consultation-plans/:id',
      tags,
      params: idParams,
      staffDuty,
      labels,
      view: planView,
      viewSchema: planViewSchema,
    },
    [
      step({ url: 'submit', summary: '提交主席会议审议', roles: ['staff'], body: stepBody, run: submitPlan }),
      step({
        url: 'pass-review',
        summary: '主席会议审议通过',
        roles: ['staff'],
        body: reviewBody,
        run: passReview,
      }),
      step({
        url: 'send-back',
        summary: '退回修改协商计划',
        roles: ['staff'],
        body: stepBody,
        run: sendBackPlan,
      }),
      step({
        url: 'approve',
        summary: '党委批准协商计划（文号、日期）',
        roles: ['staff'],
        body: approveBody,
        run: approvePlan,
      }),
      step({ url: 'publish', summary: '公布协商计划', roles: ['staff'], body: stepBody, run: publishPlan }),
      step({
        url: 'adjust',
        summary: '调整协商计划（新版本）',
        roles: ['staff'],
        body: stepBody,
        run: adjustPlan,
      }),
    ],
  );
}

/**
 * The public page (no login): the published plan, approved residents' topics, and the topic form,
 * limited per address like the other public routes, a submission more tightly (TOPIC_RATE_LIMIT an hour).
 */
async function publicRoutes(app: FastifyInstance, ctx: AppContext) {
  const db = ctx.handle.db;
  await publicApi(app, ctx, '访问过于频繁，请稍后再试', (scoped) => {
    publicGet(scoped, {
      url: '/api/public/consultation',
      summary: '公开：年度协商计划（最新公布的版本）与已采纳的群众议题',
      query: publicPlanQuery,
      labels,
      response: publicConsultationSchema,
      handler: ({ query }) => publicConsultation(db, query.committeeId),
    });
    publicSubmit(scoped, ctx, {
      url: '/api/public/consultation/topics',
      summary: '公开：提交协商议题（社会征题，免登录；审核后才会公开）',
      body: publicTopicBody,
      labels,
      tooManyMessage: '提交过于频繁，请一小时后再试',
      receivedMessage: '议题已收到，经工作人员审核后公开',
      submit: ({ body }) => submitPublicTopic(db, ctx.cipher, body),
    });
  });
}

/** 年度协商计划 and 协商议题征集 (DOMAIN.md §4). */
export async function consultationPlanModule(app: FastifyInstance, ctx: AppContext) {
  consultationPlanAuditTargets(app);
  topicRoutes(app, ctx);
  planRoutes(app, ctx);
  await publicRoutes(app, ctx);
}
