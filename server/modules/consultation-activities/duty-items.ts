import { sql } from 'drizzle-orm';
import { CONSULTATION_DUTY_KINDS } from '../../../domain/duty-kinds';
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
  consultation_id: number;
  title: string;
}

/**
 * 协商议政 in the duty archive: a member's speech (on the activity's day, activities held), each of
 * their suggestions a department adopted or partly adopted (on the day of the feedback), and taking
 * part for their committee in a higher committee's joint activity (联动协商, on its day). Each row is
 * the member's own committee's, so a joint activity gives every committee's members their own items.
 */
async function collect(db: DbOrTx, scope: DutyScope): Promise<CollectedItem[]> {
  const { from, to } = yearInstants(scope.year);
  const member = (col: ReturnType<typeof sql>) =>
    scope.memberId === undefined ? sql`` : sql`and ${col} = ${scope.memberId}`;
  const rows = await rowsOf<Row>(
    db,
    sql`select s.member_id, 'speech:' || s.id as key, 'consultation.speech' as kind,
        to_char(c.starts_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, c.id as consultation_id,
        '发言《' || s.title || '》' as title
      from consultation_speeches s join consultations c on c.id = s.consultation_id
      where s.committee_id = ${scope.committeeId} and s.member_id is not null ${member(sql`s.member_id`)}
        and c.status = 'held' and c.starts_at >= ${from.toISOString()} and c.starts_at < ${to.toISOString()}
    union all
    select g.member_id, 'suggestion:' || g.id, 'consultation.adopted',
        to_char(g.fed_back_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), g.consultation_id,
        '意见建议被' || case g.adoption when 'adopted' then '采纳' else '部分采纳' end || '：' || left(g.text, 40)
      from consultation_suggestions g
      where g.committee_id = ${scope.committeeId} and g.member_id is not null ${member(sql`g.member_id`)}
        and g.consultation_id is not null and g.adoption in ('adopted', 'partial')
        and g.fed_back_at >= ${from.toISOString()} and g.fed_back_at < ${to.toISOString()}
    union all
    select m.member_id, 'joint:' || c.id, 'consultation.joint',
        to_char(c.starts_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), c.id,
        '参加' || k.name || '联动协商：' || c.topic
      from consultation_participants p cross join lateral unnest(p.member_ids) as m(member_id)
        join consultations c on c.id = p.consultation_id join committees k on k.id = c.committee_id
      where p.committee_id = ${scope.committeeId} ${member(sql`m.member_id`)}
        and c.status = 'held' and c.starts_at >= ${from.toISOString()} and c.starts_at < ${to.toISOString()}`,
  );
  return rows.map((r) => ({
    memberId: r.member_id,
    key: `consultation:${r.key}`,
    kind: r.kind,
    date: r.day,
    evidence: {
      type: 'consultation',
      id: r.consultation_id,
      title: r.title,
      link: `/consultations/${r.consultation_id}`,
    },
  }));
}

/** Speeches, adopted suggestions and joint activities joined in the duty archive. */
export const CONSULTATION_DUTY_SOURCE: DutySource = {
  module: '协商议政',
  kinds: CONSULTATION_DUTY_KINDS,
  collect,
};
