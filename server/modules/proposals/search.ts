import { and, asc, desc, eq, gt, ilike, isNull, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { committees, proposals } from '../../db/schema';
import { richTextToPlain } from '../../lib/rich-text';
import { type PositionedWord, positionedWords, searchPhrases } from '../../lib/segment/words';
import { likePattern } from '../../platform/scope';

/** The parts of a proposal that are searched: 案由 (weight A) and 情况/分析/建议 (weight B). */
export interface ProposalText {
  title: string;
  situationHtml: string;
  analysisHtml: string;
  recommendationHtml: string;
}

/** PostgreSQL keeps positions up to 16383 (larger ones are clamped); ranking needs only a few per word. */
const MAX_POSITION = 16_383;
const POSITIONS_PER_WORD = 4;

/** A quoted lexeme for a tsvector or tsquery literal (words hold only letters and digits; quoted anyway). */
export const lexeme = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The lexeme naming a committee, '@c12'. Segmented words never contain '@', so no text can
 * produce or match one; see scopeLexemes for why the vector carries them.
 */
const committeeLexeme = (committeeId: number | string) => `'@c${committeeId}'`;

/**
 * The committee lexemes of a proposal: its own committee and every one above it (from the
 * materialised path '/1/5/23/'). A search then names the caller's committee in the tsquery itself,
 * so the GIN index intersects "in my subtree" with the words (a county's 300 proposals out of a
 * million are found without walking every proposal that mentions 服务). The SQL read-scope
 * condition still decides what the caller may see; these lexemes only narrow the index scan.
 */
export function scopeLexemes(committeePath: string): string {
  return committeePath.split('/').filter(Boolean).map(committeeLexeme).join(' ');
}

/** The body of a proposal as plain text, markup stripped. */
export function proposalBodyText(p: ProposalText): string {
  return [p.situationHtml, p.analysisHtml, p.recommendationHtml].map(richTextToPlain).join('\n');
}

/**
 * The segmented words of the title (weight A) and the body (weight B) as tsvector entries, a
 * compound's parts and an unknown word's bigrams at the word's own position (so 「电梯」 finds
 * 加装电梯 and a phrase search still sees the words side by side). The lexemes are exactly what
 * the 'simple' configuration keeps (lower case, no stemming), built here rather than by
 * PostgreSQL's parser, which splits Chinese text differently per server locale; queries use the
 * same segmentation.
 */
export function textLexemes(p: ProposalText): string {
  const entries = new Map<string, string[]>();
  let position = 0;
  const note = (word: string, at: string) => {
    const list = entries.get(word) ?? [];
    if (list.length < POSITIONS_PER_WORD && list.at(-1) !== at) list.push(at);
    entries.set(word, list);
  };
  const add = (words: PositionedWord[], weight: 'A' | 'B') => {
    for (const { word, extras } of words) {
      position = Math.min(position + 1, MAX_POSITION);
      note(word, `${position}${weight}`);
      for (const extra of extras) note(extra, `${position}${weight}`);
    }
  };
  add(positionedWords(p.title), 'A');
  add(positionedWords(proposalBodyText(p)), 'B');
  return [...entries].map(([word, positions]) => `${lexeme(word)}:${positions.join(',')}`).join(' ');
}

/** The value of proposals.search_vector (a tsvector literal): the words, then the committee lexemes. */
export function searchVectorOf(p: ProposalText, committeePath: string): string {
  return [textLexemes(p), scopeLexemes(committeePath)].filter(Boolean).join(' ');
}

/** `query`, and the proposal lies in the subtree of `committeeId` (see scopeLexemes). */
export const withinScope = (query: string, committeeId: number) =>
  `(${query}) & ${committeeLexeme(committeeId)}`;

/** `vector @@ query`: answered from the vector's GIN index (proposals_search_idx …). */
export const matchesIn = (vector: unknown, query: string): SQL => sql`${vector} @@ ${query}::tsquery`;
/** A proposal matches the query. */
export const matches = (query: string): SQL => matchesIn(proposals.searchVector, query);
/** Relevance: title hits (A) outweigh body hits (B). */
export const rankOf = (query: string): SQL<number> =>
  sql<number>`ts_rank(${proposals.searchVector}, ${query}::tsquery)`;

/** A tsquery literal for a search box: every phrase, its words adjacent (<->). */
export const phrasesQuery = (phrases: string[][]) =>
  phrases
    .map((words) => (words.length > 1 ? `(${words.map(lexeme).join(' <-> ')})` : lexeme(words[0])))
    .join(' & ');

/**
 * The list filter for a search box, for lists within the subtree of `committeeId`: every
 * phrase must occur in the proposal. A query with no words left (only stop words or
 * punctuation, e.g. 「关于」) matches the title literally.
 */
export function textFilter(q: string, committeeId: number): SQL {
  const phrases = searchPhrases(q);
  if (phrases.length === 0) return ilike(proposals.title, likePattern(q));
  return matches(withinScope(phrasesQuery(phrases), committeeId));
}

/** Whether textFilter(q, committeeId) names the committee's subtree in its tsquery (it has words to search). */
export const textFilterScoped = (q: string) => searchPhrases(q).length > 0;

/** Ordering for a searched list: most relevant first (nothing when the title is matched literally). */
export function textOrder(q: string | undefined): SQL[] {
  const phrases = q ? searchPhrases(q) : [];
  return phrases.length ? [desc(rankOf(phrasesQuery(phrases)))] : [];
}

const BACKFILL_BATCH = 500;

/** Proposals matching `where`, by id, at most `limit`, with what their vectors are built from. */
export function textBatch(db: DbOrTx, where: SQL | undefined, limit: number) {
  return db
    .select({
      id: proposals.id,
      title: proposals.title,
      situationHtml: proposals.situationHtml,
      analysisHtml: proposals.analysisHtml,
      recommendationHtml: proposals.recommendationHtml,
      path: committees.path,
    })
    .from(proposals)
    .innerJoin(committees, eq(committees.id, proposals.committeeId))
    .where(where)
    .orderBy(asc(proposals.id))
    .limit(limit);
}

/**
 * Writes the vectors of a batch in one UPDATE … FROM (VALUES …); a row whose stored vector is
 * already that one is left alone. Returns how many rows were written.
 */
export async function writeVectors(
  db: DbOrTx,
  rows: (ProposalText & { id: number; path: string })[],
): Promise<number> {
  const values = sql.join(
    rows.map((r) => sql`(${r.id}::int, ${searchVectorOf(r, r.path)}::tsvector)`),
    sql`, `,
  );
  const res = (await db.execute(
    sql`update ${proposals} set search_vector = v.sv from (values ${values}) as v(id, sv)
        where ${proposals.id} = v.id and ${proposals.searchVector} is distinct from v.sv`,
  )) as unknown as { rowCount?: number | null; affectedRows?: number };
  return Number(res.rowCount ?? res.affectedRows ?? 0);
}

/**
 * Fills search_vector for rows written without it (bulk loads, seeds, rows from before this
 * column): batches of 500 by id. Returns the row count.
 */
export async function backfillSearchVectors(db: DbOrTx): Promise<number> {
  let after = 0;
  let done = 0;
  for (;;) {
    const rows = await textBatch(
      db,
      and(isNull(proposals.searchVector), gt(proposals.id, after)),
      BACKFILL_BATCH,
    );
    if (rows.length === 0) return done;
    done += await writeVectors(db, rows);
    after = rows[rows.length - 1].id;
  }
}
