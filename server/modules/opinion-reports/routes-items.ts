import type { FastifyInstance } from 'fastify';
import { OPINION_DUTY } from '../../../domain/opinion-reports';
import type { AppContext } from '../../context';
import { route } from '../../http/route';
import { buildXlsx, sendXlsx } from '../../lib/xlsx';
import { step, stepRoutes } from '../../platform/step-routes';
import { editItem } from './commands/item';
import { sendItemUp } from './commands/upward';
import { exportItems, ITEM_EXPORT_COLUMNS, itemFilters, itemQuery, listItems } from './item-queries';
import { itemView } from './present';
import { itemPageSchema, itemViewSchema } from './response-schemas';
import { editItemBody, idParams, OPINION_LABELS, stepBody } from './schemas';

const tags = ['社情民意'];
const labels = OPINION_LABELS;

/** Items (编辑稿): the office's edited text of one or more reports. */
export async function itemRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-items',
    summary: '社情民意编辑稿列表（工作人员）',
    tags,
    roles: ['staff'],
    query: itemQuery,
    labels,
    response: { 200: itemPageSchema },
    handler: ({ db, actor, query }) => listItems(db, actor, query),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-items/export',
    summary: '导出社情民意编辑稿（.xlsx，条件同列表）',
    tags,
    roles: ['staff'],
    query: itemFilters,
    labels,
    handler: async ({ db, actor, query, reply }) =>
      sendXlsx(
        reply,
        '社情民意编辑稿',
        await buildXlsx('编辑稿', ITEM_EXPORT_COLUMNS, await exportItems(db, actor, query)),
      ),
  });
  route(app, ctx, {
    method: 'GET',
    url: '/api/opinion-items/:id',
    summary: '社情民意编辑稿详情（当前文本、历次修改、来源信息及报送人）',
    tags,
    roles: ['staff'],
    params: idParams,
    response: { 200: itemViewSchema },
    handler: ({ db, actor, params }) => itemView(db, actor, params.id),
  });
  const doc = {
    path: '/api/opinion-items/:id',
    tags,
    params: idParams,
    staffDuty: OPINION_DUTY,
    labels,
    view: itemView,
    viewSchema: itemViewSchema,
  };
  stepRoutes(app, ctx, doc, [
    step({
      url: 'edit',
      summary: '编辑社情民意编辑稿（保留历次文本）',
      roles: ['staff'],
      body: editItemBody,
      run: editItem,
    }),
    step({
      url: 'send-up',
      summary: '报送上级政协（纵向联通：作为本会报送的信息进入上级政协的信息接收）',
      roles: ['staff'],
      body: stepBody,
      run: sendItemUp,
    }),
  ]);
}
