import type { FastifyInstance } from 'fastify';
import { OPINION_DUTY } from '../../../domain/opinion-reports';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { route } from '../../http/route';
import { shanghaiDateTime } from '../../lib/working-days';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { findAttachment, readUpload, sendAttachment } from '../../platform/attachments';
import { step, stepRoutes } from '../../platform/step-routes';
import { addReportFile, OPINION_FILE, removeReportFile, reportSubject } from './commands/files';
import {
  adoptReport,
  createBodyReport,
  createReport,
  editReport,
  receiveReport,
  rejectReport,
  submitReport,
  withdrawReport,
} from './commands/report';
import { loadReport } from './load';
import { reportView } from './present';
import { exportReports, listReports, type ReportItem } from './queries';
import {
  reportFileAddedSchema,
  reportPageSchema,
  reportViewSchema,
  settingsSchema,
  similarSchema,
} from './response-schemas';
import {
  adoptBody,
  bodyReportBody,
  editReportBody,
  fileParams,
  idParams,
  OPINION_LABELS,
  rejectBody,
  reportBody,
  reportFilters,
  reportQuery,
  settingsBody,
  similarQuery,
  stepBody,
} from './schemas';
import { maxCharsOf, setMaxChars } from './settings';
import { similarReports } from './similar';

const tags = ['社情民意'];
const labels = OPINION_LABELS;
const READERS = ['member', 'informant', 'staff'] as const;
/** Who writes a report: a member, a 特邀信息员, or the editors in a body's name. */
const WRITERS = ['member', 'informant', 'staff'] as const;

const EXPORT_COLUMNS: XlsxColumn<ReportItem>[] = [
  { header: '标题', width: 40, value: (r) => r.title },
  { header: '报送人', width: 12, value: (r) => r.reporterName },
  { header: '界别', width: 14, value: (r) => r.sectorName },
  { header: '紧急程度', value: (r) => r.urgencyLabel },
  { header: '状态', value: (r) => r.statusLabel },
  { header: '不采用理由', width: 30, value: (r) => r.rejectReason },
  { header: '报送时间', width: 18, value: (r) => (r.submittedAt ? shanghaiDateTime(r.submittedAt) : '') },
  { header: '处理时间', width: 18, value: (r) => (r.decidedAt ? shanghaiDateTime(r.decidedAt) : '') },
  { header: '报送人类别', width: 16, value: (r) => r.reporterKindLabel },
];

/** 社情民意 reports: the member's draft and filing, the editors' decisions, files, similar reports. */
export async function reportRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-reports',
    summary: '社情民意信息列表（委员看本人的；工作人员看本会及下级已报送的）',
    tags,
    roles: READERS,
    query: reportQuery,
    labels,
    response: { 200: reportPageSchema },
    handler: ({ db, actor, query }) => listReports(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-reports/export',
    summary: '导出社情民意信息（.xlsx，条件同列表）',
    tags,
    roles: READERS,
    query: reportFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '社情民意信息',
        await buildXlsx('社情民意信息', EXPORT_COLUMNS, await exportReports(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-reports/similar',
    summary: '相似的社情民意信息（撰写时：按输入内容查找本会已报送的同类信息及其处理情况）',
    tags,
    roles: READERS,
    query: similarQuery,
    labels,
    response: { 200: similarSchema },
    handler: ({ db, actor, query }) => similarReports(db, actor, query.text, query.excludeId),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-reports/settings',
    summary: '本会社情民意信息的字数上限（情况、分析、建议合计）',
    tags,
    roles: READERS,
    response: { 200: settingsSchema },
    handler: async ({ db, actor }) => ({ maxChars: await maxCharsOf(db, actor.committeeId) }),
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/opinion-reports/settings',
    summary: '设置本会社情民意信息的字数上限',
    tags,
    roles: ['staff'],
    staffDuty: OPINION_DUTY,
    audit: '设置社情民意字数上限',
    body: settingsBody,
    labels,
    response: { 200: settingsSchema },
    handler: async ({ db, actor, body }) => {
      await setMaxChars(db, actor.committeeId, body.maxChars);
      return { maxChars: body.maxChars };
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/opinion-reports',
    summary: '撰写社情民意信息（草稿：标题、情况、分析、建议、紧急程度；委员或特邀信息员）',
    tags,
    roles: ['member', 'informant'],
    audit: '撰写社情民意信息',
    body: reportBody,
    labels,
    response: { 201: reportViewSchema },
    handler: async ({ db, actor, body, reply }) => {
      const row = await createReport(db, actor, body);
      return reply.status(201).send(await reportView(db, actor, row.id));
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/opinion-reports/for-body',
    summary: '代为报送：以民主党派、人民团体、界别或委员联络组名义撰写社情民意信息（草稿）',
    tags,
    roles: ['staff'],
    staffDuty: OPINION_DUTY,
    audit: '代为撰写社情民意信息',
    body: bodyReportBody,
    labels,
    response: { 201: reportViewSchema },
    handler: async ({ db, actor, body, reply }) => {
      const row = await createBodyReport(db, actor, body);
      return reply.status(201).send(await reportView(db, actor, row.id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-reports/:id',
    summary: '社情民意信息详情（原文、编辑稿、附件、处理过程与当前可执行操作）',
    tags,
    roles: READERS,
    params: idParams,
    response: { 200: reportViewSchema },
    handler: ({ db, actor, params }) => reportView(db, actor, params.id),
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/opinion-reports/:id',
    summary: '修改社情民意信息草稿',
    tags,
    roles: WRITERS,
    audit: '修改社情民意信息',
    params: idParams,
    body: editReportBody,
    labels,
    response: { 200: reportViewSchema },
    handler: async ({ db, actor, params, body }) => {
      await editReport(db, actor, params.id, body);
      return reportView(db, actor, params.id);
    },
  });
  const doc = {
    path: '/api/opinion-reports/:id',
    tags,
    params: idParams,
    staffDuty: OPINION_DUTY,
    labels,
    view: reportView,
    viewSchema: reportViewSchema,
  };
  stepRoutes(app, ctx, doc, [
    step({
      url: 'submit',
      summary: '报送社情民意信息',
      roles: WRITERS,
      body: stepBody,
      run: submitReport,
    }),
    step({
      url: 'withdraw',
      summary: '撤回社情民意信息（采用或不采用之前）',
      roles: WRITERS,
      body: stepBody,
      run: withdrawReport,
    }),
    step({
      url: 'receive',
      summary: '接收社情民意信息',
      roles: ['staff'],
      body: stepBody,
      run: receiveReport,
    }),
    step({
      url: 'adopt',
      summary: '采用社情民意信息（新建编辑稿，或并入同一事项的编辑稿 itemId）',
      roles: ['staff'],
      body: adoptBody,
      run: adoptReport,
    }),
    step({
      url: 'reject',
      summary: '不采用社情民意信息（理由告知报送人）',
      roles: ['staff'],
      body: rejectBody,
      run: rejectReport,
    }),
  ]);
  fileRoutes(app, ctx);
}

/** A draft's attachments: the reporter adds and removes them, the reporter and the office read them. */
function fileRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'POST',
    url: '/api/opinion-reports/:id/files',
    summary: '上传社情民意信息附件（草稿时，multipart，字段 file，≤10 MB）',
    tags,
    roles: WRITERS,
    audit: '上传社情民意信息附件',
    params: idParams,
    multipart: true,
    response: { 201: reportFileAddedSchema },
    handler: async ({ actor, params, req, reply }) => {
      const attachmentId = await addReportFile(ctx, actor, params.id, await readUpload(req));
      return reply
        .status(201)
        .send({ attachmentId, report: await reportView(ctx.handle.db, actor, params.id) });
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-reports/:id/files/:attachmentId',
    summary: '下载社情民意信息附件',
    tags,
    roles: READERS,
    params: fileParams,
    handler: async ({ db, actor, params, reply }) => {
      await loadReport(db, actor, params.id);
      const file = await findAttachment(db, reportSubject(params.id), params.attachmentId, OPINION_FILE);
      if (!file) throw notFound('附件');
      return sendAttachment(reply, ctx, file);
    },
  });
  route(app, ctx, {
    method: 'DELETE',
    url: '/api/opinion-reports/:id/files/:attachmentId',
    summary: '删除社情民意信息附件（草稿时）',
    tags,
    roles: WRITERS,
    audit: '删除社情民意信息附件',
    params: fileParams,
    response: { 200: reportViewSchema },
    handler: async ({ db, actor, params }) => {
      await removeReportFile(ctx, actor, params.id, params.attachmentId);
      return reportView(db, actor, params.id);
    },
  });
}
