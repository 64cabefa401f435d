import type { Role } from '../../../domain/roles';
import { onRecord, type Row } from '../../test/policy-matrix';

export { PROPOSAL_TARGETS } from './policy-targets';

const PROPOSAL_READERS: readonly Role[] = ['staff', 'member', 'unit', 'leader'];
/** Who sees a submitted proposal: its staff, its proposer and leaders; a unit only once assigned. */
const SEES_SUBMITTED: readonly Role[] = ['staff', 'member', 'leader'];

/** Each step belongs to the proposal's proposer, co-signer, staff or unit. */
export const PROPOSAL_ROWS: Record<string, Row> = {
  'GET /api/proposals': { own: PROPOSAL_READERS },
  'GET /api/proposals/export': { own: PROPOSAL_READERS },
  'GET /api/proposals/config': { own: PROPOSAL_READERS },
  'POST /api/proposals': { own: ['member', 'staff'] },
  'POST /api/proposals/docx-import': { own: ['member', 'staff'], upload: true },
  'GET /api/proposals/history-template': { own: ['staff'] },
  'POST /api/proposals/history-import': { own: ['staff'], upload: true },
  'POST /api/proposals/config/:list': { own: ['staff'], target: 'configList' },
  'PATCH /api/proposals/config/:list/:id': onRecord('category', ['staff'], () => ({ sortOrder: 5 })),
  'PUT /api/proposals/config/settings': { own: ['staff'] },
  'PUT /api/calendar-overrides/:day': {
    own: ['staff'],
    target: 'calendarDay',
    body: () => ({ kind: 'holiday' }),
  },
  'DELETE /api/calendar-overrides/:day': { own: ['staff'], target: 'calendarDay' },
  'GET /api/proposals/:id': onRecord('submitted', SEES_SUBMITTED),
  'PATCH /api/proposals/:id': onRecord('draft', ['member'], () => ({ title: '改过的案由' })),
  'DELETE /api/proposals/:id': onRecord('draft', ['member']),
  'POST /api/proposals/:id/attachments': { ...onRecord('draft', ['member']), upload: true },
  'GET /api/proposals/:id/attachments/:attachmentId': onRecord('submittedWithFile', SEES_SUBMITTED),
  'DELETE /api/proposals/:id/attachments/:attachmentId': onRecord('draftWithFile', ['member']),
  'POST /api/proposals/:id/submit': onRecord('draft', ['member']),
  'POST /api/proposals/:id/cosign/confirm': onRecord('invitedToCosign', ['member']),
  'POST /api/proposals/:id/cosign/decline': onRecord('invitedToCosign', ['member']),
  'DELETE /api/proposals/:id/cosigners/:memberId': onRecord('awaitingCosigner', ['member']),
  'POST /api/proposals/:id/withdraw': onRecord('submitted', ['member']),
  'POST /api/proposals/:id/start-review': onRecord('submitted', ['staff']),
  'POST /api/proposals/:id/send-back': onRecord('submitted', ['staff'], () => ({ note: '请补充情况分析' })),
  'POST /api/proposals/:id/register': onRecord('submitted', ['staff']),
  'POST /api/proposals/:id/reject': onRecord('toReject', ['staff'], (_s, p) => ({ reasonId: p.reasonId })),
  'POST /api/proposals/:id/convert': onRecord('submitted', ['staff']),
  'POST /api/proposals/:id/merge': onRecord('mergeable', ['staff'], (_s, p) => ({ targetId: p.targetId })),
  'POST /api/proposals/:id/unmerge': onRecord('merged', ['staff']),
  'POST /api/proposals/:id/assign': onRecord('registered', ['staff'], (s) => ({
    units: [{ unitId: s.w.unitId, mode: 'lead' }],
  })),
  'POST /api/proposals/:id/reassign': onRecord('assigned', ['staff'], (s) => ({
    units: [{ unitId: s.w.unitId, mode: 'lead' }],
  })),
  'POST /api/proposals/:id/accept': onRecord('assigned', ['unit']),
  'POST /api/proposals/:id/return': onRecord('assigned', ['unit'], () => ({ reason: '不属于本单位职责' })),
  // Handling, reply, rating, implementation: the unit holding it, its proposer, the staff.
  'GET /api/proposals/assignments': { own: ['staff', 'unit', 'leader'] },
  'GET /api/proposals/assignments/export': { own: ['staff', 'unit', 'leader'] },
  'POST /api/proposals/:id/contacts': onRecord('assigned', ['unit'], () => ({
    contactedOn: '2026-01-05',
    method: 'phone',
    unitContactName: '王科长',
    summary: '电话沟通',
  })),
  'POST /api/proposals/:id/opinions': onRecord('cooperating', ['unit'], () => ({ body: '会办意见' })),
  'POST /api/proposals/:id/extension': onRecord('assigned', ['unit'], () => ({
    requestedDueDate: '2099-01-01',
    reason: '需统筹',
  })),
  'POST /api/proposals/:id/extension/decide': onRecord('assigned', ['staff'], () => ({
    assignmentId: 1,
    approve: false,
  })),
  'POST /api/proposals/:id/urge': onRecord('assigned', ['staff']),
  'POST /api/proposals/:id/proposer-phone': onRecord('assigned', ['unit']),
  'POST /api/proposals/:id/reply': { ...onRecord('assigned', ['unit']), upload: true },
  'GET /api/proposals/:id/replies/:replyId/file': onRecord('replied', ['staff', 'member', 'unit']),
  'POST /api/proposals/:id/replies/:replyId/publication': onRecord('replied', ['staff'], () => ({
    publish: true,
  })),
  'POST /api/proposals/:id/ratings': onRecord('replied', ['member'], (_s, p) => ({
    replyId: p.replyId,
    overall: 'satisfied',
    attitude: 'satisfied',
    contact: 'satisfied',
    result: 'satisfied',
  })),
  'POST /api/proposals/:id/implementations': onRecord('replied', ['unit'], () => ({ body: '已落实' })),
  'POST /api/proposals/:id/implementation-mark': onRecord('replied', ['staff'], () => ({ mark: 'done' })),
  // Key proposals and year-end marks: staff; the leading leader records supervision.
  'GET /api/proposals/key-proposals': { own: ['staff', 'leader', 'member'] },
  'GET /api/proposals/key-proposals/export': { own: ['staff', 'leader', 'member'] },
  'GET /api/proposals/key-supervisors': { own: ['staff'] },
  'POST /api/proposals/:id/key/shortlist': onRecord('registered', ['staff']),
  'POST /api/proposals/:id/key/select': onRecord('shortlisted', ['staff'], (s) => ({
    leaderId: s.w.leaderId,
  })),
  'POST /api/proposals/:id/key/drop': onRecord('shortlisted', ['staff']),
  'POST /api/proposals/:id/supervisions': onRecord('keyProposal', ['staff', 'leader'], () => ({
    kind: 'visit',
    heldOn: '2026-01-05',
    summary: '走访',
  })),
  'POST /api/proposals/:id/excellent': onRecord('replied', ['staff'], () => ({ isExcellent: true })),
  'GET /api/proposals/unit-awards': { own: PROPOSAL_READERS },
  'GET /api/proposals/unit-awards/export': { own: PROPOSAL_READERS },
  'POST /api/proposals/unit-awards': { own: ['staff'] },
  'DELETE /api/proposals/unit-awards/:id': onRecord('unitAward', ['staff']),
  // Statistics: the office and the leaders read them.
  'GET /api/proposal-stats': { own: ['staff', 'leader'], query: 'year=2025' },
  'GET /api/proposal-stats/export': { own: ['staff', 'leader'], query: 'year=2025' },
  // Word documents: the form for its readers, the compilation for the office (the scope of a
  // session is checked in proposal-docs.test.ts; without one, staff get a 400 past the gate).
  'GET /api/proposals/:id/form.docx': onRecord('submitted', SEES_SUBMITTED),
  'GET /api/proposal-compilation.docx': { own: ['staff'] },
  // The reply letter: its proposer, the office and the unit that wrote it.
  'GET /api/proposals/:id/reply.docx': onRecord('replied', ['staff', 'member', 'unit']),
  // Similar proposals: the drafter and the office; for one proposal, whoever reads it.
  'GET /api/proposals/similar': { own: ['member', 'staff'], query: `text=${encodeURIComponent('养老服务')}` },
  'GET /api/proposals/:id/similar': onRecord('submitted', SEES_SUBMITTED),
  'GET /api/proposals/:id/suggested-units': onRecord('submitted', ['staff']),
  // The draft check: the drafter and the office; on a proposal, whoever of them reads it.
  'POST /api/proposals/draft-check': {
    own: ['member', 'staff'],
    body: () => ({ title: '关于养老服务的建议' }),
  },
  'GET /api/proposals/:id/draft-check': onRecord('submitted', SEES_SUBMITTED),
  // The public page: no login, read-only.
  'GET /api/public/committees': { own: 'anyone' },
  'GET /api/public/proposals': { own: 'anyone' },
  'GET /api/public/proposals/:id': { own: 'anyone' },
};
