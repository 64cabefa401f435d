import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/roles';
import {
  APPOINTMENT_ROLE_LABELS,
  INSPECTION_KIND_LABELS,
  SUPERVISION_KIND_LABELS,
} from '../../../domain/supervision';
import type { Db, DbOrTx } from '../../db/client';
import {
  consultations,
  handlingUnits,
  inspections,
  inspectionVisits,
  memberAppointments,
  members,
  supervisionGroups,
  supervisionVisits,
} from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import { now } from '../../platform/clock';
import { appendEvent } from '../../platform/events';
import { sendSuggestion } from '../consultation-activities/commands/suggestion';
import { organisesConsultation } from '../consultation-activities/policy';
import type { SuggestionInput } from '../consultation-activities/schemas';
import { isPlanTopic } from '../consultation-plan/load';
import { assertWritesPart, visitWriterOf } from './joint';
import { loadGroup, loadInspection } from './load';
import { assertOrganises } from './policy';
import type {
  AppointmentInput,
  GroupInput,
  InspectionInput,
  InspectionVisitInput,
  PreparesInput,
  ReportInput,
  SupervisionVisitInput,
} from './schemas';

/** Every id must be a member of the committee (a visit's members also of the group or inspection). */
async function checkMembers(
  db: DbOrTx,
  committeeId: number,
  ids: number[],
  field: string,
  within?: number[],
  outside = '到场委员：须为本组（本次视察调研）成员',
) {
  const unique = [...new Set(ids)];
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .where(and(inArray(members.id, unique), eq(members.committeeId, committeeId)));
  if (rows.length !== unique.length) throw badRequest('委员：不属于本委员会', field);
  if (within && unique.some((id) => !within.includes(id))) throw badRequest(outside, field);
  return unique;
}

/** The members present at a visit: of the writer's committee and among those its part may name. */
const presentMembers = (tx: DbOrTx, writer: Awaited<ReturnType<typeof visitWriterOf>>, ids: number[]) =>
  checkMembers(tx, writer.committeeId, ids, 'memberIds', writer.memberIds, writer.outside);

async function checkUnit(db: DbOrTx, committeeId: number, unitId: number) {
  const [u] = await db
    .select({ id: handlingUnits.id })
    .from(handlingUnits)
    .where(and(eq(handlingUnits.id, unitId), eq(handlingUnits.committeeId, committeeId)));
  if (!u) throw badRequest('监督部门：不属于本委员会', 'unitId');
}

/**
 * The activity an inspection prepares must be one of the inspection's own committee: a lower or
 * higher committee's activity (or none) is a 400 on the field. Returns its topic for the timeline.
 */
async function checkPrepared(db: DbOrTx, committeeId: number, consultationId: number) {
  const [c] = await db
    .select({ topic: consultations.topic })
    .from(consultations)
    .where(and(eq(consultations.id, consultationId), eq(consultations.committeeId, committeeId)));
  if (!c) throw badRequest('所准备的协商活动：须为本委员会的协商活动', 'consultationId');
  return c.topic;
}

const assertOrganiser = (actor: Actor) => assertOrganises(actor, { committeeId: actor.committeeId });

/** 派出民主监督小组 / 专项民主监督: members dispatched to a key department for a term. */
export async function createGroup(db: Db, actor: Actor, input: GroupInput): Promise<number> {
  assertOrganiser(actor);
  if (input.endsOn < input.startsOn) throw badRequest('结束日期：不能早于开始日期', 'endsOn');
  return db.transaction(async (tx) => {
    await checkUnit(tx, actor.committeeId, input.unitId);
    const memberIds = await checkMembers(tx, actor.committeeId, input.memberIds, 'memberIds');
    if (input.leaderMemberId !== null && !memberIds.includes(input.leaderMemberId))
      throw badRequest('组长：须为小组成员', 'leaderMemberId');
    const [row] = await tx
      .insert(supervisionGroups)
      .values({ ...input, memberIds, committeeId: actor.committeeId, createdByUserId: actor.userId })
      .returning({ id: supervisionGroups.id });
    await appendEvent(tx, actor, {
      committeeId: actor.committeeId,
      subjectType: 'supervisionGroup',
      subjectId: row.id,
      action: 'create',
      note: `${SUPERVISION_KIND_LABELS[input.kind]}：${input.name}`,
    });
    return row.id;
  });
}

/**
 * 监督活动: a visit of the group to its department (members present among the group's, the findings).
 * On a joint group an invited committee records its own part's visits (its members, its committee).
 */
export async function addSupervisionVisit(db: Db, actor: Actor, id: number, input: SupervisionVisitInput) {
  const group = await loadGroup(db, actor, id);
  const writer = await visitWriterOf(db, actor, 'supervisionGroup', group);
  return db.transaction(async (tx) => {
    const memberIds = await presentMembers(tx, writer, input.memberIds);
    const [v] = await tx
      .insert(supervisionVisits)
      .values({ ...input, memberIds, committeeId: writer.committeeId, groupId: group.id })
      .returning({ id: supervisionVisits.id });
    await appendEvent(tx, actor, {
      committeeId: writer.committeeId,
      subjectType: 'supervisionGroup',
      subjectId: group.id,
      action: 'visit',
      note: `${input.visitedOn} ${input.place}，到场 ${memberIds.length} 人`,
      data: { visitId: v.id },
    });
    return v.id;
  });
}

/**
 * 监督意见建议: sent to a department through the consultation suggestion loop. On a joint group an
 * invited committee's staff send their part's: a row of their committee, to their department.
 */
export async function addGroupSuggestion(db: Db, actor: Actor, id: number, input: SuggestionInput) {
  const group = await loadGroup(db, actor, id);
  await assertWritesPart(db, actor, 'supervisionGroup', group);
  return db.transaction((tx) =>
    sendSuggestion(
      tx,
      actor,
      {
        committeeId: actor.committeeId,
        supervisionGroupId: group.id,
        title: `${SUPERVISION_KIND_LABELS[group.kind as keyof typeof SUPERVISION_KIND_LABELS]}“${group.topic}”`,
      },
      input,
      now(),
    ),
  );
}

/** 视察 / 调研: topic (perhaps the annual plan's), plan, members. */
export async function createInspection(db: Db, actor: Actor, input: InspectionInput): Promise<number> {
  assertOrganiser(actor);
  return db.transaction(async (tx) => {
    if (input.planTopicId !== null && !(await isPlanTopic(tx, actor.committeeId, input.planTopicId)))
      throw badRequest('年度计划议题：不在本委员会的年度协商计划中', 'planTopicId');
    if (input.consultationId !== null) await checkPrepared(tx, actor.committeeId, input.consultationId);
    const memberIds = await checkMembers(tx, actor.committeeId, input.memberIds, 'memberIds');
    const [row] = await tx
      .insert(inspections)
      .values({ ...input, memberIds, committeeId: actor.committeeId, createdByUserId: actor.userId })
      .returning({ id: inspections.id });
    await appendEvent(tx, actor, {
      committeeId: actor.committeeId,
      subjectType: 'inspection',
      subjectId: row.id,
      action: 'create',
      note: `${INSPECTION_KIND_LABELS[input.kind]}：${input.topic}`,
    });
    return row.id;
  });
}

/** 视察调研行程; on a joint inspection an invited committee records its own part's (as a group's visits). */
export async function addInspectionVisit(db: Db, actor: Actor, id: number, input: InspectionVisitInput) {
  const row = await loadInspection(db, actor, id);
  const writer = await visitWriterOf(db, actor, 'inspection', row);
  return db.transaction(async (tx) => {
    const memberIds = await presentMembers(tx, writer, input.memberIds);
    const [v] = await tx
      .insert(inspectionVisits)
      .values({ ...input, memberIds, committeeId: writer.committeeId, inspectionId: row.id })
      .returning({ id: inspectionVisits.id });
    await appendEvent(tx, actor, {
      committeeId: writer.committeeId,
      subjectType: 'inspection',
      subjectId: row.id,
      action: 'visit',
      note: `${input.visitedOn} ${input.place}，到场 ${memberIds.length} 人`,
      data: { visitId: v.id },
    });
    return v.id;
  });
}

export async function addInspectionSuggestion(db: Db, actor: Actor, id: number, input: SuggestionInput) {
  const row = await loadInspection(db, actor, id);
  await assertWritesPart(db, actor, 'inspection', row);
  return db.transaction((tx) =>
    sendSuggestion(
      tx,
      actor,
      {
        committeeId: actor.committeeId,
        inspectionId: row.id,
        title: `${INSPECTION_KIND_LABELS[row.kind as keyof typeof INSPECTION_KIND_LABELS]}“${row.topic}”`,
      },
      input,
      now(),
    ),
  );
}

/** 关联协商活动: the activity this inspection prepares is set, changed or (null) removed. */
export async function setPreparedConsultation(db: Db, actor: Actor, id: number, input: PreparesInput) {
  const row = await loadInspection(db, actor, id);
  assertOrganises(actor, row);
  await db.transaction(async (tx) => {
    const topic =
      input.consultationId === null ? null : await checkPrepared(tx, row.committeeId, input.consultationId);
    await tx
      .update(inspections)
      .set({ consultationId: input.consultationId })
      .where(eq(inspections.id, row.id));
    await appendEvent(tx, actor, {
      committeeId: row.committeeId,
      subjectType: 'inspection',
      subjectId: row.id,
      action: topic === null ? 'unlinkConsultation' : 'linkConsultation',
      note: topic ?? undefined,
      data: { consultationId: input.consultationId },
    });
  });
}

/** 视察（调研）报告: written (rewritten) and, with a date, sent to leaders, who may write a 批示 on it. */
export async function writeReport(db: Db, actor: Actor, id: number, input: ReportInput) {
  const row = await loadInspection(db, actor, id);
  assertOrganises(actor, row);
  if ((input.sentTo === null) !== (input.sentOn === null))
    throw badRequest('报送日期：报送领导和报送日期须同时填写', input.sentOn === null ? 'sentOn' : 'sentTo');
  await db.transaction(async (tx) => {
    await tx
      .update(inspections)
      .set({
        reportTitle: input.title,
        reportBody: input.body,
        reportSentTo: input.sentTo,
        reportSentOn: input.sentOn,
      })
      .where(eq(inspections.id, row.id));
    await appendEvent(tx, actor, {
      committeeId: row.committeeId,
      subjectType: 'inspection',
      subjectId: row.id,
      action: input.sentOn ? 'sendReport' : 'writeReport',
      note: input.sentOn ? `《${input.title}》报送 ${input.sentTo}（${input.sentOn}）` : `《${input.title}》`,
    });
  });
}

/** 特约监督员 / 听证员: a member's appointment by another body, for a term. */
export async function addAppointment(db: Db, actor: Actor, input: AppointmentInput): Promise<number> {
  assertOrganiser(actor);
  if (input.endsOn !== null && input.endsOn < input.startsOn)
    throw badRequest('结束日期：不能早于开始日期', 'endsOn');
  return db.transaction(async (tx) => {
    await checkMembers(tx, actor.committeeId, [input.memberId], 'memberId');
    const [row] = await tx
      .insert(memberAppointments)
      .values({ ...input, committeeId: actor.committeeId })
      .returning({ id: memberAppointments.id });
    await appendEvent(tx, actor, {
      committeeId: actor.committeeId,
      subjectType: 'member',
      subjectId: input.memberId,
      action: 'appointment',
      note: `${input.body}${APPOINTMENT_ROLE_LABELS[input.role]}（${input.startsOn} 起）`,
    });
    return row.id;
  });
}

export async function removeAppointment(db: Db, actor: Actor, id: number) {
  const [row] = await db.select().from(memberAppointments).where(eq(memberAppointments.id, id));
  if (!row || row.committeeId !== actor.committeeId || !organisesConsultation(actor))
    throw notFound('聘任记录');
  await db.delete(memberAppointments).where(eq(memberAppointments.id, id));
}
