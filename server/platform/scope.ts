import { and, eq, like, sql } from 'drizzle-orm';
import type { Actor } from '../../domain/roles';
import type { DbOrTx } from '../db/client';
import { committees } from '../db/schema';
import { notFound } from '../errors';

/**
 * Subtree ids per database and path, kept for a minute: the tree changes a few times a year and
 * every list request would otherwise ask for it. A committee added here is seen at once
 * (insertCommittee calls scopeTreeChanged once written); another process sees it within the minute, long before
 * the new committee has proposals of its own.
 */
const scopeCache = new WeakMap<object, Map<string, { ids: number[]; until: number; tree: number }>>();
const SCOPE_CACHE_MS = 60_000;
/** Grows with every committee inserted by this process (through any database or transaction). */
let treeGeneration = 0;

/** A committee was added: cached subtrees of this process are stale. */
export function scopeTreeChanged(): void {
  treeGeneration++;
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
