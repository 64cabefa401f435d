import type { FastifyInstance } from 'fastify';
import { SIGN_OFF_DUTY } from '../../../domain/bulletin-issues';
import { OPINION_DUTY } from '../../../domain/opinion-reports';
import type { AppContext } from '../../context';
import { route } from '../../http/route';
import { sendDocx } from '../../lib/word';
import { shanghaiDateTime } from '../../lib/working-days';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { step, stepRoutes } from '../../platform/step-routes';
import { recordAdoption } from './commands/adoption';
import { createIssue, editIssue, readIssue, sendIssue, signIssue } from './commands/issue';
import { issueView } from './issue-present';
import { exportIssues, type IssueItem, listIssues } from './issue-queries';
import {
  adoptionBody,
  editIssueBody,
  ISSUE_LABELS,
  issueBody,
  issueFilters,
  issueQuery,
  statsQuery,
} from './issue-schemas';
import { itemView } from './present';
import { issuePageSchema, issueViewSchema, itemViewSchema, statsSchema } from './response-schemas';
import { idParams, stepBody } from './schemas';
import { opinionStats } from './stats';
import { BREAKDOWN_COLUMNS, breakdownRows, breakdownSchema, opinionBreakdown } from './stats-breakdown';

const tags = ['社情民意期刊'];
const labels = ISSUE_LABELS;
const READERS = ['staff', 'leader'] as const;

const EXPORT_COLUMNS: XlsxColumn<IssueItem>[] = [
  { header: '期刊', width: 30, value: (r) => r.title },
  { header: '类别', width: 14, value: (r) => r.kindLabel },
  { header: '信息条数', value: (r) => r.items },
  { header: '状态', value: (r) => r.statusLabel },
  { header: '签发时间', width: 18, value: (r) => (r.signedAt ? shanghaiDateTime(r.signedAt) : '') },
  { header: '报送时间', width: 18, value: (r) => (r.sentAt ? shanghaiDateTime(r.sentAt) : '') },
];

/** Issues (期): compiled by the editors, signed off by the office, sent to and read by leaders; adoptions. */
export async function issueRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/bulletin-issues',
    summary: '社情民意期刊列表（工作人员看本会及下级的；领导看报送本人的，unread=true 只看未阅）',
    tags,
    roles: READERS,
    query: issueQuery,
    labels,
    response: { 200: issuePageSchema },
    handler: ({ db, actor, query }) => listIssues(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/bulletin-issues/export',
    summary: '导出社情民意期刊列表（.xlsx，条件同列表）',
    tags,
    roles: READERS,
    query: issueFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '社情民意期刊',
        await buildXlsx('社情民意期刊', EXPORT_COLUMNS, await exportIssues(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-stats',
    summary:
      '社情民意与批示年度统计（本会及下级：收到、采用、并入、不采用、编发期数、各级采用、各级批示、按期反馈）',
    tags,
    roles: READERS,
    query: statsQuery,
    labels,
    response: { 200: statsSchema },
    handler: ({ db, actor, query }) => opinionStats(db, actor, query.year),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-stats/breakdown',
    summary:
      '社情民意年度统计分组（按报送人类别、界别、本会及下级政协：收到、采用、全国/省/市政协采用、编入期数、批示人次）',
    tags,
    roles: READERS,
    query: statsQuery,
    labels,
    response: { 200: breakdownSchema },
    handler: ({ db, actor, query }) => opinionBreakdown(db, actor, query.year),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-stats/breakdown/export',
    summary: '导出社情民意年度统计分组（.xlsx）',
    tags,
    roles: READERS,
    query: statsQuery,
    labels,
    handler: async ({ db, actor, query, reply }) => {
      const rows = breakdownRows(await opinionBreakdown(db, actor, query.year));
      const name = `社情民意统计${query.year}`;
      return sendXlsx(reply, name, await buildXlsx(name, BREAKDOWN_COLUMNS, rows));
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/bulletin-issues',
    summary: '组稿（《社情民意》或专报：编入的信息及顺序、报送领导、抄送）',
    tags,
    roles: ['staff'],
    staffDuty: OPINION_DUTY,
    audit: '社情民意组稿',
    body: issueBody,
    labels,
    response: { 201: issueViewSchema },
    handler: async ({ db, actor, body, reply }) => {
      const issue = await createIssue(db, actor, body);
      return reply.status(201).send(await issueView(db, actor, issue.id));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/bulletin-issues/:id',
    summary: '社情民意期刊详情（各条信息、反映人、采用情况、报送领导及阅读情况）',
    tags,
    roles: READERS,
    params: idParams,
    response: { 200: issueViewSchema },
    handler: ({ db, actor, params }) => issueView(db, actor, params.id),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/bulletin-issues/:id/issue.docx',
    summary: '下载期刊 Word 文件（报头、期号、编印单位、各条信息、报送与抄送）',
    tags,
    roles: READERS,
    params: idParams,
    handler: async ({ db, actor, params, reply }) => {
      const view = await issueView(db, actor, params.id);
      const { issueDocument } = await import('./issue-docx');
      return sendDocx(reply, view.title.replace(/[《》]/g, ''), issueDocument(view));
    },
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/bulletin-issues/:id',
    summary: '修改期刊（签发前：编入的信息及顺序、报送领导、抄送）',
    tags,
    roles: ['staff'],
    staffDuty: OPINION_DUTY,
    audit: '修改社情民意期刊',
    params: idParams,
    body: editIssueBody,
    labels,
    response: { 200: issueViewSchema },
    handler: async ({ db, actor, params, body }) => {
      await editIssue(db, actor, params.id, body);
      return issueView(db, actor, params.id);
    },
  });
  const doc = {
    path: '/api/bulletin-issues/:id',
    tags,
    params: idParams,
    labels,
    view: issueView,
    viewSchema: issueViewSchema,
  };
  stepRoutes(app, ctx, { ...doc, staffDuty: SIGN_OFF_DUTY }, [
    step({
      url: 'sign',
      summary: '签发期刊（办公室，编定期号）',
      roles: ['staff'],
      body: stepBody,
      run: signIssue,
    }),
  ]);
  stepRoutes(app, ctx, { ...doc, staffDuty: OPINION_DUTY }, [
    step({
      url: 'send',
      summary: '报送期刊（送达所选领导）',
      roles: ['staff'],
      body: stepBody,
      run: sendIssue,
    }),
  ]);
  stepRoutes(app, ctx, doc, [
    step({
      url: 'read',
      summary: '领导阅知期刊',
      roles: ['leader'],
      body: stepBody,
      run: (db, actor, id) => readIssue(db, actor, id),
    }),
  ]);
  const itemDoc = {
    path: '/api/opinion-items/:id',
    tags,
    params: idParams,
    staffDuty: OPINION_DUTY,
    labels,
    view: itemView,
    viewSchema: itemViewSchema,
  };
  stepRoutes(app, ctx, itemDoc, [
    step({
      url: 'adoptions',
      summary: '登记采用（全国、省、市或县（区）政协，日期与依据）',
      roles: ['staff'],
      body: adoptionBody,
      run: recordAdoption,
    }),
  ]);
}
