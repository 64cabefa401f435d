import { and, eq, inArray, or } from 'drizzle-orm';
import { PROPOSAL_DUTY } from '../../../domain/org-resources';
import type { ProposalAction } from '../../../domain/proposal-workflow';
import { PROPOSAL_EVENT_LABELS } from '../../../domain/proposal-workflow';
import { ORG_SUBMITTER_KINDS, type SubmitterKind } from '../../../domain/proposals';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx, Tx } from '../../db/client';
import { departments, users } from '../../db/schema';
import { notifyUsers } from '../notifications/notify';
import type { ProposalRelations } from './policy';
import type { ProposalRow } from './relations';

/** Groups of people a step concerns; the step may name further members, units or users. */
type Audience = 'proposers' | 'lead' | 'invitedCoSigners' | 'staff' | 'units';

/** The accounts that work on a committee's proposals: staff of its 提案工作 departments. */
export function proposalStaffOf(db: DbOrTx, committeeId: number) {
  const proposalDepartments = db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.committeeId, committeeId), eq(departments.duty, PROPOSAL_DUTY)));
  return and(
    eq(users.role, 'staff'),
    eq(users.committeeId, committeeId),
    inArray(users.departmentId, proposalDepartments),
  )!;
}

/**
 * Who hears about each step (the actor never notifies themself). Steps aimed at one unit (会办意见
 * to the 主办, a decision on one unit's extension, 催办 of the units still owing) name it themselves.
 */
const AUDIENCE: Record<ProposalAction, Audience[]> = {
  edit: [],
  submit: ['invitedCoSigners'],
  confirmCosign: ['lead'],
  declineCosign: ['lead'],
  removeCosigner: ['lead'],
  withdraw: ['proposers'],
  startReview: ['proposers'],
  sendBack: ['proposers'],
  register: ['proposers'],
  reject: ['proposers'],
  convert: ['proposers'],
  merge: ['proposers'],
  unmerge: ['proposers'],
  assign: ['units', 'proposers'],
  accept: ['proposers'],
  returnAssignment: ['staff'],
  reassign: ['units', 'proposers'],
  recordContact: ['proposers'],
  sendOpinion: [],
  requestExtension: ['staff'],
  decideExtension: [],
  urge: [],
  replyPartial: ['proposers', 'staff'],
  reply: ['proposers', 'staff'],
  reviewPublication: ['units'],
  rate: ['units', 'staff'],
  rateDissatisfied: ['units', 'staff'],
  reportImplementation: ['staff'],
  markImplementation: ['units', 'proposers'],
  shortlistKey: [],
  selectKey: ['units', 'proposers'],
  dropKey: [],
  recordSupervision: ['units'],
  setExcellent: ['proposers'],
};

export interface ExtraRecipients {
  /** The committee's staff, when the step's outcome concerns them (e.g. it reached 待审查). */
  staff?: boolean;
  memberIds?: number[];
  unitIds?: number[];
  userIds?: number[];
}

/** Member ids and unit ids named by the audience groups. */
function namedBy(audience: Audience[], p: ProposalRow, rel: ProposalRelations, extra: ExtraRecipients) {
  const memberIds = new Set(extra.memberIds ?? []);
  const unitIds = new Set(extra.unitIds ?? []);
  const lead = p.leadMemberId;
  for (const a of audience) {
    if ((a === 'lead' || a === 'proposers') && lead !== null) memberIds.add(lead);
    if (a === 'proposers') {
      for (const s of rel.signers) if (s.state !== 'declined') memberIds.add(s.memberId);
      for (const m of rel.mergedSignerMemberIds) memberIds.add(m);
    }
    if (a === 'invitedCoSigners') {
      for (const s of rel.signers) if (s.role === 'co' && s.state === 'invited') memberIds.add(s.memberId);
    }
    if (a === 'units') for (const u of rel.assignments) if (u.state === 'active') unitIds.add(u.unitId);
  }
  return { memberIds: [...memberIds], unitIds: [...unitIds] };
}

/**
 * Notifies everyone a step concerns, inside the step's transaction: proposers (and whoever was
 * merged in), co-signers, the units holding the proposal, the committee's staff.
 */
export async function notifyConcerned(
  tx: Tx,
  actor: Actor,
  p: ProposalRow,
  rel: ProposalRelations,
  step: { action: ProposalAction; body?: string | null; extra?: ExtraRecipients },
): Promise<void> {
  const audience = AUDIENCE[step.action];
  const extra = step.extra ?? {};
  const { memberIds, unitIds } = namedBy(audience, p, rel, extra);
  const conditions = [];
  if (memberIds.length) conditions.push(inArray(users.memberId, memberIds));
  if (unitIds.length) conditions.push(inArray(users.handlingUnitId, unitIds));
  if (audience.includes('staff') || extra.staff) {
    conditions.push(proposalStaffOf(tx, p.committeeId));
  }
  const orgProposer = ORG_SUBMITTER_KINDS.includes(p.submitterKind as SubmitterKind);
  const userIds = new Set(extra.userIds ?? []);
  if (orgProposer && (audience.includes('proposers') || audience.includes('lead')))
    userIds.add(p.createdByUserId);
  if (conditions.length) {
    const rows = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.active, true), or(...conditions)));
    for (const r of rows) userIds.add(r.id);
  }
  userIds.delete(actor.userId);
  await notifyUsers(tx, {
    committeeId: p.committeeId,
    userIds,
    kind: `proposal.${step.action}`,
    title: `${PROPOSAL_EVENT_LABELS[step.action]}：${p.title}`,
    body: step.body ?? null,
    link: `/proposals/${p.id}`,
  });
}
