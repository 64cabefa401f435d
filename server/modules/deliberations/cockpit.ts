import { sql } from 'drizzle-orm';
import { rate } from '../../../domain/cockpit';
import { CONSULTATION_SECTION } from '../../../domain/cockpit-consultation';
import type { DbOrTx } from '../../db/client';
import { type CockpitScope, type CockpitSection, idArray, inYears, yearArray } from '../../platform/cockpit';
import { rowsOf } from '../../platform/duty-items';
import { cockpitConsultationStats } from '../consultation-activities/cockpit-stats';

/** The plans' frequency targets (the minimum of each form, summed) of the committees and years. */
async function targetsOf(db: DbOrTx, scope: CockpitScope) {
  const [r] = await rowsOf<{ n: number }>(
    db,
    sql`select coalesce(sum((t->>'minimum')::int), 0)::int as n
      from consultation_plans p cross join lateral jsonb_array_elements(p.targets) t
      where p.committee_id = any(${idArray(scope.committeeIds)}) and p.year = any(${yearArray(scope.years)})`,
  );
  return r?.n ?? 0;
}

/** The hall's participation: each topic's posting members plus residents' shown posts, and shown posts. */
async function hallOf(db: DbOrTx, scope: CockpitScope) {
  const [r] = await rowsOf<{ participants: number; posts: number }>(
    db,
    sql`select coalesce(sum(members + residents), 0)::int as participants, coalesce(sum(posts), 0)::int as posts from (
        select count(distinct p.member_id) as members, count(*) filter (where p.is_public) as residents, count(*) as posts
        from deliberations d join deliberation_posts p on p.deliberation_id = d.id
        where d.committee_id = any(${idArray(scope.committeeIds)}) and p.status in ('approved', 'adopted')
          and ${inYears('d.opens_on', scope.years, 'date')}
        group by d.id) x`,
  );
  return r ?? { participants: 0, posts: 0 };
}

/**
 * 协商议政 in the cockpit. Activities and suggestions are 协商统计's own counts (consultationStatsOf,
 * the statistics page's query), added over a term's years; the rates are derived from those counts
 * with the cockpit's rounding, as the proposal section does.
 */
export const CONSULTATION_COCKPIT_SECTION: CockpitSection = {
  module: 'deliberations',
  def: CONSULTATION_SECTION,
  async figures(db, scope) {
    const years = await Promise.all(scope.years.map((y) => cockpitConsultationStats(db, scope, y)));
    const add = (pick: (s: (typeof years)[number]) => number) => years.reduce((n, s) => n + pick(s), 0);
    const held = add((s) => s.activities.held);
    const answered = add((s) => s.suggestions.answered);
    const adopted = add((s) => s.suggestions.adopted + s.suggestions.partial);
    const targets = await targetsOf(db, scope);
    const hall = await hallOf(db, scope);
    return {
      held,
      targets,
      targetRate: rate(held, targets),
      suggestions: add((s) => s.suggestions.total),
      onTimeRate: rate(
        add((s) => s.suggestions.answeredOnTime),
        answered,
      ),
      adoptionRate: rate(adopted, answered),
      completionRate: rate(
        add((s) => s.suggestions.done),
        adopted,
      ),
      joint: add((s) => s.joint.activities),
      deliberationParticipants: hall.participants,
      deliberationPosts: hall.posts,
    };
  },
  async months(db, scope, year) {
    const s = await cockpitConsultationStats(db, scope, year);
    return s.activities.byMonth.map((m) => m.held);
  },
  listLink: () => '/consultations',
};
