import { sql } from 'drizzle-orm';
import { DELIBERATION_DUTY_KINDS } from '../../../domain/duty-kinds';
import type { DbOrTx } from '../../db/client';
import {
  type CollectedItem,
  type DutyScope,
  type DutySource,
  rowsOf,
  yearInstants,
} from '../../platform/duty-items';

interface Row {
  member_id: number;
  key: string;
  kind: string;
  day: string;
  deliberation_id: number;
  title: string;
}

/**
 * 网络议政 in the duty archive: a member's participation in a topic (one item per topic, on the day
 * of their first post shown in the hall) and each of their posts the staff adopted (on the day of
 * the adoption, read from the event log).
 */
async function collect(db: DbOrTx, scope: DutyScope): Promise<CollectedItem[]> {
  const { from, to } = yearInstants(scope.year);
  const member = scope.memberId === undefined ? sql`` : sql`and p.member_id = ${scope.memberId}`;
  const rows = await rowsOf<Row>(
    db,
    sql`select p.member_id, 'topic:' || d.id || ':' || p.member_id as key, 'deliberation.post' as kind,
        to_char(min(p.created_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, d.id as deliberation_id,
        '参与网络议政《' || d.title || '》' as title
      from deliberation_posts p join deliberations d on d.id = p.deliberation_id
      where p.committee_id = ${scope.committeeId} and p.member_id is not null ${member}
        and p.status in ('approved', 'adopted')
        and p.created_at >= ${from.toISOString()} and p.created_at < ${to.toISOString()}
      group by p.member_id, d.id, d.title
    union all
    select p.member_id, 'adopted:' || p.id, 'deliberation.adopted',
        to_char(e.at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), p.deliberation_id,
        '网络议政建议被采纳：' || left(p.body, 40)
      from deliberation_posts p
      join events e on e.subject_type = 'deliberationPost' and e.subject_id = p.id and e.action = 'adopt'
      where p.committee_id = ${scope.committeeId} and p.member_id is not null ${member}
        and p.status = 'adopted' and e.at >= ${from.toISOString()} and e.at < ${to.toISOString()}`,
  );
  return rows.map((r) => ({
    memberId: r.member_id,
    key: `deliberation:${r.key}`,
    kind: r.kind,
    date: r.day,
    evidence: {
      type: 'deliberation',
      id: r.deliberation_id,
      title: r.title,
      link: `/deliberations/${r.deliberation_id}`,
    },
  }));
}

/** Participation and adopted suggestions of the hall in the duty archive. */
export const DELIBERATION_DUTY_SOURCE: DutySource = {
  module: '网络议政',
  kinds: DELIBERATION_DUTY_KINDS,
  collect,
};
