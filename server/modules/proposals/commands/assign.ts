import { and, eq, inArray, max } from 'drizzle-orm';
import type { ProposalStatus } from '../../../../domain/proposals';
import { ASSIGNMENT_MODE_LABELS } from '../../../../domain/proposals';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { handlingUnits, proposalAssignments } from '../../../db/schema';
import { badRequest } from '../../../errors';
import { addWorkingDays, shanghaiDate } from '../../../lib/working-days';
import { calendarOverridesFor } from '../../../platform/calendar';
import { proposalSettingsFor } from '../config';
import type { ProposalRow } from '../relations';
import type { AssignmentPlan } from '../schemas';
import { transitionProposal } from '../transition';

interface Step {
  expectedVersion?: number;
  expectedStatus?: ProposalStatus;
  note?: string | null;
}

/** 主办 + 会办 (exactly one 主办) or 分办 only (each replies separately), never mixed. */
export function planProblem(plan: AssignmentPlan): string | null {
  const units = new Set(plan.map((u) => u.unitId));
  if (units.size !== plan.length) return '同一承办单位不能重复交办';
  const separate = plan.filter((u) => u.mode === 'separate').length;
  if (separate > 0) return separate === plan.length ? null : '分办不能与主办、会办同时使用';
  const leads = plan.filter((u) => u.mode === 'lead').length;
  return leads === 1 ? null : '主办单位须有且只有一个';
}

/** The units of a plan, all of the proposal's committee, by id. */
async function unitsOf(tx: Tx, committeeId: number, plan: AssignmentPlan) {
  const problem = planProblem(plan);
  if (problem) throw badRequest(`承办单位：${problem}`, 'units');
  const ids = plan.map((u) => u.unitId);
  const rows = await tx
    .select({ id: handlingUnits.id, name: handlingUnits.name })
    .from(handlingUnits)
    .where(and(inArray(handlingUnits.id, ids), eq(handlingUnits.committeeId, committeeId)));
  if (rows.length !== ids.length) throw badRequest('承办单位：不存在', 'units');
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Inserts assignments for a new round, with due dates in working days from today (Beijing). */
async function insertRound(tx: Tx, actor: Actor, p: ProposalRow, plan: AssignmentPlan, now: Date) {
  const settings = await proposalSettingsFor(tx, p.committeeId);
  const overrides = await calendarOverridesFor(tx, p.committeeId);
  const today = shanghaiDate(now);
  const dueDate = addWorkingDays(today, settings.replyDueWorkingDays, overrides);
  const contactDueDate = addWorkingDays(today, settings.contactDueWorkingDays, overrides);
  const [{ last }] = await tx
    .select({ last: max(proposalAssignments.round) })
    .from(proposalAssignments)
    .where(eq(proposalAssignments.proposalId, p.id));
  const round = (last ?? 0) + 1;
  if (plan.length) {
    await tx.insert(proposalAssignments).values(
      plan.map((u) => ({
        committeeId: p.committeeId,
        proposalId: p.id,
        unitId: u.unitId,
        mode: u.mode,
        round,
        assignedAt: now,
        assignedByUserId: actor.userId,
        dueDate,
        originalDueDate: dueDate,
        contactDueDate,
      })),
    );
  }
  return { dueDate, round };
}

const describePlan = (plan: AssignmentPlan, names: Map<number, string>) =>
  plan.map((u) => `${ASSIGNMENT_MODE_LABELS[u.mode]}：${names.get(u.unitId)}`).join('；');

/** 交办 to one 主办 with 会办 units, or to 分办 units; due date in working days. */
export function assignProposal(db: Db, actor: Actor, id: number, step: Step & { units: AssignmentPlan }) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'assign',
    ...step,
    step: async ({ tx, row: proposal, now }) => {
      const names = await unitsOf(tx, proposal.committeeId, step.units);
      const { dueDate } = await insertRound(tx, actor, proposal, step.units, now);
      return {
        data: { units: step.units.map((u) => ({ ...u, name: names.get(u.unitId) })), dueDate },
        message: `${describePlan(step.units, names)}。办理时限：${dueDate}`,
      };
    },
  });
}

/**
 * 重新交办: the plan is the whole new set. Units that keep their role keep their assignment and
 * deadline; the others' active assignments are removed; newcomers start a new round.
 */
export function reassignProposal(db: Db, actor: Actor, id: number, step: Step & { units: AssignmentPlan }) {
  return transitionProposal(db, actor, {
    id: id,
    action: 'reassign',
    ...step,
    step: async ({ tx, row: proposal, now }) => {
      const names = await unitsOf(tx, proposal.committeeId, step.units);
      const active = await tx
        .select()
        .from(proposalAssignments)
        .where(and(eq(proposalAssignments.proposalId, id), eq(proposalAssignments.state, 'active')));
      const key = (u: { unitId: number; mode: string }) => `${u.unitId}:${u.mode}`;
      const wanted = new Set(step.units.map(key));
      const dropped = active.filter((a) => !wanted.has(key(a)));
      const kept = new Set(active.filter((a) => wanted.has(key(a))).map(key));
      const added = step.units.filter((u) => !kept.has(key(u)));
      if (dropped.length === 0 && added.length === 0) throw badRequest('承办单位：未作调整', 'units');
      if (dropped.length) {
        await tx
          .update(proposalAssignments)
          .set({ state: 'removed' })
          .where(
            inArray(
              proposalAssignments.id,
              dropped.map((a) => a.id),
            ),
          );
      }
      const { dueDate } = await insertRound(tx, actor, proposal, added, now);
      return {
        data: {
          units: step.units.map((u) => ({ ...u, name: names.get(u.unitId) })),
          removedUnitIds: dropped.map((a) => a.unitId),
          dueDate: added.length ? dueDate : null,
        },
        message: describePlan(step.units, names),
        notify: { unitIds: dropped.map((a) => a.unitId) },
      };
    },
  });
}
