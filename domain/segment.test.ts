import { describe, expect, it } from 'vitest';
import { keyTerms, MAX_SEARCH_TERMS, searchPhrases, segmentWords } from './segment';

describe('segmentWords', () => {
  it('splits Chinese into words and drops punctuation and function words', () => {
    expect(segmentWords('关于加强养老服务体系建设的提案')).toEqual(['加强', '养老', '服务', '体系', '建设']);
    expect(segmentWords('社区居家养老服务中心，老年人助餐！')).toEqual(
      expect.arrayContaining(['社区', '居家', '养老', '服务', '中心', '老年人']),
    );
    expect(segmentWords('，。！？、“”')).toEqual([]);
  });

  it('folds full-width and upper-case Latin, keeps numbers and mixed words', () => {
    expect(segmentWords('ＡＩ赋能与5G网络')).toEqual(expect.arrayContaining(['ai', '5g', '网络']));
    expect(segmentWords('2025年')).toContain('2025');
  });

  it('drops words longer than any word anyone searches for', () => {
    expect(segmentWords(`见${'a'.repeat(40)}`)).toEqual(['见']);
  });
});

describe('searchPhrases', () => {
  it('gives each part of a search box as a phrase of words, each once, capped', () => {
    expect(searchPhrases('养老服务 养老')).toEqual([['养老', '服务'], ['养老']]);
    expect(searchPhrases('老旧小区  加装电梯 养老服务')).toEqual([
      ['老旧', '小区'],
      ['加', '装', '电梯'],
      ['养老', '服务'],
    ]);
    expect(searchPhrases('养老 养老')).toEqual([['养老']]);
    expect(searchPhrases('关于的')).toEqual([]);
    const many = '教育 医疗 交通 住房 就业 养老 环境 文化 体育 旅游';
    expect(searchPhrases(many).flat()).toHaveLength(MAX_SEARCH_TERMS);
  });
});

describe('keyTerms', () => {
  it('ranks title words first, repeats higher, and skips boilerplate and single characters', () => {
    const terms = keyTerms({
      title: '关于进一步加强农村饮水安全工作的提案',
      body: '部分村庄饮水水质不达标，水管老化，建议加强管网改造。',
    });
    // 饮水 is in the title and the body; 农村 and 安全 only in the title, in their order there.
    expect(terms.slice(0, 3)).toEqual(['饮水', '农村', '安全']);
    expect(terms).not.toContain('加强');
    expect(terms).not.toContain('进一步');
    expect(terms).not.toContain('水');
  });

  it('falls back to whatever is left when everything is boilerplate', () => {
    expect(keyTerms({ title: '加强工作' })).toEqual(['加强', '工作']);
    expect(keyTerms({ title: '的' })).toEqual([]);
  });
});
