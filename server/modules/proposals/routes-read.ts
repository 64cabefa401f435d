import type { FastifyInstance } from 'fastify';
import { formatProposalNumber } from '../../../domain/proposals';
import type { Role } from '../../../domain/roles';
import type { AppContext } from '../../context';
import { notFound } from '../../errors';
import { shanghaiDate } from '../../lib/working-days';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { findAttachment, sendAttachment } from '../../platform/attachments';
import { PROPOSAL_MATERIAL, proposalSubject } from './commands/attachments';
import { proposalConfigView } from './config';
import { presentListItem } from './present';
import { proposalRoute } from './proposal-route';
import { exportProposalRows, type ListRow, listProposals } from './queries';
import { proposalConfigSchema, proposalPageSchema } from './read-schemas';
import { loadReadable } from './relations';
import { proposalView } from './respond';
import { attachmentParams, listFilters, listQuery, PROPOSAL_LABELS, proposalIdParams } from './schemas';
import { proposalViewSchema } from './view-schema';

const READERS: Role[] = ['staff', 'member', 'unit', 'leader'];
const tags = ['提案'];

const EXPORT_COLUMNS: XlsxColumn<ListRow>[] = [
  { header: '编号', width: 12, value: (r) => formatProposalNumber(r.p.number) },
  { header: '案由', width: 48, value: (r) => r.p.title },
  { header: '提案者', width: 20, value: (r) => r.leadName ?? r.p.submitterName },
  { header: '联名人数', value: (r) => r.cosignerCount },
  { header: '类别', width: 14, value: (r) => r.categoryName },
  { header: '届次会议', width: 22, value: (r) => r.sessionName },
  { header: '状态', value: (r) => presentListItem(r).statusLabel },
  { header: '承办单位', width: 30, value: (r) => r.unitNames.join('、') },
  { header: '提交时间', width: 20, value: (r) => r.p.submittedAt && shanghaiDate(r.p.submittedAt) },
  { header: '立案时间', width: 20, value: (r) => r.p.registeredAt && shanghaiDate(r.p.registeredAt) },
  { header: '委员会', width: 16, value: (r) => r.committeeName },
];

/** Lists (per role view), the export, one proposal, its files, and the committee's configuration. */
export async function proposalReadRoutes(app: FastifyInstance, ctx: AppContext) {
  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals',
    summary: '提案列表（view: all/mine/cosign-invitations/to-review/to-assign/unit-inbox）',
    tags,
    roles: READERS,
    query: listQuery,
    response: { 200: proposalPageSchema },
    handler: async ({ db, actor, query }) => {
      const page = await listProposals(db, actor, query);
      return { ...page, items: page.items.map(presentListItem) };
    },
  });

  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/export',
    summary: '导出提案列表（.xlsx，条件同列表）',
    tags,
    roles: READERS,
    query: listFilters,
    handler: async ({ db, actor, query, reply }) => {
      const rows = await exportProposalRows(db, actor, query);
      return sendXlsx(reply, '提案列表', await buildXlsx('提案', EXPORT_COLUMNS, rows));
    },
  });

  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/config',
    summary: '提案类别、不予立案理由、办理时限与答复类别',
    tags,
    roles: READERS,
    response: { 200: proposalConfigSchema },
    handler: ({ db, actor }) => proposalConfigView(db, actor.committeeId),
  });

  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/:id',
    summary: '提案详情（含时间线与当前可执行操作）',
    tags,
    roles: READERS,
    params: proposalIdParams,
    labels: PROPOSAL_LABELS,
    response: { 200: proposalViewSchema },
    handler: ({ db, actor, params }) => proposalView(db, actor, params.id),
  });

  proposalRoute(app, ctx, {
    method: 'GET',
    url: '/api/proposals/:id/attachments/:attachmentId',
    summary: '下载提案附件',
    tags,
    roles: READERS,
    params: attachmentParams,
    handler: async ({ db, actor, params, reply }) => {
      await loadReadable(db, actor, params.id);
      const file = await findAttachment(
        db,
        proposalSubject(params.id),
        params.attachmentId,
        PROPOSAL_MATERIAL,
      );
      if (!file) throw notFound('附件');
      return sendAttachment(reply, ctx, file);
    },
  });
}
