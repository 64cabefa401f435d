import { describe, expect, it } from 'vitest';
import { ISSUE_WORKFLOW as wf } from './bulletin-issue-workflow';
import { issueTitle } from './bulletin-issues';
import { OPINION_ITEM_WORKFLOW as items } from './opinion-report-workflow';

const full = { items: 2, recipients: 3, unread: true };

describe('an issue (期)', () => {
  it('is edited by the editors, signed by the office, sent by the editors, read by its leaders', () => {
    expect(wf.available('draft', ['editor'], full)).toEqual(['edit']);
    expect(wf.available('draft', ['signer'], full)).toEqual(['sign']);
    expect(wf.available('signed', ['editor'], full)).toEqual(['send']);
    expect(wf.available('signed', ['signer'], full)).toEqual([]);
    expect(wf.available('sent', ['recipient'], full)).toEqual(['read']);
    expect(wf.available('sent', ['recipient'], { ...full, unread: false })).toEqual([]);
  });

  it('cannot be signed empty nor sent to nobody', () => {
    expect(wf.check('sign', 'draft', ['signer'], { ...full, items: 0 })).toMatchObject({
      ok: false,
      reason: 'guard',
    });
    expect(wf.check('send', 'signed', ['editor'], { ...full, recipients: 0 })).toMatchObject({ ok: false });
  });

  it('is named by its masthead, year and number', () => {
    expect(issueTitle('periodical', 2026, 12)).toBe('《社情民意》2026年第12期');
    expect(issueTitle('special', 2026, null)).toBe('《社情民意专报》2026年（待编号）');
  });
});

describe('an item (编辑稿)', () => {
  it('is edited until its issue is signed; adoption is recorded once the issue is sent', () => {
    const top = { hasParent: false, sentUp: false };
    expect(items.available('editing', ['editor'], { issueStatus: null, ...top })).toEqual(['edit']);
    expect(items.available('editing', ['editor'], { issueStatus: 'draft', ...top })).toEqual(['edit']);
    expect(items.available('editing', ['editor'], { issueStatus: 'signed', ...top })).toEqual([]);
    expect(items.available('editing', ['editor'], { issueStatus: 'sent', ...top })).toEqual([
      'recordAdoption',
    ]);
  });

  it('goes up to the parent committee once, when its issue is signed off (纵向联通)', () => {
    const below = { hasParent: true, sentUp: false };
    expect(items.available('editing', ['editor'], { issueStatus: 'draft', ...below })).toEqual(['edit']);
    expect(items.available('editing', ['editor'], { issueStatus: 'signed', ...below })).toEqual(['sendUp']);
    expect(items.available('editing', ['editor'], { issueStatus: 'sent', ...below })).toEqual([
      'recordAdoption',
      'sendUp',
    ]);
    expect(
      items.available('editing', ['editor'], { issueStatus: 'sent', hasParent: true, sentUp: true }),
    ).toEqual(['recordAdoption']);
  });
});
