import { PROPOSAL_EVENT_LABELS } from '../../domain/proposal-workflow';
import type { Tx } from '../db/client';
import { notifications } from '../db/schema';
import type { PlannedEvent, ProposalStory } from './proposals-story';

/**
 * The demo accounts' notification centres, derived from the planned timelines with the same
 * audiences as server/modules/proposals/audience.ts: the `member` hears of steps on the proposals
 * they signed, the `unit` of steps on its assignments, the `staff` of what reaches the office,
 * the `leader` of the key proposals they lead. Older ones are read; the last weeks' are not.
 */

export interface DemoUsers {
  staff: number;
  member: { userId: number; memberId: number };
  unit: { userId: number; unitId: number };
  leader: { userId: number; leaderId: number };
}

// biome-ignore format: action lists
const TO_PROPOSERS = new Set(['withdraw', 'startReview', 'sendBack', 'register', 'reject', 'convert', 'merge', 'assign', 'accept', 'reassign', 'recordContact', 'replyPartial', 'reply', 'markImplementation', 'selectKey', 'setExcellent']);
// biome-ignore format: action lists
const TO_UNITS = new Set(['assign', 'reassign', 'reviewPublication', 'rate', 'rateDissatisfied', 'markImplementation', 'selectKey', 'recordSupervision']);
// biome-ignore format: action lists
const TO_STAFF = new Set(['returnAssignment', 'requestExtension', 'replyPartial', 'reply', 'rate', 'rateDissatisfied', 'reportImplementation']);

/** Notifications read before this day are marked read; later ones wait in the centre. */
const UNREAD_FROM = Date.parse('2026-11-01T00:00:00+08:00');

function memberHears(s: ProposalStory, e: PlannedEvent, memberId: number): boolean {
  const signer = s.signers.find((x) => x.memberId === memberId);
  const isLead = s.row.leadMemberId === memberId;
  if (e.action === 'submit') return signer?.role === 'co' && e.to === 'cosigning';
  if (e.action === 'confirmCosign' || e.action === 'declineCosign') return isLead;
  return TO_PROPOSERS.has(e.action) && (isLead || (signer !== undefined && signer.state !== 'declined'));
}

function unitHears(s: ProposalStory, e: PlannedEvent, unitId: number): boolean {
  const data = e.data ?? {};
  if (e.action === 'urge') return ((data.unitIds as number[]) ?? []).includes(unitId);
  if (e.action === 'decideExtension') return data.unitId === unitId;
  return TO_UNITS.has(e.action) && s.assignments.some((a) => a.unitId === unitId && a.assignedAt <= e.at);
}

function staffHears(e: PlannedEvent, staffId: number): boolean {
  if (e.action === 'submit' || e.action === 'confirmCosign') return e.to === 'submitted';
  if (e.action === 'withdraw') return e.from === 'submitted' || e.from === 'reviewing';
  if (e.action === 'recordSupervision') return e.who.userId !== staffId;
  return TO_STAFF.has(e.action);
}

function leaderHears(s: ProposalStory, e: PlannedEvent, leaderId: number): boolean {
  if (s.keySelection?.leadSupervisorLeaderId !== leaderId) return false;
  return e.action === 'selectKey' || e.action === 'recordSupervision';
}

/** Writes the demo accounts' notifications for every planned step that concerns them. */
export async function insertDemoNotifications(
  tx: Tx,
  committeeId: number,
  stories: ProposalStory[],
  ids: number[],
  users: DemoUsers,
): Promise<number> {
  const rows = stories.flatMap((s, i) =>
    s.events.flatMap((e) => {
      const recipients = [
        memberHears(s, e, users.member.memberId) && users.member.userId,
        unitHears(s, e, users.unit.unitId) && users.unit.userId,
        staffHears(e, users.staff) && users.staff,
        leaderHears(s, e, users.leader.leaderId) && users.leader.userId,
      ].filter((u): u is number => typeof u === 'number' && u !== e.who.userId);
      return recipients.map((userId) => ({
        committeeId,
        userId,
        kind: `proposal.${e.action}`,
        title: `${PROPOSAL_EVENT_LABELS[e.action]}：${s.row.title}`,
        body: e.note,
        link: `/proposals/${ids[i]}`,
        readAt: e.at.getTime() < UNREAD_FROM ? new Date(e.at.getTime() + 3_600_000) : null,
        createdAt: e.at,
      }));
    }),
  );
  rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  for (let i = 0; i < rows.length; i += 500) await tx.insert(notifications).values(rows.slice(i, i + 500));
  return rows.length;
}
