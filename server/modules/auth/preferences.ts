import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../../domain/roles';
import { TEXT_SCALES } from '../../../domain/text-scale';
import type { AppContext } from '../../context';
import { users } from '../../db/schema';
import { route } from '../../http/route';

const preferencesBody = z.object({ textScale: z.literal(TEXT_SCALES) });

/**
 * The signed-in user's own display preferences (长辈模式), kept with the account so they follow
 * the user to another phone or computer. `/api/auth/me` returns them.
 */
export async function preferenceRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'PUT',
    url: '/api/auth/preferences',
    summary: '设置本人的显示偏好（字号 / 长辈模式）',
    tags: ['认证'],
    roles: ROLES,
    audit: '设置显示偏好',
    allowBeforePasswordChange: true,
    body: preferencesBody,
    handler: async ({ actor, db, body }) => {
      const [row] = await db
        .update(users)
        .set({ textScale: body.textScale })
        .where(eq(users.id, actor.userId))
        .returning({ textScale: users.textScale });
      return row;
    },
  });
}
