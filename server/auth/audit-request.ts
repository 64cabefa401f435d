import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../context';
import type { DbOrTx } from '../db/client';
import { type AuditEntry, appendAudit } from './audit';
import { describeAuditTarget } from './audit-targets';

/** The audit row of a write request: who, from where, which action on which target, and the result. */
export function requestAuditEntry(req: FastifyRequest, status: number): AuditEntry {
  const actor = req.actor;
  return {
    committeeId: actor?.committeeId ?? null,
    userId: actor?.userId ?? null,
    username: actor?.username ?? null,
    ip: req.ip,
    action: req.routeOptions.config.audit ?? `${req.method} ${req.routeOptions.url ?? req.url.split('?')[0]}`,
    target: req.auditTarget,
    result: status < 400 ? '成功' : `失败(${status})`,
  };
}

/** Names the write's target when the handler did not: the record behind its path, in words. */
export async function ensureAuditTarget(db: DbOrTx, req: FastifyRequest): Promise<void> {
  if (req.auditTarget === null) req.auditTarget = await describeAuditTarget(db, req);
}

/**
 * Audits a write that has no row inside a transaction of its own: one refused before or by its
 * handler (after the rollback), or one not declared with route().
 */
export async function auditOutsideTransaction(ctx: AppContext, req: FastifyRequest, status: number) {
  await ensureAuditTarget(ctx.handle.db, req);
  await appendAudit(ctx.handle.db, ctx.cipher, requestAuditEntry(req, status));
}
