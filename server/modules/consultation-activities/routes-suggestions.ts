import type { FastifyInstance } from 'fastify';
import { CONSULTATION_DUTIES } from '../../../domain/consultations';
import type { AppContext } from '../../context';
import { route } from '../../http/route';
import { shanghaiDateTime } from '../../lib/working-days';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { step, stepRoutes } from '../../platform/step-routes';
import { completeSuggestion, giveFeedback, reassignSuggestion, reportProgress } from './commands/suggestion';
import { suggestionView } from './present';
import { suggestionPageSchema, suggestionViewSchema } from './response-schemas';
import {
  CONSULTATION_LABELS,
  completeBody,
  feedbackBody,
  idParams,
  progressBody,
  reassignBody,
  suggestionFilters,
  suggestionQuery,
} from './schemas';
import { exportSuggestions, listSuggestions, type SuggestionItem } from './suggestion-queries';

const tags = ['意见建议'];
const labels = CONSULTATION_LABELS;
const READERS = ['staff', 'leader', 'unit', 'member'] as const;

const EXPORT_COLUMNS: XlsxColumn<SuggestionItem>[] = [
  { header: '意见建议', width: 50, value: (r) => r.text },
  { header: '提出人', width: 14, value: (r) => `${r.proposerName}（${r.sourceLabel}）` },
  { header: '协商活动', width: 30, value: (r) => r.topic },
  { header: '协商形式', width: 20, value: (r) => r.formLabel },
  { header: '责任部门', width: 20, value: (r) => r.unitName },
  { header: '交办时间', width: 18, value: (r) => shanghaiDateTime(r.sentAt) },
  { header: '反馈期限', width: 12, value: (r) => r.dueOn },
  { header: '采纳情况', value: (r) => r.adoptionLabel ?? '' },
  { header: '反馈意见', width: 40, value: (r) => r.feedback ?? '' },
  { header: '未采纳理由', width: 30, value: (r) => r.reason ?? '' },
  { header: '落实进度', value: (r) => `${r.percent}%` },
  { header: '状态', value: (r) => (r.overdue ? `${r.statusLabel}（逾期）` : r.statusLabel) },
];

/** 意见建议: one list across activities (a department sees only its own), the page and the loop's steps. */
export async function suggestionRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultation-suggestions',
    summary:
      '意见建议列表（工作人员、领导看本会及下级的，责任部门只看交本单位的，委员看本人提出的；可按活动、部门、状态、采纳情况、形式、年度、逾期筛选）',
    tags,
    roles: READERS,
    query: suggestionQuery,
    labels,
    response: { 200: suggestionPageSchema },
    handler: ({ db, actor, query }) => listSuggestions(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultation-suggestions/export',
    summary: '导出意见建议（.xlsx，条件同列表）',
    tags,
    roles: READERS,
    query: suggestionFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '意见建议',
        await buildXlsx('意见建议', EXPORT_COLUMNS, await exportSuggestions(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/consultation-suggestions/:id',
    summary: '意见建议详情（部门书面反馈、落实进展、过程与可执行操作）',
    tags,
    roles: READERS,
    params: idParams,
    response: { 200: suggestionViewSchema },
    handler: ({ db, actor, params }) => suggestionView(db, actor, params.id),
  });
  const doc = {
    path: '/api/consultation-suggestions/:id',
    tags,
    params: idParams,
    labels,
    staffDuty: CONSULTATION_DUTIES,
    view: suggestionView,
    viewSchema: suggestionViewSchema,
  };
  stepRoutes(app, ctx, doc, [
    step({
      url: 'feedback',
      summary: '书面反馈（责任部门：采纳、部分采纳或未采纳并说明理由）',
      roles: ['unit'],
      body: feedbackBody,
      run: giveFeedback,
    }),
    step({
      url: 'progress',
      summary: '报告落实进展（责任部门：进度百分比与进展情况）',
      roles: ['unit'],
      body: progressBody,
      run: reportProgress,
    }),
    step({
      url: 'complete',
      summary: '办结（责任部门：落实完成）',
      roles: ['unit'],
      body: completeBody,
      run: completeSuggestion,
    }),
    step({
      url: 'reassign',
      summary: '改派责任部门',
      roles: ['staff'],
      body: reassignBody,
      run: reassignSuggestion,
    }),
  ]);
}
