import { eq } from 'drizzle-orm';
import { DEFAULT_OPINION_MAX_CHARS } from '../../../domain/opinion-reports';
import type { DbOrTx } from '../../db/client';
import { opinionSettings } from '../../db/schema';
import { now } from '../../platform/clock';

/** The committee's length limit for 情况、分析、建议 together (the default until it sets one). */
export async function maxCharsOf(db: DbOrTx, committeeId: number): Promise<number> {
  const [row] = await db
    .select({ maxChars: opinionSettings.maxChars })
    .from(opinionSettings)
    .where(eq(opinionSettings.committeeId, committeeId));
  return row?.maxChars ?? DEFAULT_OPINION_MAX_CHARS;
}

/** Sets the committee's limit (one row per committee, written over). */
export async function setMaxChars(db: DbOrTx, committeeId: number, maxChars: number) {
  await db
    .insert(opinionSettings)
    .values({ committeeId, maxChars, updatedAt: now() })
    .onConflictDoUpdate({ target: opinionSettings.committeeId, set: { maxChars, updatedAt: now() } });
}
