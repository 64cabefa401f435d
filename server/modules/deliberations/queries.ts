import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import {
  DELIBERATION_AUDIENCE_LABELS,
  DELIBERATION_STATUS_LABELS,
  type DeliberationAudience,
  type DeliberationStatus,
  POST_KIND_LABELS,
  POST_STATUS_LABELS,
  type PostKind,
  type PostStatus,
  VISIBLE_POST_STATUSES,
} from '../../../domain/deliberations';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  committees,
  deliberationLikes,
  deliberationPosts,
  deliberations,
  deliberationVisits,
} from '../../db/schema';
import { notFound } from '../../errors';
import { offsetOf, type Page } from '../../http/paging';
import { inReadScope } from '../../platform/scope';
import { type DeliberationRow, loadDeliberation } from './load';
import { deliberationRolesOf, readsHall } from './policy';
import { postAbilities } from './transitions';

const visible = inArray(deliberationPosts.status, [...VISIBLE_POST_STATUSES]);

/**
 * 参与情况 of topics: visible posts and suggestions, the members who took part, residents' posts
 * (each one a participation: a resident has no account), adopted suggestions, posts waiting for
 * moderation, and visits to the public page (one per address and day).
 */
export async function countsOf(db: DbOrTx, ids: number[]) {
  const out = new Map<number, Counts>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({
      id: deliberationPosts.deliberationId,
      posts: sql<number>`count(*) filter (where ${visible})::int`,
      suggestions: sql<number>`count(*) filter (where ${visible} and ${deliberationPosts.kind} = 'suggestion')::int`,
      members: sql<number>`count(distinct ${deliberationPosts.memberId}) filter (where ${visible})::int`,
      publicPosts: sql<number>`count(*) filter (where ${visible} and ${deliberationPosts.isPublic})::int`,
      adopted: sql<number>`count(*) filter (where ${deliberationPosts.status} = 'adopted')::int`,
      pending: sql<number>`count(*) filter (where ${deliberationPosts.status} = 'pending')::int`,
    })
    .from(deliberationPosts)
    .where(inArray(deliberationPosts.deliberationId, ids))
    .groupBy(deliberationPosts.deliberationId);
  const visits = await db
    .select({ id: deliberationVisits.deliberationId, n: count() })
    .from(deliberationVisits)
    .where(inArray(deliberationVisits.deliberationId, ids))
    .groupBy(deliberationVisits.deliberationId);
  const visitsOf = new Map(visits.map((v) => [v.id, v.n]));
  for (const id of ids) {
    const r = rows.find((x) => x.id === id);
    out.set(id, {
      posts: r?.posts ?? 0,
      suggestions: r?.suggestions ?? 0,
      members: r?.members ?? 0,
      publicPosts: r?.publicPosts ?? 0,
      participants: (r?.members ?? 0) + (r?.publicPosts ?? 0),
      adopted: r?.adopted ?? 0,
      pending: r?.pending ?? 0,
      visits: visitsOf.get(id) ?? 0,
    });
  }
  return out;
}
export interface Counts {
  posts: number;
  suggestions: number;
  members: number;
  publicPosts: number;
  participants: number;
  adopted: number;
  pending: number;
  visits: number;
}

/** The topic as a list row shows it. */
export function deliberationCore(d: DeliberationRow, committeeName: string, counts: Counts) {
  return {
    id: d.id,
    committeeId: d.committeeId,
    committeeName,
    title: d.title,
    description: d.description,
    audience: d.audience,
    audienceLabel: DELIBERATION_AUDIENCE_LABELS[d.audience as DeliberationAudience] ?? d.audience,
    opensOn: d.opensOn,
    closesOn: d.closesOn,
    status: d.status,
    statusLabel: DELIBERATION_STATUS_LABELS[d.status as DeliberationStatus] ?? d.status,
    version: d.version,
    counts,
  };
}
export type DeliberationItem = ReturnType<typeof deliberationCore>;

/** 网络议政 topics in the caller's read scope, newest first. */
export async function listDeliberations(
  db: DbOrTx,
  actor: Actor,
  q: { page: number; pageSize: number; status?: string; pending?: boolean },
): Promise<Page<DeliberationItem>> {
  if (!readsHall(actor)) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const where = and(
    inReadScope(deliberations.committeeId, actor),
    q.status ? eq(deliberations.status, q.status) : undefined,
    // Waiting for moderation: the topics of the caller's own committee, which it moderates (the to-do's count).
    q.pending
      ? and(
          eq(deliberations.committeeId, actor.committeeId),
          sql`exists (select 1 from ${deliberationPosts} p where p.deliberation_id = ${deliberations.id} and p.status = 'pending')`,
        )
      : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(deliberations).where(where);
  const rows = await db
    .select({ d: deliberations, committeeName: committees.name })
    .from(deliberations)
    .innerJoin(committees, eq(committees.id, deliberations.committeeId))
    .where(where)
    .orderBy(desc(deliberations.opensOn), desc(deliberations.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const counts = await countsOf(
    db,
    rows.map((r) => r.d.id),
  );
  return {
    items: rows.map((r) => deliberationCore(r.d, r.committeeName, counts.get(r.d.id) as Counts)),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

const pendingOfOwn = (actor: Actor) =>
  and(eq(deliberations.committeeId, actor.committeeId), eq(deliberationPosts.status, 'pending'));

/** Posts waiting in the moderation queue of the caller's own committee's topics (its organisers moderate). */
export async function countPendingPosts(db: DbOrTx, actor: Actor) {
  const [{ n }] = await db
    .select({ n: count() })
    .from(deliberationPosts)
    .innerJoin(deliberations, eq(deliberations.id, deliberationPosts.deliberationId))
    .where(pendingOfOwn(actor));
  return n;
}

/** Where the queue is: the one topic's 待审核 view, or the topics with posts waiting when there are more. */
export async function pendingPostsLink(db: DbOrTx, actor: Actor) {
  const topics = await db
    .selectDistinct({ id: deliberations.id })
    .from(deliberationPosts)
    .innerJoin(deliberations, eq(deliberations.id, deliberationPosts.deliberationId))
    .where(pendingOfOwn(actor))
    .limit(2);
  return topics.length === 1 ? `/deliberations/${topics[0].id}?view=pending` : '/deliberations?pending=true';
}

type PostSelect = typeof deliberationPosts.$inferSelect;

/** A post as the hall shows it: a resident appears as 网友 (with the name they gave, if any). */
function presentPost(actor: Actor | null, p: PostSelect, liked: boolean, moderator: boolean) {
  return {
    id: p.id,
    parentId: p.parentId,
    kind: p.kind,
    kindLabel: POST_KIND_LABELS[p.kind as PostKind] ?? p.kind,
    body: p.body,
    authorName: p.authorName ?? (p.isPublic ? '网友' : '委员'),
    authorKind: p.isPublic ? '网友' : '委员',
    isPublic: p.isPublic,
    likes: p.likes,
    liked,
    groupId: p.groupId,
    status: p.status,
    statusLabel: POST_STATUS_LABELS[p.status as PostStatus] ?? p.status,
    sensitiveWords: moderator ? p.sensitiveWords : [],
    version: p.version,
    createdAt: p.createdAt,
    abilities: actor ? postAbilities(actor, p) : { approve: false, reject: false, adopt: false },
  };
}
export type PostItem = ReturnType<typeof presentPost> & { replies: ReturnType<typeof presentPost>[] };

/**
 * A topic's posts. Everyone sees the visible top-level posts with their visible replies, newest
 * first; the organisers may ask for one state (`pending`: the moderation queue, replies included)
 * or one group of the compile page.
 */
export async function listPosts(
  db: DbOrTx,
  actor: Actor,
  id: number,
  q: { page: number; pageSize: number; status?: string; groupId?: number },
): Promise<Page<PostItem>> {
  const d = await loadDeliberation(db, actor, id);
  const moderator = deliberationRolesOf(actor, d).length > 0;
  const conditions: (SQL | undefined)[] = [eq(deliberationPosts.deliberationId, id)];
  if (q.status && moderator) conditions.push(eq(deliberationPosts.status, q.status));
  else conditions.push(visible, q.status ? eq(deliberationPosts.status, q.status) : undefined);
  if (q.groupId !== undefined) conditions.push(eq(deliberationPosts.groupId, q.groupId));
  if (!q.status) conditions.push(isNull(deliberationPosts.parentId));
  const where = and(...conditions);
  const [{ total }] = await db.select({ total: count() }).from(deliberationPosts).where(where);
  const rows = await db
    .select()
    .from(deliberationPosts)
    .where(where)
    .orderBy(desc(deliberationPosts.createdAt), desc(deliberationPosts.id))
    .limit(q.pageSize)
    .offset(offsetOf(q));
  const replies = q.status
    ? []
    : await db
        .select()
        .from(deliberationPosts)
        .where(and(inArray(deliberationPosts.parentId, rows.map((r) => r.id).concat(0)), visible))
        .orderBy(deliberationPosts.createdAt, deliberationPosts.id);
  const likedIds = await likedBy(
    db,
    actor.userId,
    [...rows, ...replies].map((r) => r.id),
  );
  const show = (p: PostSelect) => presentPost(actor, p, likedIds.has(p.id), moderator);
  return {
    items: rows.map((r) => ({ ...show(r), replies: replies.filter((x) => x.parentId === r.id).map(show) })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

async function likedBy(db: DbOrTx, userId: number, postIds: number[]) {
  if (postIds.length === 0) return new Set<number>();
  const rows = await db
    .select({ id: deliberationLikes.postId })
    .from(deliberationLikes)
    .where(and(eq(deliberationLikes.userId, userId), inArray(deliberationLikes.postId, postIds)));
  return new Set(rows.map((r) => r.id));
}

/** One post as its moderator, its author (even while held) or a reader sees it. */
export async function postView(db: DbOrTx, actor: Actor, id: number) {
  const [p] = await db
    .select()
    .from(deliberationPosts)
    .where(and(eq(deliberationPosts.id, id), inReadScope(deliberationPosts.committeeId, actor)));
  if (!p || !readsHall(actor)) throw notFound('留言');
  const moderator = deliberationRolesOf(actor, p).length > 0;
  const own = p.authorUserId === actor.userId;
  if (!moderator && !own && !VISIBLE_POST_STATUSES.includes(p.status as PostStatus)) throw notFound('留言');
  const liked = await likedBy(db, actor.userId, [id]);
  return presentPost(actor, p, liked.has(id), moderator);
}
export type PostView = Awaited<ReturnType<typeof postView>>;
