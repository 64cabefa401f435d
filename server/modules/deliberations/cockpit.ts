import { sql } from 'drizzle-orm';
import { rate } from '../../../domain/cockpit';
import { CONSULTATION_SECTION } from '../../../domain/cockpit-consultation';
import type { DbOrTx } from '../../db/client';
import { type CockpitScope, type CockpitSection, idArray, inYears } from '../../platform/cockpit';
import { addUp, type CommitteeCache, cachedTotal } from '../../platform/cockpit-cache';
import { rowsOf } from '../../platform/duty-items';
import { cockpitConsultationStats } from '../consultation-activities/cockpit-stats';

type Hall = { participants: number; posts: number };

/**
 * The hall's participation of each committee's topics opening in the year (each topic's posting
 * members plus residents' shown posts, and shown posts), kept in the cockpit's cache: a post, its
 * review and a topic's changes append events with the topic's committee.
 */
const HALL_CACHE: CommitteeCache<Hall> = {
  key: 'deliberations.hall.v1',
  sum: addUp,
  async compute(db, ids, year) {
    const rows = await rowsOf<Hall & { committeeId: number }>(
      db,
      sql`select committee_id as "committeeId", sum(members + residents)::int as participants,
          sum(posts)::int as posts from (
          select d.committee_id, count(distinct p.member_id) as members,
            count(*) filter (where p.is_public) as residents, count(*) as posts
          from deliberations d join deliberation_posts p on p.deliberation_id = d.id
          where d.committee_id = any(${idArray(ids)}) and p.status in ('approved', 'adopted')
            and ${inYears('d.opens_on', [year], 'date')}
          group by d.id) x
        group by 1`,
    );
    const byId = new Map(rows.map((r) => [r.committeeId, { participants: r.participants, posts: r.posts }]));
    return new Map(ids.map((id) => [id, byId.get(id) ?? { participants: 0, posts: 0 }]));
  },
};

/** The hall's participation over the scope and its years: the cached sums of the committee or its subtree, added. */
async function hallOf(db: DbOrTx, scope: CockpitScope): Promise<Hall> {
  const years = await Promise.all(scope.years.map((y) => cachedTotal(db, scope, HALL_CACHE, y)));
  return addUp(years);
}

/**
 * 协商议政 in the cockpit. Activities and suggestions are 协商统计's own counts (consultationStatsOf's,
 * kept per committee in the cockpit's cache: consultation-activities/cockpit-stats.ts), added over a
 * term's years; the rates are derived from those counts with the cockpit's rounding, as the
 * proposal section does.
 */
export const CONSULTATION_COCKPIT_SECTION: CockpitSection = {
  module: 'deliberations',
  def: CONSULTATION_SECTION,
  async figures(db, scope) {
    const [years, hall] = await Promise.all([
      Promise.all(scope.years.map((y) => cockpitConsultationStats(db, scope, y))),
      hallOf(db, scope),
    ]);
    const add = (pick: (s: (typeof years)[number]) => number) => years.reduce((n, s) => n + pick(s), 0);
    const targets = add((s) => s.targets);
    const held = add((s) => s.held.reduce((a, b) => a + b, 0));
    const answered = add((s) => s.suggestions.answered);
    const adopted = add((s) => s.suggestions.adopted);
    return {
      held,
      targets,
      targetRate: rate(held, targets),
      suggestions: add((s) => s.suggestions.total),
      onTimeRate: rate(
        add((s) => s.suggestions.onTime),
        answered,
      ),
      adoptionRate: rate(adopted, answered),
      completionRate: rate(
        add((s) => s.suggestions.done),
        adopted,
      ),
      joint: add((s) => s.joint),
      deliberationParticipants: hall.participants,
      deliberationPosts: hall.posts,
    };
  },
  async months(db, scope, year) {
    return (await cockpitConsultationStats(db, scope, year)).held;
  },
  listLink: () => '/consultations',
};
