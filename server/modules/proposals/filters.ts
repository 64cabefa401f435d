import { inArray, type SQL, sql } from 'drizzle-orm';
import { members, proposalAssignments, proposalSigners, proposals } from '../../db/schema';
import { shanghaiDate } from '../../lib/working-days';
import { likePattern } from '../../platform/scope';
import { HANDLING_STATUSES } from './deadlines';

/**
 * A proposer by name: a signer who has not declined (第一提案人 or 联名人), or the party, sector
 * group or special committee it was submitted in the name of.
 */
export function proposerNamed(name: string): SQL {
  const pattern = likePattern(name);
  return sql`(exists (select 1 from ${proposalSigners} s join ${members} m on m.id = s.member_id
    where s.proposal_id = ${proposals.id} and s.state <> 'declined' and m.name ilike ${pattern})
    or ${proposals.submitterName} ilike ${pattern})`;
}

/**
 * 超期: the proposal is still being handled (a reply can be made) and a unit that must answer
 * (主办 or 分办) holds it past its due date (Beijing calendar) without having replied.
 */
export function overdueNow(): SQL {
  return sql`(${inArray(proposals.status, [...HANDLING_STATUSES])} and exists (
    select 1 from ${proposalAssignments} a where a.proposal_id = ${proposals.id} and a.state = 'active'
      and a.mode <> 'cooperating' and a.replied_at is null and a.due_date < ${shanghaiDate()}::date))`;
}
