import { and, desc, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { synonymsOf } from '../../lib/segment/synonyms';
import type { KeyTerm } from './key-terms';
import { lexeme, matchesIn, withinScope } from './search';
import type { SimilarCorpus } from './similar-corpus';
import { type CorpusStats, tellingTerms, termShares } from './term-stats';

/**
 * Finding and ranking similar documents in the database (one statement): candidates from the
 * GIN index that share two of the most telling key terms (or, when that finds too few, one),
 * then every candidate scored by the IDF weights of the key terms it holds, a title hit counting
 * more. A key term stands for its synonyms too (server/lib/segment/synonyms.ts). The documents
 * are a corpus (similar-corpus.ts): proposals, or 社情民意 reports, with the same vectors.
 */

/** Candidates share two of this many most telling key terms. */
const CANDIDATE_TERMS = 6;
/** When pairs find too few, candidates hold one of this many. */
const FALLBACK_TERMS = 4;
/**
 * At most this many candidates are scored: the bound on a province's 200,000 proposals, where a
 * popular subject has thousands (pairs of telling terms keep the set small elsewhere).
 */
const CANDIDATE_CAP = 300;
/** A key term found in the title counts this much more than one found only in the body. */
const TITLE_BONUS = 0.5;

export interface Lookup {
  /** Which documents are looked among (proposals, 社情民意 reports). */
  corpus: SimilarCorpus;
  terms: KeyTerm[];
  /** The committee's corpus statistics (term-stats.ts). */
  stats: CorpusStats;
  /** The documents in scope to look among, and the committee whose subtree holds them. */
  where: SQL;
  committeeId: number;
}

/** A key term and its synonyms (of two characters or more: a single one matches too much). */
const wordsOf = (term: string) => [term, ...synonymsOf(term).filter((w) => w.length > 1)];

/** Words as a tsquery alternative; `:A` restricts them to the title. */
function anyOf(words: string[], titleOnly = false): string {
  const quoted = words.map((w) => `${lexeme(w)}${titleOnly ? ':A' : ''}`);
  return quoted.length > 1 ? `(${quoted.join(' | ')})` : quoted[0];
}

/** A key term or one of its synonyms. */
const termQuery = (term: string) => anyOf(wordsOf(term));

/** Proposals sharing at least two of the most telling terms (every one when fewer than three). */
function pairsQuery(telling: string[]): string {
  const top = telling.slice(0, CANDIDATE_TERMS).map((t) => termQuery(t));
  if (top.length < 3) return top.join(' & ');
  const pairs: string[] = [];
  for (let i = 0; i < top.length; i++) {
    for (let j = i + 1; j < top.length; j++) pairs.push(`(${top[i]} & ${top[j]})`);
  }
  return pairs.join(' | ');
}

const anyQuery = (telling: string[]) =>
  telling
    .slice(0, FALLBACK_TERMS)
    .map((t) => termQuery(t))
    .join(' | ');

/** A synonym found in place of the key term itself counts this share of its weight. */
const SYNONYM_SHARE = 0.7;

/** The weight of holding `words` (title hits more), as a CASE branch. */
const hit = (vector: SQL, words: string[], weight: number) =>
  sql`when ${vector} @@ ${anyOf(words)}::tsquery then ${weight}::float8
    * (1 + case when ${vector} @@ ${anyOf(words, true)}::tsquery then ${TITLE_BONUS}::float8 else 0 end)`;

/**
 * The score of a candidate: the weights of the key terms it holds (a synonym's less), more for
 * title hits. The candidate's vector is a flat copy (ts_filter in the candidate subquery), so
 * the many tests below do not each decompress it again.
 */
function scoreOf(vector: SQL, terms: KeyTerm[]): SQL<number> {
  const parts = terms.map((t) => {
    const synonyms = wordsOf(t.term).slice(1);
    const branches = [hit(vector, [t.term], t.weight)];
    if (synonyms.length) branches.push(hit(vector, synonyms, t.weight * SYNONYM_SHARE));
    return sql`(case ${sql.join(branches, sql` `)} else 0 end)`;
  });
  return sql<number>`(${sql.join(parts, sql` + `)})`;
}

async function rankedBy(db: DbOrTx, l: Lookup, candidates: string, limit: number) {
  const c = l.corpus;
  const found = db
    .select({
      id: sql<number>`${c.id}`.as('id'),
      vector: sql`ts_filter(${c.vector}, '{a,b,c,d}')`.as('vector'),
    })
    .from(c.table)
    .where(and(l.where, c.findable, matchesIn(c.vector, withinScope(candidates, l.committeeId))))
    .limit(CANDIDATE_CAP)
    .as('candidates');
  const score = scoreOf(sql`${found.vector}`, l.terms);
  return db
    .select({ id: found.id, score: score.as('score') })
    .from(found)
    .orderBy(desc(sql`score`), desc(found.id))
    .limit(limit);
}

/** A word in at most this many proposals (by the statistics) may be in none but the asking one. */
const DOUBTFUL_DOCS = 3;
/** At most this many doubtful words are checked, the most telling first. */
const CHECKED_TERMS = 10;

/**
 * The key terms that can find anything: a proposal's rarest words are often its own (or the
 * statistics, read some minutes ago, do not know them yet), and pairs of them would find only
 * the proposal itself. Words the statistics call rare are checked against the handled proposals
 * in scope (an index probe each, cheap for a rare word); the others are known to be common.
 */
async function findable(db: DbOrTx, l: Lookup): Promise<string[]> {
  const docs = (t: string) => Math.max(...wordsOf(t).map((w) => l.stats.df.get(w) ?? 0));
  const doubtful = l.terms
    .map((t) => t.term)
    .filter((t) => docs(t) <= DOUBTFUL_DOCS)
    .slice(0, CHECKED_TERMS);
  if (doubtful.length === 0) return l.terms.map((t) => t.term);
  const probes = doubtful.map(
    (t, i) => sql`exists (select 1 from ${l.corpus.table} where ${l.where} and ${l.corpus.findable}
      and ${matchesIn(l.corpus.vector, withinScope(termQuery(t), l.committeeId))}) as ${sql.identifier(`t${i}`)}`,
  );
  const res = (await db.execute(sql`select ${sql.join(probes, sql`, `)}`)) as unknown as {
    rows: Record<string, boolean>[];
  };
  const absent = new Set(doubtful.filter((_, i) => !res.rows[0][`t${i}`]));
  return l.terms.map((t) => t.term).filter((t) => !absent.has(t));
}

/**
 * The score of a proposal holding every key term in its title: the scale on which a score says
 * how alike two proposals are (suggested units weigh their votes by it).
 */
export const fullScore = (terms: KeyTerm[]) => terms.reduce((s, t) => s + t.weight, 0) * (1 + TITLE_BONUS);

/**
 * How many index entries a candidate query may read, summed over its words (a word's posting
 * list is as long as the proposals holding it). A province's common words would otherwise make
 * the index scan the slowest part of the lookup; a district's lists are short anyway.
 */
const POSTINGS_BUDGET = 10_000;

/** The telling terms, in order, whose words' postings fit the budget (the first two always do). */
function affordable(telling: string[], shares: Map<string, number>, total: number): string[] {
  const cost = (t: string) => wordsOf(t).reduce((sum, w) => sum + (shares.get(w) ?? 0) * total, 0);
  const chosen: string[] = [];
  let spent = 0;
  for (const t of telling) {
    const c = cost(t);
    if (chosen.length >= 2 && spent + c > POSTINGS_BUDGET) continue;
    chosen.push(t);
    spent += c;
  }
  return chosen;
}

/**
 * The handled proposals most like the key terms, best first, with their scores: pairs of
 * telling terms first; when they find fewer than `limit`, proposals holding one of the most
 * telling terms (a paraphrase may share only one rare word with its anchor).
 */
export async function bestMatches(
  db: DbOrTx,
  l: Lookup,
  limit: number,
): Promise<{ id: number; score: number }[]> {
  const shares = termShares(l.stats);
  const telling = affordable(tellingTerms(await findable(db, l), shares), shares, l.stats.total);
  if (telling.length === 0) return [];
  const rows = await rankedBy(db, l, pairsQuery(telling), limit);
  if (rows.length >= limit || telling.length < 3) return rows.map((r) => ({ ...r, score: Number(r.score) }));
  const more = await rankedBy(db, l, anyQuery(telling), limit);
  return more.map((r) => ({ ...r, score: Number(r.score) }));
}
