import { describe, expect, it } from 'vitest';
import {
  asWord,
  isKeyTermCandidate,
  isNumberWord,
  MAX_SEARCH_TERMS,
  normaliseText,
  searchPhrases,
} from './segment';

/** A stand-in cutter for the pure rules: every character a word, spaces dropped. */
const chars = (s: string) => [...s].flatMap((c) => asWord(c) ?? []);

describe('asWord', () => {
  it('keeps letters and digits, drops punctuation, stop words and over-long tokens', () => {
    expect(asWord('养老')).toBe('养老');
    expect(asWord('，')).toBeNull();
    expect(asWord('的')).toBeNull();
    expect(asWord('关于')).toBeNull();
    expect(asWord('a'.repeat(40))).toBeNull();
    expect(asWord('5g')).toBe('5g');
  });

  it('folds full-width and upper-case Latin before the segmenter sees the text', () => {
    expect(normaliseText('ＡＩ赋能与5Ｇ网络')).toBe('ai赋能与5g网络');
  });
});

describe('isNumberWord', () => {
  it('recognises amounts, dates and ordinals in Arabic and Chinese numerals', () => {
    for (const w of [
      '2025',
      '2025年',
      '十万元',
      '三百余人',
      '30%',
      '3.5',
      '第三',
      '12个月',
      '两万',
      '半年',
    ]) {
      expect(isNumberWord(w), w).toBe(true);
    }
  });

  it('leaves words that merely start with a numeral', () => {
    for (const w of ['一体化', '一件事', '三农', '百姓', '两岸', '万家灯火', '个人', '十四五规划']) {
      expect(isNumberWord(w), w).toBe(false);
    }
  });
});

describe('isKeyTermCandidate', () => {
  it('refuses numbers, filler and single characters, takes the words of a matter', () => {
    for (const w of [
      '十万元',
      '2025年',
      '发现',
      '部分',
      '解决',
      '成为',
      '一定',
      '加强',
      '进一步',
      '水',
      'ab',
    ]) {
      expect(isKeyTermCandidate(w), w).toBe(false);
    }
    for (const w of ['校车', '课后服务', '加装', '饮水', '5g基站', 'hpv'])
      expect(isKeyTermCandidate(w), w).toBe(true);
  });
});

describe('searchPhrases', () => {
  it('gives each part of a search box as a phrase of words, each once, capped', () => {
    expect(searchPhrases('养老 服务 养老', chars)).toEqual([
      ['养', '老'],
      ['服', '务'],
    ]);
    expect(searchPhrases('的 和 与', chars)).toEqual([]);
    expect(searchPhrases('教育 医疗 交通 住房 就业', chars).flat()).toHaveLength(MAX_SEARCH_TERMS);
  });
});
