import { synonymsOf } from '../../lib/segment/synonyms';
import { positionedWords } from '../../lib/segment/words';
import type { KeyTerm } from './key-terms';

/**
 * Which handling units' duties (职责, from their 三定 provisions) cover a proposal's key terms:
 * the second source of suggested units, so a unit that has never handled a proposal is still
 * suggested for its own matters. Scored like a search over the committee's units: a key term's
 * weight times how few units name it in their duties (a word in every unit's duties, such as
 * 管理, tells none apart), divided by the length of the duties so a long text is no advantage.
 */

export interface UnitDuties {
  unitId: number;
  duties: string | null;
}

export interface DutyMatch {
  unitId: number;
  score: number;
  /** The key terms found in the unit's duties, most telling first. */
  terms: string[];
}

/** How much a long duty text is discounted (BM25's b). */
const LENGTH_DISCOUNT = 0.5;

const wordsCache = new Map<string, ReadonlySet<string>>();
const WORDS_CACHE_LIMIT = 5_000;

/** The words of a duty text, compounds' parts included (cached: the texts change rarely). */
function dutyWords(text: string): ReadonlySet<string> {
  let words = wordsCache.get(text);
  if (!words) {
    words = new Set(positionedWords(text).flatMap((w) => [w.word, ...w.extras]));
    if (wordsCache.size >= WORDS_CACHE_LIMIT) wordsCache.clear();
    wordsCache.set(text, words);
  }
  return words;
}

/** True when the duties hold the term or one of its synonyms. */
const holds = (words: ReadonlySet<string>, term: string) =>
  words.has(term) || synonymsOf(term).some((s) => s.length > 1 && words.has(s));

/** The units whose duties hold some of the key terms, best first. */
export function matchDuties(terms: KeyTerm[], units: UnitDuties[]): DutyMatch[] {
  const described = units.flatMap((u) =>
    u.duties?.trim() ? [{ unitId: u.unitId, words: dutyWords(u.duties) }] : [],
  );
  if (described.length === 0 || terms.length === 0) return [];
  const averageSize = described.reduce((s, u) => s + u.words.size, 0) / described.length;
  const holders = new Map(terms.map((t) => [t.term, described.filter((u) => holds(u.words, t.term)).length]));
  const matches = described.map((u) => {
    const found = terms.filter((t) => holds(u.words, t.term));
    const raw = found.reduce((s, t) => {
      const rarity = Math.log(1 + described.length / (holders.get(t.term) ?? 1));
      return s + t.weight * rarity;
    }, 0);
    const norm = 1 - LENGTH_DISCOUNT + (LENGTH_DISCOUNT * u.words.size) / averageSize;
    return { unitId: u.unitId, score: raw / norm, terms: found.map((t) => t.term) };
  });
  return matches.filter((m) => m.score > 0).sort((a, b) => b.score - a.score);
}
