import { describe, expect, it } from 'vitest';
import { OPINION_REPORT_WORKFLOW as wf } from './opinion-report-workflow';
import { missingPart, overLimit, typedLength } from './opinion-reports';

const fits = { overLimit: false, missingPart: null };

describe('the 社情民意 report workflow', () => {
  it('lets the reporter edit and file a draft, and withdraw it until the editors decide', () => {
    expect(wf.available('draft', ['reporter'], fits)).toEqual(['edit', 'submit']);
    expect(wf.available('submitted', ['reporter'], fits)).toEqual(['withdraw']);
    expect(wf.available('received', ['reporter'], fits)).toEqual(['withdraw']);
    expect(wf.available('adopted', ['reporter'], fits)).toEqual([]);
    expect(wf.available('rejected', ['reporter'], fits)).toEqual([]);
  });

  it('lets the editors receive, then adopt or reject; never touch a draft', () => {
    expect(wf.available('draft', ['editor'], fits)).toEqual([]);
    expect(wf.available('submitted', ['editor'], fits)).toEqual(['receive']);
    expect(wf.available('received', ['editor'], fits)).toEqual(['adopt', 'reject']);
    expect(wf.available('withdrawn', ['editor'], fits)).toEqual([]);
  });

  it('refuses to file a text over the limit', () => {
    expect(wf.check('submit', 'draft', ['reporter'], { ...fits, overLimit: true })).toMatchObject({
      ok: false,
      reason: 'guard',
    });
  });

  it('refuses to file a report without its 情况 or its 建议 (分析 may be left out)', () => {
    const empty = { situation: ' ', analysis: '', recommendation: '' };
    expect(missingPart(empty)).toBe('situation');
    expect(missingPart({ ...empty, situation: '某小区加装电梯难' })).toBe('recommendation');
    expect(missingPart({ ...empty, situation: '某小区加装电梯难', recommendation: '简化审批' })).toBeNull();
    expect(
      wf.check('submit', 'draft', ['reporter'], { ...fits, missingPart: 'recommendation' }),
    ).toMatchObject({
      ok: false,
      message: '请填写建议后再报送',
    });
  });
});

describe('the length limit', () => {
  it('counts what the reporter sees: an emoji or a rare character once', () => {
    expect(typedLength('社情民意')).toBe(4);
    expect(typedLength('👨‍👩‍👧𠀀')).toBe(2);
  });

  it('names the part where the three together went over', () => {
    const text = { situation: '甲'.repeat(5), analysis: '乙'.repeat(5), recommendation: '丙' };
    expect(overLimit(text, 11)).toBeNull();
    expect(overLimit(text, 10)).toEqual({ total: 11, field: 'recommendation' });
    expect(overLimit(text, 4)).toEqual({ total: 11, field: 'situation' });
  });
});
