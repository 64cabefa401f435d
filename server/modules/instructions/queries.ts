import { and, eq, exists, inArray, lt, type SQL, sql } from 'drizzle-orm';
import {
  FEEDBACK_STATE_LABELS,
  type FeedbackState,
  INSTRUCTION_LEVEL_LABELS,
  INSTRUCTION_STATUS_LABELS,
  type InstructionLevel,
  type InstructionStatus,
} from '../../../domain/instructions';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { handlingUnits, instructions, instructionUnits } from '../../db/schema';
import { EXPORT_LIMIT, offsetOf, type Page } from '../../http/paging';
import { shanghaiDate } from '../../lib/working-days';
import { now } from '../../platform/clock';
import { fetchListRows, type ListPurpose, type ListSource, type Paging } from '../../platform/list-page';
import { readScopeIds } from '../../platform/scope';
import { instructionSubject } from '../instruction-subjects';
import type { InstructionFilters } from './schemas';

const LIST: ListSource = { table: instructions, id: instructions.id, committeeId: instructions.committeeId };
/** Outer reference inside the subqueries: drizzle leaves a one-table select's columns bare. */
const outerId = sql.raw('"instructions"."id"');

/** A unit part of the 批示 matching `where` exists. */
const hasPart = (...where: SQL[]) =>
  exists(
    sql`(select 1 from ${instructionUnits} u where u.instruction_id = ${outerId} and ${and(sql`true`, ...where)})`,
  );
const part = (column: string) => sql.raw(`u.${column}`);

/** Open, past its due date, and a unit (the calling unit, for a unit) still owes feedback. */
export function overdueSql(actor: Actor, today: string): SQL {
  const mine = actor.role === 'unit' ? [sql`${part('unit_id')} = ${actor.handlingUnitId ?? -1}`] : [];
  return and(
    eq(instructions.status, 'open'),
    lt(instructions.dueOn, today),
    hasPart(sql`${part('state')} in ('pending', 'returned')`, ...mine),
  )!;
}

function conditions(actor: Actor, f: InstructionFilters): SQL[] {
  const c: SQL[] = [];
  if (actor.role === 'leader') c.push(eq(instructions.leaderId, actor.leaderId ?? -1));
  if (actor.role === 'unit') c.push(hasPart(sql`${part('unit_id')} = ${actor.handlingUnitId ?? -1}`));
  if (f.status) c.push(eq(instructions.status, f.status));
  if (f.level) c.push(eq(instructions.level, f.level));
  if (f.subjectType) c.push(eq(instructions.subjectType, f.subjectType));
  if (f.subjectId) c.push(eq(instructions.subjectId, f.subjectId));
  if (f.leaderId) c.push(eq(instructions.leaderId, f.leaderId));
  if (f.principal !== undefined) c.push(eq(instructions.principal, f.principal));
  if (f.unitId) c.push(hasPart(sql`${part('unit_id')} = ${f.unitId}`));
  if (f.state) {
    const mine = actor.role === 'unit' ? [sql`${part('unit_id')} = ${actor.handlingUnitId ?? -1}`] : [];
    c.push(hasPart(sql`${part('state')} = ${f.state}`, ...mine));
  }
  if (f.overdue !== undefined) {
    const overdue = overdueSql(actor, shanghaiDate(now()));
    c.push(f.overdue ? overdue : sql`not (${overdue})`);
  }
  return c;
}

/** A 批示 row with whether it is overdue for the caller (a unit: its own part). */
export const itemColumns = (today: string, actor: Actor) => ({
  i: instructions,
  overdue: sql<boolean>`(${overdueSql(actor, today)})`,
});

async function selectRows(
  db: DbOrTx,
  actor: Actor,
  f: InstructionFilters,
  paging: Paging,
  purpose: ListPurpose,
) {
  const scopeIds = await readScopeIds(db, actor);
  const today = shanghaiDate(now());
  return fetchListRows(db, LIST, { scopeIds, conditions: conditions(actor, f), paging, purpose }, (s) =>
    db
      .select({ ...itemColumns(today, actor), counted: s.counted })
      .from(instructions)
      .where(s.inPage)
      .orderBy(...s.order),
  );
}

/** Each listed 批示's units with their states, in one query. */
async function partsOf(db: DbOrTx, ids: number[]) {
  if (ids.length === 0) return new Map<number, { unitId: number; unitName: string; state: string }[]>();
  const rows = await db
    .select({
      instructionId: instructionUnits.instructionId,
      unitId: instructionUnits.unitId,
      unitName: handlingUnits.name,
      state: instructionUnits.state,
    })
    .from(instructionUnits)
    .innerJoin(handlingUnits, eq(handlingUnits.id, instructionUnits.unitId))
    .where(inArray(instructionUnits.instructionId, ids))
    .orderBy(instructionUnits.id);
  const map = new Map<number, { unitId: number; unitName: string; state: string }[]>();
  for (const { instructionId, ...p } of rows) map.set(instructionId, [...(map.get(instructionId) ?? []), p]);
  return map;
}

type Row = { i: typeof instructions.$inferSelect; overdue: boolean };

function present(r: Row, parts: { unitId: number; unitName: string; state: string }[]) {
  const i = r.i;
  return {
    id: i.id,
    committeeId: i.committeeId,
    subjectType: i.subjectType,
    subjectLabel: instructionSubject(i.subjectType)?.label ?? i.subjectType,
    subjectId: i.subjectId,
    subjectTitle: i.subjectTitle,
    leaderId: i.leaderId,
    leaderName: i.leaderName,
    level: i.level,
    levelLabel: INSTRUCTION_LEVEL_LABELS[i.level as InstructionLevel],
    principal: i.principal,
    text: i.text,
    instructedOn: i.instructedOn,
    dueOn: i.dueOn,
    status: i.status,
    statusLabel: INSTRUCTION_STATUS_LABELS[i.status as InstructionStatus],
    version: i.version,
    overdue: r.overdue,
    units: parts.map((p) => ({ ...p, stateLabel: FEEDBACK_STATE_LABELS[p.state as FeedbackState] })),
  };
}
export type InstructionItem = ReturnType<typeof present>;

export async function presentRows(db: DbOrTx, rows: Row[]) {
  const parts = await partsOf(
    db,
    rows.map((r) => r.i.id),
  );
  return rows.map((r) => present(r, parts.get(r.i.id) ?? []));
}

/** 批示 across every document kind in the caller's view, filtered and paged. */
export async function listInstructions(
  db: DbOrTx,
  actor: Actor,
  f: InstructionFilters & { page: number; pageSize: number },
): Promise<Page<InstructionItem>> {
  const { rows, ...total } = await selectRows(
    db,
    actor,
    f,
    { limit: f.pageSize, offset: offsetOf(f) },
    'page',
  );
  return { items: await presentRows(db, rows), ...total, page: f.page, pageSize: f.pageSize };
}

export async function exportInstructions(db: DbOrTx, actor: Actor, f: InstructionFilters) {
  const { rows } = await selectRows(db, actor, f, { limit: EXPORT_LIMIT, offset: 0 }, 'export');
  return presentRows(db, rows);
}

/** 批示 of the caller's own committee matching the filters (a to-do's count). */
export async function countInstructions(db: DbOrTx, actor: Actor, f: InstructionFilters) {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(instructions)
    .where(and(eq(instructions.committeeId, actor.committeeId), ...conditions(actor, f)));
  return n;
}

/** One 批示 as lists show it. */
export async function instructionItem(db: DbOrTx, actor: Actor, id: number) {
  const [row] = await db
    .select(itemColumns(shanghaiDate(now()), actor))
    .from(instructions)
    .where(eq(instructions.id, id));
  return (await presentRows(db, [row]))[0];
}
