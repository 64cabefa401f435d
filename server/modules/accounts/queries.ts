import { and, asc, count, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Actor, Role } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { departments, handlingUnits, leaders, members, opinionInformants, users } from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';

export interface AccountFilters {
  q?: string;
  role?: Role;
  active?: boolean;
  locked?: boolean;
}

/** What an account row shows: never the password hash nor the phone digest itself. */
const accountColumns = {
  id: users.id,
  committeeId: users.committeeId,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  departmentId: users.departmentId,
  memberId: users.memberId,
  handlingUnitId: users.handlingUnitId,
  leaderId: users.leaderId,
  informantId: users.informantId,
  /** The name of the linked department, member, unit, leader or 特邀信息员. */
  linkName: sql<
    string | null
  >`coalesce(${departments.name}, ${members.name}, ${handlingUnits.name}, ${leaders.name}, ${opinionInformants.name})`,
  hasPhone: sql<boolean>`${users.phoneDigest} is not null`,
  canViewSensitive: users.canViewSensitive,
  mustChangePassword: users.mustChangePassword,
  failedLogins: users.failedLogins,
  lockedUntil: users.lockedUntil,
  active: users.active,
  createdAt: users.createdAt,
};

/** `%q%` with the LIKE wildcards in q taken literally. */
function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Accounts are managed per committee: a security administrator sees its own committee's only. */
function accountScope(actor: Actor, f: AccountFilters): SQL {
  const conds: (SQL | undefined)[] = [eq(users.committeeId, actor.committeeId)];
  if (f.q) {
    const like = containsPattern(f.q);
    conds.push(or(ilike(users.username, like), ilike(users.displayName, like)));
  }
  if (f.role) conds.push(eq(users.role, f.role));
  if (f.active !== undefined) conds.push(eq(users.active, f.active));
  if (f.locked === true) conds.push(sql`${users.lockedUntil} > now()`);
  if (f.locked === false) conds.push(sql`(${users.lockedUntil} is null or ${users.lockedUntil} <= now())`);
  return and(...conds)!;
}

function selectAccounts(db: DbOrTx) {
  return db
    .select(accountColumns)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(members, eq(members.id, users.memberId))
    .leftJoin(handlingUnits, eq(handlingUnits.id, users.handlingUnitId))
    .leftJoin(leaders, eq(leaders.id, users.leaderId))
    .leftJoin(opinionInformants, eq(opinionInformants.id, users.informantId));
}

export type AccountRow = Awaited<ReturnType<ReturnType<typeof selectAccounts>['execute']>>[number];

/** One page of the caller's committee's accounts, ordered by username. */
export async function listAccounts(
  db: DbOrTx,
  actor: Actor,
  q: AccountFilters & { page: number; pageSize: number },
): Promise<Page<AccountRow>> {
  const where = accountScope(actor, q);
  const [items, [{ total }]] = await Promise.all([
    selectAccounts(db).where(where).orderBy(asc(users.username)).limit(q.pageSize).offset(offsetOf(q)),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** Every account matching the filters, for the Excel export. */
export function exportAccounts(db: DbOrTx, actor: Actor, f: AccountFilters): Promise<AccountRow[]> {
  return selectAccounts(db).where(accountScope(actor, f)).orderBy(asc(users.username)).limit(EXPORT_LIMIT);
}

/** One account of the caller's committee, or undefined (another committee's account is not found). */
export async function findAccount(db: DbOrTx, actor: Actor, id: number): Promise<AccountRow | undefined> {
  const [row] = await selectAccounts(db).where(
    and(eq(users.id, id), eq(users.committeeId, actor.committeeId)),
  );
  return row;
}

const OPTION_TABLES = {
  staff: departments,
  member: members,
  unit: handlingUnits,
  leader: leaders,
  informant: opinionInformants,
} as const;

/**
 * Names (never details) of the records an account of `role` can act for, so the security
 * administrator can pick one without reading the directory itself.
 */
export async function linkOptions(
  db: DbOrTx,
  actor: Actor,
  q: { role: keyof typeof OPTION_TABLES; q?: string; page: number; pageSize: number },
): Promise<Page<{ id: number; name: string }>> {
  const table = OPTION_TABLES[q.role];
  const where = and(
    eq(table.committeeId, actor.committeeId),
    q.q ? ilike(table.name, containsPattern(q.q)) : undefined,
  );
  const items = await db
    .select({ id: table.id, name: table.name })
    .from(table)
    .where(where)
    .orderBy(asc(table.name), asc(table.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  return { items, total: await db.$count(table, where), page: q.page, pageSize: q.pageSize };
}
