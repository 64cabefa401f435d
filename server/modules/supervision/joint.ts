import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import { INSPECTION_KIND_LABELS, SUPERVISION_KIND_LABELS } from '../../../domain/supervision';
import type { Db, DbOrTx } from '../../db/client';
import { consultationParticipants } from '../../db/schema';
import { forbidden } from '../../errors';
import { now } from '../../platform/clock';
import { appendEvent } from '../../platform/events';
import { replaceParticipants, writeParticipantMembers } from '../consultation-activities/joint-participants';
import { JOINT_COLUMN, participantIdsOf } from '../consultation-activities/joint-scope';
import { organisesConsultation } from '../consultation-activities/policy';
import { consultationStaffOf } from '../consultation-activities/transitions';
import { loadGroup, loadInspection } from './load';
import { assertOrganises } from './policy';

/** A supervision group (联动民主监督) or an inspection (联合视察调研) run with committees of the subtree. */
export type JointRecordKind = 'supervisionGroup' | 'inspection';

async function loadJoint(db: Db, actor: Actor, kind: JointRecordKind, id: number) {
  if (kind === 'supervisionGroup') {
    const g = await loadGroup(db, actor, id);
    const label = SUPERVISION_KIND_LABELS[g.kind as keyof typeof SUPERVISION_KIND_LABELS];
    return { committeeId: g.committeeId, title: `${label}“${g.topic}”`, link: `/supervision-groups/${id}` };
  }
  const i = await loadInspection(db, actor, id);
  const label = INSPECTION_KIND_LABELS[i.kind as keyof typeof INSPECTION_KIND_LABELS];
  return { committeeId: i.committeeId, title: `${label}“${i.topic}”`, link: `/inspections/${id}` };
}

const NOT_A_WRITER = '仅本委员会或受邀联动委员会协商工作部门的工作人员可以办理';

/**
 * Who writes a part of a joint record: the consultation staff of its organiser or of a committee it
 * invited (each writes rows of its own committee); a higher committee only reads (403).
 */
export async function assertWritesPart(
  db: DbOrTx,
  actor: Actor,
  kind: JointRecordKind,
  row: { id: number; committeeId: number },
) {
  if (actor.committeeId === row.committeeId) return assertOrganises(actor, row);
  const invited = await participantIdsOf(db, row.id, kind);
  if (!invited.includes(actor.committeeId) || !organisesConsultation(actor)) throw forbidden(NOT_A_WRITER);
}

/**
 * Who records a visit and whom it may name: the organiser's staff, the group's (inspection's) members;
 * an invited committee's staff, the members they named for their part. The visit is a row of the
 * writer's committee, so its members' duty points and its figures count for that committee.
 */
export async function visitWriterOf(
  db: DbOrTx,
  actor: Actor,
  kind: JointRecordKind,
  row: { id: number; committeeId: number; memberIds: number[] },
): Promise<{ committeeId: number; memberIds: number[]; outside?: string }> {
  if (actor.committeeId === row.committeeId) {
    assertOrganises(actor, row);
    return { committeeId: row.committeeId, memberIds: row.memberIds };
  }
  // An invited committee's part: its row is the invitation (none: not invited, as assertWritesPart).
  const [part] = await db
    .select({ memberIds: consultationParticipants.memberIds })
    .from(consultationParticipants)
    .where(and(eq(JOINT_COLUMN[kind], row.id), eq(consultationParticipants.committeeId, actor.committeeId)));
  if (!part || !organisesConsultation(actor)) throw forbidden(NOT_A_WRITER);
  return { committeeId: actor.committeeId, memberIds: part.memberIds, outside: '到场委员：须为本会参加委员' };
}

/**
 * 邀请联动委员会 on a supervision group or inspection: the organiser's consultation staff name the
 * committees of their subtree (the list replaces the last); the newly invited committees' staff are told.
 */
export async function inviteToJoint(
  db: Db,
  actor: Actor,
  kind: JointRecordKind,
  id: number,
  committeeIds: number[],
) {
  const rec = await loadJoint(db, actor, kind, id);
  assertOrganises(actor, rec);
  await db.transaction(async (tx) => {
    const ref = { kind, id, committeeId: rec.committeeId };
    const { note, data } = await replaceParticipants(
      tx,
      ref,
      {
        committeeIds,
        current: await participantIdsOf(tx, id, kind),
        at: now(),
        staffOf: (c) => consultationStaffOf(tx, c),
      },
      {
        title: `联动邀请：${rec.title.slice(0, 30)}`,
        body: '上级政协邀请本会联动参加，请确定本会参加委员并记录本会的意见建议',
        link: rec.link,
      },
    );
    await appendEvent(tx, actor, {
      committeeId: rec.committeeId,
      subjectType: kind,
      subjectId: id,
      action: 'invite',
      note,
      data,
    });
  });
}

/** 确定本会参加委员 on a joint supervision group or inspection: the participant's staff, their own members. */
export async function setJointMembers(
  db: Db,
  actor: Actor,
  kind: JointRecordKind,
  id: number,
  committeeId: number,
  memberIds: number[],
) {
  const rec = await loadJoint(db, actor, kind, id);
  if (!organisesConsultation(actor)) throw forbidden('仅协商工作部门的工作人员可以办理');
  await db.transaction(async (tx) => {
    const ref = { kind, id, committeeId: rec.committeeId };
    const { note, data } = await writeParticipantMembers(tx, actor, ref, {
      committeeId,
      memberIds,
      at: now(),
    });
    await appendEvent(tx, actor, {
      committeeId,
      subjectType: kind,
      subjectId: id,
      action: 'setMembers',
      note,
      data,
    });
  });
}
