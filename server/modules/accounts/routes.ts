import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { appendAudit } from '../../auth/audit';
import { registerAuditTarget } from '../../auth/audit-targets';
import type { AppContext } from '../../context';
import { users } from '../../db/schema';
import { notFound } from '../../errors';
import { route } from '../../http/route';
import { idParam } from '../../http/validation';
import { buildXlsx, sendXlsx } from '../../lib/xlsx';
import { createAccount } from './commands/create';
import { resetPassword, unlockAccount } from './commands/credentials';
import { updateAccount } from './commands/update';
import {
  accountFilters,
  accountListQuery,
  createAccountBody,
  linkOptionsQuery,
  updateAccountBody,
} from './input';
import { accountExportColumns, presentAccount } from './present';
import { exportAccounts, findAccount, linkOptions, listAccounts } from './queries';

const SECADMIN = ['secadmin'] as const;
const tags = ['账号'];

/** 账号管理 for the 安全管理员 of each committee (三员分立: nobody else manages accounts). */
export async function accountRoutes(app: FastifyInstance, ctx: AppContext) {
  registerAuditTarget(app, '/api/accounts/:id', async (db, value) => {
    const [u] = await db
      .select({ username: users.username, displayName: users.displayName })
      .from(users)
      .where(eq(users.id, Number(value)));
    return u ? `账号 ${u.displayName}（${u.username}）` : null;
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/accounts',
    summary: '账号列表',
    tags,
    roles: SECADMIN,
    query: accountListQuery,
    handler: async ({ db, actor, query }) => {
      const page = await listAccounts(db, actor, query);
      return { ...page, items: page.items.map((r) => presentAccount(actor, r)) };
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/accounts/export',
    summary: '导出账号列表（Excel）',
    tags,
    roles: SECADMIN,
    query: accountFilters,
    handler: async ({ db, actor, query, req, reply }) => {
      const rows = await exportAccounts(db, actor, query);
      await appendAudit(db, ctx.cipher, {
        committeeId: actor.committeeId,
        userId: actor.userId,
        username: actor.username,
        ip: req.ip,
        action: '导出账号列表',
        target: `${rows.length} 个账号`,
        result: '成功',
        detail: query,
      });
      return sendXlsx(reply, '账号列表', await buildXlsx('账号', accountExportColumns, rows));
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/accounts/link-options',
    summary: '可关联的部门、委员、承办单位或领导（仅名称）',
    tags,
    roles: SECADMIN,
    query: linkOptionsQuery,
    handler: async ({ db, actor, query }) => linkOptions(db, actor, query),
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/accounts/:id',
    summary: '账号详情',
    tags,
    roles: SECADMIN,
    params: idParam,
    handler: async ({ db, actor, params }) => {
      const row = await findAccount(db, actor, params.id);
      if (!row) throw notFound('账号');
      return presentAccount(actor, row);
    },
  });

  route(app, ctx, {
    method: 'POST',
    url: '/api/accounts',
    summary: '新建账号（返回一次性初始密码）',
    tags,
    roles: SECADMIN,
    audit: '新建账号',
    body: createAccountBody,
    handler: async ({ ctx, actor, body, req, reply }) => {
      req.auditTarget = `账号 ${body.username}`;
      const { account, password } = await createAccount(ctx, actor, body);
      reply.code(201).header('cache-control', 'no-store');
      return { account: presentAccount(actor, account), initialPassword: password };
    },
  });

  route(app, ctx, {
    method: 'PUT',
    url: '/api/accounts/:id',
    summary: '修改账号（姓名、角色与关联、敏感信息权限、启停用、手机号）',
    tags,
    roles: SECADMIN,
    audit: '修改账号',
    params: idParam,
    body: updateAccountBody,
    handler: async ({ ctx, db, actor, params, body, req }) => {
      const updated = await updateAccount(ctx, actor, params.id, body);
      req.auditTarget = `账号 ${updated.username}`;
      return presentAccount(actor, (await findAccount(db, actor, updated.id))!);
    },
  });

  route(app, ctx, {
    method: 'POST',
    url: '/api/accounts/:id/reset-password',
    summary: '重置密码（返回一次性初始密码）',
    tags,
    roles: SECADMIN,
    audit: '重置密码',
    params: idParam,
    handler: async ({ ctx, actor, params, req, reply }) => {
      const { username, password } = await resetPassword(ctx, actor, params.id);
      req.auditTarget = `账号 ${username}`;
      reply.header('cache-control', 'no-store');
      return { initialPassword: password };
    },
  });

  route(app, ctx, {
    method: 'POST',
    url: '/api/accounts/:id/unlock',
    summary: '解除锁定',
    tags,
    roles: SECADMIN,
    audit: '解锁账号',
    params: idParam,
    handler: async ({ ctx, actor, params, req }) => {
      const { username } = await unlockAccount(ctx, actor, params.id);
      req.auditTarget = `账号 ${username}`;
      return { ok: true };
    },
  });
}
