import type { DeliberationRole, PostRole } from '../../../domain/deliberations';
import type { Actor } from '../../../domain/roles';
import { organisesConsultation } from '../consultation-plan/policy';

export interface PolicyDeliberation {
  committeeId: number;
}

/** Organisers (协商工作/综合 staff) of the topic's own committee run it; a higher committee only reads. */
export function deliberationRolesOf(actor: Actor, d: PolicyDeliberation): DeliberationRole[] {
  return actor.committeeId === d.committeeId && organisesConsultation(actor) ? ['organiser'] : [];
}
export const postRolesOf = (actor: Actor, p: PolicyDeliberation): PostRole[] =>
  deliberationRolesOf(actor, p).length ? ['moderator'] : [];

/** Staff, leaders and members read the hall in scope; handling units and administrators do not. */
export const readsHall = (actor: Actor) =>
  actor.role === 'staff' || actor.role === 'leader' || actor.role === 'member';

/** Only members of the topic's own committee post, reply and like (a resident posts through the public page). */
export const postsInHall = (actor: Actor, d: PolicyDeliberation) =>
  actor.role === 'member' && actor.memberId !== null && actor.committeeId === d.committeeId;
