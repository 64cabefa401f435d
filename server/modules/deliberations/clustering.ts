import { isKeyTermCandidate } from '../../../domain/segment';
import { synonymKey } from '../../lib/segment/synonyms';
import { positionedWords } from '../../lib/segment/words';
import { keyTermsOf } from '../proposals/key-terms';
import type { CorpusStats } from '../proposals/term-stats';

/**
 * Grouping a topic's posts by what they are about, on key terms: the proposals' segmentation
 * (jieba with the domain dictionary, compound parts, synonym groups) and their tf × IDF weighting,
 * the IDF taken over this topic's own posts, so a word every post uses (the topic's own subject)
 * says nothing and the matters residents raise stand out.
 *
 * Seeds are chosen greedily: the key term shared by most posts not yet covered, while it covers at
 * least `minSize` of them; then every post joins the seed it weighs most among its key terms (a post
 * on parking that mentions buses in passing goes to parking). Posts with no seed go to 其他.
 */

export interface ClusterPost {
  id: number;
  text: string;
}

export interface Cluster {
  /** The seed term, which names the group until staff rename it. */
  name: string;
  /** The seed and the terms its posts share most, for the compile page. */
  terms: string[];
  postIds: number[];
}

/** The key terms a post is described by. */
const TERMS_PER_POST = 6;
/** Every term of a post, for joining a group (a seed the post names but weighs below its top terms). */
const ALL_TERMS = 40;
const MAX_GROUPS = 12;
export const OTHER_GROUP = '其他';

/** Document frequencies of key-term candidates (compound parts included) over the posts. */
function statsOf(posts: readonly ClusterPost[]): CorpusStats {
  const df = new Map<string, number>();
  for (const p of posts) {
    const words = new Set<string>();
    for (const w of positionedWords(p.text)) {
      for (const t of [w.word, ...w.extras]) if (isKeyTermCandidate(t)) words.add(t);
    }
    for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  }
  return { docs: posts.length, total: posts.length, df };
}

/** Each post's key terms as synonym keys with their weights (the weightiest surface form names a key). */
function describePosts(posts: readonly ClusterPost[]) {
  const stats = statsOf(posts);
  const surface = new Map<string, string>();
  const described = posts.map((p) => {
    const weights = new Map<string, number>();
    const all = new Map<string, number>();
    keyTermsOf({ body: p.text }, stats, ALL_TERMS).forEach((t, i) => {
      const key = synonymKey(t.term);
      if (!surface.has(key)) surface.set(key, t.term);
      if (i < TERMS_PER_POST) weights.set(key, Math.max(weights.get(key) ?? 0, t.weight));
      all.set(key, Math.max(all.get(key) ?? 0, t.weight));
    });
    return { id: p.id, weights, all };
  });
  return { described, surface };
}

/**
 * How much a post weighs a term: its own weight, or that of a longer key term containing it
 * (停车难 and 停车场 are about 停车), whichever is larger; undefined when it has neither.
 */
function weightOf(weights: Map<string, number>, term: string): number | undefined {
  let best: number | undefined;
  for (const [t, w] of weights) if (t.includes(term) && (best === undefined || w > best)) best = w;
  return best;
}

/** A post's terms and their two-character-or-longer parts (a seed may be the part several compounds share). */
function candidatesOf(weights: Map<string, number>): Set<string> {
  const out = new Set<string>();
  for (const t of weights.keys()) {
    out.add(t);
    for (const p of partsOf(t)) out.add(p);
  }
  return out;
}

/** The key-term candidates inside a longer term, as the segmenter cuts it. */
function partsOf(term: string): string[] {
  if (term.length < 3) return [];
  return positionedWords(term)
    .flatMap((w) => [w.word, ...w.extras])
    .filter((w) => w !== term && isKeyTermCandidate(w));
}

/** The term most of the uncovered posts share (ties: the larger summed weight, then the term). */
function nextSeed(described: ReturnType<typeof describePosts>['described'], covered: Set<number>) {
  const score = new Map<string, { n: number; w: number }>();
  for (const d of described) {
    if (covered.has(d.id)) continue;
    for (const term of candidatesOf(d.weights)) {
      const s = score.get(term) ?? { n: 0, w: 0 };
      score.set(term, { n: s.n + 1, w: s.w + (weightOf(d.weights, term) ?? 0) });
    }
  }
  let best: { term: string; n: number; w: number } | null = null;
  for (const [term, s] of score) {
    if (!best || s.n > best.n || (s.n === best.n && (s.w > best.w || (s.w === best.w && term < best.term)))) {
      best = { term, ...s };
    }
  }
  return best;
}

/** Groups posts by key terms; groups are ordered by size, 其他 last. Deterministic for a given input. */
export function clusterPosts(posts: readonly ClusterPost[], minSize = posts.length >= 20 ? 3 : 2): Cluster[] {
  const { described, surface } = describePosts(posts);
  const covered = new Set<number>();
  const seeds: string[] = [];
  while (seeds.length < MAX_GROUPS) {
    const seed = nextSeed(described, covered);
    if (!seed || seed.n < minSize) break;
    seeds.push(seed.term);
    for (const d of described) if (weightOf(d.weights, seed.term) !== undefined) covered.add(d.id);
  }
  const members = new Map<string, typeof described>(seeds.map((s) => [s, []]));
  const other: number[] = [];
  for (const d of described) {
    let pick: string | null = null;
    for (const s of seeds) {
      const w = weightOf(d.all, s);
      if (w !== undefined && (pick === null || w > (weightOf(d.all, pick) ?? 0))) pick = s;
    }
    if (pick === null) other.push(d.id);
    else members.get(pick)?.push(d);
  }
  const clusters = seeds
    .map((s) => ({
      name: surface.get(s) ?? s,
      terms: sharedTerms(s, members.get(s) ?? [], surface),
      postIds: (members.get(s) ?? []).map((d) => d.id),
    }))
    .filter((c) => c.postIds.length > 0)
    .sort((a, b) => b.postIds.length - a.postIds.length);
  if (other.length) clusters.push({ name: OTHER_GROUP, terms: [], postIds: other });
  return clusters;
}

/** The seed and up to three other terms most of the group's posts carry. */
function sharedTerms(
  seed: string,
  group: ReturnType<typeof describePosts>['described'],
  surface: Map<string, string>,
) {
  const n = new Map<string, number>();
  for (const d of group) for (const t of d.weights.keys()) if (t !== seed) n.set(t, (n.get(t) ?? 0) + 1);
  const others = [...n].filter(([, c]) => c >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return [seed, ...others.slice(0, 3).map(([t]) => t)].map((t) => surface.get(t) ?? t);
}
