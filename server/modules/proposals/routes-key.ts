import type { FastifyInstance } from 'fastify';
import type { Role } from '../../../domain/roles';
import type { AppContext } from '../../context';
import { idParam } from '../../http/validation';
import { shanghaiDate } from '../../lib/working-days';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { step, stepRoutes } from '../../platform/step-routes';
import { dropKey, recordSupervision, selectKey, setExcellent, shortlistKey } from './commands/key';
import { createUnitAward, deleteUnitAward } from './commands/unit-awards';
import {
  type AwardItem,
  exportKeyProposals,
  exportUnitAwards,
  type KeyItem,
  listKeyProposals,
  listUnitAwards,
} from './key-queries';
import { keySupervisorRoutes } from './key-supervisors';
import { proposalDocument, proposalRoute } from './proposal-route';
import { keyPageSchema } from './read-schemas';
import { stepBody } from './schemas';
import {
  awardBody,
  awardFilters,
  awardQuery,
  excellentBody,
  HANDLING_LABELS,
  keyFilters,
  keyQuery,
  selectKeyBody,
  shortlistBody,
  supervisionBody,
} from './schemas-handling';

const tags = ['重点提案与评优'];
const labels = HANDLING_LABELS;
const READERS: Role[] = ['staff', 'member', 'unit', 'leader'];

const KEY_COLUMNS: XlsxColumn<KeyItem>[] = [
  { header: '年度', value: (r) => r.year },
  { header: '编号', width: 12, value: (r) => r.numberLabel },
  { header: '案由', width: 48, value: (r) => r.title },
  { header: '阶段', width: 14, value: (r) => r.stageLabel },
  {
    header: '领衔督办',
    width: 20,
    value: (r) => (r.leadSupervisorName ? `${r.leadSupervisorName}（${r.leadSupervisorTitle}）` : null),
  },
  { header: '督办次数', value: (r) => r.supervisionCount },
  { header: '办理状态', value: (r) => r.statusLabel },
];

const AWARD_COLUMNS: XlsxColumn<AwardItem>[] = [
  { header: '年度', value: (r) => r.year },
  { header: '承办单位', width: 30, value: (r) => r.unitName },
  { header: '称号', width: 20, value: (r) => r.title },
  { header: '说明', width: 40, value: (r) => r.note },
  { header: '评定日期', width: 14, value: (r) => shanghaiDate(r.createdAt) },
];

/** The lists of step 8: key proposals (with an export) and the year's 先进承办单位. */
function keyLists(app: FastifyInstance, ctx: AppContext) {
  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/key-proposals',
    summary: '重点提案及候选（按年度；领导可只看本人领衔督办的；委员只看本人作为主席、副主席领衔督办的）',
    tags,
    roles: ['staff', 'leader', 'member'],
    query: keyQuery,
    labels,
    response: { 200: keyPageSchema },
    handler: ({ db, actor, query }) => listKeyProposals(db, actor, query),
  });
  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/key-proposals/export',
    summary: '导出重点提案（.xlsx，条件同列表）',
    tags,
    roles: ['staff', 'leader', 'member'],
    query: keyFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '重点提案',
        await buildXlsx('重点提案', KEY_COLUMNS, await exportKeyProposals(db, actor, query)),
      ),
  });
  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/unit-awards',
    summary: '先进承办单位（按年度）',
    tags,
    roles: READERS,
    query: awardQuery,
    labels,
    handler: ({ db, actor, query }) => listUnitAwards(db, actor, query),
  });
  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/unit-awards/export',
    summary: '导出先进承办单位（.xlsx，条件同列表）',
    tags,
    roles: READERS,
    query: awardFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '先进承办单位',
        await buildXlsx('先进承办单位', AWARD_COLUMNS, await exportUnitAwards(db, actor, query)),
      ),
  });
  proposalRoute(app, ctx, {
    method: 'POST',
    url: '/api/proposals/unit-awards',
    summary: '评定先进承办单位',
    tags,
    roles: ['staff'],
    audit: '评定先进承办单位',
    body: awardBody,
    labels,
    handler: async ({ db, actor, body, reply }) => {
      const { award, unitName } = await createUnitAward(db, actor, body);
      return reply.status(201).send({ ...award, unitName });
    },
  });
  proposalRoute(app, ctx, {
    method: 'DELETE',
    url: '/api/proposals/unit-awards/:id',
    summary: '撤销先进承办单位评定',
    tags,
    roles: ['staff'],
    audit: '撤销先进承办单位',
    params: idParam,
    handler: async ({ db, actor, params }) => {
      await deleteUnitAward(db, actor, params.id);
      return { ok: true };
    },
  });
}

/** Step 8: shortlist, the 主席会议's choice with its leading leader, 督办 records, 优秀提案. */
export async function proposalKeyRoutes(app: FastifyInstance, ctx: AppContext) {
  keyLists(app, ctx);
  keySupervisorRoutes(app, ctx);
  stepRoutes(app, ctx, proposalDocument(tags, labels), [
    step({
      url: 'key/shortlist',
      summary: '列为重点提案候选',
      roles: ['staff'],
      body: shortlistBody,
      run: shortlistKey,
    }),
    step({
      url: 'key/select',
      summary: '确定为重点提案（登记主席会议决定及领衔督办领导）',
      roles: ['staff'],
      body: selectKeyBody,
      run: selectKey,
    }),
    step({ url: 'key/drop', summary: '取消重点提案或候选', roles: ['staff'], body: stepBody, run: dropKey }),
    step({
      url: 'supervisions',
      summary: '登记督办（视察、协商会、走访等）',
      roles: ['staff', 'leader', 'member'],
      body: supervisionBody,
      run: recordSupervision,
    }),
    step({
      url: 'excellent',
      summary: '评定或撤销优秀提案',
      roles: ['staff'],
      body: excellentBody,
      run: setExcellent,
    }),
  ]);
}
