import { and, count, desc, eq, gte, ilike, isNull, like, lte, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { auditLog, committees, users } from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { inReadScope } from '../../platform/scope';

export interface AuditFilters {
  from?: Date;
  to?: Date;
  username?: string;
  /** Part of the action's name, case-insensitive. */
  action?: string;
  /** Part of the target's description ('委员 张三', '账号 zhangsan'), case-insensitive. */
  target?: string;
  /** The exact action (internal: '登录' must not match '退出登录'). */
  actionIs?: string;
  result?: '成功' | '失败';
  ip?: string;
  committeeId?: number;
}

/** A root committee's path is '/<id>/': nothing above it. */
const isRoot = (actor: Pick<Actor, 'committeePath'>) => /^\/\d+\/$/.test(actor.committeePath);

/**
 * The rows an auditor may read: its committee and the ones below. Rows with no committee
 * (failed logins under unknown names) belong to the top of the deployment, so only an auditor
 * of a root committee sees them.
 */
export function auditScope(actor: Pick<Actor, 'committeePath'>): SQL {
  const own = inReadScope(auditLog.committeeId, actor);
  return isRoot(actor) ? or(own, isNull(auditLog.committeeId))! : own;
}

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

function auditWhere(actor: Actor, f: AuditFilters): SQL {
  return and(
    auditScope(actor),
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lte(auditLog.at, f.to) : undefined,
    f.username ? eq(auditLog.username, f.username) : undefined,
    f.action ? ilike(auditLog.action, `%${escapeLike(f.action)}%`) : undefined,
    f.target ? ilike(auditLog.target, `%${escapeLike(f.target)}%`) : undefined,
    f.actionIs ? eq(auditLog.action, f.actionIs) : undefined,
    f.result === '成功' ? eq(auditLog.result, '成功') : undefined,
    f.result === '失败' ? like(auditLog.result, '失败%') : undefined,
    f.ip ? eq(auditLog.ip, f.ip) : undefined,
    f.committeeId ? eq(auditLog.committeeId, f.committeeId) : undefined,
  )!;
}

function selectEntries(db: DbOrTx) {
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      committeeId: auditLog.committeeId,
      committeeName: committees.name,
      userId: auditLog.userId,
      username: auditLog.username,
      /** The account's name as people know it (the log keeps the login name it was written with). */
      displayName: users.displayName,
      ip: auditLog.ip,
      action: auditLog.action,
      target: auditLog.target,
      result: auditLog.result,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .leftJoin(committees, eq(committees.id, auditLog.committeeId))
    .leftJoin(users, eq(users.id, auditLog.userId));
}

export type AuditRow = Awaited<ReturnType<ReturnType<typeof selectEntries>['execute']>>[number];

/** One page of the log, newest first. */
export async function listAuditEntries(
  db: DbOrTx,
  actor: Actor,
  q: AuditFilters & { page: number; pageSize: number },
): Promise<Page<AuditRow>> {
  const where = auditWhere(actor, q);
  const items = await selectEntries(db)
    .where(where)
    .orderBy(desc(auditLog.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const [{ total }] = await db.select({ total: count() }).from(auditLog).where(where);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** The rows an export writes, newest first, capped like every export. */
export function exportAuditEntries(db: DbOrTx, actor: Actor, f: AuditFilters): Promise<AuditRow[]> {
  return selectEntries(db).where(auditWhere(actor, f)).orderBy(desc(auditLog.id)).limit(EXPORT_LIMIT);
}

/** How many rows match, for the auditor's home page. */
export async function countAuditEntries(db: DbOrTx, actor: Actor, f: AuditFilters): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(auditLog).where(auditWhere(actor, f));
  return n;
}
