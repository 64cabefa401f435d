import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { POST_KIND_LABELS, type PostKind, VISIBLE_POST_STATUSES } from '../../../domain/deliberations';
import type { DbOrTx } from '../../db/client';
import { committees, deliberationPosts, deliberations, deliberationVisits } from '../../db/schema';
import { notFound } from '../../errors';
import { tokenDigest } from '../../lib/crypto';
import { shanghaiDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import { defaultPublicCommittee, publicCommitteeOr404 } from '../public/queries';
import { acceptsPosts } from './present';
import { type Counts, countsOf } from './queries';

/** How many posts the public page shows (newest first). */
const PUBLIC_POSTS = 100;

const core = (d: typeof deliberations.$inferSelect, counts: Counts) => ({
  id: d.id,
  title: d.title,
  description: d.description,
  opensOn: d.opensOn,
  closesOn: d.closesOn,
  open: acceptsPosts(d),
  posts: counts.posts,
  participants: counts.participants,
  visits: counts.visits,
});

/** The public topics of a committee (the page's default committee when none is named). */
export async function publicDeliberations(db: DbOrTx, committeeId?: number) {
  const c = await publicCommitteeOr404(db, committeeId ?? (await defaultPublicCommittee(db)));
  const rows = await db
    .select()
    .from(deliberations)
    .where(and(eq(deliberations.committeeId, c.id), eq(deliberations.audience, 'public')))
    .orderBy(desc(deliberations.opensOn))
    .limit(50);
  const counts = await countsOf(
    db,
    rows.map((r) => r.id),
  );
  return { committee: c, items: rows.map((d) => core(d, counts.get(d.id) as Counts)) };
}
export type PublicDeliberations = Awaited<ReturnType<typeof publicDeliberations>>;

/**
 * Counts a visit: one per address and Beijing day (the address kept only as its SM3 digest), so
 * reloading the page or a script hammering it from one address adds nothing past the first.
 */
async function countVisit(db: DbOrTx, d: { id: number; committeeId: number }, address: string) {
  await db
    .insert(deliberationVisits)
    .values({
      deliberationId: d.id,
      committeeId: d.committeeId,
      day: shanghaiDate(now()),
      visitor: tokenDigest(`visit:${address}`),
    })
    .onConflictDoNothing();
}

/**
 * One public topic with its visible posts and replies: a member shows as 委员, a resident as 网友
 * (names are never published); what waits for moderation is not there.
 */
export async function publicDeliberation(db: DbOrTx, id: number, address: string) {
  const [d] = await db
    .select()
    .from(deliberations)
    .where(and(eq(deliberations.id, id), eq(deliberations.audience, 'public')));
  if (!d) throw notFound('议政议题');
  await countVisit(db, d, address);
  const [c] = await db
    .select({ name: committees.name })
    .from(committees)
    .where(eq(committees.id, d.committeeId));
  const visible = inArray(deliberationPosts.status, [...VISIBLE_POST_STATUSES]);
  const columns = {
    id: deliberationPosts.id,
    parentId: deliberationPosts.parentId,
    kind: deliberationPosts.kind,
    body: deliberationPosts.body,
    isPublic: deliberationPosts.isPublic,
    likes: deliberationPosts.likes,
    adopted: deliberationPosts.status,
    createdAt: deliberationPosts.createdAt,
  };
  const top = await db
    .select(columns)
    .from(deliberationPosts)
    .where(and(eq(deliberationPosts.deliberationId, id), isNull(deliberationPosts.parentId), visible))
    .orderBy(desc(deliberationPosts.createdAt), desc(deliberationPosts.id))
    .limit(PUBLIC_POSTS);
  const replies = await db
    .select(columns)
    .from(deliberationPosts)
    .where(and(inArray(deliberationPosts.parentId, top.map((p) => p.id).concat(0)), visible))
    .orderBy(deliberationPosts.createdAt, deliberationPosts.id);
  const show = (p: (typeof top)[number]) => ({
    id: p.id,
    kindLabel: POST_KIND_LABELS[p.kind as PostKind] ?? p.kind,
    body: p.body,
    author: p.isPublic ? '网友' : '委员',
    likes: p.likes,
    adopted: p.adopted === 'adopted',
    createdAt: p.createdAt,
  });
  const counts = (await countsOf(db, [id])).get(id) as Counts;
  return {
    committeeName: c.name,
    ...core(d, counts),
    suggestions: counts.suggestions,
    items: top.map((p) => ({ ...show(p), replies: replies.filter((r) => r.parentId === p.id).map(show) })),
  };
}
export type PublicDeliberation = Awaited<ReturnType<typeof publicDeliberation>>;
