import { abilitiesFor } from '../../../domain/abilities';
import type { PlanRole, TopicRole } from '../../../domain/consultation-plan';
import type { Actor } from '../../../domain/roles';

/** Staff of a 协商工作 or 综合 department run the topics and the plan (the web's ability too). */
export const organisesConsultation = (actor: Pick<Actor, 'role' | 'duty' | 'canViewSensitive'>) =>
  abilitiesFor(actor).organiseConsultation;

/** The columns of a topic the policy looks at. */
export interface PolicyTopic {
  committeeId: number;
  proposerUserId: number | null;
}

/** Write roles need the topic's own committee: a higher committee only reads. */
export function topicRolesOf(actor: Actor, t: PolicyTopic): TopicRole[] {
  return actor.committeeId === t.committeeId && organisesConsultation(actor) ? ['moderator'] : [];
}

/** Staff read every topic in scope (the moderation queue); anyone else only the topics they sent. */
export function canReadTopic(actor: Actor, t: PolicyTopic): boolean {
  if (actor.role === 'staff') return true;
  return t.proposerUserId === actor.userId;
}

export interface PolicyPlan {
  committeeId: number;
  status: string;
  revision: number;
}

export function planRolesOf(actor: Actor, p: PolicyPlan): PlanRole[] {
  return actor.committeeId === p.committeeId && organisesConsultation(actor) ? ['organiser'] : [];
}

/**
 * Staff and leaders read every plan in scope, drafts included (leaders sit on the 主席会议 that
 * reviews it); members and units read a plan once a version of it has been published.
 */
export function canReadPlan(actor: Actor, p: PolicyPlan): boolean {
  if (actor.role === 'staff' || actor.role === 'leader') return true;
  if (actor.role !== 'member' && actor.role !== 'unit') return false;
  return p.status === 'published' || p.revision > 1;
}
