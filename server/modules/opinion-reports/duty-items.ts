import { sql } from 'drizzle-orm';
import { OPINION_DUTY_KINDS } from '../../../domain/duty-kinds';
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
  id: number;
  title: string;
  fact: string;
  day: string;
}

/**
 * 社情民意 reports filed in the year (submitted, not withdrawn; a report the editors reject was
 * still filed), and each adoption level of the item carrying a report, on the day it was adopted.
 */
async function collect(db: DbOrTx, scope: DutyScope): Promise<CollectedItem[]> {
  const { from, to } = yearInstants(scope.year);
  const member = scope.memberId === undefined ? sql`` : sql`and r.reporter_member_id = ${scope.memberId}`;
  const rows = await rowsOf<Row>(
    db,
    sql`select r.reporter_member_id as member_id, r.id, r.title, 'filed' as fact,
        to_char(r.submitted_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day
      from opinion_reports r
      where r.committee_id = ${scope.committeeId} ${member} and r.reporter_kind = 'member'
        and r.status not in ('draft', 'withdrawn')
        and r.submitted_at >= ${from.toISOString()} and r.submitted_at < ${to.toISOString()}
    union all
    select r.reporter_member_id, r.id, r.title, 'adopted.' || a.level, a.adopted_on::text
      from opinion_reports r join opinion_adoptions a on a.item_id = r.item_id
      where r.committee_id = ${scope.committeeId} ${member} and r.reporter_kind = 'member' and r.status = 'adopted'
        and a.adopted_on >= ${`${scope.year}-01-01`} and a.adopted_on <= ${`${scope.year}-12-31`}`,
  );
  return rows.map((r) => ({
    memberId: r.member_id,
    key: `opinionReport:${r.id}:${r.fact}`,
    kind: `opinion.${r.fact}`,
    date: r.day,
    evidence: { type: 'opinionReport', id: r.id, title: `《${r.title}》`, link: `/opinions/${r.id}` },
  }));
}

/** 社情民意 in the duty archive. */
export const OPINION_DUTY_SOURCE: DutySource = { module: '社情民意', kinds: OPINION_DUTY_KINDS, collect };
