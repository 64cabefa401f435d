import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import type { DbOrTx } from '../../../db/client';
import { sensitiveWords } from '../../../db/schema';
import { forbidden, notFound } from '../../../errors';
import { now } from '../../../platform/clock';
import { activeWords } from '../../../platform/sensitive-words';
import { organisesConsultation } from '../policy';

function mustOrganise(actor: Actor) {
  if (!organisesConsultation(actor)) throw forbidden('仅协商工作或综合部门的工作人员可以维护敏感词');
}

/** Adds a word to the committee's list (or takes a removed one back). */
export async function addWord(db: DbOrTx, actor: Actor, word: string) {
  mustOrganise(actor);
  await activeWords(db, actor.committeeId);
  const at = now();
  await db
    .insert(sensitiveWords)
    .values({ committeeId: actor.committeeId, word, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: [sensitiveWords.committeeId, sensitiveWords.word],
      set: { active: true, updatedAt: at },
    });
}

/** Removes a word: it stays as an inactive row, so an emptied list is not refilled with the defaults. */
export async function removeWord(db: DbOrTx, actor: Actor, id: number) {
  mustOrganise(actor);
  const done = await db
    .update(sensitiveWords)
    .set({ active: false, updatedAt: now() })
    .where(and(eq(sensitiveWords.id, id), eq(sensitiveWords.committeeId, actor.committeeId)))
    .returning({ id: sensitiveWords.id });
  if (done.length === 0) throw notFound('敏感词');
}
