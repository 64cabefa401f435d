import { isKeyTermCandidate } from '../../../domain/segment';
import { generalIdf } from '../../lib/segment/general-idf';
import { synonymKey } from '../../lib/segment/synonyms';
import { positionedWords } from '../../lib/segment/words';
import type { CorpusStats } from './term-stats';

/**
 * The words that best describe a proposal, weighted by real statistics: how often the text uses
 * a word (title words count three times) times how rare the word is among the committee's
 * proposals (IDF), with jieba's general IDF as the prior, so a committee with little history
 * still weighs 校车 above 学校. Numbers, filler and single characters are never key terms.
 */

/** How many key terms describe a text. */
export const KEY_TERM_LIMIT = 16;
const TITLE_WEIGHT = 3;
/** A compound's parts and an unknown word's bigrams count, but less than the words themselves. */
const EXTRA_WEIGHT = 0.5;
/** The general prior weighs as much as this many of the committee's own proposals. */
const PRIOR_DOCS = 20;

export interface KeyTerm {
  term: string;
  /** tf × idf: the lookup ranks proposals by the weights of the key terms they share. */
  weight: number;
}

/**
 * How telling a word is: its IDF in the committee's proposals, smoothed towards the general
 * language (the share of proposals holding it is (df + μ·p) / (N + μ), p the general share
 * e^−idf), then averaged (geometric mean) with its general IDF. A colloquial word (就是, 大家)
 * is absent from formal proposals but says nothing about a matter; a subject word (校车) is
 * rare in both.
 */
export function idfOf(word: string, stats: CorpusStats): number {
  const general = generalIdf(word);
  const prior = Math.exp(-general);
  const share = ((stats.df.get(word) ?? 0) + PRIOR_DOCS * prior) / (stats.docs + PRIOR_DOCS);
  return Math.sqrt(-Math.log(share) * general);
}

/** Term frequencies of key-term candidates, title words weighted, in order of first use. */
function termFrequencies(text: { title?: string; body?: string }): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (t: string, w: number) => {
    if (isKeyTermCandidate(t)) tf.set(t, (tf.get(t) ?? 0) + w);
  };
  for (const [part, weight] of [
    [text.title ?? '', TITLE_WEIGHT],
    [text.body ?? '', 1],
  ] as const) {
    for (const p of positionedWords(part)) {
      add(p.word, weight);
      for (const extra of p.extras) add(extra, weight * EXTRA_WEIGHT);
    }
  }
  return tf;
}

/**
 * The key terms of a text, most telling first (ties keep the order of first use). Words of one
 * synonym group (老楼, 老小区) are one matter: only the weightiest stands for the group, which
 * the lookup expands again, so a paraphrase that names a thing twice does not count it twice.
 */
export function keyTermsOf(
  text: { title?: string; body?: string },
  stats: CorpusStats,
  limit = KEY_TERM_LIMIT,
): KeyTerm[] {
  const scored = [...termFrequencies(text)].map(([term, tf]) => ({
    term,
    weight: (1 + Math.log(tf)) * idfOf(term, stats),
  }));
  const seen = new Set<string>();
  return scored
    .sort((a, b) => b.weight - a.weight)
    .filter((t) => {
      const key = synonymKey(t.term);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}
