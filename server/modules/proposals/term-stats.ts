import { getTableName, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { PROPOSAL_CORPUS, type SimilarCorpus } from './similar-corpus';

/**
 * How many of a committee's proposals contain each word: the corpus statistics behind key terms
 * (IDF) and behind the choice of words to find similar proposals by. Read with ts_stat over the
 * search vectors of the committee's subtree (at most SAMPLE_SIZE, the newest), cached per
 * committee for ten minutes; an expired entry is served while a fresh one is read.
 */

/** A word in more than this share of proposals says little about which ones are alike. */
export const COMMON_TERM_SHARE = 0.05;
const SAMPLE_SIZE = 5000;
const TTL_MS = 10 * 60_000;
const MAX_COMMITTEES = 64;

export interface CorpusStats {
  /** Proposals counted (the subtree's, up to the sample size). */
  docs: number;
  /** Proposals in the subtree (the size of the index lists a lookup reads). */
  total: number;
  /** Proposals containing each word. */
  df: ReadonlyMap<string, number>;
}

export const EMPTY_STATS: CorpusStats = { docs: 0, total: 0, df: new Map() };

async function readStats(db: Db, committeeId: number, corpus: SimilarCorpus): Promise<CorpusStats> {
  // ts_stat takes the text of a query; the id is an integer, checked before it is written in,
  // and the table and column names are our schema's own.
  if (!Number.isSafeInteger(committeeId)) throw new Error(`bad committee id ${committeeId}`);
  const table = getTableName(corpus.table);
  const vector = corpus.vector.name;
  const subtree = `p.committee_id in (select c.id from committees c
      where c.path like (select path from committees where id = ${committeeId}) || '%')`;
  const sample = `select p.${vector} from ${table} p where ${subtree}
    and p.${vector} is not null order by p.id desc limit ${SAMPLE_SIZE}`;
  const res = (await db.execute(sql`select word, ndoc from ts_stat(${sample})`)) as unknown as {
    rows: { word: string; ndoc: number }[];
  };
  const count = (await db.execute(
    sql.raw(`select count(*)::int as n from ${table} p where ${subtree}`),
  )) as unknown as { rows: { n: number }[] };
  const df = new Map<string, number>();
  let docs = 0;
  for (const r of res.rows) {
    // Every proposal of the subtree carries the committee's own lexeme (search.ts scopeLexemes).
    if (r.word === `@c${committeeId}`) docs = Number(r.ndoc);
    else if (!r.word.startsWith('@')) df.set(r.word, Number(r.ndoc));
  }
  return { docs, total: Number(count.rows[0].n), df };
}

interface Entry {
  at: number;
  stats: Promise<CorpusStats>;
}
/** Per database, per corpus and committee ('proposals:12'). */
const cache = new WeakMap<Db, Map<string, Entry>>();

function refresh(
  db: Db,
  committeeId: number,
  corpus: SimilarCorpus,
  entries: Map<string, Entry>,
  previous?: Entry,
): Entry {
  const stats = readStats(db, committeeId, corpus).catch(() => previous?.stats ?? EMPTY_STATS);
  const entry = { at: Date.now(), stats };
  const key = `${getTableName(corpus.table)}:${committeeId}`;
  entries.delete(key);
  if (entries.size >= MAX_COMMITTEES) entries.delete(entries.keys().next().value as string);
  entries.set(key, entry);
  return entry;
}

/**
 * The statistics of a committee's subtree. The first call reads them; later calls within ten
 * minutes reuse them; after that the old figures answer while new ones are read.
 */
export async function corpusStats(
  db: Db,
  committeeId: number,
  corpus: SimilarCorpus = PROPOSAL_CORPUS,
): Promise<CorpusStats> {
  let entries = cache.get(db);
  if (!entries) {
    entries = new Map();
    cache.set(db, entries);
  }
  const hit = entries.get(`${getTableName(corpus.table)}:${committeeId}`);
  if (!hit) return refresh(db, committeeId, corpus, entries).stats;
  // Past its time the old figures still answer while the new ones are read.
  if (Date.now() - hit.at >= TTL_MS) refresh(db, committeeId, corpus, entries, hit);
  return hit.stats;
}

/** Below this many proposals a share says more about chance than about the word. */
const MIN_DOCS_FOR_SHARES = 200;

/**
 * The share of the committee's proposals containing each word; empty for a committee with
 * fewer than MIN_DOCS_FOR_SHARES proposals, where every word is then taken as telling.
 */
export function termShares(stats: CorpusStats): Map<string, number> {
  if (stats.docs < MIN_DOCS_FOR_SHARES) return new Map();
  return new Map([...stats.df].map(([w, n]) => [w, n / stats.docs]));
}

/**
 * Key terms fit to find candidates: the telling ones (below COMMON_TERM_SHARE), in their order,
 * topped up with the rarest of the common ones when fewer than two are telling.
 */
export function tellingTerms(terms: string[], shares: Map<string, number>, min = 2): string[] {
  const share = (t: string) => shares.get(t) ?? 0;
  const telling = terms.filter((t) => share(t) < COMMON_TERM_SHARE);
  if (telling.length >= min) return telling;
  const common = terms.filter((t) => share(t) >= COMMON_TERM_SHARE).sort((a, b) => share(a) - share(b));
  return [...telling, ...common.slice(0, min - telling.length)];
}
