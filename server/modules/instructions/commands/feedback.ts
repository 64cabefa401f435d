import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import type { Db, DbOrTx } from '../../../db/client';
import { departments, instructionUnits, users } from '../../../db/schema';
import { badRequest } from '../../../errors';
import { instructionSubject } from '../../instruction-subjects';
import { transitionInstruction } from '../transitions';

/** The accounts that follow a kind's 批示 up in a committee: the office and the kind's department. */
export async function officeOf(db: DbOrTx, committeeId: number, subjectType: string) {
  const duty = instructionSubject(subjectType)?.duty;
  const rows = await db
    .select({ id: users.id, duty: departments.duty })
    .from(users)
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .where(and(eq(users.committeeId, committeeId), eq(users.role, 'staff'), eq(users.active, true)));
  return rows.filter((r) => r.duty === '综合' || r.duty === duty).map((r) => r.id);
}

const unitAccounts = async (db: DbOrTx, unitId: number) =>
  (
    await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.handlingUnitId, unitId), eq(users.active, true)))
  ).map((r) => r.id);

/** 落实反馈: the named unit reports what it did; the office is told. */
export const giveFeedback = (
  db: Db,
  actor: Actor,
  id: number,
  input: { feedback: string; expectedVersion?: number },
) =>
  transitionInstruction(db, actor, {
    id,
    action: 'feedback',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row, relations, now: at }) => {
      const mine = relations.mine!;
      await tx
        .update(instructionUnits)
        .set({ state: 'submitted', feedback: input.feedback, fedBackAt: at, returnNote: null })
        .where(eq(instructionUnits.id, mine.id));
      return {
        note: input.feedback,
        data: { unitId: mine.unitId },
        notify: { userIds: await officeOf(tx, row.committeeId, row.subjectType) },
      };
    },
  });

type UnitStep = { unitId: number; note?: string | null; expectedVersion?: number };

/** The unit's part awaiting the office, or a 400 naming the unit. */
function submittedPart(units: { unitId: number; state: string; id: number }[], unitId: number) {
  const part = units.find((u) => u.unitId === unitId);
  if (part?.state !== 'submitted') throw badRequest('落实单位：该单位没有待确认的反馈', 'unitId');
  return part;
}

/** 确认反馈: the office accepts one unit's feedback. */
export const acceptFeedback = (db: Db, actor: Actor, id: number, input: UnitStep) =>
  transitionInstruction(db, actor, {
    id,
    action: 'accept',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, relations }) => {
      const part = submittedPart(relations.units, input.unitId);
      await tx.update(instructionUnits).set({ state: 'accepted' }).where(eq(instructionUnits.id, part.id));
      return { data: { unitId: input.unitId }, notify: { userIds: await unitAccounts(tx, input.unitId) } };
    },
  });

/** 退回反馈: the office sends one unit's feedback back with what is missing; the unit owes it again. */
export const sendBackFeedback = (db: Db, actor: Actor, id: number, input: UnitStep) =>
  transitionInstruction(db, actor, {
    id,
    action: 'sendBack',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, relations }) => {
      const part = submittedPart(relations.units, input.unitId);
      await tx
        .update(instructionUnits)
        .set({ state: 'returned', returnNote: input.note ?? null })
        .where(eq(instructionUnits.id, part.id));
      return {
        note: input.note ?? null,
        data: { unitId: input.unitId },
        notify: { userIds: await unitAccounts(tx, input.unitId) },
      };
    },
  });

/** 办结 once every unit's feedback is accepted. */
export const closeInstruction = (
  db: Db,
  actor: Actor,
  id: number,
  input: { expectedVersion?: number; note?: string | null },
) =>
  transitionInstruction(db, actor, {
    id,
    action: 'close',
    expectedVersion: input.expectedVersion,
    note: input.note,
  });
