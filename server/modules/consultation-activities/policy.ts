import { abilitiesFor } from '../../../domain/abilities';
import type { SuggestionRole } from '../../../domain/consultation-suggestions';
import type { ConsultationRole } from '../../../domain/consultations';
import type { Actor } from '../../../domain/roles';

/** Staff of a 协商工作 or 综合 department organise activities and follow suggestions up (the web's ability too). */
export const organisesConsultation = (actor: Pick<Actor, 'role' | 'duty' | 'canViewSensitive'>) =>
  abilitiesFor(actor).organiseConsultation;

/**
 * Write roles need the activity's own committee (organiser) or one it invited (participant, 联动协商):
 * a higher committee only reads, and a participant writes only its own part.
 */
export function consultationRolesOf(
  actor: Actor,
  c: { committeeId: number },
  participantIds: readonly number[],
): ConsultationRole[] {
  if (!organisesConsultation(actor)) return [];
  if (actor.committeeId === c.committeeId) return ['organiser'];
  return participantIds.includes(actor.committeeId) ? ['participant'] : [];
}

/** Staff, leaders and members read activities in scope; a department reads only its own suggestions. */
export const canReadConsultation = (actor: Actor) =>
  actor.role === 'staff' || actor.role === 'leader' || actor.role === 'member';

export interface PolicySuggestion {
  committeeId: number;
  unitId: number;
  memberId: number | null;
}

export function suggestionRolesOf(actor: Actor, s: PolicySuggestion): SuggestionRole[] {
  if (actor.committeeId !== s.committeeId) return [];
  const roles: SuggestionRole[] = [];
  if (actor.role === 'unit' && actor.handlingUnitId === s.unitId) roles.push('unit');
  if (organisesConsultation(actor)) roles.push('organiser');
  return roles;
}

/**
 * Staff and leaders read every suggestion in scope; a department only those sent to it; a member
 * those they made. Anything else is a 404.
 */
export function canReadSuggestion(actor: Actor, s: PolicySuggestion): boolean {
  if (actor.role === 'staff' || actor.role === 'leader') return true;
  if (actor.role === 'unit') return actor.handlingUnitId !== null && actor.handlingUnitId === s.unitId;
  return actor.role === 'member' && actor.memberId !== null && actor.memberId === s.memberId;
}
