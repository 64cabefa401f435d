import { describe, expect, it } from 'vitest';
import { SUGGESTION_WORKFLOW } from './consultation-suggestions';
import { CONSULTATION_WORKFLOW } from './consultations';

const facts = { published: false, grassroots: false };

describe('consultation workflows', () => {
  it('an organiser holds, cancels or invites; records and outputs only once it is held; an invited committee writes its part', () => {
    expect(CONSULTATION_WORKFLOW.available('planned', ['organiser'], facts)).toEqual([
      'edit',
      'hold',
      'cancel',
      'invite',
    ]);
    expect(CONSULTATION_WORKFLOW.available('held', ['organiser'], facts)).toEqual([
      'edit',
      'invite',
      'addSpeech',
      'addSuggestion',
      'writeOutput',
      'sendOutput',
      'publish',
    ]);
    expect(
      CONSULTATION_WORKFLOW.available('held', ['organiser'], { published: true, grassroots: true }),
    ).toEqual([
      'edit',
      'invite',
      'addSpeech',
      'addSuggestion',
      'addProblem',
      'solveProblem',
      'writeOutput',
      'sendOutput',
    ]);
    expect(CONSULTATION_WORKFLOW.available('cancelled', ['organiser'], facts)).toEqual([]);
    // An invited committee names its members before and after the day, and writes its part once held.
    expect(CONSULTATION_WORKFLOW.available('planned', ['participant'], facts)).toEqual(['setMembers']);
    expect(CONSULTATION_WORKFLOW.available('held', ['participant'], facts)).toEqual([
      'setMembers',
      'addSpeech',
      'addSuggestion',
    ]);
    expect(CONSULTATION_WORKFLOW.available('held', [], facts)).toEqual([]);
  });

  it('the department answers a sent suggestion, reports progress and completes an adopted one; staff reassign', () => {
    const f = { percent: 0 };
    expect(SUGGESTION_WORKFLOW.available('sent', ['unit'], f)).toEqual(['feedback']);
    expect(SUGGESTION_WORKFLOW.available('sent', ['organiser'], f)).toEqual(['reassign']);
    expect(SUGGESTION_WORKFLOW.available('implementing', ['unit'], f)).toEqual(['progress', 'complete']);
    expect(SUGGESTION_WORKFLOW.available('implementing', ['organiser'], f)).toEqual([]);
    expect(SUGGESTION_WORKFLOW.available('declined', ['unit', 'organiser'], f)).toEqual([]);
    expect(SUGGESTION_WORKFLOW.available('done', ['unit', 'organiser'], f)).toEqual([]);
    const t = SUGGESTION_WORKFLOW.transition('feedback');
    expect(SUGGESTION_WORKFLOW.resolveTarget(t, 'sent', 'declined')).toBe('declined');
  });
});
