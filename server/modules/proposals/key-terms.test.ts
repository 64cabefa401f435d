import { describe, expect, it } from 'vitest';
import { matchDuties } from './duty-match';
import { idfOf, keyTermsOf } from './key-terms';
import { type CorpusStats, EMPTY_STATS } from './term-stats';

/** A committee of 400 proposals where 学校 and 安全 are everywhere and 校车 is in two. */
const STATS: CorpusStats = {
  docs: 400,
  total: 400,
  df: new Map([
    ['学校', 220],
    ['安全', 260],
    ['校车', 2],
    ['食品安全', 12],
  ]),
};

describe('idfOf', () => {
  it('rates a word by the committee’s own proposals, smoothed towards the general language', () => {
    expect(idfOf('校车', STATS)).toBeGreaterThan(idfOf('学校', STATS) * 2);
    expect(idfOf('安全', STATS)).toBeLessThan(idfOf('食品安全', STATS));
    // Without history the general language decides: 发现 is everyday Chinese, 校车 a subject.
    expect(idfOf('校车', EMPTY_STATS)).toBeGreaterThan(idfOf('发现', EMPTY_STATS) * 2);
  });
});

describe('keyTermsOf', () => {
  it('puts the telling words of the title first and leaves numbers and filler out', () => {
    const terms = keyTermsOf(
      {
        title: '关于加强学校校车安全管理的提案',
        body: '调研发现，部分学校投入十万元购置校车，2025年仍有隐患。',
      },
      STATS,
    ).map((t) => t.term);
    expect(terms.slice(0, 2)).toContain('校车');
    expect(terms.indexOf('校车')).toBeLessThan(terms.indexOf('学校'));
    for (const w of ['十万元', '2025', '发现', '部分', '加强']) expect(terms).not.toContain(w);
  });
});

describe('matchDuties', () => {
  const units = [
    { unitId: 1, duties: '负责学校安全管理、校车安全管理和校园周边环境综合治理。' },
    { unitId: 2, duties: '负责食品安全监督管理，监管学校食堂和校园周边食品安全。' },
    { unitId: 3, duties: null },
  ];

  it('ranks the unit whose duties name the matter first and says which words matched', () => {
    const terms = keyTermsOf({ title: '关于加强校车安全管理的提案' }, STATS);
    const matches = matchDuties(terms, units);
    expect(matches[0]).toMatchObject({ unitId: 1, terms: expect.arrayContaining(['校车']) });
    expect(matches.map((m) => m.unitId)).not.toContain(3);
  });

  it('matches a synonym of the key term and nothing for a text without duties words', () => {
    const terms = keyTermsOf({ title: '关于规范学生接送车辆的建议' }, STATS);
    expect(matchDuties(terms, units)[0]?.unitId).toBe(1);
    expect(matchDuties(keyTermsOf({ title: '关于繁荣民间曲艺的建议' }, STATS), units)).toEqual([]);
  });
});
