import { and, eq, inArray, sql } from 'drizzle-orm';
import { VISIBLE_POST_STATUSES } from '../../../../domain/deliberations';
import type { Actor } from '../../../../domain/roles';
import type { Db, DbOrTx } from '../../../db/client';
import { deliberationLikes, deliberationPosts, deliberations } from '../../../db/schema';
import { badRequest, conflict, forbidden, notFound } from '../../../errors';
import { shanghaiDate } from '../../../lib/working-days';
import { now } from '../../../platform/clock';
import { appendEvent } from '../../../platform/events';
import { screenSubmission } from '../../../platform/public-submissions';
import { type DeliberationRow, loadDeliberation, lockPost } from '../load';
import { postsInHall } from '../policy';
import type { PostInput, PublicPostInput } from '../schemas';
import { transitionPost } from '../transitions';

/** Posting is allowed while the topic is 征集中 and today (Beijing) lies in its period. */
function checkOpen(d: DeliberationRow) {
  const today = shanghaiDate(now());
  if (d.status !== 'open' || today < d.opensOn || today > d.closesOn) {
    throw conflict('该议题不在征集期内，不能留言');
  }
}

interface NewPost {
  deliberation: DeliberationRow;
  parentId: number | null;
  kind: string;
  body: string;
  authorUserId: number | null;
  memberId: number | null;
  authorName: string | null;
  isPublic: boolean;
}

/**
 * Writes a post with the words of the committee's list it hit. A member's clean post is published
 * at once; a resident's post, and any post that hit a word, waits for moderation (待审核).
 */
async function insertPost(tx: DbOrTx, actor: Actor | 'system', p: NewPost) {
  const d = p.deliberation;
  const { sensitiveWords: hits, status } = await screenSubmission(
    tx,
    d.committeeId,
    [p.body, p.authorName ?? ''],
    p.isPublic,
  );
  const at = now();
  const [row] = await tx
    .insert(deliberationPosts)
    .values({
      committeeId: d.committeeId,
      deliberationId: d.id,
      parentId: p.parentId,
      kind: p.parentId === null ? p.kind : 'comment',
      body: p.body,
      authorUserId: p.authorUserId,
      memberId: p.memberId,
      authorName: p.authorName,
      isPublic: p.isPublic,
      sensitiveWords: hits,
      status,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: deliberationPosts.id });
  await appendEvent(tx, actor, {
    committeeId: d.committeeId,
    subjectType: 'deliberationPost',
    subjectId: row.id,
    action: 'create',
    toStatus: status,
    data: { deliberationId: d.id, isPublic: p.isPublic, sensitiveWords: hits },
  });
  return { id: row.id, status, sensitiveWords: hits };
}

/** A reply answers a visible post of the same topic. */
async function checkParent(tx: DbOrTx, deliberationId: number, parentId: number | null) {
  if (parentId === null) return;
  const [parent] = await tx
    .select({ id: deliberationPosts.id })
    .from(deliberationPosts)
    .where(
      and(
        eq(deliberationPosts.id, parentId),
        eq(deliberationPosts.deliberationId, deliberationId),
        inArray(deliberationPosts.status, [...VISIBLE_POST_STATUSES]),
      ),
    );
  if (!parent) throw badRequest('回复的留言：不存在', 'parentId');
}

/** 委员留言 / 回复 in the hall. */
export async function postAsMember(db: Db, actor: Actor, deliberationId: number, input: PostInput) {
  return db.transaction(async (tx) => {
    const d = await loadDeliberation(tx, actor, deliberationId);
    if (!postsInHall(actor, d)) throw forbidden('只有本会委员可以留言');
    checkOpen(d);
    await checkParent(tx, d.id, input.parentId);
    return insertPost(tx, actor, {
      deliberation: d,
      parentId: input.parentId,
      kind: input.kind,
      body: input.body,
      authorUserId: actor.userId,
      memberId: actor.memberId,
      authorName: actor.displayName,
      isPublic: false,
    });
  });
}

/** A resident's post from the public page: only on a public topic, and never shown before approval. */
export async function postAsResident(db: Db, deliberationId: number, input: PublicPostInput) {
  return db.transaction(async (tx) => {
    const [d] = await tx.select().from(deliberations).where(eq(deliberations.id, deliberationId));
    if (d?.audience !== 'public') throw notFound('议政议题');
    checkOpen(d);
    return insertPost(tx, 'system', {
      deliberation: d,
      parentId: null,
      kind: input.kind,
      body: input.body,
      authorUserId: null,
      memberId: null,
      authorName: input.name,
      isPublic: true,
    });
  });
}

type Step = { expectedVersion: number; note?: string | null };
const moderate = (action: 'approve' | 'reject' | 'adopt') => (db: Db, actor: Actor, id: number, body: Step) =>
  transitionPost(db, actor, { id, action, expectedVersion: body.expectedVersion, note: body.note });

/** 审核通过 / 不予发布 / 采纳建议. */
export const approvePost = moderate('approve');
export const rejectPost = moderate('reject');
export const adoptPost = moderate('adopt');

/** 点赞 (once per account) or take it back; the post's count follows in the same transaction. */
export async function setLike(db: Db, actor: Actor, postId: number, liked: boolean) {
  return db.transaction(async (tx) => {
    const post = await lockPost(tx, actor, postId);
    if (!VISIBLE_POST_STATUSES.includes(post.status as never)) throw notFound('留言');
    if (!postsInHall(actor, post)) throw forbidden('只有本会委员可以点赞');
    const changed = liked
      ? await tx
          .insert(deliberationLikes)
          .values({ postId, userId: actor.userId, committeeId: post.committeeId, createdAt: now() })
          .onConflictDoNothing()
          .returning({ postId: deliberationLikes.postId })
      : await tx
          .delete(deliberationLikes)
          .where(and(eq(deliberationLikes.postId, postId), eq(deliberationLikes.userId, actor.userId)))
          .returning({ postId: deliberationLikes.postId });
    if (changed.length === 0) return;
    await tx
      .update(deliberationPosts)
      .set({ likes: sql`${deliberationPosts.likes} + ${liked ? 1 : -1}` })
      .where(eq(deliberationPosts.id, postId));
  });
}
