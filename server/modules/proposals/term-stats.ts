import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

/** A word in more than this share of proposals says little about which ones are alike. */
export const COMMON_TERM_SHARE = 0.05;
const TTL_MS = 10 * 60_000;

const cache = new WeakMap<Db, { at: number; shares: Promise<Map<string, number>> }>();

async function readShares(db: Db): Promise<Map<string, number>> {
  const res = (await db.execute(sql`
    select x.elem, x.share from pg_stats s
    cross join lateral unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as x(elem, share)
    where s.schemaname = current_schema() and s.tablename = 'proposals' and s.attname = 'search_vector'
      and x.elem is not null`)) as unknown as { rows: { elem: string; share: number }[] };
  return new Map(res.rows.map((r) => [r.elem, Number(r.share)]));
}

/**
 * The share of proposals containing each of the most common lexemes, from the planner's own
 * statistics (ANALYZE samples proposals.search_vector), so the corpus itself says which words
 * are too common to pick similar proposals by; e.g. 群众 in half of them. Read at most every ten
 * minutes per database; empty before the first ANALYZE, and then nothing is left out.
 */
export function termShares(db: Db): Promise<Map<string, number>> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.shares;
  const shares = readShares(db).catch(() => new Map<string, number>());
  cache.set(db, { at: Date.now(), shares });
  return shares;
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
