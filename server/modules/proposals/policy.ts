import { handlesProposals } from '../../../domain/abilities';
import type { ProposalFacts, ProposalRole } from '../../../domain/proposal-workflow';
import {
  type AssignmentMode,
  type AssignmentState,
  type ExtensionState,
  type KeyStage,
  ORG_SUBMITTER_KINDS,
  type ProposalStatus,
  type SignerRole,
  type SignerState,
  type SubmitterKind,
} from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';

/** The columns of a proposal the policy looks at. */
export interface PolicyProposal {
  committeeId: number;
  status: string;
  submitterKind: string;
  leadMemberId: number | null;
  createdByUserId: number;
  submittedAt: Date | null;
  title: string;
  categoryId: number | null;
  recommendationHtml: string;
  isExcellent: boolean;
}

/** Who is attached to a proposal: signers, units, merged-in proposers, the key-proposal lead. */
export interface ProposalRelations {
  signers: { memberId: number; role: SignerRole; state: SignerState }[];
  assignments: {
    unitId: number;
    mode: AssignmentMode;
    state: AssignmentState;
    assignedAt: Date;
    acceptedAt: Date | null;
    /** Still owes its reply (主办/分办) or its views (会办). */
    owes: boolean;
    extensionState: ExtensionState | null;
  }[];
  /** Signers of proposals merged into this one: they follow the host and get its reply. */
  mergedSignerMemberIds: number[];
  /** Lead proposers of proposals merged into this one: each rates the reply (DOMAIN.md §2). */
  mergedLeadMemberIds: number[];
  keyStage: KeyStage | null;
  leadSupervisorLeaderId: number | null;
  /** The committee's own 主席/副主席 leading it instead of a 党政领导. */
  leadSupervisorMemberId: number | null;
}

const isOrgKind = (p: PolicyProposal) => ORG_SUBMITTER_KINDS.includes(p.submitterKind as SubmitterKind);

/**
 * The caller's relation to one proposal (the roles of the workflow table). Write roles need the
 * proposal's own committee: a higher committee's staff read a lower committee's proposals only.
 */
export function proposalRolesOf(actor: Actor, p: PolicyProposal, rel: ProposalRelations): ProposalRole[] {
  if (actor.committeeId !== p.committeeId) return [];
  const roles: ProposalRole[] = [];
  const memberId = actor.memberId;
  if (actor.role === 'member' && memberId !== null) {
    if (memberId === p.leadMemberId || rel.mergedLeadMemberIds.includes(memberId)) roles.push('proposer');
    if (rel.signers.some((s) => s.memberId === memberId && s.role === 'co')) roles.push('coSigner');
    if (memberId === rel.leadSupervisorMemberId) roles.push('leadSupervisor');
  }
  // Staff of other departments (委员工作科, 研究室 …) read proposals but take no step.
  if (handlesProposals(actor)) {
    roles.push('staff');
    // Party, sector-group and special-committee proposals are entered and followed by staff.
    if (isOrgKind(p)) roles.push('proposer');
  }
  if (actor.role === 'unit' && actor.handlingUnitId !== null) {
    const mine = rel.assignments.filter((a) => a.unitId === actor.handlingUnitId && a.state === 'active');
    if (mine.length) roles.push('unit');
    if (mine.some((a) => a.mode !== 'cooperating')) roles.push('replyingUnit');
    if (mine.some((a) => a.mode === 'cooperating')) roles.push('cooperatingUnit');
  }
  if (actor.role === 'leader' && actor.leaderId !== null && actor.leaderId === rel.leadSupervisorLeaderId) {
    roles.push('leadSupervisor');
  }
  return roles;
}

/**
 * May the caller see this proposal at all (the caller's committee scope is checked in SQL)?
 * A draft (草稿, also one sent back for revision) is its author's alone: the lead member's, or for
 * a party/sector/committee proposal the own office's; a unit sees what it was ever assigned.
 */
export function canReadProposal(actor: Actor, p: PolicyProposal, rel: ProposalRelations): boolean {
  const isDraft = p.status === 'draft';
  switch (actor.role) {
    case 'staff':
      return !isDraft || (isOrgKind(p) && actor.committeeId === p.committeeId);
    case 'leader':
      return !isDraft;
    case 'member': {
      const m = actor.memberId;
      if (m === null) return false;
      if (m === p.leadMemberId) return true;
      if (isDraft) return false;
      return (
        rel.signers.some((s) => s.memberId === m) ||
        rel.mergedSignerMemberIds.includes(m) ||
        rel.leadSupervisorMemberId === m
      );
    }
    case 'unit':
      return !isDraft && rel.assignments.some((a) => a.unitId === actor.handlingUnitId);
    default:
      return false;
  }
}

/** A never-submitted draft may be deleted outright by its proposer; later ones are withdrawn. */
export function canDeleteDraft(roles: ProposalRole[], p: PolicyProposal): boolean {
  return p.status === 'draft' && p.submittedAt === null && roles.includes('proposer');
}

/**
 * What the workflow guards may look at: the proposal's own facts and its active assignments seen
 * from the caller's unit (签收 due while the unit has not signed; a reply owed; extensions).
 * `unratedByCaller` comes from the replies and ratings (server/modules/proposals/transition.ts).
 */
export function factsOf(
  actor: Actor,
  p: PolicyProposal,
  rel: ProposalRelations,
  {
    unratedByCaller,
    returnWindowOpen,
    returnWindowDays,
  }: Pick<ProposalFacts, 'unratedByCaller' | 'returnWindowOpen' | 'returnWindowDays'>,
): ProposalFacts {
  const active = rel.assignments.filter((a) => a.state === 'active');
  const replying = active.filter((a) => a.mode !== 'cooperating');
  const mine = replying.find((a) => a.unitId === actor.handlingUnitId);
  return {
    title: p.title,
    categoryId: p.categoryId,
    recommendationHtml: p.recommendationHtml,
    submitterKind: p.submitterKind as SubmitterKind,
    keyStage: rel.keyStage,
    isExcellent: p.isExcellent,
    awaitingAcceptance: active.some((a) => a.unitId === actor.handlingUnitId && a.acceptedAt === null),
    owesReply: Boolean(mine?.owes),
    extensionPending: mine?.extensionState === 'pending',
    othersOweReply: replying.some((a) => a !== mine && a.owes),
    anyExtensionPending: active.some((a) => a.extensionState === 'pending'),
    anyOwing: active.some((a) => a.owes),
    unratedByCaller,
    returnWindowOpen,
    returnWindowDays,
    freshDraft: p.status === 'draft' && p.submittedAt === null,
    cosignAnswer:
      rel.signers.find((s) => s.role === 'co' && s.memberId === actor.memberId && actor.memberId !== null)
        ?.state ?? null,
  };
}

export const statusOf = (p: PolicyProposal) => p.status as ProposalStatus;

/** Roles that may ask for a reply letter in Word at all (the route's gate). */
export const REPLY_LETTER_READERS = ['staff', 'member', 'unit'] as const;

/**
 * Who reads a reply letter of a proposal they can see: the proposers, the office, and the unit
 * that wrote it (not a 会办 or 分办 unit that wrote another). One rule for the Word route and the
 * button on the page.
 */
export function mayReadReplyLetter(actor: Pick<Actor, 'role' | 'handlingUnitId'>, reply: { unitId: number }) {
  if (actor.role === 'unit') return reply.unitId === actor.handlingUnitId;
  return (REPLY_LETTER_READERS as readonly string[]).includes(actor.role);
}
