import { and, eq, or } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx, Tx } from '../../db/client';
import { consultationSuggestions, consultations } from '../../db/schema';
import { notFound } from '../../errors';
import { inReadScope } from '../../platform/scope';
import { participatesSql } from './joint-scope';
import { canReadConsultation, canReadSuggestion } from './policy';

export type ConsultationRow = typeof consultations.$inferSelect;
export type SuggestionRow = typeof consultationSuggestions.$inferSelect;

async function readableActivity(db: DbOrTx, actor: Actor, id: number, lock: boolean) {
  const q = db
    .select()
    .from(consultations)
    .where(
      and(
        eq(consultations.id, id),
        or(inReadScope(consultations.committeeId, actor), participatesSql(consultations.id, actor)),
      ),
    );
  const [row] = lock ? await q.for('update') : await q;
  if (!row || !canReadConsultation(actor)) throw notFound('协商活动');
  return row;
}

/** An activity the caller may read (in scope, or a joint activity its committee takes part in); else a 404. */
export const loadConsultation = (db: DbOrTx, actor: Actor, id: number) =>
  readableActivity(db, actor, id, false);
export const lockConsultation = (tx: Tx, actor: Actor, id: number) => readableActivity(tx, actor, id, true);

async function readableSuggestion(db: DbOrTx, actor: Actor, id: number, lock: boolean) {
  const q = db
    .select()
    .from(consultationSuggestions)
    .where(
      and(
        eq(consultationSuggestions.id, id),
        or(
          inReadScope(consultationSuggestions.committeeId, actor),
          participatesSql(consultationSuggestions.consultationId, actor),
          participatesSql(consultationSuggestions.supervisionGroupId, actor, 'supervisionGroup'),
          participatesSql(consultationSuggestions.inspectionId, actor, 'inspection'),
        ),
      ),
    );
  const [row] = lock ? await q.for('update') : await q;
  if (!row || !canReadSuggestion(actor, row)) throw notFound('意见建议');
  return row;
}

/**
 * A suggestion the caller may read (a department: only its own; staff and leaders also every part of a
 * joint activity, supervision group or inspection their committee takes part in); else a 404.
 */
export const loadSuggestion = (db: DbOrTx, actor: Actor, id: number) =>
  readableSuggestion(db, actor, id, false);
export const lockSuggestion = (tx: Tx, actor: Actor, id: number) => readableSuggestion(tx, actor, id, true);
