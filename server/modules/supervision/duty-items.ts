import { sql } from 'drizzle-orm';
import { SUPERVISION_DUTY_KINDS } from '../../../domain/duty-kinds';
import type { DbOrTx } from '../../db/client';
import { type CollectedItem, type DutyScope, type DutySource, rowsOf } from '../../platform/duty-items';

interface Row {
  member_id: number;
  key: string;
  kind: string;
  day: string;
  origin: string;
  origin_id: number;
  title: string;
}

/**
 * 民主监督 and 视察调研 in the duty archive: each visit a member was recorded present at, on the visit's
 * day ("谁组织谁记录": staff record who was there).
 */
async function collect(db: DbOrTx, scope: DutyScope): Promise<CollectedItem[]> {
  const from = `${scope.year}-01-01`;
  const to = `${scope.year + 1}-01-01`;
  const member = scope.memberId === undefined ? sql`` : sql`and m = ${scope.memberId}`;
  const rows = await rowsOf<Row>(
    db,
    sql`select m as member_id, 'supervision:' || v.id || ':' || m as key, 'supervision.visit' as kind,
        v.visited_on::text as day, 'supervision' as origin, g.id as origin_id,
        '民主监督：' || g.topic || '（' || v.place || '）' as title
      from supervision_visits v join supervision_groups g on g.id = v.group_id, unnest(v.member_ids) as m
      where v.committee_id = ${scope.committeeId} and v.visited_on >= ${from} and v.visited_on < ${to} ${member}
    union all
    select m, 'inspection:' || v.id || ':' || m, 'inspection.visit', v.visited_on::text, 'inspection', i.id,
        case i.kind when 'research' then '调研：' else '视察：' end || i.topic || '（' || v.place || '）'
      from inspection_visits v join inspections i on i.id = v.inspection_id, unnest(v.member_ids) as m
      where v.committee_id = ${scope.committeeId} and v.visited_on >= ${from} and v.visited_on < ${to} ${member}`,
  );
  return rows.map((r) => ({
    memberId: r.member_id,
    key: r.key,
    kind: r.kind,
    date: r.day,
    evidence: {
      type: r.origin,
      id: r.origin_id,
      title: r.title,
      link: r.origin === 'supervision' ? `/supervision-groups/${r.origin_id}` : `/inspections/${r.origin_id}`,
    },
  }));
}

/** Supervision and inspection visits in the duty archive. */
export const SUPERVISION_DUTY_SOURCE: DutySource = {
  module: '民主监督、视察调研',
  kinds: SUPERVISION_DUTY_KINDS,
  collect,
};
