import { and, count, eq, inArray, like, ne } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import {
  committees,
  consultationSpeeches,
  consultationSuggestions,
  inspectionVisits,
  members,
  consultationParticipants as P,
  supervisionVisits,
} from '../../db/schema';
import { badRequest, conflict, forbidden } from '../../errors';
import { notifyUsers } from '../notifications/notify';
import { JOINT_COLUMN, type JointKind } from './joint-scope';

/** The joint record written: its kind, id and organising committee. */
export interface JointRef {
  kind: JointKind;
  id: number;
  committeeId: number;
}

const SUGGESTION_COLUMN = {
  consultation: consultationSuggestions.consultationId,
  supervisionGroup: consultationSuggestions.supervisionGroupId,
  inspection: consultationSuggestions.inspectionId,
} as const;

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

/** A committee whose part has records (suggestions, an activity's speeches, a group's or inspection's visits) keeps its place: removing it would orphan them. */
async function checkRemovable(db: DbOrTx, ref: JointRef, removed: number[]) {
  if (removed.length === 0) return;
  const [{ n: suggestions }] = await db
    .select({ n: count() })
    .from(consultationSuggestions)
    .where(
      and(eq(SUGGESTION_COLUMN[ref.kind], ref.id), inArray(consultationSuggestions.committeeId, removed)),
    );
  let speeches = 0;
  if (ref.kind === 'consultation')
    [{ n: speeches }] = await db
      .select({ n: count() })
      .from(consultationSpeeches)
      .where(
        and(
          eq(consultationSpeeches.consultationId, ref.id),
          inArray(consultationSpeeches.committeeId, removed),
        ),
      );
  const visits = ref.kind === 'consultation' ? 0 : await partVisits(db, ref, removed);
  if (speeches + suggestions + visits > 0) throw conflict('已记录发言、活动或意见建议的联动委员会不能移除');
}

/** Visits a group's or inspection's parts recorded (each a row of the part's committee). */
async function partVisits(db: DbOrTx, ref: JointRef, committeeIds: number[]) {
  const [{ n }] =
    ref.kind === 'supervisionGroup'
      ? await db
          .select({ n: count() })
          .from(supervisionVisits)
          .where(
            and(eq(supervisionVisits.groupId, ref.id), inArray(supervisionVisits.committeeId, committeeIds)),
          )
      : await db
          .select({ n: count() })
          .from(inspectionVisits)
          .where(
            and(
              eq(inspectionVisits.inspectionId, ref.id),
              inArray(inspectionVisits.committeeId, committeeIds),
            ),
          );
  return n;
}

/**
 * 邀请联动委员会: the list of participating committees replaces the last one. A newly invited
 * committee's consultation staff are told (`notice`); one whose part has records cannot be removed
 * (409). Returns the timeline note and what changed.
 */
export async function replaceParticipants(
  tx: DbOrTx,
  ref: JointRef,
  input: {
    committeeIds: number[];
    current: number[];
    at: Date;
    staffOf: (committeeId: number) => Promise<number[]>;
  },
  notice: { title: string; body: string; link: string },
) {
  const wanted = [...new Set(input.committeeIds)];
  const names = await lowerCommittees(tx, ref.committeeId, wanted);
  const added = wanted.filter((c) => !input.current.includes(c));
  const removed = input.current.filter((c) => !wanted.includes(c));
  await checkRemovable(tx, ref, removed);
  const column = JOINT_COLUMN[ref.kind];
  if (removed.length) await tx.delete(P).where(and(eq(column, ref.id), inArray(P.committeeId, removed)));
  for (const committeeId of added) {
    await tx.insert(P).values({
      committeeId,
      consultationId: ref.kind === 'consultation' ? ref.id : null,
      supervisionGroupId: ref.kind === 'supervisionGroup' ? ref.id : null,
      inspectionId: ref.kind === 'inspection' ? ref.id : null,
      invitedAt: input.at,
      updatedAt: input.at,
    });
    await notifyUsers(tx, {
      committeeId,
      userIds: await input.staffOf(committeeId),
      kind: 'consultation.invite',
      ...notice,
    });
  }
  const note = wanted.map((c) => names.get(c)).join('、') || '（无）';
  // The timeline already labels the step 邀请联动委员会: the note names the committees only.
  return { note, data: { added, removed } };
}

/**
 * 确定本会参加委员: a participating committee's staff name their own members. Another committee's part
 * is a 403, a member of another committee a 400. Returns the timeline note and the members.
 */
export async function writeParticipantMembers(
  tx: DbOrTx,
  actor: Actor,
  ref: JointRef,
  input: { committeeId: number; memberIds: number[]; at: Date },
) {
  const { committeeId } = input;
  if (committeeId !== actor.committeeId) throw forbidden('只能确定本会的参加委员');
  const memberIds = [...new Set(input.memberIds)];
  if (memberIds.length) {
    const [{ n }] = await tx
      .select({ n: count() })
      .from(members)
      .where(and(eq(members.committeeId, committeeId), inArray(members.id, memberIds)));
    if (n !== memberIds.length) throw badRequest('参加委员：不属于本委员会', 'memberIds');
  }
  const updated = await tx
    .update(P)
    .set({ memberIds, updatedAt: input.at })
    .where(and(eq(JOINT_COLUMN[ref.kind], ref.id), eq(P.committeeId, committeeId)))
    .returning({ id: P.id });
  if (updated.length === 0) throw forbidden('本会未受邀参加');
  return { note: `本会参加委员 ${memberIds.length} 名`, data: { committeeId, memberIds } };
}
