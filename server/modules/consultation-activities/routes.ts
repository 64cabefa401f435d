import { and, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { CONSULTATION_DUTIES } from '../../../domain/consultations';
import type { AppContext } from '../../context';
import { attachments, consultationSpeeches } from '../../db/schema';
import { notFound } from '../../errors';
import { route } from '../../http/route';
import { parseInput } from '../../http/validation';
import { sendDocx } from '../../lib/word';
import { shanghaiDateTime } from '../../lib/working-days';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { readMultipart, sendAttachment } from '../../platform/attachments';
import { step, stepRoutes } from '../../platform/step-routes';
import {
  cancelConsultation,
  createConsultation,
  editConsultation,
  holdConsultation,
  publishConsultation,
} from './commands/activity';
import { inviteCommittees, setParticipantMembers } from './commands/joint';
import {
  addProblem,
  addSpeech,
  SPEECH_SUBJECT,
  sendOutput,
  solveProblem,
  writeOutput,
} from './commands/records';
import { addSuggestion } from './commands/suggestion';
import { loadConsultation } from './load';
import { consultationView } from './present';
import { type ConsultationItem, exportConsultations, listConsultations } from './queries';
import { consultationPageSchema, consultationStatsSchema, consultationViewSchema } from './response-schemas';
import {
  CONSULTATION_LABELS,
  consultationBody,
  consultationFilters,
  consultationQuery,
  editConsultationBody,
  fileParams,
  idParams,
  inviteBody,
  outputBody,
  outputParams,
  participantMembersBody,
  participantParams,
  problemBody,
  problemParams,
  sendOutputBody,
  solveBody,
  speechFields,
  statsQuery,
  stepBody,
  suggestionBody,
} from './schemas';
import { consultationStats } from './stats';
import { consultationStatsWorkbook } from './stats-export';

const tags = ['协商活动'];
const labels = CONSULTATION_LABELS;
const READERS = ['staff', 'leader', 'member'] as const;
const staffDuty = CONSULTATION_DUTIES;

const EXPORT_COLUMNS: XlsxColumn<ConsultationItem>[] = [
  { header: '协商议题', width: 40, value: (r) => r.topic },
  { header: '协商形式', width: 22, value: (r) => r.formLabel },
  { header: '时间', width: 18, value: (r) => shanghaiDateTime(r.startsAt) },
  { header: '地点', width: 20, value: (r) => r.place },
  { header: '组织方', width: 20, value: (r) => r.organiserName },
  { header: '组织委员会', width: 20, value: (r) => r.committeeName },
  { header: '联动委员会数', value: (r) => r.participantCommittees },
  { header: '意见建议', value: (r) => r.suggestions },
  { header: '待反馈', value: (r) => r.awaitingFeedback },
  { header: '成果报送期限', width: 14, value: (r) => r.outputsDueOn ?? '' },
  { header: '状态', value: (r) => (r.outputsOverdue ? `${r.statusLabel}（成果报送逾期）` : r.statusLabel) },
];

/** 协商活动: list, create, the page, its steps and records, outputs as Word, the year's figures. */
export async function consultationRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultations',
    summary:
      '协商活动列表（本会及下级，以及本会参加的上级联动协商；可按形式、状态、年、月、成果报送逾期、联动、关键词筛选）',
    tags,
    roles: READERS,
    query: consultationQuery,
    labels,
    response: { 200: consultationPageSchema },
    handler: ({ db, actor, query }) => listConsultations(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultations/export',
    summary: '导出协商活动（.xlsx，条件同列表）',
    tags,
    roles: READERS,
    query: consultationFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '协商活动',
        await buildXlsx('协商活动', EXPORT_COLUMNS, await exportConsultations(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultation-stats',
    summary:
      '协商议政统计（年度：活动按形式、按月；意见建议反馈、按期反馈、采纳率、办结率；基层协商问题解决）',
    tags,
    roles: ['staff', 'leader'],
    query: statsQuery,
    labels,
    response: { 200: consultationStatsSchema },
    handler: ({ db, actor, query }) => consultationStats(db, actor, query.year),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultation-stats/export',
    summary: '导出协商议政统计（.xlsx：汇总、按协商形式、按月份）',
    tags,
    roles: ['staff', 'leader'],
    query: statsQuery,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        `${query.year}年协商统计`,
        await consultationStatsWorkbook(await consultationStats(db, actor, query.year)),
      ),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/consultations',
    summary:
      '新建协商活动（议题、形式、时间、地点、组织方、邀请领导和部门；填写参加委员时同时建立会议以通知、请假和签到）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '新建协商活动',
    body: consultationBody,
    labels,
    response: { 201: consultationViewSchema },
    handler: async ({ db, actor, body, reply }) => {
      const id = await createConsultation(db, actor, body);
      return reply.status(201).send(await consultationView(db, actor, id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultations/:id',
    summary: '协商活动详情（参加委员与出席、发言、意见建议及反馈、问题、成果、过程与可执行操作）',
    tags,
    roles: READERS,
    params: idParams,
    response: { 200: consultationViewSchema },
    handler: ({ db, actor, params }) => consultationView(db, actor, params.id),
  });
  const doc = {
    path: '/api/consultations/:id',
    tags,
    params: idParams,
    labels,
    staffDuty,
    view: consultationView,
    viewSchema: consultationViewSchema,
  };
  stepRoutes(app, ctx, doc, [
    step({
      url: 'participants',
      summary:
        '邀请联动委员会（联动协商：本会下级委员会参加，列表替换原有列表；已有发言或意见建议的不能移除）',
      roles: ['staff'],
      body: inviteBody,
      run: inviteCommittees,
    }),
    step({
      url: 'edit',
      summary: '修改协商活动',
      roles: ['staff'],
      body: editConsultationBody,
      run: editConsultation,
    }),
    step({
      url: 'hold',
      summary: '确认召开（成果报送期限为活动后 7 个工作日）',
      roles: ['staff'],
      body: stepBody,
      run: holdConsultation,
    }),
    step({
      url: 'cancel',
      summary: '取消协商活动',
      roles: ['staff'],
      body: stepBody,
      run: cancelConsultation,
    }),
    step({
      url: 'publish',
      summary: '公开协商成果（公开页面可见意见建议与部门落实情况）',
      roles: ['staff'],
      body: stepBody,
      run: publishConsultation,
    }),
    step({
      url: 'problems',
      summary: '记录基层协商中群众反映的问题',
      roles: ['staff'],
      body: problemBody,
      run: addProblem,
    }),
    step({
      url: 'outputs',
      summary: '撰写成果（纪要、协商专报、建议案）',
      roles: ['staff'],
      body: outputBody,
      run: writeOutput,
    }),
    step({
      url: 'suggestions',
      summary: '交办意见建议（委员或群众提出，交责任部门书面反馈）',
      roles: ['staff'],
      body: suggestionBody,
      run: addSuggestion,
    }),
  ]);
  route(app, ctx, {
    method: 'PUT',
    url: '/api/consultations/:id/participants/:committeeId/members',
    summary: '确定本会参加委员（联动协商：参加委员会的工作人员确定本会委员；其他委员会的部分为 403）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '确定联动协商参加委员',
    params: participantParams,
    body: participantMembersBody,
    labels,
    response: { 200: consultationViewSchema },
    handler: async ({ db, actor, params, body }) => {
      await setParticipantMembers(db, actor, params.id, params.committeeId, body);
      return consultationView(db, actor, params.id);
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/consultations/:id/problems/:problemId/solve',
    summary: '问题已解决（解决情况、日期）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '问题已解决',
    params: problemParams,
    body: solveBody,
    labels,
    response: { 200: consultationViewSchema },
    handler: async ({ db, actor, params, body }) => {
      await solveProblem(db, actor, params.id, params.problemId, body);
      return consultationView(db, actor, params.id);
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/consultations/:id/outputs/:outputId/send',
    summary: '报送成果（报送对象、日期）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '报送成果',
    params: outputParams,
    body: sendOutputBody,
    labels,
    response: { 200: consultationViewSchema },
    handler: async ({ db, actor, params, body }) => {
      await sendOutput(db, actor, params.id, params.outputId, body);
      return consultationView(db, actor, params.id);
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultations/:id/outputs/:outputId/document.docx',
    summary: '下载成果 Word（纪要、协商专报、建议案）',
    tags,
    roles: READERS,
    params: outputParams,
    handler: async ({ db, actor, params, reply }) => {
      const activity = await loadConsultation(db, actor, params.id);
      const { outputDocument } = await import('./documents');
      const { fileName, doc } = await outputDocument(db, activity, params.outputId);
      return sendDocx(reply, fileName, doc);
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/consultations/:id/speeches',
    summary: '记录发言（multipart：memberId 或 speakerName、title、text，可选发言材料 file）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '记录发言',
    params: idParams,
    multipart: true,
    response: { 201: consultationViewSchema },
    handler: async ({ db, actor, params, req, reply }) => {
      await loadConsultation(db, actor, params.id);
      const { fields, file } = await readMultipart(req, '发言材料');
      const input = parseInput(speechFields, fields, '请求', labels);
      await addSpeech(ctx, actor, params.id, input, file);
      return reply.status(201).send(await consultationView(db, actor, params.id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultations/:id/files/:attachmentId',
    summary: '下载发言材料',
    tags,
    roles: READERS,
    params: fileParams,
    handler: async ({ db, actor, params, reply }) => {
      await loadConsultation(db, actor, params.id);
      const [file] = await db
        .select()
        .from(attachments)
        .where(
          and(
            eq(attachments.id, params.attachmentId),
            eq(attachments.subjectType, SPEECH_SUBJECT),
            inArray(
              attachments.subjectId,
              db
                .select({ id: consultationSpeeches.id })
                .from(consultationSpeeches)
                .where(eq(consultationSpeeches.consultationId, params.id)),
            ),
          ),
        );
      if (file) return sendAttachment(reply, ctx, file);
      throw notFound('附件');
    },
  });
}
