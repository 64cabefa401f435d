import { PROPOSAL_EVENT_LABELS } from '../../../domain/proposal-workflow';
import {
  ASSIGNMENT_MODE_LABELS,
  ASSIGNMENT_STATE_LABELS,
  type AssignmentMode,
  type AssignmentState,
  formatProposalNumber,
  PROPOSAL_STATUS_LABELS,
  type ProposalStatus,
  SIGNER_ROLE_LABELS,
  SIGNER_STATE_LABELS,
  type SignerRole,
  type SignerState,
  SUBMITTER_KIND_LABELS,
  type SubmitterKind,
} from '../../../domain/proposals';
import { presentEvent } from '../../platform/events';
import type { ProposalDetail } from './detail';
import type { ListRow } from './queries';
import type { ProposalRow } from './relations';

const statusLabel = (s: string) => PROPOSAL_STATUS_LABELS[s as ProposalStatus] ?? s;

/** The fields every view of a proposal shares (a list row selects only these). */
function summary(p: ListRow['p']) {
  return {
    id: p.id,
    committeeId: p.committeeId,
    sessionId: p.sessionId,
    number: p.number,
    numberLabel: formatProposalNumber(p.number),
    title: p.title,
    categoryId: p.categoryId,
    submitterKind: p.submitterKind,
    // A label for every kind the commands write; a row loaded otherwise shows its code (never an absent field).
    submitterKindLabel: SUBMITTER_KIND_LABELS[p.submitterKind as SubmitterKind] ?? p.submitterKind,
    submitterName: p.submitterName,
    status: p.status,
    statusLabel: statusLabel(p.status),
    version: p.version,
    isKey: p.isKey,
    isExcellent: p.isExcellent,
    submittedAt: p.submittedAt,
    registeredAt: p.registeredAt,
    updatedAt: p.updatedAt,
  };
}

/** A row of a proposal list. */
export function presentListItem(r: ListRow) {
  return {
    ...summary(r.p),
    categoryName: r.categoryName,
    sessionName: r.sessionName,
    committeeName: r.committeeName,
    proposerName: r.leadName ?? r.p.submitterName,
    cosignerCount: r.cosignerCount,
    unitNames: r.unitNames,
  };
}

const presentSigner = (s: ProposalDetail['signers'][number]) => ({
  memberId: s.memberId,
  name: s.name,
  role: s.role as SignerRole,
  roleLabel: SIGNER_ROLE_LABELS[s.role as SignerRole],
  state: s.state as SignerState,
  stateLabel: SIGNER_STATE_LABELS[s.state as SignerState],
  declineReason: s.declineReason,
  respondedAt: s.respondedAt,
});

/** The proposal page: body, people (with merged-in proposers), units, files, timeline. */
export function presentProposal(p: ProposalRow, d: ProposalDetail) {
  const signersOf = (id: number) => d.signers.filter((s) => s.proposalId === id).map(presentSigner);
  return {
    ...summary(p),
    situationHtml: p.situationHtml,
    analysisHtml: p.analysisHtml,
    recommendationHtml: p.recommendationHtml,
    categoryName: d.categoryName,
    sessionName: d.sessionName,
    year: d.year,
    leadMemberId: p.leadMemberId,
    rejectReason: p.rejectReason,
    signers: signersOf(p.id),
    mergedInto: d.host && { ...d.host, numberLabel: formatProposalNumber(d.host.number) },
    mergedProposals: d.children.map((c) => ({
      ...c,
      numberLabel: formatProposalNumber(c.number),
      signers: signersOf(c.id),
    })),
    assignments: d.assignments.map(({ a, unitName }) => ({
      id: a.id,
      unitId: a.unitId,
      unitName,
      mode: a.mode,
      modeLabel: ASSIGNMENT_MODE_LABELS[a.mode as AssignmentMode],
      state: a.state,
      stateLabel: ASSIGNMENT_STATE_LABELS[a.state as AssignmentState],
      round: a.round,
      assignedAt: a.assignedAt,
      dueDate: a.dueDate,
      contactDueDate: a.contactDueDate,
      acceptedAt: a.acceptedAt,
      returnedAt: a.returnedAt,
      returnReason: a.returnReason,
    })),
    attachments: d.files,
    timeline: d.events.map((e) =>
      presentEvent(e, { action: PROPOSAL_EVENT_LABELS, status: PROPOSAL_STATUS_LABELS }),
    ),
  };
}
