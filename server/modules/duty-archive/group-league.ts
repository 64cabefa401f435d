import { sql } from 'drizzle-orm';
import { rate } from '../../../domain/cockpit';
import { MEMBER_GROUP_LABELS, type MemberGroupBy } from '../../../domain/cockpit-figures';
import type { DbOrTx } from '../../db/client';
import { cockpitRows, idArray, yearArray } from '../../platform/cockpit';

/** How each grouping finds a member's group: the member's column and the group's table. */
const GROUPING: Record<MemberGroupBy, { column: string; table: string }> = {
  sector: { column: 'sector_id', table: 'sectors' },
  liaisonGroup: { column: 'liaison_group_id', table: 'liaison_groups' },
  specialCommittee: { column: 'special_committee_id', table: 'special_committees' },
};

interface Sums {
  id: number | null;
  name: string | null;
  committee: string | null;
  scored: number;
  total: number;
  excellent: number;
  incompetent: number;
  proposals: number;
  opinions: number;
  activities: number;
  flagged: number;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The members' stored year scores (duty_scores) added up per 界别, 联络组 or 专委会 over some
 * committees and years, for the cockpit's league of groups. Sectors are grouped by name across
 * committees (a city reads 教育界 once, as 提案统计 groups them); a liaison group or special
 * committee belongs to one committee and is named with it when several committees are read.
 * Members outside any group form one row, so the rows add up to the committee.
 */
export async function memberGroupFigures(
  db: DbOrTx,
  committeeIds: readonly number[],
  years: readonly number[],
  by: MemberGroupBy,
) {
  const { column, table } = GROUPING[by];
  const byName = by === 'sector';
  const groupKey = sql.raw(byName ? 'g.name' : 'g.id, g.name, c.name');
  const rows = await cockpitRows<Sums>(
    db,
    sql`select ${sql.raw(byName ? 'min(g.id)' : 'g.id')} as id, g.name as name,
        ${sql.raw(byName ? 'null' : 'c.name')} as committee,
        count(*)::int as scored, sum(s.total)::int as total,
        count(*) filter (where s.grade = 'excellent')::int as excellent,
        count(*) filter (where s.grade = 'incompetent')::int as incompetent,
        sum((s.result->'done'->>'proposal')::int)::int as proposals,
        sum((s.result->'done'->>'opinion')::int)::int as opinions,
        sum((s.result->'done'->>'activity')::int)::int as activities,
        count(*) filter (where s.consequence_count > 0)::int as flagged
      from duty_scores s
      join members m on m.id = s.member_id
      left join ${sql.raw(table)} g on g.id = m.${sql.raw(column)}
      left join committees c on c.id = g.committee_id
      where s.committee_id = any(${idArray(committeeIds)}) and s.year = any(${yearArray(years)})
      group by ${groupKey}`,
  );
  const named = committeeIds.length > 1;
  return rows
    .map((r) => {
      const done = r.proposals + r.opinions + r.activities;
      return {
        group: {
          id: r.id,
          name:
            r.name === null
              ? `未编入${MEMBER_GROUP_LABELS[by]}`
              : named && r.committee
                ? `${r.committee}·${r.name}`
                : r.name,
          /** The group belongs to the committee read (its members' list can be filtered by it). */
          own: r.id !== null && !named,
        },
        values: {
          scored: r.scored,
          average: r.scored ? round1(r.total / r.scored) : null,
          excellentRate: rate(r.excellent, r.scored),
          incompetent: r.incompetent,
          proposals: r.proposals,
          opinions: r.opinions,
          activities: r.activities,
          perMember: r.scored ? round1(done / r.scored) : null,
          flagged: r.flagged,
        } as Record<string, number | null>,
      };
    })
    .sort(
      (a, b) =>
        Number(a.group.id === null) - Number(b.group.id === null) ||
        (b.values.average ?? -1) - (a.values.average ?? -1) ||
        a.group.name.localeCompare(b.group.name, 'zh-CN'),
    );
}
