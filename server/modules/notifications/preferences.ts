import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  DELIVERY_MODES,
  type DeliveryMode,
  NOTIFICATION_KIND_KEYS,
  NOTIFICATION_KINDS,
} from '../../../domain/notifications';
import { ROLES } from '../../../domain/roles';
import type { AppContext } from '../../context';
import type { DbOrTx } from '../../db/client';
import { notificationPreferences } from '../../db/schema';
import { route } from '../../http/route';

/** Missing input reads 不能为空; anything else names what is expected, in Chinese. */
const expected = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input == null ? '不能为空' : what),
});
const kindParams = z.object({ kind: z.enum(NOTIFICATION_KIND_KEYS, expected('不是可设置的通知类别')) });
const modeBody = z.object({ mode: z.enum(DELIVERY_MODES, expected('须为即时提醒或每日摘要')) });

/** Every kind with the caller's choice (immediate unless they chose the daily digest). */
async function preferencesOf(db: DbOrTx, userId: number) {
  const rows = await db
    .select({ kind: notificationPreferences.kind, mode: notificationPreferences.mode })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  const chosen = new Map(rows.map((r) => [r.kind, r.mode as DeliveryMode]));
  return { items: NOTIFICATION_KINDS.map((k) => ({ ...k, mode: chosen.get(k.key) ?? 'immediate' })) };
}

/** 通知方式: each user picks, per kind, immediate notifications or one daily digest. */
export function notificationPreferenceRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/notifications/preferences',
    summary: '我的通知方式（每类通知：即时提醒或每日摘要）',
    tags: ['通知'],
    roles: ROLES,
    handler: ({ db, actor }) => preferencesOf(db, actor.userId),
  });

  route(app, ctx, {
    method: 'PUT',
    url: '/api/notifications/preferences/:kind',
    summary: '设置一类通知的方式（immediate 即时提醒 / daily 每日摘要，每天 8 时送达）',
    tags: ['通知'],
    roles: ROLES,
    audit: '设置通知方式',
    params: kindParams,
    body: modeBody,
    labels: { kind: '通知类别', mode: '通知方式' },
    handler: async ({ db, actor, params, body }) => {
      const mine = and(
        eq(notificationPreferences.userId, actor.userId),
        eq(notificationPreferences.kind, params.kind),
      );
      // Immediate is the default: only a digest choice is stored.
      await db.delete(notificationPreferences).where(mine);
      if (body.mode === 'daily') {
        await db.insert(notificationPreferences).values({
          committeeId: actor.committeeId,
          userId: actor.userId,
          kind: params.kind,
          mode: body.mode,
        });
      }
      return preferencesOf(db, actor.userId);
    },
  });
}
