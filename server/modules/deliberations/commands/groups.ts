import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { VISIBLE_POST_STATUSES } from '../../../../domain/deliberations';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { deliberationGroups, deliberationPosts } from '../../../db/schema';
import { badRequest, forbidden, notFound } from '../../../errors';
import { appendEvent } from '../../../platform/events';
import { clusterPosts } from '../clustering';
import { type DeliberationRow, lockDeliberation } from '../load';
import { deliberationRolesOf } from '../policy';

/** The topic locked for its organisers: grouping is the compile page's work. */
async function organised(tx: Tx, actor: Actor, id: number) {
  const d = await lockDeliberation(tx, actor, id);
  if (deliberationRolesOf(actor, d).length === 0) throw forbidden();
  return d;
}

const logGroups = (tx: Tx, actor: Actor, d: DeliberationRow, data: Record<string, unknown>) =>
  appendEvent(tx, actor, {
    committeeId: d.committeeId,
    subjectType: 'deliberation',
    subjectId: d.id,
    action: 'group',
    data,
  });

/** The topic's visible top-level posts (replies follow their post), what the groups are made of. */
const groupedPosts = (tx: Tx, deliberationId: number) =>
  tx
    .select({ id: deliberationPosts.id, text: deliberationPosts.body })
    .from(deliberationPosts)
    .where(
      and(
        eq(deliberationPosts.deliberationId, deliberationId),
        isNull(deliberationPosts.parentId),
        inArray(deliberationPosts.status, [...VISIBLE_POST_STATUSES]),
      ),
    )
    .orderBy(deliberationPosts.id);

/** 自动归类: groups the posts anew on key terms (replacing the staff's earlier groups). */
export async function groupPosts(db: Db, actor: Actor, id: number) {
  return db.transaction(async (tx) => {
    const d = await organised(tx, actor, id);
    const posts = await groupedPosts(tx, id);
    await tx.delete(deliberationGroups).where(eq(deliberationGroups.deliberationId, id));
    const clusters = clusterPosts(posts);
    for (const [ordinal, c] of clusters.entries()) {
      const [g] = await tx
        .insert(deliberationGroups)
        .values({ committeeId: d.committeeId, deliberationId: id, name: c.name, terms: c.terms, ordinal })
        .returning({ id: deliberationGroups.id });
      await tx
        .update(deliberationPosts)
        .set({ groupId: g.id })
        .where(inArray(deliberationPosts.id, c.postIds));
    }
    await logGroups(tx, actor, d, { auto: true, groups: clusters.length, posts: posts.length });
  });
}

async function groupsOf(tx: Tx, deliberationId: number, ids: number[]) {
  const rows = await tx
    .select()
    .from(deliberationGroups)
    .where(and(eq(deliberationGroups.deliberationId, deliberationId), inArray(deliberationGroups.id, ids)));
  if (rows.length !== new Set(ids).size) throw notFound('分组');
  return rows;
}

/** 重命名分组. */
export async function renameGroup(db: Db, actor: Actor, id: number, groupId: number, name: string) {
  return db.transaction(async (tx) => {
    const d = await organised(tx, actor, id);
    const [g] = await groupsOf(tx, id, [groupId]);
    await tx.update(deliberationGroups).set({ name }).where(eq(deliberationGroups.id, groupId));
    await logGroups(tx, actor, d, { rename: { from: g.name, to: name } });
  });
}

/** 合并分组: the posts of every chosen group go to the first, under the new name; the others are removed. */
export async function mergeGroups(
  db: Db,
  actor: Actor,
  id: number,
  input: { groupIds: number[]; name: string },
) {
  return db.transaction(async (tx) => {
    const d = await organised(tx, actor, id);
    const rows = await groupsOf(tx, id, input.groupIds);
    const [keep, ...rest] = rows.sort((a, b) => a.ordinal - b.ordinal);
    const restIds = rest.map((g) => g.id);
    await tx
      .update(deliberationPosts)
      .set({ groupId: keep.id })
      .where(inArray(deliberationPosts.groupId, restIds));
    await tx
      .update(deliberationGroups)
      .set({ name: input.name, terms: [...new Set(rows.flatMap((g) => g.terms))] })
      .where(eq(deliberationGroups.id, keep.id));
    await tx.delete(deliberationGroups).where(inArray(deliberationGroups.id, restIds));
    await logGroups(tx, actor, d, { merge: rows.map((g) => g.name), into: input.name });
    return keep.id;
  });
}

/** 拆分分组: the chosen posts of one group make a new group of their own. */
export async function splitGroup(
  db: Db,
  actor: Actor,
  id: number,
  groupId: number,
  input: { postIds: number[]; name: string },
) {
  return db.transaction(async (tx) => {
    const d = await organised(tx, actor, id);
    const [g] = await groupsOf(tx, id, [groupId]);
    const posts = await tx
      .select({ id: deliberationPosts.id })
      .from(deliberationPosts)
      .where(and(eq(deliberationPosts.groupId, groupId), inArray(deliberationPosts.id, input.postIds)));
    if (posts.length !== new Set(input.postIds).size) throw badRequest('留言：不在该分组中', 'postIds');
    const [{ n }] = await tx
      .select({ n: sql<number>`coalesce(max(${deliberationGroups.ordinal}), -1)::int + 1` })
      .from(deliberationGroups)
      .where(eq(deliberationGroups.deliberationId, id));
    const [created] = await tx
      .insert(deliberationGroups)
      .values({ committeeId: d.committeeId, deliberationId: id, name: input.name, terms: [], ordinal: n })
      .returning({ id: deliberationGroups.id });
    await tx
      .update(deliberationPosts)
      .set({ groupId: created.id })
      .where(inArray(deliberationPosts.id, input.postIds));
    await logGroups(tx, actor, d, { split: g.name, into: input.name, posts: input.postIds.length });
    return created.id;
  });
}
