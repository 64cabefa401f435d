import {
  INSTRUCTION_EVENT_LABELS,
  INSTRUCTION_WORKFLOW,
  type InstructionAction,
  type InstructionFacts,
  type InstructionRole,
  type InstructionStatus,
} from '../../../domain/instructions';
import type { Actor } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { instructions } from '../../db/schema';
import { applyTransition, type RequestFor, type WorkflowAdapter } from '../../platform/workflow-engine';
import { notifyUsers } from '../notifications/notify';
import { type InstructionRow, lockInstruction, type UnitPartRow } from './load';
import { instructionRolesOf } from './policy';

export interface InstructionRelations {
  units: UnitPartRow[];
  mine: UnitPartRow | null;
}

export const instructionFacts = (rel: InstructionRelations): InstructionFacts => ({
  mine: (rel.mine?.state as InstructionFacts['mine']) ?? null,
  awaiting: rel.units.some((u) => u.state === 'submitted'),
  allAccepted: rel.units.length > 0 && rel.units.every((u) => u.state === 'accepted'),
});

/** Whom a step tells: named by the step (the office, or one unit's accounts). */
export interface InstructionNotice {
  userIds: number[];
}

/** How the engine reaches a 批示: its units' parts, the unit's and the office's roles. */
export const INSTRUCTION_ADAPTER: WorkflowAdapter<
  typeof instructions,
  InstructionRelations,
  InstructionStatus,
  InstructionRole,
  InstructionFacts,
  InstructionAction,
  InstructionNotice
> = {
  workflow: INSTRUCTION_WORKFLOW,
  table: instructions,
  lock: async (tx, actor, id) => {
    const { row, units, mine } = await lockInstruction(tx, actor, id);
    return { row, relations: { units, mine } };
  },
  roles: (actor, row, rel) => instructionRolesOf(actor, row, rel.mine !== null),
  facts: (_db, _actor, _row, rel) => instructionFacts(rel),
  notify: async ({ tx, actor, row, action, body, extra }) => {
    if (!extra?.userIds.length) return;
    await notifyUsers(tx, {
      committeeId: row.committeeId,
      userIds: extra.userIds.filter((u) => u !== actor.userId),
      kind: `instruction.${action}`,
      title: `批示${INSTRUCTION_EVENT_LABELS[action]}：${row.subjectTitle}`,
      body,
      link: `/instructions/${row.id}`,
    });
  },
};

type InstructionTransition = RequestFor<typeof INSTRUCTION_ADAPTER>;

/** The one way a 批示 changes. */
export const transitionInstruction = (db: Db, actor: Actor, req: InstructionTransition) =>
  applyTransition(db, INSTRUCTION_ADAPTER, actor, req);

export function instructionAbilities(actor: Actor, row: InstructionRow, rel: InstructionRelations) {
  return INSTRUCTION_WORKFLOW.abilities(
    row.status as InstructionStatus,
    instructionRolesOf(actor, row, rel.mine !== null),
    instructionFacts(rel),
  );
}
