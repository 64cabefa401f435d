import type { FastifyInstance } from 'fastify';
import { dueStateText, receiptLabel } from '../../../domain/proposals';
import type { AppContext } from '../../context';
import { shanghaiDate } from '../../lib/working-days';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { step, stepRoutes } from '../../platform/step-routes';
import { decideExtension, requestExtension } from './commands/extension';
import { recordContact, sendOpinion, urgeUnits } from './commands/handling';
import { type AssignmentItem, exportAssignments, listAssignments } from './handling-queries';
import { proposalDocument, proposalRoute } from './proposal-route';
import { assignmentPageSchema } from './read-schemas';
import {
  assignmentFilters,
  assignmentQuery,
  contactBody,
  extensionDecisionBody,
  extensionRequestBody,
  HANDLING_LABELS,
  opinionBody,
  urgeBody,
} from './schemas-handling';

const tags = ['提案办理'];
const labels = HANDLING_LABELS;

const EXPORT_COLUMNS: XlsxColumn<AssignmentItem>[] = [
  { header: '编号', width: 12, value: (r) => r.numberLabel },
  { header: '案由', width: 48, value: (r) => r.title },
  { header: '承办单位', width: 24, value: (r) => r.unitName },
  { header: '办理方式', value: (r) => r.modeLabel },
  { header: '交办日期', width: 14, value: (r) => shanghaiDate(r.assignedAt) },
  { header: '办理时限', width: 14, value: (r) => r.dueDate },
  // As the board shows them: the time left (or overdue), then 待签收, 已签收 or 已答复.
  { header: '剩余', width: 18, value: dueStateText },
  { header: '办理状态', width: 12, value: receiptLabel },
  {
    header: '延期',
    width: 30,
    value: (r) => r.extensionText,
  },
  { header: '催办次数', value: (r) => r.urgeCount },
];

/** Step 4: the unit's inbox with deadlines, contacts, 会办意见, extensions, 催办. */
export async function proposalHandlingRoutes(app: FastifyInstance, ctx: AppContext) {
  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/assignments',
    summary: '办理工作台：交办记录、办理时限、剩余天数与逾期（承办单位看本单位，工作人员看全部）',
    tags,
    roles: ['staff', 'unit', 'leader'],
    query: assignmentQuery,
    labels,
    response: { 200: assignmentPageSchema },
    handler: ({ db, actor, query }) => listAssignments(db, actor, query, shanghaiDate()),
  });

  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/assignments/export',
    summary: '导出办理工作台（.xlsx，条件同列表）',
    tags,
    roles: ['staff', 'unit', 'leader'],
    query: assignmentFilters,
    labels,
    handler: async ({ db, actor, query, reply }) => {
      const rows = await exportAssignments(db, actor, query, shanghaiDate());
      return sendXlsx(reply, '提案办理', await buildXlsx('提案办理', EXPORT_COLUMNS, rows));
    },
  });

  stepRoutes(app, ctx, proposalDocument(tags, labels), [
    step({
      url: 'contacts',
      summary: '登记与提案者的沟通联系',
      roles: ['unit'],
      body: contactBody,
      run: recordContact,
    }),
    step({
      url: 'opinions',
      summary: '会办单位向主办单位提交会办意见',
      roles: ['unit'],
      body: opinionBody,
      run: sendOpinion,
    }),
    step({
      url: 'extension',
      summary: '申请延期（注明理由，不超过规定的最长延期）',
      roles: ['unit'],
      body: extensionRequestBody,
      run: requestExtension,
    }),
    step({
      url: 'extension/decide',
      summary: '审批延期申请',
      roles: ['staff'],
      body: extensionDecisionBody,
      run: decideExtension,
    }),
    step({ url: 'urge', summary: '催办', roles: ['staff'], body: urgeBody, run: urgeUnits }),
  ]);
}
