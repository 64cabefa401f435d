import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { type Actor, ROLES } from '../../../domain/roles';
import type { AppContext } from '../../context';
import { committees } from '../../db/schema';
import { route } from '../../http/route';
import { todoListSchema, todosFor } from '../../platform/todos';
import { TODOS } from '../todos';
import { accountCounts, auditCounts, memberProfile, unitOf } from './role-counts';
import { committeeCounts, workCounts } from './work-counts';

/** The figures each role's home page shows, every one counted from the data in the caller's scope. */
async function summaryFor(ctx: AppContext, actor: Actor) {
  const db = ctx.handle.db;
  switch (actor.role) {
    case 'staff':
    case 'leader':
    case 'sysadmin':
      return { kind: 'work' as const, ...(await workCounts(db, actor)) };
    case 'member':
      return {
        kind: 'member' as const,
        profile: await memberProfile(db, actor),
        counts: await committeeCounts(db, actor.committeeId),
      };
    case 'unit':
      return { kind: 'unit' as const, unit: await unitOf(db, actor) };
    case 'secadmin':
      return { kind: 'accounts' as const, ...(await accountCounts(db, actor, ctx.env.SESSION_IDLE_MINUTES)) };
    case 'auditor':
      return { kind: 'audit' as const, ...(await auditCounts(db, actor)) };
  }
}

/** GET /api/dashboard/summary: one endpoint, shaped by the caller's role (`kind`). */
export async function dashboardRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/dashboard/summary',
    summary: '首页统计（按角色）',
    tags: ['首页'],
    roles: ROLES,
    handler: async ({ db, actor }) => {
      const [committee] = await db
        .select({ id: committees.id, name: committees.name, level: committees.level })
        .from(committees)
        .where(eq(committees.id, actor.committeeId));
      return { committee, ...(await summaryFor(ctx, actor)) };
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/todos',
    summary: '我的待办（各模块登记的待办事项，只列有待办的，逾期的在前）',
    tags: ['首页'],
    roles: ROLES,
    response: { 200: todoListSchema },
    handler: async ({ db, actor }) => ({ items: await todosFor(db, actor, TODOS) }),
  });
}
