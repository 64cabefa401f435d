import { describe, expect, it } from 'vitest';
import { INSTRUCTION_WORKFLOW as wf } from './instructions';

const facts = (over: Partial<Parameters<typeof wf.available>[2]> = {}) => ({
  mine: null,
  awaiting: false,
  allAccepted: false,
  ...over,
});

describe('a 批示', () => {
  it('a named unit feeds back, with files, while it owes feedback (none yet, or sent back)', () => {
    expect(wf.available('open', ['unit'], facts({ mine: 'pending' }))).toEqual([
      'feedback',
      'attachFeedbackFile',
    ]);
    expect(wf.available('open', ['unit'], facts({ mine: 'returned' }))).toEqual([
      'feedback',
      'attachFeedbackFile',
    ]);
    expect(wf.available('open', ['unit'], facts({ mine: 'submitted' }))).toEqual([]);
    expect(wf.available('open', ['unit'], facts({ mine: 'accepted' }))).toEqual([]);
  });

  it('the office accepts or sends back feedback that waits, and closes once every part is accepted', () => {
    expect(wf.available('open', ['office'], facts({ awaiting: true }))).toEqual([
      'accept',
      'sendBack',
      'attachScan',
    ]);
    expect(wf.available('open', ['office'], facts({ allAccepted: true }))).toEqual(['attachScan', 'close']);
    // The scan of a paper 批示 may still be filed once it is closed.
    expect(wf.available('closed', ['office', 'unit'], facts({ mine: 'pending', allAccepted: true }))).toEqual(
      ['attachScan'],
    );
  });
});
