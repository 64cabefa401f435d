import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context';
import {
  addConfigItem,
  type ConfigList,
  clearCalendarDay,
  saveSettings,
  setCalendarDay,
  updateConfigItem,
} from './commands/config';
import { proposalRoute } from './proposal-route';
import {
  calendarDayBody,
  calendarDayParams,
  catalogueBody,
  catalogueUpdateBody,
  configItemParams,
  configListParams,
  settingsBody,
} from './schemas-config';

const tags = ['提案配置'];
const listOf = (p: 'categories' | 'reject-reasons'): ConfigList =>
  p === 'categories' ? 'categories' : 'rejectReasons';

/** The committee's own proposal configuration, edited by its staff (read via GET /api/proposals/config). */
export async function proposalConfigRoutes(app: FastifyInstance, ctx: AppContext) {
  proposalRoute(app, ctx, {
    method: 'POST',
    url: '/api/proposals/config/:list',
    summary: '新增提案类别或不予立案理由',
    tags,
    roles: ['staff'],
    audit: '新增提案配置项',
    params: configListParams,
    body: catalogueBody,
    handler: async ({ db, actor, params, body, reply }) =>
      reply.status(201).send(await addConfigItem(db, actor, listOf(params.list), body)),
  });

  proposalRoute(app, ctx, {
    method: 'PATCH',
    url: '/api/proposals/config/:list/:id',
    summary: '修改、排序或停用提案类别、不予立案理由',
    tags,
    roles: ['staff'],
    audit: '修改提案配置项',
    params: configItemParams,
    body: catalogueUpdateBody,
    handler: ({ db, actor, params, body }) =>
      updateConfigItem(db, actor, listOf(params.list), params.id, body),
  });

  proposalRoute(app, ctx, {
    method: 'PUT',
    url: '/api/proposals/config/settings',
    summary: '设置办理时限、退回期限与答复类别',
    tags,
    roles: ['staff'],
    audit: '设置提案办理时限',
    body: settingsBody,
    handler: ({ db, actor, body }) => saveSettings(db, actor, body),
  });

  proposalRoute(app, ctx, {
    method: 'PUT',
    url: '/api/calendar-overrides/:day',
    summary: '将某日设为本会休息日或工作日（覆盖法定节假日安排）',
    tags,
    roles: ['staff'],
    audit: '调整工作日历',
    params: calendarDayParams,
    body: calendarDayBody,
    handler: ({ db, actor, params, body }) => setCalendarDay(db, actor, params.day, body),
  });

  proposalRoute(app, ctx, {
    method: 'DELETE',
    url: '/api/calendar-overrides/:day',
    summary: '恢复某日为法定日历安排',
    tags,
    roles: ['staff'],
    audit: '恢复工作日历',
    params: calendarDayParams,
    handler: async ({ db, actor, params }) => {
      await clearCalendarDay(db, actor, params.day);
      return { ok: true };
    },
  });
}
