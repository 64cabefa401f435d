import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx, Tx } from '../../db/client';
import { deliberationPosts, deliberations } from '../../db/schema';
import { notFound } from '../../errors';
import { inReadScope } from '../../platform/scope';
import { readsHall } from './policy';

export type DeliberationRow = typeof deliberations.$inferSelect;
export type PostRow = typeof deliberationPosts.$inferSelect;

async function readable(db: DbOrTx, actor: Actor, id: number, lock: boolean) {
  const q = db
    .select()
    .from(deliberations)
    .where(and(eq(deliberations.id, id), inReadScope(deliberations.committeeId, actor)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row || !readsHall(actor)) throw notFound('议政议题');
  return row;
}

/** A topic the caller may read; else a 404. */
export const loadDeliberation = (db: DbOrTx, actor: Actor, id: number) => readable(db, actor, id, false);
export const lockDeliberation = (tx: Tx, actor: Actor, id: number) => readable(tx, actor, id, true);

/** A post whose topic the caller may read (the moderators reach every state, others only what is visible). */
export async function lockPost(tx: Tx, actor: Actor, id: number) {
  const [post] = await tx
    .select()
    .from(deliberationPosts)
    .where(and(eq(deliberationPosts.id, id), inReadScope(deliberationPosts.committeeId, actor)))
    .for('update');
  if (!post || !readsHall(actor)) throw notFound('留言');
  return post;
}
