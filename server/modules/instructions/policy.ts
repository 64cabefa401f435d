import { staffWithDuty } from '../../../domain/abilities';
import type { InstructionRole } from '../../../domain/instructions';
import type { Actor } from '../../../domain/roles';
import { instructionSubject } from '../instruction-subjects';

/** Staff who follow a kind's 批示 up: its own duty's (社情民意信息, 提案工作 …) and the office (综合). */
export function followsUp(actor: Pick<Actor, 'role' | 'duty'>, subjectType: string): boolean {
  const duty = instructionSubject(subjectType)?.duty;
  return staffWithDuty(actor, '综合') || (duty !== undefined && staffWithDuty(actor, duty));
}

/**
 * Who may put a 批示 on a document of their committee: its leaders, and the staff who follow the kind
 * up (the 批示 command checks the same again, with whether the document is readable).
 */
export function mayInstructOn(actor: Actor, subjectType: string, committeeId: number): boolean {
  if (actor.committeeId !== committeeId) return false;
  return actor.role === 'leader' || followsUp(actor, subjectType);
}

export interface PolicyInstruction {
  committeeId: number;
  subjectType: string;
  leaderId: number | null;
}

export function instructionRolesOf(actor: Actor, i: PolicyInstruction, named: boolean): InstructionRole[] {
  if (actor.committeeId !== i.committeeId) return [];
  const roles: InstructionRole[] = [];
  if (actor.role === 'unit' && named) roles.push('unit');
  if (followsUp(actor, i.subjectType)) roles.push('office');
  return roles;
}

/** Staff read every 批示 in scope; a leader those they wrote; a unit those naming it. */
export function canReadInstruction(actor: Actor, i: PolicyInstruction, named: boolean): boolean {
  if (actor.role === 'staff') return true;
  if (actor.role === 'leader') return actor.leaderId !== null && actor.leaderId === i.leaderId;
  return actor.role === 'unit' && named;
}
