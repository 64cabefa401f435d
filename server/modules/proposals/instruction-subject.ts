import { eq } from 'drizzle-orm';
import { PROPOSAL_DUTY } from '../../../domain/org-resources';
import { HANDLED_STATUSES } from '../../../domain/proposal-stats';
import { formatProposalNumber } from '../../../domain/proposals';
import { proposals, users } from '../../db/schema';
import type { InstructionSubject } from '../instructions/subjects';
import { loadReadable } from './relations';

const INSTRUCTABLE: ReadonlySet<string> = new Set(HANDLED_STATUSES);

/** A 批示 is written on a proposal the committee took up (立案) and on everything after; not on the others. */
export const instructableProposal = (status: string) => INSTRUCTABLE.has(status);

/** 批示 on a proposal (mostly key proposals led by a chair or the party secretary). */
export const PROPOSAL_INSTRUCTION_SUBJECT: InstructionSubject = {
  type: 'proposal',
  label: '提案',
  duty: PROPOSAL_DUTY,
  load: async (db, actor, id) => {
    const { proposal } = await loadReadable(db, actor, id);
    const number = formatProposalNumber(proposal.number);
    return {
      committeeId: proposal.committeeId,
      title: number ? `${number}《${proposal.title}》` : proposal.title,
      link: `/proposals/${id}`,
      open: instructableProposal(proposal.status),
    };
  },
  // The first proposer hears of it (an organisation's proposal has no member to tell).
  audience: async (db, id) => {
    const rows = await db
      .select({ id: users.id })
      .from(proposals)
      .innerJoin(users, eq(users.memberId, proposals.leadMemberId))
      .where(eq(proposals.id, id));
    return rows.map((r) => r.id);
  },
};
