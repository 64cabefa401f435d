import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../../domain/roles';
import { namedRow, registerAuditTarget } from '../../auth/audit-targets';
import type { AppContext } from '../../context';
import { notifications } from '../../db/schema';
import { notFound } from '../../errors';
import { route } from '../../http/route';
import { idParam, pageQuery } from '../../http/validation';
import { buildXlsx, sendXlsx, type XlsxColumn } from '../../lib/xlsx';
import { shanghaiTime } from '../audit/time';
import { notificationPreferenceRoutes } from './preferences';
import { exportNotifications, listNotifications, markAllRead, markRead } from './queries';

const listFilters = z.object({
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
const listQuery = pageQuery.extend(listFilters.shape);

type NotificationRow = Awaited<ReturnType<typeof exportNotifications>>[number];
const EXPORT_COLUMNS: XlsxColumn<NotificationRow>[] = [
  { header: '时间', width: 20, value: (n) => shanghaiTime(n.createdAt) },
  { header: '标题', width: 30, value: (n) => n.title },
  { header: '内容', width: 60, value: (n) => n.body },
  { header: '状态', value: (n) => (n.readAt ? '已读' : '未读') },
];

/** The notification centre: every account sees only its own notifications. */
export async function notificationRoutes(app: FastifyInstance, ctx: AppContext) {
  const title = namedRow('通知', notifications, notifications.id, notifications.title);
  registerAuditTarget(app, '/api/notifications/:id', title);
  notificationPreferenceRoutes(app, ctx);

  route(app, ctx, {
    method: 'GET',
    url: '/api/notifications',
    summary: '我的通知（分页，可只看未读）',
    tags: ['通知'],
    roles: ROLES,
    query: listQuery,
    handler: ({ db, actor, query }) => listNotifications(db, actor.userId, query),
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/notifications/export',
    summary: '导出我的通知（.xlsx，条件同列表）',
    tags: ['通知'],
    roles: ROLES,
    query: listFilters,
    handler: async ({ db, actor, query, reply }) => {
      const rows = await exportNotifications(db, actor.userId, query);
      return sendXlsx(reply, '我的通知', await buildXlsx('通知', EXPORT_COLUMNS, rows));
    },
  });

  route(app, ctx, {
    method: 'POST',
    url: '/api/notifications/:id/read',
    summary: '标记通知为已读',
    tags: ['通知'],
    roles: ROLES,
    audit: '标记通知已读',
    params: idParam,
    handler: async ({ db, actor, params }) => {
      if (!(await markRead(db, actor.userId, params.id))) throw notFound('通知');
      return { ok: true };
    },
  });

  route(app, ctx, {
    method: 'POST',
    url: '/api/notifications/read-all',
    summary: '全部标记为已读',
    tags: ['通知'],
    roles: ROLES,
    audit: '全部通知标记已读',
    handler: async ({ db, actor }) => ({ updated: await markAllRead(db, actor.userId) }),
  });
}
