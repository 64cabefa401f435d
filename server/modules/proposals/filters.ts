import { inArray, type SQL, sql } from 'drizzle-orm';
import {
  members,
  proposalAssignments,
  proposalRatings,
  proposalReplies,
  proposalSigners,
  proposals,
} from '../../db/schema';
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

/**
 * 待测评: the proposal is 已答复 and a current reply (the latest of an active 主办/分办 assignment)
 * has no rating yet from this member, who rates it as its lead proposer or as the lead of a
 * proposal merged into it (the raters of reply-state.ts).
 */
export function awaitsRatingBy(memberId: number): SQL {
  return sql`(${proposals.status} = 'replied'
    and (${proposals.leadMemberId} = ${memberId} or exists (select 1 from ${proposals} c
      join ${proposalSigners} cs on cs.proposal_id = c.id and cs.role = 'lead'
      where c.merged_into_id = ${proposals.id} and cs.member_id = ${memberId}))
    and exists (select 1 from ${proposalReplies} r
      join ${proposalAssignments} a on a.id = r.assignment_id and a.state = 'active' and a.mode <> 'cooperating'
      where r.proposal_id = ${proposals.id}
        and r.id = (select max(r2.id) from ${proposalReplies} r2 where r2.assignment_id = a.id)
        and not exists (select 1 from ${proposalRatings} x where x.reply_id = r.id and x.member_id = ${memberId})))`;
}

/** 待审核公开: a reply of the proposal whose public version the staff have not reviewed yet. */
export function publicationPending(): SQL {
  return sql`exists (select 1 from ${proposalReplies} r where r.proposal_id = ${proposals.id} and r.public_state = 'pending')`;
}
