import { and, count, eq, ilike, like, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { committees, members } from '../../db/schema';
import { notFound } from '../../errors';
import { offsetOf } from '../../http/paging';

/**
 * Subtree ids per database and path, kept for a minute: the tree changes a few times a year and
 * every list request would otherwise ask for it. A committee added here is seen at once
 * (insertCommittee starts a new generation once written); another process sees it within the minute, long before
 * the new committee has proposals of its own.
 */
const scopeCache = new WeakMap<object, Map<string, { ids: number[]; until: number; tree: number }>>();
const SCOPE_CACHE_MS = 60_000;
/** Grows with every committee inserted by this process (through any database or transaction). */
let treeGeneration = 0;

/** Creates a committee under `parentId` and fills its materialised path. */
export async function insertCommittee(
  db: DbOrTx,
  input: { name: string; level: string; parentId: number | null; region?: string | null },
) {
  const created = await db.transaction(async (tx) => {
    let parentPath = '/';
    if (input.parentId !== null) {
      const [parent] = await tx
        .select({ path: committees.path })
        .from(committees)
        .where(eq(committees.id, input.parentId));
      parentPath = parent.path;
    }
    const [row] = await tx
      .insert(committees)
      .values({
        name: input.name,
        level: input.level,
        parentId: input.parentId,
        region: input.region ?? null,
      })
      .returning();
    const path = `${parentPath}${row.id}/`;
    await tx.update(committees).set({ path }).where(eq(committees.id, row.id));
    return { ...row, path };
  });
  treeGeneration++;
  return created;
}

/** SQL condition: a row's committee is the caller's own or one below it (read scope). */
export function inReadScope(committeeColumn: unknown, actor: Pick<Actor, 'committeePath'>) {
  return sql`${committeeColumn} in (select id from committees where path like ${`${actor.committeePath}%`})`;
}

/**
 * The ids of the caller's committee and every committee below it: the read scope as values, for
 * queries planned committee by committee (a literal list lets the planner see how many there are).
 */
export async function readScopeIds(db: DbOrTx, actor: Pick<Actor, 'committeePath'>): Promise<number[]> {
  const byPath = scopeCache.get(db) ?? new Map();
  scopeCache.set(db, byPath);
  const hit = byPath.get(actor.committeePath);
  if (hit && hit.until > Date.now() && hit.tree === treeGeneration) return hit.ids;
  // Read before the query: a committee added while it runs leaves this answer already stale.
  const tree = treeGeneration;
  const rows = await db
    .select({ id: committees.id })
    .from(committees)
    .where(like(committees.path, `${actor.committeePath}%`));
  const ids = rows.map((r) => r.id);
  byPath.set(actor.committeePath, { ids, until: Date.now() + SCOPE_CACHE_MS, tree });
  return ids;
}

/** The caller's committee and every committee below it. */
export function listVisibleCommittees(db: DbOrTx, actor: Pick<Actor, 'committeePath'>) {
  return db
    .select()
    .from(committees)
    .where(like(committees.path, `${actor.committeePath}%`))
    .orderBy(committees.path);
}

export type Committee = typeof committees.$inferSelect;

/** Escapes LIKE wildcards so a user's `%` or `_` matches itself. */
export const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, '\\$&')}%`;

/** One committee if it is the caller's or below it; null otherwise (the caller sees a 404). */
export async function findCommitteeInScope(
  db: DbOrTx,
  actor: Pick<Actor, 'committeePath'>,
  id: number,
): Promise<Committee | null> {
  const [row] = await db
    .select()
    .from(committees)
    .where(and(eq(committees.id, id), like(committees.path, `${actor.committeePath}%`)));
  return row ?? null;
}

/**
 * The committee a list shows: `committeeId` when the caller may read it, else the caller's own.
 * A committee outside the caller's subtree is reported as not found, never as forbidden.
 */
export async function resolveScopeCommittee(
  db: DbOrTx,
  actor: Pick<Actor, 'committeePath' | 'committeeId'>,
  committeeId?: number,
): Promise<Committee> {
  const found = await findCommitteeInScope(db, actor, committeeId ?? actor.committeeId);
  if (!found) throw notFound('委员会');
  return found;
}

/** The caller's subtree with each committee's count of serving members, in tree order. */
export async function listCommitteesWithCounts(
  db: DbOrTx,
  actor: Pick<Actor, 'committeePath'>,
  filter: { q?: string; page: number; pageSize: number },
) {
  const counts = db
    .select({ committeeId: members.committeeId, n: count().as('n') })
    .from(members)
    .where(eq(members.status, 'active'))
    .groupBy(members.committeeId)
    .as('member_counts');
  const where = and(
    like(committees.path, `${actor.committeePath}%`),
    filter.q ? ilike(committees.name, likePattern(filter.q)) : undefined,
  );
  const rows = await db
    .select({ committee: committees, memberCount: sql<number>`coalesce(${counts.n}, 0)::int` })
    .from(committees)
    .leftJoin(counts, eq(counts.committeeId, committees.id))
    .where(where)
    .orderBy(committees.path)
    .limit(filter.pageSize)
    .offset(offsetOf(filter));
  const [{ total }] = await db.select({ total: count() }).from(committees).where(where);
  return { rows: rows.map((r) => ({ ...r.committee, memberCount: r.memberCount })), total };
}

/** Serving members of one committee (the same count the list shows). */
export async function activeMemberCount(db: DbOrTx, committeeId: number): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(members)
    .where(and(eq(members.committeeId, committeeId), eq(members.status, 'active')));
  return n;
}
