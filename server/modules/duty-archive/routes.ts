import type { FastifyInstance } from 'fastify';
import { DUTY_ARCHIVE_DUTIES } from '../../../domain/duty-claim-workflow';
import type { AppContext } from '../../context';
import { badRequest } from '../../errors';
import { route } from '../../http/route';
import { shanghaiDateTime } from '../../lib/working-days';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { changeRules, closeYear, recompute, recordAction } from './commands/year';
import { memberArchive } from './present';
import { exportScores, gradeDistribution, listFlags, listScores, type ScoreRow } from './queries';
import {
  actionCreatedSchema,
  distributionSchema,
  flagsSchema,
  memberArchiveSchema,
  rulesSavedSchema,
  rulesViewSchema,
  scorePageSchema,
  yearDoneSchema,
} from './response-schemas';
import { rulesView } from './rules';
import {
  actionBody,
  DUTY_LABELS,
  flagQuery,
  memberParams,
  rulesBody,
  scoreFilters,
  scoreQuery,
  yearParams,
  yearQuery,
} from './schemas';

const tags = ['履职档案'];
const labels = DUTY_LABELS;
const staffDuty = DUTY_ARCHIVE_DUTIES;

const EXPORT_COLUMNS: XlsxColumn<ScoreRow>[] = [
  { header: '姓名', width: 12, value: (r) => r.name },
  { header: '职务', value: (r) => r.position },
  { header: '界别', width: 16, value: (r) => r.sector },
  { header: '专门委员会', width: 20, value: (r) => r.specialCommittee ?? '' },
  { header: '委员联络组', width: 20, value: (r) => r.liaisonGroup ?? '' },
  { header: '得分', value: (r) => r.total },
  { header: '等次', value: (r) => r.gradeLabel },
  { header: '加分', value: (r) => r.added },
  { header: '扣分', value: (r) => r.deducted },
  { header: '提案', value: (r) => r.proposals },
  { header: '社情民意', value: (r) => r.opinions },
  { header: '履职活动', value: (r) => r.activities },
  { header: '未完成的最低要求', width: 30, value: (r) => r.missing.join('；') },
  { header: '需处理', width: 16, value: (r) => r.consequences.join('、') },
  { header: '计算时间', width: 18, value: (r) => shanghaiDateTime(r.computedAt) },
];

/** A member's archive, the staff's list, distribution and flags, the rules, recompute and closing. */
export async function dutyArchiveRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/me',
    summary: '我的履职档案（某年度的得分、等次、每一项得分及依据、尚缺的最低履职要求、往年）',
    tags,
    roles: ['member'],
    query: yearQuery.pick({ year: true }),
    labels,
    response: { 200: memberArchiveSchema },
    handler: ({ db, actor, query }) => {
      if (actor.memberId === null) throw badRequest('当前账号未关联委员', 'memberId');
      return memberArchive(db, actor, actor.memberId, query.year);
    },
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/members/:memberId',
    summary: '委员履职档案（本人、联系的主席/副主席/常委、工作人员可看）',
    tags,
    roles: ['member', 'staff'],
    params: memberParams,
    query: yearQuery.pick({ year: true }),
    labels,
    response: { 200: memberArchiveSchema },
    handler: ({ db, actor, params, query }) => memberArchive(db, actor, params.memberId, query.year),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/scores',
    summary: '委员履职得分一览（按界别、专委会、联络组、职务、等次筛选，可排序）',
    tags,
    roles: ['staff'],
    query: scoreQuery,
    labels,
    response: { 200: scorePageSchema },
    handler: ({ db, actor, query }) => listScores(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/scores/export',
    summary: '导出委员履职得分（.xlsx，条件同列表）',
    tags,
    roles: ['staff'],
    query: scoreFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        `${query.year}年度委员履职得分`,
        await buildXlsx('履职得分', EXPORT_COLUMNS, await exportScores(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/distribution',
    summary: '履职考评等次分布',
    tags,
    roles: ['staff'],
    query: yearQuery,
    labels,
    response: { 200: distributionSchema },
    handler: ({ db, actor, query }) => gradeDistribution(db, actor, query.year, query.committeeId),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/flags',
    summary: '需处理的委员（提醒谈话、警告、劝辞）及处理记录；open=true 只列尚未处理的',
    tags,
    roles: ['staff'],
    query: flagQuery,
    labels,
    response: { 200: flagsSchema },
    handler: async ({ db, actor, query }) => {
      const flags = await listFlags(db, actor, query.year, query.committeeId);
      return query.open === 'true' ? flags.filter((f) => f.open > 0) : flags;
    },
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/duty-archive/actions',
    summary: '记录处理情况（提醒谈话：谈话人、日期、谈话内容；警告；劝辞）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '记录履职处理情况',
    body: actionBody,
    labels,
    response: { 201: actionCreatedSchema },
    handler: async ({ db, actor, body, reply }) =>
      reply.status(201).send({ id: await recordAction(db, actor, body) }),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/duty-archive/rules',
    summary: '某年度的履职考评规则（当前版本、历次修改、履职项目录、默认值）',
    tags,
    roles: ['staff'],
    query: yearQuery,
    labels,
    response: { 200: rulesViewSchema },
    handler: ({ db, actor, query }) => rulesView(db, actor, query.year, query.committeeId),
  });
  route(app, ctx, {
    method: 'PUT',
    url: '/api/duty-archive/rules',
    summary: '修改某年度的考评规则（保存新版本并重新计算该年度）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '修改履职考评规则',
    body: rulesBody,
    labels,
    response: { 200: rulesSavedSchema },
    handler: ({ db, actor, body }) => changeRules(db, actor, body.year, body.rules, body.note),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/duty-archive/years/:year/recompute',
    summary: '重新计算某年度全体委员的履职得分',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '重新计算履职得分',
    params: yearParams,
    response: { 200: yearDoneSchema },
    handler: ({ db, actor, params }) => recompute(db, actor, params.year),
  });
  route(app, ctx, {
    method: 'POST',
    url: '/api/duty-archive/years/:year/close',
    summary: '关闭年度（成绩连同规则冻结，不再重新计算）',
    tags,
    roles: ['staff'],
    staffDuty,
    audit: '关闭履职考评年度',
    params: yearParams,
    response: { 200: yearDoneSchema },
    handler: ({ db, actor, params }) => closeYear(db, actor, params.year),
  });
}
