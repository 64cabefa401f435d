import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../domain/roles';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { badRequest } from '../../errors';
import { route } from '../../http/route';
import { text, textId } from '../../http/validation';
import { sendDocx } from '../../lib/word';
import { shanghaiDateTime } from '../../lib/working-days';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { resolveScopeCommittee } from '../../platform/scope';
import { confirmedAwards } from './awards';
import { exportScores } from './queries';
import { selfReportListSchema, selfReportSchema } from './response-schemas';
import {
  DUTY_LABELS,
  memberParams,
  type ScoreFilters,
  selfReportFilters,
  selfReportListQuery,
  yearQuery,
  yearText,
} from './schemas';
import { exportSelfReports, saveSelfReport, selfReportList, selfReportOf } from './self-reports';

/** Loaded with the first download, not at start-up (server/lib/word.ts). */
const documents = () => import('./documents');

type SelfReportRow = Awaited<ReturnType<typeof exportSelfReports>>[number];
const SELF_REPORT_COLUMNS: XlsxColumn<SelfReportRow>[] = [
  { header: '姓名', width: 12, value: (r) => r.name },
  { header: '职务', value: (r) => r.position },
  { header: '界别', width: 16, value: (r) => r.sector },
  {
    header: '提交情况',
    width: 14,
    value: (r) => (r.submittedAt ? '已提交' : r.updatedAt ? '已保存未提交' : '未撰写'),
  },
  { header: '提交时间', width: 18, value: (r) => (r.submittedAt ? shanghaiDateTime(r.submittedAt) : '') },
];

const tags = ['履职档案'];
const labels = DUTY_LABELS;
const noticeQuery = z.object({ year: yearText, committeeId: textId.optional(), sectorId: textId.optional() });
const saveBody = z.object({
  year: z.number().int('须为整数').min(2000, '不能小于 2000').max(2100, '不能大于 2100'),
  text: text(20000),
  submit: z.boolean(),
});

/** The 履职情况通报 (Word, Excel, a sector's extract) and each member's 述职. */
export async function documentRoutes(app: FastifyInstance, ctx: AppContext) {
  const noticeRows = async (db: DbOrTx, actor: Actor, q: z.infer<typeof noticeQuery>) => {
    const committee = await resolveScopeCommittee(db, actor, q.committeeId);
    const filters: ScoreFilters = {
      year: q.year,
      committeeId: committee.id,
      sectorId: q.sectorId,
      sort: '-total',
    };
    return { committee, rows: await exportScores(db, actor, filters) };
  };
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/notice.docx',
    summary: '年度委员履职情况通报（Word；sectorId 为某界别的摘录）',
    tags,
    roles: ['staff'],
    query: noticeQuery,
    labels,
    handler: async ({ db, actor, query, reply }) => {
      const { committee, rows } = await noticeRows(db, actor, query);
      const extract = query.sectorId ? (rows[0]?.sector ?? '该界别') : undefined;
      const awards = await confirmedAwards(db, committee.id, query.year);
      const { annualNotice } = await documents();
      return sendDocx(
        reply,
        `${query.year}年度委员履职情况通报`,
        annualNotice(committee.name, query.year, rows, extract, awards),
      );
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/notice.xlsx',
    summary: '年度委员履职情况通报（Excel）',
    tags,
    roles: ['staff'],
    query: noticeQuery,
    labels,
    handler: async ({ db, actor, query, reply }) => {
      const { rows } = await noticeRows(db, actor, query);
      const { annualNoticeXlsx } = await documents();
      return sendXlsx(reply, `${query.year}年度委员履职情况`, await annualNoticeXlsx(rows));
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/self-reports',
    summary: '述职报告提交情况（工作人员）',
    tags,
    roles: ['staff'],
    query: selfReportListQuery,
    labels,
    response: { 200: selfReportListSchema },
    handler: ({ db, actor, query }) => selfReportList(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/self-reports/export',
    summary: '导出述职报告提交情况（.xlsx，条件同列表）',
    tags,
    roles: ['staff'],
    query: selfReportFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        `${query.year}年度述职报告提交情况`,
        await buildXlsx('述职情况', SELF_REPORT_COLUMNS, await exportSelfReports(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/self-reports/mine',
    summary: '我的述职报告（未保存时为根据履职档案生成的初稿）',
    tags,
    roles: ['member'],
    query: yearQuery.pick({ year: true }),
    labels,
    response: { 200: selfReportSchema },
    handler: ({ db, actor, query }) => {
      if (actor.memberId === null) throw badRequest('当前账号未关联委员', 'memberId');
      return selfReportOf(db, actor, actor.memberId, query.year);
    },
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/duty-archive/self-reports/mine',
    summary: '保存或提交我的述职报告',
    tags,
    roles: ['member'],
    audit: '保存述职报告',
    body: saveBody,
    labels,
    response: { 200: selfReportSchema },
    handler: ({ db, actor, body }) => saveSelfReport(db, actor, body),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/members/:memberId/self-report.docx',
    summary: '委员述职报告（Word）',
    tags,
    roles: ['member', 'staff'],
    params: memberParams,
    query: yearQuery.pick({ year: true }),
    labels,
    handler: async ({ db, actor, params, query, reply }) => {
      const r = await selfReportOf(db, actor, params.memberId, query.year);
      const { selfReportDocx } = await documents();
      return sendDocx(reply, `${r.memberName}${query.year}年度履职报告`, selfReportDocx(r.text, query.year));
    },
  });
}
