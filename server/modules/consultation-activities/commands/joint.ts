import type { Actor } from '../../../../domain/roles';
import type { Db } from '../../../db/client';
import { replaceParticipants, writeParticipantMembers } from '../joint-participants';
import { consultationStaffOf, transitionConsultation } from '../transitions';

/**
 * 邀请联动委员会 (联动协商): the organiser names the committees of its subtree that take part; the list
 * replaces the last one. A newly invited committee's consultation staff are told; one whose part has
 * records cannot be removed (409).
 */
export const inviteCommittees = (
  db: Db,
  actor: Actor,
  id: number,
  input: { committeeIds: number[]; expectedVersion?: number },
) =>
  transitionConsultation(db, actor, {
    id,
    action: 'invite',
    expectedVersion: input.expectedVersion,
    step: ({ tx, row, relations, now: at }) =>
      replaceParticipants(
        tx,
        { kind: 'consultation', id: row.id, committeeId: row.committeeId },
        {
          committeeIds: input.committeeIds,
          current: relations.participantIds,
          at,
          staffOf: (c) => consultationStaffOf(tx, c),
        },
        {
          title: `联动协商邀请：${row.topic.slice(0, 30)}`,
          body: '上级政协邀请本会参加联动协商，请确定本会参加委员并记录本会的发言和意见建议',
          link: `/consultations/${row.id}`,
        },
      ),
  });

/**
 * 确定本会参加委员: a participating committee's staff name their own members (its part of the joint
 * activity). Another committee's part is a 403, a member of another committee a 400.
 */
export const setParticipantMembers = (
  db: Db,
  actor: Actor,
  id: number,
  committeeId: number,
  input: { memberIds: number[]; expectedVersion?: number },
) =>
  transitionConsultation(db, actor, {
    id,
    action: 'setMembers',
    expectedVersion: input.expectedVersion,
    step: ({ tx, row, now: at }) =>
      writeParticipantMembers(
        tx,
        actor,
        { kind: 'consultation', id: row.id, committeeId: row.committeeId },
        { committeeId, memberIds: input.memberIds, at },
      ),
  });
