import { eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Actor } from '../../domain/roles';
import type { Workflow } from '../../domain/workflow';
import type { Db, DbOrTx, Tx } from '../db/client';
import { conflict, forbidden, invalidTransition } from '../errors';
import { now as clockNow } from './clock';
import { pgErrorOf } from './db-errors';
import { appendEvent } from './events';

/** A document table the engine can move: an id, its committee, a status and a version. */
export type WorkflowTable = PgTable & {
  id: PgColumn;
  committeeId: PgColumn;
  status: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
};

type RowOf<T extends WorkflowTable> = T['$inferSelect'] & {
  id: number;
  committeeId: number;
  status: string;
  version: number;
};

/** Columns a step may write besides those the engine owns. */
export type PatchOf<T extends WorkflowTable> = Partial<Omit<T['$inferInsert'], 'id' | 'status' | 'version'>>;

/** What the engine hands a module's notifier after the step's writes. */
export interface StepNotice<Row, A extends string, X> {
  tx: Tx;
  actor: Actor;
  /** The row as the step left it. */
  row: Row;
  action: A;
  body: string | null;
  extra: X | undefined;
}

/**
 * How the engine reaches one document type: its workflow table, its database table, how to lock
 * and load it with the sub-records its policy needs, the caller's roles and facts, and whom a
 * step concerns. A module declares one adapter; it never copies the engine.
 */
export interface WorkflowAdapter<
  T extends WorkflowTable,
  Rel,
  S extends string,
  R extends string,
  F,
  A extends string,
  X,
> {
  workflow: Workflow<S, R, F, A>;
  table: T;
  /** Locks the row `for update` with what the policy needs; a row the caller may not read is a 404. */
  lock(tx: Tx, actor: Actor, id: number): Promise<{ row: RowOf<T>; relations: Rel }>;
  roles(actor: Actor, row: RowOf<T>, relations: Rel): R[];
  /** What the guards see, sub-records included, from the caller's chair. */
  facts(db: DbOrTx, actor: Actor, row: RowOf<T>, relations: Rel): F | Promise<F>;
  /** Tells the people a step concerns, inside the step's transaction. */
  notify?(notice: StepNotice<RowOf<T>, A, X>): Promise<void>;
  /**
   * Keeps what the module derives from the new status up to date (a meeting's stored attendance
   * after a leave decision), inside the step's transaction, once the status is written.
   */
  derive?(tx: Tx, row: RowOf<T>): Promise<void>;
}

/** What a step's own writes see: the locked row, its relations, the caller's roles and facts. */
export interface StepContext<Row, Rel, R, F> {
  tx: Tx;
  actor: Actor;
  row: Row;
  relations: Rel;
  roles: R[];
  facts: F;
  /** The time of the step (server/platform/clock.ts): every timestamp the step writes. */
  now: Date;
}

/** What a step hands back: its choice of target, other columns, what the event records, whom to tell. */
export interface StepOutcome<S extends string, P, X> {
  /** For transitions with a list of targets (submit → 待联名确认 or 待审查 …). */
  to?: S;
  patch?: P;
  note?: string | null;
  data?: Record<string, unknown>;
  /** The notification text, when it should say more than the note. */
  message?: string | null;
  notify?: X;
}

export interface TransitionRequest<
  T extends WorkflowTable,
  Rel,
  S extends string,
  R,
  F,
  A extends string,
  X,
> {
  id: number;
  /** The action, or how to pick it from the facts seen under the row lock (答复: the last reply or not). */
  action: A | ((facts: F) => A);
  /** What the caller's screen showed; a mismatch means someone else acted first (409). */
  expectedVersion?: number;
  expectedStatus?: S;
  note?: string | null;
  step?: (c: StepContext<RowOf<T>, Rel, R, F>) => Promise<StepOutcome<S, PatchOf<T>, X> | undefined>;
}

/** A stale screen: the caller saw an older version or status of the document. */
function checkFresh(
  wf: Workflow<string, string, unknown, string>,
  row: RowOf<WorkflowTable>,
  req: {
    expectedVersion?: number;
    expectedStatus?: string;
  },
): void {
  if (req.expectedStatus !== undefined && req.expectedStatus !== row.status) {
    const label = wf.statusLabels[row.status] ?? row.status;
    throw invalidTransition(`该${wf.noun}当前状态为${label}，已被他人处理，请刷新后重试`);
  }
  if (req.expectedVersion !== undefined && req.expectedVersion !== row.version) {
    throw conflict(`该${wf.noun}已被他人修改，请刷新后重试`);
  }
}

/** The request type of an adapter's documents, read off the adapter (its seven parameters, once). */
export type RequestFor<Ad> =
  Ad extends WorkflowAdapter<infer T, infer Rel, infer S, infer R, infer F, infer A, infer X>
    ? TransitionRequest<T, Rel, S, R, F, A, X>
    : never;

/**
 * The one way a document changes status. In one transaction: lock the row, check freshness, then
 * state before role before guard against the workflow table, run the step's writes, set the
 * status and bump the version, append the event, notify the people concerned. Concurrent steps on
 * one document serialise on the row lock; the later one finds the status moved on and gets a 409.
 */
export async function applyTransition<
  T extends WorkflowTable,
  Rel,
  S extends string,
  R extends string,
  F,
  A extends string,
  X,
>(
  db: Db,
  adapter: WorkflowAdapter<T, Rel, S, R, F, A, X>,
  actor: Actor,
  req: TransitionRequest<T, Rel, S, R, F, A, X>,
): Promise<RowOf<T>> {
  try {
    return await db.transaction((tx) => runTransition(tx, adapter, actor, req));
  } catch (err) {
    // Two steps that lock each other's documents (e.g. crosswise 并案): PostgreSQL aborts one.
    if (pgErrorOf(err)?.code === '40P01') throw conflict('操作冲突，请刷新后重试');
    throw err;
  }
}

async function runTransition<
  T extends WorkflowTable,
  Rel,
  S extends string,
  R extends string,
  F,
  A extends string,
  X,
>(
  tx: Tx,
  adapter: WorkflowAdapter<T, Rel, S, R, F, A, X>,
  actor: Actor,
  req: TransitionRequest<T, Rel, S, R, F, A, X>,
): Promise<RowOf<T>> {
  const wf = adapter.workflow;
  const { row, relations } = await adapter.lock(tx, actor, req.id);
  checkFresh(wf as never, row, req);
  const roles = adapter.roles(actor, row, relations);
  const facts = await adapter.facts(tx, actor, row, relations);
  const action = typeof req.action === 'function' ? req.action(facts) : req.action;
  const from = row.status as S;
  const check = wf.check(action, from, roles, facts);
  if (!check.ok) throw check.reason === 'role' ? forbidden(check.message) : invalidTransition(check.message);
  const now = clockNow();
  const outcome = (await req.step?.({ tx, actor, row, relations, roles, facts, now })) ?? {};
  const to = wf.resolveTarget(check.transition, from, outcome.to);
  const table = adapter.table;
  const [updated] = (await tx
    .update(table)
    .set({ ...outcome.patch, status: to, version: sql`${table.version} + 1`, updatedAt: now } as never)
    .where(eq(table.id, row.id))
    .returning()) as RowOf<T>[];
  await adapter.derive?.(tx, updated);
  const note = outcome.note !== undefined ? outcome.note : (req.note ?? null);
  await appendEvent(tx, actor, {
    committeeId: row.committeeId,
    subjectType: wf.subject,
    subjectId: row.id,
    action,
    fromStatus: from,
    toStatus: to,
    note,
    data: outcome.data ?? null,
  });
  await adapter.notify?.({
    tx,
    actor,
    row: updated,
    action,
    body: outcome.message ?? note,
    extra: outcome.notify,
  });
  return updated;
}
