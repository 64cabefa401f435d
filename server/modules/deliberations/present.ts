import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import {
  DELIBERATION_EVENT_LABELS,
  DELIBERATION_STATUS_LABELS,
  VISIBLE_POST_STATUSES,
} from '../../../domain/deliberations';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { committees, deliberationGroups, deliberationPosts } from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import { presentEvent, subjectEvents } from '../../platform/events';
import { mayInstructOn } from '../instructions/policy';
import { type DeliberationRow, loadDeliberation } from './load';
import { deliberationRolesOf, postsInHall } from './policy';
import { type Counts, countsOf, deliberationCore } from './queries';
import { deliberationAbilities } from './transitions';

/** How many posts stand for a group on the compile page and in the report. */
export const REPRESENTATIVES = 3;

/**
 * The compile page's groups, largest first (其他 and a group staff made keep their place by size
 * too): each with its posts and suggestions counted and its representative posts, the most liked
 * (then the fullest) first.
 */
export async function groupsOf(db: DbOrTx, deliberationId: number) {
  const groups = await db
    .select()
    .from(deliberationGroups)
    .where(eq(deliberationGroups.deliberationId, deliberationId))
    .orderBy(asc(deliberationGroups.ordinal));
  if (groups.length === 0) return [];
  const posts = await db
    .select({
      id: deliberationPosts.id,
      groupId: deliberationPosts.groupId,
      kind: deliberationPosts.kind,
      body: deliberationPosts.body,
      likes: deliberationPosts.likes,
      status: deliberationPosts.status,
    })
    .from(deliberationPosts)
    .where(
      and(
        eq(deliberationPosts.deliberationId, deliberationId),
        isNull(deliberationPosts.parentId),
        inArray(deliberationPosts.status, [...VISIBLE_POST_STATUSES]),
      ),
    );
  return groups
    .map((g) => {
      const mine = posts.filter((p) => p.groupId === g.id);
      const ranked = [...mine].sort(
        (a, b) => b.likes - a.likes || b.body.length - a.body.length || a.id - b.id,
      );
      return {
        id: g.id,
        name: g.name,
        terms: g.terms,
        posts: mine.length,
        suggestions: mine.filter((p) => p.kind === 'suggestion').length,
        adopted: mine.filter((p) => p.status === 'adopted').length,
        representatives: ranked
          .slice(0, REPRESENTATIVES)
          .map((p) => ({ id: p.id, body: p.body, likes: p.likes })),
        ordinal: g.ordinal,
      };
    })
    .sort((a, b) => b.posts - a.posts || a.ordinal - b.ordinal)
    .map(({ ordinal: _o, ...g }) => g);
}

/** Whether a member may post today: the topic open and today inside its period. */
export function acceptsPosts(d: DeliberationRow) {
  const today = shanghaiDate(now());
  return d.status === 'open' && today >= d.opensOn && today <= d.closesOn;
}

/** A topic with its figures, groups, summary and timeline, and what the caller may do. */
export async function deliberationView(db: DbOrTx, actor: Actor, id: number) {
  const d = await loadDeliberation(db, actor, id);
  const [c] = await db
    .select({ name: committees.name })
    .from(committees)
    .where(eq(committees.id, d.committeeId));
  const counts = (await countsOf(db, [id])).get(id) as Counts;
  const organiser = deliberationRolesOf(actor, d).length > 0;
  const events = await subjectEvents(db, 'deliberation', id);
  return {
    ...deliberationCore(d, c.name, counts),
    summary: d.summary,
    compiledAt: d.compiledAt,
    createdAt: d.createdAt,
    groups: await groupsOf(db, id),
    timeline: events.map((e) =>
      presentEvent(e, { action: DELIBERATION_EVENT_LABELS, status: DELIBERATION_STATUS_LABELS }),
    ),
    abilities: {
      ...deliberationAbilities(actor, d),
      post: postsInHall(actor, d) && acceptsPosts(d),
      moderate: organiser,
      compile: organiser,
      // A 批示 on the 网络议政情况专报 once it is compiled.
      instruct: d.compiledAt !== null && mayInstructOn(actor, 'deliberation', d.committeeId),
    },
  };
}
export type DeliberationView = Awaited<ReturnType<typeof deliberationView>>;
