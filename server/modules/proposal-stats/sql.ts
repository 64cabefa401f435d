import { type SQL, sql } from 'drizzle-orm';
import {
  BASICALLY_SATISFIED,
  DISSATISFIED,
  HANDLED_STATUSES,
  IMPLEMENTED,
  PARTLY_IMPLEMENTED,
  PENDING_REVIEW_STATUSES,
  REPLYING_MODES,
  SATISFIED,
} from '../../../domain/proposal-stats';

/**
 * The statistics as SQL: every figure is an aggregate with GROUP BY over CTEs that touch only
 * the proposals in scope and their own assignments, replies and ratings (joined by the indexed
 * proposal_id), so a year of a province stays one statement however many proposals it holds.
 * The definitions behind each expression are in domain/proposal-stats.ts.
 */

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** What the CTEs need: which proposals (scope and period), how to group them, and today's date. */
export interface StatsSqlInput {
  /** Condition on `p` (proposals), `s` (sessions) and `c` (committees). */
  where: SQL;
  /** Group key of a proposal, an expression over `p`, `c` and whatever `join` brings in. */
  groupKey: SQL;
  join: SQL;
  /** Today in Beijing ('YYYY-MM-DD'): an unanswered assignment past its due date is overdue. */
  today: string;
  /**
   * Also 逾期 in a form that does not depend on today (the cockpit's cache): "late", the proposals
   * with an assignment answered after its due date, and "dues", the others' earliest due date of an
   * unanswered assignment with how many proposals have it. 逾期 on a day D is then late plus the
   * dues before D, for as long as nothing changes.
   */
  overdueParts?: boolean;
}

/**
 * p: received proposals in scope; rp: their replies; ra: per assignment, the first reply's time
 * and the latest reply (ids grow with time, so the highest id is the latest round); a: the active
 * assignments that must reply, with Beijing dates and the overdue flag (against the current
 * deadline: an assignment owes a reply while `replied_at` is null, which 重新办理 sets again);
 * rc: the latest reply of each such assignment, with its category; rr: the ratings of those
 * replies; lr: each proposer's (merged-in proposers too) latest rating per unit. Latest-of-group
 * is max(id) with a hash aggregate, not DISTINCT ON, so a province's year needs no large sort.
 */
function baseCtes({ where, groupKey, join, today }: StatsSqlInput): SQL {
  return sql`
p as (
  select p.id, ${groupKey} as g, p.status, p.implementation_mark as mark,
    kx.id is not null as is_key, coalesce(kl.is_principal, false) as principal_led
  from proposals p
  join sessions s on s.id = p.session_id
  join committees c on c.id = p.committee_id
  left join proposal_key_selections kx on kx.proposal_id = p.id and kx.stage = 'selected'
  left join leaders kl on kl.id = kx.lead_supervisor_leader_id
  ${join}
  where ${where} and p.submitted_at is not null
),
rp as (
  select r.id, r.assignment_id, r.category, r.replied_at
  from proposal_replies r where r.proposal_id = any(array(select id from p))
),
ra as (
  select assignment_id, min(replied_at) as first_at, max(id) as last_id from rp group by assignment_id
),
a0 as (
  select a.id, a.proposal_id, a.unit_id, p.g, p.mark, a.due_date, ra.last_id,
    (a.assigned_at at time zone 'Asia/Shanghai')::date as assigned_on,
    (ra.first_at at time zone 'Asia/Shanghai')::date as replied_on,
    (a.replied_at at time zone 'Asia/Shanghai')::date as settled_on
  from proposal_assignments a
  join p on p.id = a.proposal_id
  left join ra on ra.assignment_id = a.id
  where a.state = 'active' and a.mode in (${list(REPLYING_MODES)})
    and a.proposal_id = any(array(select id from p))
),
a as (
  select a0.*, case when settled_on is null then due_date < ${today}::date else settled_on > due_date end as overdue
  from a0
),
rc as (
  select a.g, a.unit_id, rp.category from a join rp on rp.id = a.last_id
),
rr as (
  select r.id, r.proposal_id, r.unit_id, r.member_id, r.overall
  from proposal_ratings r where r.reply_id = any(array(select id from rp))
),
lr as (
  select rr.proposal_id, rr.unit_id, p.g, rr.overall
  from rr
  join (select max(id) as id from rr group by proposal_id, unit_id, member_id) latest on latest.id = rr.id
  join p on p.id = rr.proposal_id
)`;
}

const ratingCounts = (column: SQL) => sql`
    count(*) filter (where ${column} = ${SATISFIED})::int as "satisfied",
    count(*) filter (where ${column} = ${BASICALLY_SATISFIED})::int as "basicallySatisfied",
    count(*) filter (where ${column} = ${DISSATISFIED})::int as "dissatisfied"`;

/** The rating counts of a joined aggregate, zero for a group nobody has rated. */
const ratingColumns = (alias: string) =>
  sql.raw(
    ['rated', 'satisfied', 'basicallySatisfied', 'dissatisfied']
      .map((c) => `coalesce(${alias}."${c}", 0)::int as "${c}"`)
      .join(', '),
  );

const markCounts = (column: SQL) => sql`
    count(*) filter (where ${column} is not null)::int as "marked",
    count(*) filter (where ${column} = ${IMPLEMENTED})::int as "implemented",
    count(*) filter (where ${column} = ${PARTLY_IMPLEMENTED})::int as "partlyImplemented"`;

/**
 * Per proposal group plus the total (GROUPING SETS: one pass for both). A proposal counts as
 * replied when every replying assignment has a reply; ratings count once per proposer and unit.
 */
export function proposalLevelSql(input: StatsSqlInput): SQL {
  const parts = input.overdueParts === true;
  return sql`with ${baseCtes(input)},
pa as (
  select proposal_id, bool_and(replied_on is not null) as replied, bool_or(overdue) as overdue,
    coalesce(sum(replied_on - assigned_on), 0) as reply_days, count(replied_on) as replied_n${
      parts
        ? sql`,
    coalesce(bool_or(settled_on > due_date), false) as late,
    min(due_date) filter (where settled_on is null) as first_due`
        : sql``
    }
  from a group by proposal_id
),${
    parts
      ? sql`
dues as (
  select g, total, jsonb_object_agg(first_due, n) as dues from (
    select p.g, grouping(p.g)::int as total, pa.first_due::text as first_due, count(*)::int as n
    from p join pa on pa.proposal_id = p.id
    where not pa.late and pa.first_due is not null
    group by grouping sets ((p.g, pa.first_due), (pa.first_due))
  ) x group by g, total
),`
      : sql``
  }
lrg as (
  select g, grouping(g)::int as total, count(*)::int as "rated",${ratingCounts(sql`overall`)}
  from lr group by grouping sets ((g), ())
),
cats as (
  select g, category, count(*)::int as n, grouping(g)::int as total
  from rc group by grouping sets ((g, category), (category))
),
catj as (select g, total, jsonb_object_agg(category, n) as categories from cats group by g, total),
m as (
  select p.g, grouping(p.g)::int as total,
    count(*)::int as "received",
    count(*) filter (where p.status in (${list(HANDLED_STATUSES)}, 'merged'))::int as "registered",
    count(*) filter (where p.status = 'merged')::int as "merged",
    count(*) filter (where p.status = 'rejected')::int as "rejected",
    count(*) filter (where p.status = 'converted')::int as "converted",
    count(*) filter (where p.status = 'withdrawn')::int as "withdrawn",
    count(*) filter (where p.status in (${list(PENDING_REVIEW_STATUSES)}))::int as "pendingReview",
    count(*) filter (where p.is_key)::int as "keyProposals",
    count(*) filter (where p.principal_led)::int as "keyLedByPrincipal",
    count(pa.proposal_id)::int as "assigned",
    count(*) filter (where pa.replied)::int as "replied",
    count(*) filter (where pa.overdue)::int as "overdue",
    coalesce(sum(pa.reply_days), 0)::int as "replyDaysTotal",
    coalesce(sum(pa.replied_n), 0)::int as "repliedAssignments",${markCounts(sql`p.mark`)}${
      parts
        ? sql`,
    count(*) filter (where pa.late)::int as "late"`
        : sql``
    }
  from p
  left join pa on pa.proposal_id = p.id
  group by grouping sets ((p.g), ())
)
select m.*, catj.categories, ${ratingColumns('lrg')}${parts ? sql`, dues.dues` : sql``}
from m
left join catj on catj.total = m.total and catj.g is not distinct from m.g
left join lrg on lrg.total = m.total and lrg.g is not distinct from m.g${
    parts
      ? sql`
left join dues on dues.total = m.total and dues.g is not distinct from m.g`
      : sql``
  }`;
}

/**
 * Per handling unit: its own replying assignments, the proposers' latest ratings of its replies,
 * its current replies' categories, and the marks of the proposals it answered.
 */
export function unitLevelSql(input: StatsSqlInput): SQL {
  return sql`with ${baseCtes(input)},
am as (
  select unit_id as g,
    count(*)::int as "assigned",
    count(replied_on)::int as "replied",
    count(*) filter (where overdue)::int as "overdue",
    coalesce(sum(replied_on - assigned_on), 0)::int as "replyDaysTotal",
    count(replied_on)::int as "repliedAssignments",${markCounts(sql`mark`)}
  from a group by unit_id
),
rm as (
  select unit_id as g, count(*)::int as "rated",${ratingCounts(sql`overall`)}
  from lr group by unit_id
),
cm as (
  select g, jsonb_object_agg(category, n) as categories
  from (select unit_id as g, category, count(*)::int as n from rc group by unit_id, category) x
  group by g
)
select am.*, cm.categories, ${ratingColumns('rm')}
from am left join rm on rm.g = am.g left join cm on cm.g = am.g`;
}
