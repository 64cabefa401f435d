import { createHash } from 'node:crypto';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { asWord, normaliseText, searchPhrases as phrasesOf } from '../../../domain/segment';
import { DOMAIN_DICTIONARY_TEXT, DOMAIN_WORD_FREQUENCY } from './dictionary';
import { SYNONYM_GROUPS_TEXT, SYNONYM_WORDS } from './synonyms';

/**
 * Chinese words for search, on the server only (the native segmenter never reaches the web):
 * jieba's dictionary segmentation (accurate mode, no HMM guessing, so the same characters are
 * cut the same way in a proposal and in a query) with the domain dictionary on top. Text is
 * NFKC-normalised and lower-cased first; punctuation and stop words are dropped (domain/segment).
 */

/** Bump when the way text becomes lexemes changes; the dictionary's text is part of the version. */
const ALGORITHM = 'jieba-2/parts/bigrams-1';

/**
 * The version of the stored search vectors: a stored vector built by another version is rebuilt
 * on start-up (server/modules/proposals/search-rebuild.ts).
 */
export const SEGMENTER_VERSION = createHash('sha256')
  .update(`${ALGORITHM}\n${DOMAIN_DICTIONARY_TEXT}\n${SYNONYM_GROUPS_TEXT}`)
  .digest('hex')
  .slice(0, 16);

let jieba: Jieba | undefined;

/** Loading the dictionaries takes ~0.2 s, so it happens on first use. */
function segmenter(): Jieba {
  if (!jieba) {
    const j = Jieba.withDict(dict);
    j.loadDict(Buffer.from(DOMAIN_DICTIONARY_TEXT));
    // A synonym the dictionaries cut in pieces becomes a word; one they know keeps its frequency.
    const split = SYNONYM_WORDS.filter((w) => w.length > 1 && j.cut(w, false).length > 1);
    j.loadDict(Buffer.from(split.map((w) => `${w} ${DOMAIN_WORD_FREQUENCY}`).join('\n')));
    jieba = j;
  }
  return jieba;
}

/** The words of a text, in order, with repeats: punctuation and stop words dropped. */
export function segmentWords(text: string): string[] {
  const words: string[] = [];
  for (const token of segmenter().cut(normaliseText(text), false)) {
    const word = asWord(token);
    if (word) words.push(word);
  }
  return words;
}

const partsCache = new Map<string, readonly string[]>();
const PARTS_CACHE_LIMIT = 50_000;

/**
 * The dictionary words inside a compound (服务中心 → 服务, 中心; 老年人 → 老年), indexed at the
 * compound's own position so a search for a part finds the whole. Words of two characters have
 * none.
 */
export function wordParts(word: string): readonly string[] {
  if (word.length < 3) return [];
  let parts = partsCache.get(word);
  if (!parts) {
    parts = [...new Set(segmenter().cutForSearch(word, false))].filter((p) => p !== word && p.length > 1);
    if (partsCache.size >= PARTS_CACHE_LIMIT) partsCache.clear();
    partsCache.set(word, parts);
  }
  return parts;
}

/** A word of the text and the extra lexemes that share its position. */
export interface PositionedWord {
  word: string;
  /** Parts of a compound; for a run of single characters (a word the dictionary lacks), a bigram. */
  extras: readonly string[];
}

const isHan = (s: string) => /^\p{Script=Han}$/u.test(s);

/**
 * The words of a text with their extra lexemes: a compound's parts, and in a run of single
 * Chinese characters (护学岗, unknown to the dictionary, is cut 护 学 岗) each character's bigram
 * with the next one (护学, 学岗) at the first one's position, so a word the dictionary lacks still
 * matches itself as a whole. Punctuation and stop words end a run.
 */
export function positionedWords(text: string): PositionedWord[] {
  const out: { word: string; extras: readonly string[] }[] = [];
  let previousSingle = -1;
  for (const token of segmenter().cut(normaliseText(text), false)) {
    const word = asWord(token);
    if (!word) {
      previousSingle = -1;
      continue;
    }
    const single = word.length === 1 && isHan(word);
    if (single && previousSingle >= 0) out[previousSingle].extras = [out[previousSingle].word + word];
    out.push({ word, extras: wordParts(word) });
    previousSingle = single ? out.length - 1 : -1;
  }
  return out;
}

/** The phrases of a search box (domain/segment searchPhrases) cut by the dictionary segmenter. */
export function searchPhrases(q: string): string[][] {
  return phrasesOf(q, segmentWords);
}
