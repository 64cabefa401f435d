import { describe, expect, it } from 'vitest';
import {
  availableActions,
  checkTransition,
  PROPOSAL_ACTIONS,
  PROPOSAL_ROLES,
  type ProposalFacts,
  resolveTarget,
  transitionFor,
} from './proposal-workflow';
import { PROPOSAL_STATUSES } from './proposals';

/** Facts under which every guard passes, so only state and role decide. */
const passing = (action: string): ProposalFacts => ({
  title: '关于加强校园周边交通安全的提案',
  categoryId: 1,
  recommendationHtml: '<p>增设护学岗</p>',
  submitterKind: 'individual',
  keyStage: action === 'shortlistKey' ? null : action === 'dropKey' ? 'shortlisted' : 'selected',
  isExcellent: false,
});
// selectKey needs a shortlisted proposal.
const factsFor = (action: string): ProposalFacts =>
  action === 'selectKey' ? { ...passing(action), keyStage: 'shortlisted' } : passing(action);

describe('the transition matrix, generated from the table', () => {
  for (const action of PROPOSAL_ACTIONS) {
    const t = transitionFor(action);
    it(`${action}: refuses every status outside "from" and every role outside "roles"`, () => {
      for (const status of PROPOSAL_STATUSES) {
        for (const role of PROPOSAL_ROLES) {
          const result = checkTransition(action, status, [role], factsFor(action));
          const allowed = t.from.includes(status) && t.roles.includes(role);
          expect(result.ok, `${action} from ${status} as ${role}`).toBe(allowed);
          if (!result.ok) expect(result.reason).toBe(t.from.includes(status) ? 'role' : 'state');
        }
      }
    });
  }
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
