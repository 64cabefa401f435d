import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../../domain/roles';
import { appendAudit } from '../../auth/audit';
import { readAuditCheckpoint } from '../../auth/audit-checkpoint';
import { verifyAuditChain } from '../../auth/audit-verify';
import type { AppContext } from '../../context';
import { route } from '../../http/route';
import { pageQuery, textId } from '../../http/validation';
import { buildXlsx, sendXlsx } from '../../lib/xlsx';
import { auditExportColumns } from './present';
import { exportAuditEntries, listAuditEntries } from './queries';

const instant = z.iso
  .datetime({ offset: true, error: '应为 ISO 时间，如 2026-01-01T00:00:00+08:00' })
  .transform((s) => new Date(s))
  .optional();
const word = z
  .string()
  .trim()
  .max(64, '不能超过 64 个字')
  .optional()
  .transform((v) => v || undefined);

const filterShape = {
  from: instant,
  to: instant,
  username: word,
  action: word,
  target: word,
  result: z.enum(['成功', '失败']).optional(),
  ip: word,
  committeeId: textId.optional(),
};

const fromBeforeTo = (f: { from?: Date; to?: Date }) => !f.from || !f.to || f.from <= f.to;
const rangeProblem = { message: '不能早于开始时间', path: ['to'] };
const auditFilters = z.object(filterShape).refine(fromBeforeTo, rangeProblem);
const auditListQuery = pageQuery.extend(filterShape).refine(fromBeforeTo, rangeProblem);

const AUDITOR = ['auditor'] as const;
const tags = ['审计'];

/** Reading the log is itself on the record: who looked, from where, with which filters. */
function auditRead(ctx: AppContext, actor: Actor, req: FastifyRequest, action: string, detail: unknown) {
  return appendAudit(ctx.handle.db, ctx.cipher, {
    committeeId: actor.committeeId,
    userId: actor.userId,
    username: actor.username,
    ip: req.ip,
    action,
    target: '审计日志',
    result: '成功',
    detail,
  });
}

/**
 * 审计日志 for the 审计管理员 only (三员分立). There is no write route: rows come from the audit
 * hook and explicit appends, and the database refuses UPDATE, DELETE and TRUNCATE.
 */
export async function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  route(app, ctx, {
    method: 'GET',
    url: '/api/audit',
    summary: '审计日志（最新在前）',
    tags,
    roles: AUDITOR,
    query: auditListQuery,
    handler: async ({ db, actor, query, req }) => {
      const page = await listAuditEntries(db, actor, query);
      await auditRead(ctx, actor, req, '查看审计日志', query);
      return page;
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/audit/export',
    summary: '导出审计日志（Excel）',
    tags,
    roles: AUDITOR,
    query: auditFilters,
    handler: async ({ db, actor, query, req, reply }) => {
      const rows = await exportAuditEntries(db, actor, query);
      await auditRead(ctx, actor, req, '导出审计日志', { ...query, rows: rows.length });
      return sendXlsx(reply, '审计日志', await buildXlsx('审计日志', auditExportColumns, rows));
    },
  });

  route(app, ctx, {
    method: 'GET',
    url: '/api/audit/verify',
    summary: '校验审计日志完整性（SM3-HMAC 链）',
    tags,
    roles: AUDITOR,
    handler: async ({ actor, req }) => {
      const checkpoint = readAuditCheckpoint(ctx.env.DATA_DIR, ctx.cipher);
      const report = await verifyAuditChain(ctx.handle.db, ctx.cipher, checkpoint);
      await auditRead(ctx, actor, req, '校验审计日志', report);
      return report;
    },
  });
}
