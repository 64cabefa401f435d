import { and, eq, inArray } from 'drizzle-orm';
import {
  SUGGESTION_EVENT_LABELS,
  SUGGESTION_WORKFLOW,
  type SuggestionAction,
  type SuggestionFacts,
  type SuggestionRole,
  type SuggestionStatus,
} from '../../../domain/consultation-suggestions';
import {
  CONSULTATION_DUTIES,
  CONSULTATION_WORKFLOW,
  type ConsultationAction,
  type ConsultationFacts,
  type ConsultationRole,
  type ConsultationStatus,
} from '../../../domain/consultations';
import type { Actor } from '../../../domain/roles';
import type { Db, DbOrTx } from '../../db/client';
import { consultationSuggestions, consultations, departments, users } from '../../db/schema';
import { applyTransition, type RequestFor, type WorkflowAdapter } from '../../platform/workflow-engine';
import { notifyUsers } from '../notifications/notify';
import { participantIdsOf } from './joint-scope';
import { type ConsultationRow, lockConsultation, lockSuggestion, type SuggestionRow } from './load';
import { consultationRolesOf, suggestionRolesOf } from './policy';

export const consultationFacts = (row: ConsultationRow): ConsultationFacts => ({
  published: row.publishedAt !== null,
  grassroots: row.form === 'grassroots',
});

/** The committees a joint activity invited (联动协商): who holds the participant role. */
export interface ConsultationRelations {
  participantIds: number[];
}

/**
 * How the engine reaches an activity: its organisers, and for their own part the staff of the committees
 * it invited; a step's sub-records are its own writes.
 */
export const CONSULTATION_ADAPTER: WorkflowAdapter<
  typeof consultations,
  ConsultationRelations,
  ConsultationStatus,
  ConsultationRole,
  ConsultationFacts,
  ConsultationAction,
  never
> = {
  workflow: CONSULTATION_WORKFLOW,
  table: consultations,
  lock: async (tx, actor, id) => {
    const row = await lockConsultation(tx, actor, id);
    return { row, relations: { participantIds: await participantIdsOf(tx, id) } };
  },
  roles: (actor, row, relations) => consultationRolesOf(actor, row, relations.participantIds),
  facts: (_db, _actor, row) => consultationFacts(row),
};

/** The one way an activity changes. */
export const transitionConsultation = (db: Db, actor: Actor, req: RequestFor<typeof CONSULTATION_ADAPTER>) =>
  applyTransition(db, CONSULTATION_ADAPTER, actor, req);

export const consultationAbilities = (actor: Actor, row: ConsultationRow, participantIds: number[]) =>
  CONSULTATION_WORKFLOW.abilities(
    row.status as ConsultationStatus,
    consultationRolesOf(actor, row, participantIds),
    consultationFacts(row),
  );

/** The consultation staff of a committee (协商工作, 综合): told of feedback and overdue suggestions. */
export async function consultationStaffOf(db: DbOrTx, committeeId: number): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .where(
      and(
        eq(users.committeeId, committeeId),
        eq(users.role, 'staff'),
        eq(users.active, true),
        inArray(departments.duty, [...CONSULTATION_DUTIES]),
      ),
    );
  return rows.map((r) => r.id);
}

/** The active accounts of a department (handling unit). */
export async function unitAccounts(db: DbOrTx, unitId: number): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.handlingUnitId, unitId), eq(users.active, true)));
  return rows.map((r) => r.id);
}

const suggestionFacts = (row: SuggestionRow): SuggestionFacts => ({ percent: row.percent });

/** How the engine reaches a suggestion: the department answers, the organisers reassign; whom a step tells. */
export const SUGGESTION_ADAPTER: WorkflowAdapter<
  typeof consultationSuggestions,
  null,
  SuggestionStatus,
  SuggestionRole,
  SuggestionFacts,
  SuggestionAction,
  { userIds: number[] }
> = {
  workflow: SUGGESTION_WORKFLOW,
  table: consultationSuggestions,
  lock: async (tx, actor, id) => ({ row: await lockSuggestion(tx, actor, id), relations: null }),
  roles: (actor, row) => suggestionRolesOf(actor, row),
  facts: (_db, _actor, row) => suggestionFacts(row),
  notify: async ({ tx, actor, row, action, body, extra }) => {
    if (!extra?.userIds.length) return;
    await notifyUsers(tx, {
      committeeId: row.committeeId,
      userIds: extra.userIds.filter((u) => u !== actor.userId),
      kind: `consultationSuggestion.${action}`,
      title: `意见建议${SUGGESTION_EVENT_LABELS[action]}：${row.text.slice(0, 30)}`,
      body,
      link: `/consultation-suggestions/${row.id}`,
    });
  },
};

/** The one way a suggestion changes. */
export const transitionSuggestion = (db: Db, actor: Actor, req: RequestFor<typeof SUGGESTION_ADAPTER>) =>
  applyTransition(db, SUGGESTION_ADAPTER, actor, req);

export const suggestionAbilities = (actor: Actor, row: SuggestionRow) =>
  SUGGESTION_WORKFLOW.abilities(
    row.status as SuggestionStatus,
    suggestionRolesOf(actor, row),
    suggestionFacts(row),
  );
