import { sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { shanghaiDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import { inYears } from '../../platform/cockpit';
import { readScopeIds } from '../../platform/scope';

/** The committees as an int[] literal (integers only), as the list pages inline them. */
function idArray(ids: number[]) {
  if (!ids.every(Number.isSafeInteger)) throw new Error('committee ids must be integers');
  return sql.raw(`'{${ids.join(',')}}'::int[]`);
}

/** The year's figures as the one statement below returns them. */
export interface OpinionStatsRow {
  received: number;
  reporters: number;
  adopted: number;
  rejected: number;
  withdrawn: number;
  pending: number;
  merged: number;
  /** Issues by kind, adoptions and 批示 by level. */
  issues: Record<string, number>;
  adoptions: Record<string, number>;
  instructions: Record<string, number>;
  principal: number;
  feedbackOnTime: number;
  feedbackGiven: number;
  feedbackOverdue: number;
}

/**
 * 社情民意 and 批示 figures of a year for the caller's committee and the committees below it (the
 * seeds' "编印社情民意共X篇，被全国、省政协录用X篇，省市领导批示X人次"): reports filed that year and
 * what became of them, the issues signed that year, adoptions and 批示 dated that year.
 */
export async function opinionStats(db: DbOrTx, actor: Actor, year: number) {
  return opinionStatsOf(db, await readScopeIds(db, actor), year);
}

/** The same figures over a given set of committees (the cockpit: a committee alone or its subtree). */
export async function opinionStatsOf(db: DbOrTx, committeeIds: number[], year: number) {
  const scope = idArray(committeeIds);
  const res = (await db.execute(sql`
    with filed as (
      select r.* from opinion_reports r
      where r.committee_id = any(${scope}) and r.status <> 'draft' and ${inYears('r.submitted_at', [year], 'instant')}
    ), parts as (
      select u.state, u.fed_back_at, i.due_on, i.status from instruction_units u
      join instructions i on i.id = u.instruction_id
      where i.committee_id = any(${scope}) and ${inYears('i.instructed_on', [year], 'date')}
    )
    select
      (select count(*)::int from filed) as received,
      (select count(distinct reporter_member_id)::int from filed) as reporters,
      (select count(*)::int from filed where status = 'adopted') as adopted,
      (select count(*)::int from filed where status = 'rejected') as rejected,
      (select count(*)::int from filed where status = 'withdrawn') as withdrawn,
      (select count(*)::int from filed where status in ('submitted', 'received')) as pending,
      (select count(*)::int from filed f where f.item_id is not null
        and exists (select 1 from opinion_reports o where o.item_id = f.item_id and o.id < f.id)) as merged,
      (select coalesce(jsonb_object_agg(kind, n), '{}') from (select kind, count(*)::int n from bulletin_issues
        where committee_id = any(${scope}) and number is not null and year = ${year} group by kind) k) as issues,
      (select coalesce(jsonb_object_agg(level, n), '{}') from (select level, count(*)::int n from opinion_adoptions
        where committee_id = any(${scope}) and ${inYears('adopted_on', [year], 'date')} group by level) a)
        as adoptions,
      (select coalesce(jsonb_object_agg(level, n), '{}') from (select level, count(*)::int n from instructions
        where committee_id = any(${scope}) and ${inYears('instructed_on', [year], 'date')} group by level) l)
        as instructions,
      (select count(*)::int from instructions where committee_id = any(${scope}) and principal
        and ${inYears('instructed_on', [year], 'date')}) as principal,
      (select count(*)::int from parts where fed_back_at is not null
        and (fed_back_at at time zone 'Asia/Shanghai')::date <= due_on) as "feedbackOnTime",
      (select count(*)::int from parts where fed_back_at is not null) as "feedbackGiven",
      (select count(*)::int from parts where status = 'open' and state in ('pending', 'returned')
        and due_on < ${shanghaiDate(now())}::date) as "feedbackOverdue"
  `)) as unknown as { rows: OpinionStatsRow[] };
  return { year, ...res.rows[0] };
}
