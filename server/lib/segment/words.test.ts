import { describe, expect, it } from 'vitest';
import { DOMAIN_WORDS } from './dictionary';
import { generalIdf } from './general-idf';
import { synonymsOf } from './synonyms';
import { positionedWords, SEGMENTER_VERSION, searchPhrases, segmentWords, wordParts } from './words';

describe('segmentWords (jieba with the domain dictionary)', () => {
  it('keeps the compounds Intl.Segmenter split into characters', () => {
    expect(segmentWords('提升中小学课后服务质量')).toEqual(['提升', '中小学', '课后服务', '质量']);
    expect(segmentWords('老旧小区加装电梯')).toEqual(
      ['老旧小区', '加装电梯'].flatMap((w) => segmentWords(w)),
    );
    expect(segmentWords('老旧小区加装电梯')).not.toContain('加');
    expect(segmentWords('区住建局和区卫健局')).toEqual(['区', '住建局', '区', '卫健局']);
    expect(segmentWords('学校周边增设护学岗')).toContain('护学岗');
  });

  it('drops punctuation and stop words, folds full-width Latin, keeps numbers as words', () => {
    expect(segmentWords('关于养老服务的提案')).toEqual(['养老', '服务']);
    expect(segmentWords('，。！？、“”')).toEqual([]);
    expect(segmentWords('ＡＩ赋能与5G网络')).toEqual(expect.arrayContaining(['ai', '5g', '网络']));
    expect(segmentWords('2025年投入十万元')).toEqual(expect.arrayContaining(['2025', '十万元']));
  });
});

describe('positionedWords', () => {
  it('gives a compound its dictionary parts and an unknown run of characters its bigrams', () => {
    const words = positionedWords('镇上群众服务中心，犇骉驫');
    expect(words.find((w) => w.word === '服务中心')?.extras).toEqual(['服务', '中心']);
    expect(words.filter((w) => w.word.length === 1).map((w) => w.extras)).toEqual([['犇骉'], ['骉驫'], []]);
  });

  it('ends a run of characters at punctuation and stop words', () => {
    const words = positionedWords('犇，骉的驫');
    expect(words.map((w) => w.extras)).toEqual([[], [], []]);
  });
});

describe('wordParts', () => {
  it('splits only words of three characters or more', () => {
    expect(wordParts('老年人')).toEqual(['老年']);
    expect(wordParts('电梯')).toEqual([]);
  });
});

describe('searchPhrases', () => {
  it('cuts each part of the search box into dictionary words', () => {
    expect(searchPhrases('老旧小区  加装电梯 养老服务')).toEqual([
      ['老旧小区'],
      ['加装电梯'],
      ['养老', '服务'],
    ]);
  });
});

describe('the dictionary, synonyms and general IDF', () => {
  it('lists each domain word once and versions the segmenter by it', () => {
    expect(new Set(DOMAIN_WORDS).size).toBe(DOMAIN_WORDS.length);
    expect(DOMAIN_WORDS).toEqual(expect.arrayContaining(['课后服务', '加装电梯', '住建局', '区域公用品牌']));
    expect(SEGMENTER_VERSION).toMatch(/^[0-9a-f]{16}$/);
  });

  it('finds the other words for the same thing, never the word itself', () => {
    expect(synonymsOf('电瓶车')).toEqual(expect.arrayContaining(['电动自行车', '电动车']));
    expect(synonymsOf('电瓶车')).not.toContain('电瓶车');
    expect(synonymsOf('犇骉')).toEqual([]);
  });

  it('rates everyday words as common and subject words as rare', () => {
    expect(generalIdf('发现')).toBeLessThan(5);
    expect(generalIdf('校车')).toBeGreaterThan(10);
    expect(generalIdf('犇骉驫犇')).toBeGreaterThan(10);
  });
});
