import { and, count, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { CONSULTATION_FORM_LABELS, OUTPUT_WORKING_DAYS } from '../../../../domain/consultations';
import type { Actor } from '../../../../domain/roles';
import type { Db, DbOrTx } from '../../../db/client';
import { consultations, handlingUnits, leaders } from '../../../db/schema';
import { badRequest, forbidden } from '../../../errors';
import { addWorkingDays, shanghaiDate } from '../../../lib/working-days';
import { calendarOverridesFor } from '../../../platform/calendar';
import { now } from '../../../platform/clock';
import { appendEvent } from '../../../platform/events';
import { isPlanTopic } from '../../consultation-plan/load';
import { createMeeting } from '../../meetings/commands/meeting';
import { isOwnOrganiser } from '../../meetings/organisers';
import { followMeeting } from '../meeting-follow';
import { organisesConsultation } from '../policy';
import type { ConsultationEdit, ConsultationInput } from '../schemas';
import { transitionConsultation } from '../transitions';

type IdTable = PgTable & { id: PgColumn; committeeId: PgColumn };

async function checkOwnIds(db: DbOrTx, committeeId: number, table: IdTable, ids: number[], field: string) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const [{ n }] = await db
    .select({ n: count() })
    .from(table)
    .where(and(eq(table.committeeId, committeeId), inArray(table.id, wanted)));
  if (n !== wanted.length)
    throw badRequest(`${field === 'leaderIds' ? '邀请领导' : '邀请部门'}：不属于本委员会`, field);
}

/**
 * The form's rules: the end after the start; a grass-roots session names its kind and is run by a
 * liaison group (other forms name no kind); the organiser, leaders and departments are the committee's,
 * and a topic taken from the plan is one of its annual plans' entries.
 */
async function checkActivity(db: DbOrTx, committeeId: number, input: ConsultationEdit | ConsultationInput) {
  if (new Date(input.endsAt) <= new Date(input.startsAt))
    throw badRequest('结束时间：须晚于开始时间', 'endsAt');
  if (input.form === 'grassroots') {
    if (!input.grassrootsKind) throw badRequest('基层协商类型：不能为空', 'grassrootsKind');
    if (input.organiserKind !== 'liaisonGroup') {
      throw badRequest('组织方类型：基层协商由委员联络组组织', 'organiserKind');
    }
  } else if (input.grassrootsKind) {
    throw badRequest('基层协商类型：只有基层协商需要填写', 'grassrootsKind');
  }
  if (!(await isOwnOrganiser(db, committeeId, input.organiserKind, input.organiserId))) {
    throw badRequest('组织方：不属于本委员会', 'organiserId');
  }
  await checkOwnIds(db, committeeId, leaders, input.leaderIds, 'leaderIds');
  await checkOwnIds(db, committeeId, handlingUnits, input.unitIds, 'unitIds');
  if (input.planTopicId !== null && !(await isPlanTopic(db, committeeId, input.planTopicId))) {
    throw badRequest('年度计划议题：不在本委员会的年度协商计划中', 'planTopicId');
  }
}

const fieldsOf = (input: ConsultationEdit | ConsultationInput) => ({
  form: input.form,
  grassrootsKind: input.grassrootsKind,
  topic: input.topic,
  planTopicId: input.planTopicId,
  organiserKind: input.organiserKind,
  organiserId: input.organiserId,
  startsAt: new Date(input.startsAt),
  endsAt: new Date(input.endsAt),
  place: input.place,
  summary: input.summary,
  leaderIds: [...new Set(input.leaderIds)],
  unitIds: [...new Set(input.unitIds)],
});

/**
 * The activity's meeting (会议活动, kind 协商活动): one sitting at the activity's time and place, its
 * members invited by the rule, the leaders and departments as 列席; a draft whose notice the staff
 * send from the meeting's page. Invitations, leave and check-in are the meetings module's.
 */
function meetingOf(tx: Db, actor: Actor, input: ConsultationInput) {
  const invite = input.invite!;
  return createMeeting(tx, actor, {
    kind: 'consultation',
    title: input.topic.slice(0, 100),
    organiserKind: input.organiserKind,
    organiserId: input.organiserId,
    sessionId: null,
    place: input.place,
    agendaHtml: '',
    replyBy: shanghaiDate(new Date(input.startsAt)),
    sittings: [
      {
        name: CONSULTATION_FORM_LABELS[input.form],
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        place: null,
      },
    ],
    invite: {
      ...invite,
      leaderIds: [...new Set([...invite.leaderIds, ...input.leaderIds])],
      unitIds: [...new Set([...invite.unitIds, ...input.unitIds])],
    },
  });
}

/** 新建协商活动: planned, with its meeting when members are invited. Returns its id. */
export async function createConsultation(db: Db, actor: Actor, input: ConsultationInput): Promise<number> {
  if (!organisesConsultation(actor)) throw forbidden('仅协商工作或综合部门的工作人员可以组织协商活动');
  return db.transaction(async (tx) => {
    await checkActivity(tx, actor.committeeId, input);
    const meetingId = input.invite ? await meetingOf(tx, actor, input) : null;
    const at = now();
    const [row] = await tx
      .insert(consultations)
      .values({
        ...fieldsOf(input),
        committeeId: actor.committeeId,
        meetingId,
        createdByUserId: actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: consultations.id });
    await appendEvent(tx, actor, {
      committeeId: actor.committeeId,
      subjectType: 'consultation',
      subjectId: row.id,
      action: 'create',
      toStatus: 'planned',
      data: { form: input.form, meetingId },
    });
    return row.id;
  });
}

/**
 * 修改: the activity's own fields; its meeting follows a new day or place (meeting-follow.ts), its
 * invitees and sittings are otherwise changed on the meeting's page.
 */
export const editConsultation = (db: Db, actor: Actor, id: number, input: ConsultationEdit) =>
  transitionConsultation(db, actor, {
    id,
    action: 'edit',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row }) => {
      await checkActivity(tx, row.committeeId, input);
      const patch = fieldsOf(input);
      if (row.meetingId !== null) await followMeeting(tx, actor, row.meetingId, patch);
      return { patch };
    },
  });

/** 确认召开: the activity took place; its outputs are due 7 working days after its day. */
export const holdConsultation = (db: Db, actor: Actor, id: number, input: { expectedVersion?: number }) =>
  transitionConsultation(db, actor, {
    id,
    action: 'hold',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row }) => {
      const day = shanghaiDate(row.startsAt);
      const due = addWorkingDays(day, OUTPUT_WORKING_DAYS, await calendarOverridesFor(tx, row.committeeId));
      return { patch: { outputsDueOn: due }, data: { outputsDueOn: due } };
    },
  });

export const cancelConsultation = (
  db: Db,
  actor: Actor,
  id: number,
  input: { expectedVersion?: number; note?: string | null },
) =>
  transitionConsultation(db, actor, {
    id,
    action: 'cancel',
    expectedVersion: input.expectedVersion,
    note: input.note,
  });

/** 公开成果: the suggestions, the departments' feedback and the problems solved go on the public page. */
export const publishConsultation = (db: Db, actor: Actor, id: number, input: { expectedVersion?: number }) =>
  transitionConsultation(db, actor, {
    id,
    action: 'publish',
    expectedVersion: input.expectedVersion,
    step: async ({ now: at }) => ({ patch: { publishedAt: at } }),
  });
