import { eq, gte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { proposals, searchIndexState } from '../../db/schema';
import { SEGMENTER_VERSION } from '../../lib/segment/words';
import { textBatch, writeVectors } from './search';

/**
 * Rebuilds proposals.search_vector when the segmenter changed (a new dictionary, a new way of
 * cutting words): existing databases get the new vectors on start-up, without a migration
 * that could not run the segmenter. Batches by id; the position is saved after each batch, so
 * an interrupted rebuild resumes; a row whose vector is already right is not written again, so
 * running it twice changes nothing.
 */

const TABLE = 'proposals';
const BATCH = 1000;

async function saveState(db: Db, nextId: number): Promise<void> {
  await db
    .insert(searchIndexState)
    .values({ tableName: TABLE, version: SEGMENTER_VERSION, nextId })
    .onConflictDoUpdate({
      target: searchIndexState.tableName,
      set: { version: SEGMENTER_VERSION, nextId },
    });
}

/** Where to start: 0 when the stored vectors are already this segmenter's, else the next id. */
async function startingId(db: Db): Promise<number> {
  const [state] = await db.select().from(searchIndexState).where(eq(searchIndexState.tableName, TABLE));
  if (state?.version !== SEGMENTER_VERSION) return 1;
  return state.nextId;
}

/** Rewrites one batch of vectors from `from` on; returns the last id read, or null when none is left. */
async function rebuildBatch(db: Db, from: number): Promise<{ last: number; written: number } | null> {
  const rows = await textBatch(db, gte(proposals.id, from), BATCH);
  if (rows.length === 0) return null;
  return { last: rows[rows.length - 1].id, written: await writeVectors(db, rows) };
}

/**
 * Brings every stored search vector to the current segmenter (SEGMENTER_VERSION). Returns the
 * number of vectors rewritten: 0 when they already were current.
 */
export async function rebuildSearchVectors(db: Db, log: (s: string) => void = () => {}): Promise<number> {
  let from = await startingId(db);
  if (from === 0) return 0;
  log(`正在按新的分词重建提案检索索引（自编号 ${from} 起）…`);
  let written = 0;
  for (;;) {
    const batch = await rebuildBatch(db, from);
    if (!batch) break;
    written += batch.written;
    from = batch.last + 1;
    await saveState(db, from);
  }
  await saveState(db, 0);
  log(`提案检索索引已重建：更新 ${written} 条。`);
  return written;
}
