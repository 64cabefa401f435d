import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../domain/roles';
import type { DbOrTx } from '../db/client';
import { events } from '../db/schema';
import { now } from './clock';

export type EventRow = typeof events.$inferSelect;

/** Who did it: a signed-in person, or the system (a scheduled job). */
export type EventActor = Pick<Actor, 'userId' | 'displayName'> | 'system';

export interface EventInput {
  committeeId: number;
  subjectType: string;
  subjectId: number;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
  data?: Record<string, unknown> | null;
  /** When it happened, if not now by the clock (a job acting as of its run time). */
  at?: Date;
}

/**
 * Appends one row to the event log. The workflow engine calls it for every transition; a module
 * calls it directly for an event that is not a transition (creation, a job's reminder), always
 * inside the transaction of the change it records.
 */
export async function appendEvent(db: DbOrTx, actor: EventActor, e: EventInput): Promise<void> {
  const system = actor === 'system';
  await db.insert(events).values({
    committeeId: e.committeeId,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    action: e.action,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    actorUserId: system ? null : actor.userId,
    actorName: system ? '系统' : actor.displayName,
    note: e.note ?? null,
    data: e.data ?? null,
    at: e.at ?? now(),
  });
}

/** One subject's events in the order they happened: its timeline. */
export function subjectEvents(db: DbOrTx, subjectType: string, subjectId: number): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(and(eq(events.subjectType, subjectType), eq(events.subjectId, subjectId)))
    .orderBy(asc(events.id));
}

/** The events of several subjects of one type, in the order they happened (a meeting's leave requests). */
export function subjectsEvents(db: DbOrTx, subjectType: string, subjectIds: number[]): Promise<EventRow[]> {
  if (subjectIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(events)
    .where(and(eq(events.subjectType, subjectType), inArray(events.subjectId, subjectIds)))
    .orderBy(asc(events.id));
}

/** Drops a subject's events with the subject itself (a never-submitted draft deleted by its author). */
export async function deleteSubjectEvents(db: DbOrTx, subjectType: string, subjectId: number) {
  await db.delete(events).where(and(eq(events.subjectType, subjectType), eq(events.subjectId, subjectId)));
}

/** A timeline entry as every module presents it, with the action's and the status's labels. */
export function presentEvent(
  e: EventRow,
  labels: { action: Readonly<Record<string, string>>; status: Readonly<Record<string, string>> },
) {
  return {
    id: e.id,
    action: e.action,
    actionLabel: labels.action[e.action] ?? e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    toStatusLabel: e.toStatus === null ? null : (labels.status[e.toStatus] ?? e.toStatus),
    actorName: e.actorName,
    note: e.note,
    data: e.data,
    at: e.at,
  };
}
