import { sql } from 'drizzle-orm';
import { CONSULTATION_FORM_LABELS, CONSULTATION_FORMS } from '../../../domain/consultations';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { shanghaiDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import { inYears } from '../../platform/cockpit';
import { rowsOf } from '../../platform/duty-items';
import { readScopeIds } from '../../platform/scope';

const ids = (list: number[]) => sql.raw(`'{${list.filter(Number.isSafeInteger).join(',')}}'::int[]`);
/** A share in per cent with one decimal, or null when nothing to share. */
const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

interface ActivityRow {
  form: string;
  month: number;
  status: string;
  n: number;
}
interface SupervisionRow {
  groups: number;
  special: number;
  supervision_visits: number;
  supervision_suggestions: number;
  inspections: number;
  research: number;
  inspection_visits: number;
  reports: number;
  inspection_suggestions: number;
  supervision_joined: number;
  inspections_joined: number;
}
interface SuggestionRow {
  total: number;
  sent: number;
  implementing: number;
  declined: number;
  done: number;
  adopted: number;
  partial: number;
  rejected: number;
  answered: number;
  on_time: number;
  overdue: number;
}

interface JointRow {
  activities: number;
  organised: number;
  joined: number;
  members: number;
  speeches: number;
  suggestions: number;
}

/**
 * 联动协商 of the year (held activities with invited committees, by the activity's day) as the committees
 * take part: distinct activities organised or joined, those organised, participations (one per committee
 * invited), members named, and the speeches and suggestions of the committees' own parts.
 */
async function jointOf(db: DbOrTx, scope: ReturnType<typeof ids>, year: number): Promise<JointRow> {
  const [j] = await rowsOf<JointRow>(
    db,
    sql`with j as (
        select c.id, c.committee_id from consultations c
        where c.status = 'held' and extract(year from c.starts_at at time zone 'Asia/Shanghai')::int = ${year}
          and exists (select 1 from consultation_participants p where p.consultation_id = c.id)),
      mine as (select p.* from consultation_participants p join j on j.id = p.consultation_id
        where p.committee_id = any(${scope}))
      select
        (select count(*)::int from j where j.committee_id = any(${scope})
          or j.id in (select consultation_id from mine)) as activities,
        (select count(*)::int from j where j.committee_id = any(${scope})) as organised,
        (select count(*)::int from mine) as joined,
        (select coalesce(sum(cardinality(member_ids)), 0)::int from mine) as members,
        (select count(*)::int from consultation_speeches s join j on j.id = s.consultation_id
          where s.committee_id = any(${scope})) as speeches,
        (select count(*)::int from consultation_suggestions g join j on j.id = g.consultation_id
          where g.committee_id = any(${scope})) as suggestions`,
  );
  return j;
}

/**
 * A year's consultation figures (Beijing calendar) over the caller's committee and its subtree:
 * activities held by form and by month; suggestions made that year and what became of them
 * (feedback given, on time, adoption rate = (采纳 + 部分采纳) / 已反馈, completion = 已办结 /
 * (采纳 + 部分采纳)), over every origin; problems raised at grass-roots sessions and solved; 民主监督
 * (groups, special topics, visits, suggestions) and 视察调研 (by kind, visits, reports sent, suggestions).
 * A joint activity (联动协商) is held by its organiser; each committee taking part counts its own part
 * (its suggestions, and under `joint` its participation, members and speeches), never another's.
 */
export async function consultationStats(db: DbOrTx, actor: Actor, year: number) {
  return consultationStatsOf(db, await readScopeIds(db, actor), year);
}

/** The same figures over a given set of committees (the cockpit's 本级 or subtree). */
export async function consultationStatsOf(db: DbOrTx, committeeIds: number[], year: number) {
  const scope = ids(committeeIds);
  const today = shanghaiDate(now());
  const activities = await rowsOf<ActivityRow>(
    db,
    sql`select form, extract(month from starts_at at time zone 'Asia/Shanghai')::int as month, status, count(*)::int as n
      from consultations where committee_id = any(${scope})
        and ${inYears('starts_at', [year], 'instant')}
      group by 1, 2, 3`,
  );
  const [s] = await rowsOf<SuggestionRow>(
    db,
    sql`select count(*)::int as total,
        count(*) filter (where status = 'sent')::int as sent,
        count(*) filter (where status = 'implementing')::int as implementing,
        count(*) filter (where status = 'declined')::int as declined,
        count(*) filter (where status = 'done')::int as done,
        count(*) filter (where adoption = 'adopted')::int as adopted,
        count(*) filter (where adoption = 'partial')::int as partial,
        count(*) filter (where adoption = 'rejected')::int as rejected,
        count(*) filter (where fed_back_at is not null)::int as answered,
        count(*) filter (where fed_back_at is not null
          and to_char(fed_back_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') <= due_on::text)::int as on_time,
        count(*) filter (where status = 'sent' and due_on < ${today})::int as overdue
      from consultation_suggestions where committee_id = any(${scope})
        and ${inYears('sent_at', [year], 'instant')}`,
  );
  const [p] = await rowsOf<{ raised: number; solved: number }>(
    db,
    sql`select count(*)::int as raised, count(*) filter (where p.solved)::int as solved
      from consultation_problems p join consultations c on c.id = p.consultation_id
      where c.committee_id = any(${scope}) and ${inYears('c.starts_at', [year], 'instant')}`,
  );
  // 民主监督 and 视察调研 of the year: groups by term overlapping it, visits and suggestions by their own day;
  // `joined`: a higher committee's joint groups and inspections the scope's committees took part in.
  const [sv] = await rowsOf<SupervisionRow>(
    db,
    sql`select
        (select count(*)::int from supervision_groups where committee_id = any(${scope}) and kind = 'group'
          and ${year} between extract(year from starts_on)::int and extract(year from ends_on)::int) as groups,
        (select count(*)::int from supervision_groups where committee_id = any(${scope}) and kind = 'special'
          and ${year} between extract(year from starts_on)::int and extract(year from ends_on)::int) as special,
        (select count(*)::int from supervision_visits where committee_id = any(${scope})
          and ${inYears('visited_on', [year], 'date')}) as supervision_visits,
        (select count(*)::int from inspections where committee_id = any(${scope}) and kind = 'inspection'
          and ${inYears('starts_on', [year], 'date')}) as inspections,
        (select count(*)::int from inspections where committee_id = any(${scope}) and kind = 'research'
          and ${inYears('starts_on', [year], 'date')}) as research,
        (select count(*)::int from inspection_visits where committee_id = any(${scope})
          and ${inYears('visited_on', [year], 'date')}) as inspection_visits,
        (select count(*)::int from inspections where committee_id = any(${scope}) and report_sent_on is not null
          and ${inYears('report_sent_on', [year], 'date')}) as reports,
        (select count(*)::int from consultation_suggestions where committee_id = any(${scope})
          and supervision_group_id is not null
          and ${inYears('sent_at', [year], 'instant')}) as supervision_suggestions,
        (select count(*)::int from consultation_suggestions where committee_id = any(${scope})
          and inspection_id is not null
          and ${inYears('sent_at', [year], 'instant')}) as inspection_suggestions,
        (select count(*)::int from consultation_participants p join supervision_groups g on g.id = p.supervision_group_id
          where p.committee_id = any(${scope})
          and ${year} between extract(year from g.starts_on)::int and extract(year from g.ends_on)::int) as supervision_joined,
        (select count(*)::int from consultation_participants p join inspections i on i.id = p.inspection_id
          where p.committee_id = any(${scope}) and ${inYears('i.starts_on', [year], 'date')}) as inspections_joined`,
  );
  const joint = await jointOf(db, scope, year);
  const held = activities.filter((a) => a.status === 'held');
  const sum = (rows: ActivityRow[]) => rows.reduce((n, r) => n + r.n, 0);
  const adoptedAll = s.adopted + s.partial;
  return {
    year,
    activities: {
      held: sum(held),
      planned: sum(activities.filter((a) => a.status === 'planned')),
      cancelled: sum(activities.filter((a) => a.status === 'cancelled')),
      byForm: CONSULTATION_FORMS.map((form) => ({
        form,
        label: CONSULTATION_FORM_LABELS[form],
        held: sum(held.filter((a) => a.form === form)),
      })),
      byMonth: Array.from({ length: 12 }, (_, i) => ({
        month: i + 1,
        held: sum(held.filter((a) => a.month === i + 1)),
      })),
    },
    suggestions: {
      total: s.total,
      awaitingFeedback: s.sent,
      implementing: s.implementing,
      declined: s.declined,
      done: s.done,
      adopted: s.adopted,
      partial: s.partial,
      rejected: s.rejected,
      answered: s.answered,
      answeredOnTime: s.on_time,
      overdue: s.overdue,
      onTimeRate: rate(s.on_time, s.answered),
      adoptionRate: rate(adoptedAll, s.answered),
      completionRate: rate(s.done, adoptedAll),
    },
    problems: { raised: p.raised, solved: p.solved },
    joint,
    supervision: {
      groups: sv.groups,
      special: sv.special,
      visits: sv.supervision_visits,
      suggestions: sv.supervision_suggestions,
      joined: sv.supervision_joined,
    },
    inspections: {
      inspections: sv.inspections,
      research: sv.research,
      visits: sv.inspection_visits,
      reports: sv.reports,
      suggestions: sv.inspection_suggestions,
      joined: sv.inspections_joined,
    },
  };
}
export type ConsultationStats = Awaited<ReturnType<typeof consultationStats>>;
