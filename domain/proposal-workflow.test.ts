import { describe, expect, it } from 'vitest';
import {
  PROPOSAL_ROLES,
  PROPOSAL_WORKFLOW,
  type ProposalAction,
  type ProposalFacts,
  type ProposalRole,
} from './proposal-workflow';
import { PROPOSAL_STATUSES, type ProposalStatus } from './proposals';

const checkTransition = PROPOSAL_WORKFLOW.check;
const availableActions = PROPOSAL_WORKFLOW.available;
const transitionFor = PROPOSAL_WORKFLOW.transition;
const resolveTarget = PROPOSAL_WORKFLOW.resolveTarget;

/** Facts under which every guard passes, so only state and role decide. */
const passing = (action: string): ProposalFacts => ({
  title: '关于加强校园周边交通安全的提案',
  categoryId: 1,
  recommendationHtml: '<p>增设护学岗</p>',
  submitterKind: 'individual',
  keyStage: action === 'shortlistKey' ? null : action === 'dropKey' ? 'shortlisted' : 'selected',
  isExcellent: false,
  // Only 签收 needs a unit yet to sign; every later step of a unit needs it signed.
  awaitingAcceptance: action === 'accept',
  returnWindowOpen: true,
  returnWindowDays: 7,
  owesReply: true,
  extensionPending: false,
  othersOweReply: action === 'replyPartial',
  anyExtensionPending: true,
  anyOwing: true,
  unratedByCaller: 1,
  cosignAnswer: 'invited',
  freshDraft: false,
});
// selectKey needs a shortlisted proposal.
const factsFor = (action: string): ProposalFacts =>
  action === 'selectKey' ? { ...passing(action), keyStage: 'shortlisted' } : passing(action);

const HANDLING: ProposalStatus[] = ['assigned', 'handling', 'rehandling'];
const AFTER_REPLY: ProposalStatus[] = ['replied', 'rehandling', 'rated', 'concluded'];
const REGISTERED_ON: ProposalStatus[] = ['registered', 'assigned', 'handling', 'returned', ...AFTER_REPLY];

/**
 * DOMAIN.md §2 written out by hand, step by step: from which statuses each step may be taken and
 * by whom. Kept apart from the workflow table on purpose, so a wrong row in it fails here.
 */
const EXPECTED: Record<ProposalAction, { from: ProposalStatus[]; roles: ProposalRole[] }> = {
  edit: { from: ['draft'], roles: ['proposer'] },
  submit: { from: ['draft'], roles: ['proposer'] },
  confirmCosign: { from: ['cosigning'], roles: ['coSigner'] },
  declineCosign: { from: ['cosigning'], roles: ['coSigner'] },
  removeCosigner: { from: ['cosigning'], roles: ['proposer'] },
  withdraw: { from: ['draft', 'cosigning', 'submitted', 'reviewing'], roles: ['proposer'] },
  startReview: { from: ['submitted'], roles: ['staff'] },
  sendBack: { from: ['submitted', 'reviewing'], roles: ['staff'] },
  register: { from: ['submitted', 'reviewing'], roles: ['staff'] },
  reject: { from: ['submitted', 'reviewing'], roles: ['staff'] },
  convert: { from: ['submitted', 'reviewing'], roles: ['staff'] },
  merge: { from: ['submitted', 'reviewing', 'registered'], roles: ['staff'] },
  unmerge: { from: ['merged'], roles: ['staff'] },
  assign: { from: ['registered'], roles: ['staff'] },
  accept: { from: ['assigned', 'handling'], roles: ['unit'] },
  returnAssignment: { from: ['assigned', 'handling', 'returned'], roles: ['unit'] },
  reassign: { from: ['assigned', 'returned'], roles: ['staff'] },
  recordContact: { from: HANDLING, roles: ['unit'] },
  sendOpinion: { from: HANDLING, roles: ['cooperatingUnit'] },
  requestExtension: { from: HANDLING, roles: ['replyingUnit'] },
  decideExtension: { from: HANDLING, roles: ['staff'] },
  urge: { from: HANDLING, roles: ['staff'] },
  replyPartial: { from: HANDLING, roles: ['replyingUnit'] },
  reply: { from: HANDLING, roles: ['replyingUnit'] },
  reviewPublication: { from: AFTER_REPLY, roles: ['staff'] },
  rate: { from: ['replied'], roles: ['proposer'] },
  rateDissatisfied: { from: ['replied'], roles: ['proposer'] },
  reportImplementation: { from: ['replied', 'rated', 'concluded'], roles: ['replyingUnit'] },
  markImplementation: { from: ['replied', 'rated', 'concluded'], roles: ['staff'] },
  shortlistKey: { from: REGISTERED_ON, roles: ['staff'] },
  selectKey: { from: REGISTERED_ON, roles: ['staff'] },
  dropKey: { from: REGISTERED_ON, roles: ['staff'] },
  recordSupervision: { from: REGISTERED_ON, roles: ['staff', 'leadSupervisor'] },
  setExcellent: { from: AFTER_REPLY, roles: ['staff'] },
};

describe('every step against the rules written out by hand', () => {
  it('the table has exactly the expected steps', () => {
    expect([...PROPOSAL_WORKFLOW.actions].sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  for (const [action, rule] of Object.entries(EXPECTED) as [
    ProposalAction,
    (typeof EXPECTED)[ProposalAction],
  ][]) {
    it(`${action}: allowed exactly from ${rule.from.join('/')} for ${rule.roles.join('/')}`, () => {
      for (const status of PROPOSAL_STATUSES) {
        for (const role of PROPOSAL_ROLES) {
          const result = checkTransition(action, status, [role], factsFor(action));
          const stateOk = rule.from.includes(status);
          expect(result.ok, `${action} from ${status} as ${role}`).toBe(stateOk && rule.roles.includes(role));
          if (!result.ok) expect(result.reason).toBe(stateOk ? 'role' : 'state');
        }
      }
    });
  }
});

describe('guards on the handling rows (facts of assignments, replies and ratings)', () => {
  const unit: ProposalRole[] = ['unit', 'replyingUnit'];
  it('a unit that has signed is not offered 签收 again', () => {
    const r = checkTransition('accept', 'handling', unit, {
      ...passing('accept'),
      awaitingAcceptance: false,
    });
    expect(r).toEqual({ ok: false, reason: 'guard', message: '本单位已签收该提案' });
  });
  it('a unit yet to sign (签收) may sign or send it back, and nothing else', () => {
    const unsigned = { ...passing('reply'), awaitingAcceptance: true, othersOweReply: false };
    expect(availableActions('assigned', unit, unsigned).sort()).toEqual(['accept', 'returnAssignment']);
    for (const action of ['reply', 'recordContact', 'requestExtension'] as const) {
      expect(checkTransition(action, 'handling', unit, unsigned)).toMatchObject({
        message: '请先签收该提案',
      });
    }
    expect(checkTransition('sendOpinion', 'handling', ['unit', 'cooperatingUnit'], unsigned)).toMatchObject({
      message: '请先签收该提案',
    });
  });
  it('退回 is offered only within the window from assignment the committee sets', () => {
    const late = { ...passing('returnAssignment'), returnWindowOpen: false };
    expect(availableActions('handling', unit, late)).not.toContain('returnAssignment');
    expect(checkTransition('returnAssignment', 'handling', unit, late)).toMatchObject({
      message: '已超过退回期限（交办后 7 日内可申请退回），请联系提案委调整',
    });
  });
  it('the last reply under 分办 is 答复, an earlier one a partial reply', () => {
    const last = { ...passing('reply'), othersOweReply: false };
    expect(availableActions('handling', unit, last)).toContain('reply');
    expect(availableActions('handling', unit, last)).not.toContain('replyPartial');
    const earlier = { ...passing('reply'), othersOweReply: true };
    expect(availableActions('handling', unit, earlier)).toContain('replyPartial');
    expect(availableActions('handling', unit, earlier)).not.toContain('reply');
  });
  it('a unit that has replied can neither reply again nor ask for an extension', () => {
    const replied = { ...passing('reply'), owesReply: false };
    expect(checkTransition('reply', 'handling', unit, replied)).toMatchObject({
      message: '本单位已答复，请勿重复提交',
    });
    expect(checkTransition('requestExtension', 'handling', unit, replied)).toMatchObject({
      message: '本单位已答复，不能再申请延期',
    });
  });
  it('one extension request at a time, and staff decide only a pending one', () => {
    const pending = { ...passing('requestExtension'), extensionPending: true };
    expect(checkTransition('requestExtension', 'handling', unit, pending)).toMatchObject({
      message: '本单位已有待审批的延期申请',
    });
    const none = { ...passing('decideExtension'), anyExtensionPending: false };
    expect(checkTransition('decideExtension', 'handling', ['staff'], none).ok).toBe(false);
  });
  it('催办 needs a unit that still owes something', () => {
    const done = { ...passing('urge'), anyOwing: false };
    expect(checkTransition('urge', 'handling', ['staff'], done)).toMatchObject({
      message: '承办单位均已答复或提交会办意见，无需催办',
    });
  });
  it('a proposer who rated every current reply cannot rate again', () => {
    const rated = { ...passing('rate'), unratedByCaller: 0 };
    expect(checkTransition('rate', 'replied', ['proposer'], rated)).toMatchObject({
      message: '您已对该答复进行过测评',
    });
    expect(checkTransition('rateDissatisfied', 'replied', ['proposer'], rated).ok).toBe(false);
  });
  it('a co-signer answers an invitation once', () => {
    const declined = { ...passing('declineCosign'), cosignAnswer: 'declined' as const };
    expect(checkTransition('declineCosign', 'cosigning', ['coSigner'], declined)).toMatchObject({
      message: '您已谢绝联名',
    });
    const confirmed = { ...passing('confirmCosign'), cosignAnswer: 'confirmed' as const };
    expect(checkTransition('confirmCosign', 'cosigning', ['coSigner'], confirmed)).toMatchObject({
      message: '您已确认联名',
    });
    expect(checkTransition('declineCosign', 'cosigning', ['coSigner'], confirmed).ok).toBe(false);
  });
});

describe('rules stated in DOMAIN.md §2', () => {
  it('only staff review, register, merge and assign', () => {
    for (const action of [
      'register',
      'reject',
      'convert',
      'merge',
      'unmerge',
      'assign',
      'reassign',
    ] as const) {
      expect(transitionFor(action).roles).toEqual(['staff']);
    }
  });

  it('the proposer may withdraw only before registration', () => {
    const facts = factsFor('withdraw');
    expect(checkTransition('withdraw', 'reviewing', ['proposer'], facts).ok).toBe(true);
    expect(checkTransition('withdraw', 'registered', ['proposer'], facts)).toEqual({
      ok: false,
      reason: 'state',
      message: '该提案当前状态为已立案，不能执行撤案',
    });
  });

  it('names the refused step for a wrong state, in Chinese', () => {
    const r = checkTransition('reject', 'registered', ['staff'], factsFor('reject'));
    expect(r).toMatchObject({ ok: false, message: '该提案当前状态为已立案，不能执行不予立案' });
  });

  it('closed outcomes allow nothing for anyone', () => {
    for (const status of ['rejected', 'converted', 'withdrawn'] as const) {
      expect(availableActions(status, PROPOSAL_ROLES, factsFor('x'))).toEqual([]);
    }
  });

  it('refuses to submit a draft without a category, naming what is missing', () => {
    const facts = { ...factsFor('submit'), categoryId: null };
    expect(checkTransition('submit', 'draft', ['proposer'], facts)).toEqual({
      ok: false,
      reason: 'guard',
      message: '请选择提案类别',
    });
  });

  it('a co-signer can only confirm or decline while the proposal awaits co-signers', () => {
    expect(availableActions('cosigning', ['coSigner'], factsFor('x')).sort()).toEqual([
      'confirmCosign',
      'declineCosign',
    ]);
    expect(availableActions('draft', ['coSigner'], factsFor('x'))).toEqual([]);
  });

  it('unmerge restores one of the statuses a proposal can be merged from', () => {
    const t = transitionFor('unmerge');
    expect(resolveTarget(t, 'merged', 'registered')).toBe('registered');
    expect(() => resolveTarget(t, 'merged', 'assigned')).toThrow();
    expect(resolveTarget(transitionFor('urge'), 'handling')).toBe('handling');
  });
});
