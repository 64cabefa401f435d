import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx, Tx } from '../../db/client';
import { opinionItems, opinionReports } from '../../db/schema';
import { notFound } from '../../errors';
import { inReadScope } from '../../platform/scope';
import { canReadItem, canReadReport } from './policy';

export type ReportRow = typeof opinionReports.$inferSelect;
export type ItemRow = typeof opinionItems.$inferSelect;

async function readableReport(db: DbOrTx, actor: Actor, id: number, lock: boolean): Promise<ReportRow> {
  const q = db
    .select()
    .from(opinionReports)
    .where(and(eq(opinionReports.id, id), inReadScope(opinionReports.committeeId, actor)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row || !canReadReport(actor, row)) throw notFound('社情民意信息');
  return row;
}

/** A report the caller may read; else a 404. */
export const loadReport = (db: DbOrTx, actor: Actor, id: number) => readableReport(db, actor, id, false);
/** The same, locked `for update` for the rest of the transaction. */
export const lockReport = (tx: Tx, actor: Actor, id: number) => readableReport(tx, actor, id, true);

async function readableItem(db: DbOrTx, actor: Actor, id: number, lock: boolean): Promise<ItemRow> {
  const q = db
    .select()
    .from(opinionItems)
    .where(and(eq(opinionItems.id, id), inReadScope(opinionItems.committeeId, actor)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row || !canReadItem(actor)) throw notFound('信息编辑稿');
  return row;
}

export const loadItem = (db: DbOrTx, actor: Actor, id: number) => readableItem(db, actor, id, false);
export const lockItem = (tx: Tx, actor: Actor, id: number) => readableItem(tx, actor, id, true);
