/**
 * Chinese word segmentation for full-text search (DESIGN.md): the built-in
 * `Intl.Segmenter('zh', { granularity: 'word' })` splits text into words; punctuation, markup
 * remnants and function words are dropped. The server stores the words of a proposal as
 * lexemes and searches with the words of the query, so both sides go through this one file.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words too common to tell one text from another: never indexed, never searched for. */
const STOP_WORDS = new Set([
  '的',
  '地',
  '得',
  '了',
  '着',
  '过',
  '和',
  '与',
  '及',
  '以及',
  '或',
  '或者',
  '并',
  '并且',
  '而',
  '而且',
  '等',
  '等等',
  '在',
  '对',
  '对于',
  '为',
  '是',
  '把',
  '被',
  '从',
  '以',
  '于',
  '之',
  '其',
  '这',
  '那',
  '这些',
  '那些',
  '也',
  '都',
  '就',
  '但',
  '但是',
  '各',
  '该',
  '个',
  '有',
  '中',
  '将',
  '我',
  '我们',
  '你',
  '他',
  '她',
  '它',
  '关于',
  '提案',
  '建议',
  'the',
  'and',
  'of',
]);

/**
 * Boilerplate of proposal writing (加强…, 进一步推进…): indexed and searchable, but never chosen
 * as a key term for "similar proposals", where it would match nearly every proposal.
 */
const GENERIC_WORDS = new Set([
  '加强',
  '加快',
  '做好',
  '规范',
  '推进',
  '推动',
  '促进',
  '进一步',
  '完善',
  '提升',
  '提高',
  '强化',
  '健全',
  '优化',
  '发展',
  '建设',
  '工作',
  '问题',
  '有关',
  '相关',
  '进行',
  '实施',
  '开展',
  '积极',
  '切实',
  '不断',
  '全面',
  '持续',
  '政府',
  '部门',
  '我市',
  '我区',
  '我县',
  '全市',
  '全区',
  '全县',
  '情况',
  '分析',
  '措施',
  '方面',
  '目前',
  '存在',
  '需要',
]);

/** A lexeme longer than this is a pasted URL or code, not a word anyone searches for. */
const MAX_WORD_LENGTH = 32;
const NOT_WORD_CHAR = /[^\p{L}\p{N}\p{M}]/gu;

/** Full-width letters and digits become ASCII (NFKC), Latin letters lower case. */
function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The words of a text, in order, with repeats: punctuation and stop words dropped. */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(normalise(text))) {
    if (!s.isWordLike) continue;
    const word = s.segment.replace(NOT_WORD_CHAR, '');
    if (!word || word.length > MAX_WORD_LENGTH || STOP_WORDS.has(word)) continue;
    words.push(word);
  }
  return words;
}

/** At most this many words of a search box are used; more only slows the query down. */
export const MAX_SEARCH_TERMS = 8;

/**
 * The phrases of a search string: each part between spaces as its words in order, e.g.
 * 「老旧小区 加装电梯」 → [[老旧, 小区], [加, 装, 电梯]]. A hit holds every phrase with its words
 * next to each other (stop words drop out of the text and the query alike, so 「养老的服务」 still
 * matches 养老服务). Empty when only stop words or punctuation are left.
 */
export function searchPhrases(q: string): string[][] {
  const phrases: string[][] = [];
  const seen = new Set<string>();
  let budget = MAX_SEARCH_TERMS;
  for (const part of q.split(/\s+/)) {
    const words = segmentWords(part).slice(0, budget);
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    phrases.push(words);
    budget -= words.length;
    if (budget === 0) break;
  }
  return phrases;
}

/** How many key terms describe a text for the similar-proposal lookup. */
export const KEY_TERM_COUNT = 8;
const TITLE_WEIGHT = 3;

/**
 * The words that best describe a proposal, for "similar proposals": title words count three
 * times, longer words more than short ones, boilerplate and single characters not at all
 * (unless nothing else is left). Ties keep the order of first occurrence.
 */
export function keyTerms(text: { title?: string; body?: string }, limit = KEY_TERM_COUNT): string[] {
  const scores = new Map<string, number>();
  const add = (words: string[], weight: number) => {
    for (const w of words) scores.set(w, (scores.get(w) ?? 0) + weight * lengthFactor(w));
  };
  add(segmentWords(text.title ?? ''), TITLE_WEIGHT);
  add(segmentWords(text.body ?? ''), 1);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  const telling = ranked.filter((w) => w.length > 1 && !GENERIC_WORDS.has(w));
  return (telling.length ? telling : ranked).slice(0, limit);
}

/** A two-character word is the common case; longer words are rarer and more telling. */
function lengthFactor(word: string): number {
  return word.length >= 3 ? 1.5 : 1;
}
