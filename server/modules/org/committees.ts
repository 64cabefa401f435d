import { and, count, eq, ilike, like, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { committees, members } from '../../db/schema';
import { offsetOf } from '../../http/paging';
import { likePattern, scopeTreeChanged } from '../../platform/scope';

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
  scopeTreeChanged();
  return created;
}

/** The caller's committee and every committee below it. */
export function listVisibleCommittees(db: DbOrTx, actor: Pick<Actor, 'committeePath'>) {
  return db
    .select()
    .from(committees)
    .where(like(committees.path, `${actor.committeePath}%`))
    .orderBy(committees.path);
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
