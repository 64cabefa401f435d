import { MEMBER_STATUS_LABELS, type MemberStatus } from '../../../domain/members';
import type { Actor } from '../../../domain/roles';
import { mayReadDutyRecord, memberAbilities } from './policy';
import type { loadMemberProfile, MemberRow } from './queries';

type PresentActor = Pick<Actor, 'role' | 'committeeId' | 'canViewSensitive' | 'duty' | 'memberId'>;

/**
 * A member as it leaves the server: only the masked phone and ID number (the whole values come
 * from the audited /sensitive route alone), and what the caller may do with it.
 */
export function presentMember(actor: PresentActor, row: MemberRow) {
  return {
    ...row,
    statusLabel: MEMBER_STATUS_LABELS[row.status as MemberStatus] ?? row.status,
    abilities: memberAbilities(actor, row),
  };
}

/** How the audit log names a member: names repeat, so the id goes with it. */
export function memberTarget(m: { id: number; name: string }): string {
  return `委员 ${m.name}（#${m.id}）`;
}

/** The profile page: the member, its activity groups and the 联系制度 on both sides. */
export function presentProfile(
  actor: PresentActor,
  p: NonNullable<Awaited<ReturnType<typeof loadMemberProfile>>>,
) {
  const member = presentMember(actor, p.member);
  return {
    ...member,
    abilities: { ...member.abilities, readDutyRecord: mayReadDutyRecord(actor, p.member.id) },
    activityGroups: p.groups,
    linkedBy: p.linkedBy,
    links: p.links,
  };
}
