import { and, count, eq, inArray, like, ne } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import type { Db, DbOrTx } from '../../../db/client';
import {
  committees,
  consultationParticipants,
  consultationSpeeches,
  consultationSuggestions,
  members,
} from '../../../db/schema';
import { badRequest, conflict, forbidden } from '../../../errors';
import { notifyUsers } from '../../notifications/notify';
import { consultationStaffOf, transitionConsultation } from '../transitions';

/** The invited committees, each strictly below the organiser: their names, or a 400 on the field. */
async function lowerCommittees(db: DbOrTx, organiserId: number, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const [organiser] = await db
    .select({ path: committees.path })
    .from(committees)
    .where(eq(committees.id, organiserId));
  const rows = await db
    .select({ id: committees.id, name: committees.name })
    .from(committees)
    .where(
      and(
        inArray(committees.id, ids),
        like(committees.path, `${organiser.path}%`),
        ne(committees.id, organiserId),
      ),
    );
  if (rows.length !== ids.length) throw badRequest('联动委员会：须为本会的下级委员会', 'committeeIds');
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** A committee whose part has speeches or suggestions keeps its place: removing it would orphan them. */
async function checkRemovable(db: DbOrTx, consultationId: number, removed: number[]) {
  if (removed.length === 0) return;
  const [{ n: speeches }] = await db
    .select({ n: count() })
    .from(consultationSpeeches)
    .where(
      and(
        eq(consultationSpeeches.consultationId, consultationId),
        inArray(consultationSpeeches.committeeId, removed),
      ),
    );
  const [{ n: suggestions }] = await db
    .select({ n: count() })
    .from(consultationSuggestions)
    .where(
      and(
        eq(consultationSuggestions.consultationId, consultationId),
        inArray(consultationSuggestions.committeeId, removed),
      ),
    );
  if (speeches + suggestions > 0) throw conflict('已记录发言或意见建议的联动委员会不能移除');
}

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
    step: async ({ tx, row, relations, now: at }) => {
      const wanted = [...new Set(input.committeeIds)];
      const names = await lowerCommittees(tx, row.committeeId, wanted);
      const added = wanted.filter((c) => !relations.participantIds.includes(c));
      const removed = relations.participantIds.filter((c) => !wanted.includes(c));
      await checkRemovable(tx, row.id, removed);
      if (removed.length)
        await tx
          .delete(consultationParticipants)
          .where(
            and(
              eq(consultationParticipants.consultationId, row.id),
              inArray(consultationParticipants.committeeId, removed),
            ),
          );
      for (const committeeId of added) {
        await tx
          .insert(consultationParticipants)
          .values({ committeeId, consultationId: row.id, invitedAt: at, updatedAt: at });
        await notifyUsers(tx, {
          committeeId,
          userIds: await consultationStaffOf(tx, committeeId),
          kind: 'consultation.invite',
          title: `联动协商邀请：${row.topic.slice(0, 30)}`,
          body: '上级政协邀请本会参加联动协商，请确定本会参加委员并记录本会的发言和意见建议',
          link: `/consultations/${row.id}`,
        });
      }
      const note = wanted.map((c) => names.get(c)).join('、') || '（无）';
      return { note: `联动委员会：${note}`, data: { added, removed } };
    },
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
    step: async ({ tx, row, now: at }) => {
      if (committeeId !== actor.committeeId) throw forbidden('只能确定本会的参加委员');
      const memberIds = [...new Set(input.memberIds)];
      if (memberIds.length) {
        const [{ n }] = await tx
          .select({ n: count() })
          .from(members)
          .where(and(eq(members.committeeId, committeeId), inArray(members.id, memberIds)));
        if (n !== memberIds.length) throw badRequest('参加委员：不属于本委员会', 'memberIds');
      }
      await tx
        .update(consultationParticipants)
        .set({ memberIds, updatedAt: at })
        .where(
          and(
            eq(consultationParticipants.consultationId, row.id),
            eq(consultationParticipants.committeeId, committeeId),
          ),
        );
      return { note: `本会参加委员 ${memberIds.length} 名`, data: { committeeId, memberIds } };
    },
  });
