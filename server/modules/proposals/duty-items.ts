import { sql } from 'drizzle-orm';
import { PROPOSAL_DUTY_KINDS } from '../../../domain/duty-kinds';
import { HANDLED_STATUSES } from '../../../domain/proposal-stats';
import { formatProposalNumber } from '../../../domain/proposals';
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
  number: number | null;
  is_key: boolean;
  is_excellent: boolean;
  lead: boolean;
  day: string;
}

const statusList = (list: readonly string[]) =>
  sql.join(
    list.map((s) => sql`${s}`),
    sql`, `,
  );

/**
 * The members' registered proposals of the year (by the day of 立案): a proposal merged into
 * another (并案) counts as its host, once per member, as lead if the member led either; key and
 * excellent are the host's and count for its lead. A proposal that is its own host is read only
 * if registered in the year (the host's test below), not every year's of the committee.
 */
async function collect(db: DbOrTx, scope: DutyScope): Promise<CollectedItem[]> {
  const { from, to } = yearInstants(scope.year);
  const member = scope.memberId === undefined ? sql`` : sql`and s.member_id = ${scope.memberId}`;
  const rows = await rowsOf<Row>(
    db,
    sql`with signed as (
      select s.member_id, coalesce(p.merged_into_id, p.id) as head, bool_or(s.role = 'lead') as lead
      from proposal_signers s join proposals p on p.id = s.proposal_id
      where p.committee_id = ${scope.committeeId} and s.state = 'confirmed' ${member}
        and p.status in (${statusList([...HANDLED_STATUSES, 'merged'])})
        and (p.merged_into_id is not null
          or (p.registered_at >= ${from.toISOString()} and p.registered_at < ${to.toISOString()}))
      group by s.member_id, coalesce(p.merged_into_id, p.id)
    )
    select sg.member_id, h.id, h.title, h.number, h.is_key, h.is_excellent, sg.lead,
      to_char(h.registered_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day
    from signed sg join proposals h on h.id = sg.head
    where h.status in (${statusList(HANDLED_STATUSES)})
      and h.registered_at >= ${from.toISOString()} and h.registered_at < ${to.toISOString()}`,
  );
  return rows.flatMap((r) => {
    const evidence = {
      type: 'proposal',
      id: r.id,
      title: `${r.number === null ? '' : formatProposalNumber(r.number)}《${r.title}》`,
      link: `/proposals/${r.id}`,
    };
    const item = (fact: string) => ({
      memberId: r.member_id,
      key: `proposal:${r.id}:${fact}`,
      kind: `proposal.${fact}`,
      date: r.day,
      evidence,
    });
    if (!r.lead) return [item('coSigner')];
    return [item('lead'), ...(r.is_key ? [item('key')] : []), ...(r.is_excellent ? [item('excellent')] : [])];
  });
}

/** 提案 in the duty archive. */
export const PROPOSAL_DUTY_SOURCE: DutySource = { module: '提案', kinds: PROPOSAL_DUTY_KINDS, collect };
