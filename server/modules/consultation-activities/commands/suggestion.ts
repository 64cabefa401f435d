import { and, eq } from 'drizzle-orm';
import {
  ADOPTION_LABELS,
  type Adoption,
  FEEDBACK_WORKING_DAYS,
} from '../../../../domain/consultation-suggestions';
import type { Actor } from '../../../../domain/roles';
import type { Db, DbOrTx } from '../../../db/client';
import { consultationProgress, consultationSuggestions, handlingUnits, members } from '../../../db/schema';
import { badRequest } from '../../../errors';
import { addWorkingDays, shanghaiDate } from '../../../lib/working-days';
import { calendarOverridesFor } from '../../../platform/calendar';
import { appendEvent } from '../../../platform/events';
import { notifyUsers } from '../../notifications/notify';
import type { SuggestionInput } from '../schemas';
import {
  consultationStaffOf,
  transitionConsultation,
  transitionSuggestion,
  unitAccounts,
} from '../transitions';

async function checkUnit(db: DbOrTx, committeeId: number, unitId: number) {
  const [u] = await db
    .select({ name: handlingUnits.name })
    .from(handlingUnits)
    .where(and(eq(handlingUnits.id, unitId), eq(handlingUnits.committeeId, committeeId)));
  if (!u) throw badRequest('责任部门：不属于本委员会', 'unitId');
  return u.name;
}

/** The feedback due date: the one given (not before today), or 20 working days from today. */
async function dueOf(db: DbOrTx, committeeId: number, today: string, given: string | null) {
  if (given === null)
    return addWorkingDays(today, FEEDBACK_WORKING_DAYS, await calendarOverridesFor(db, committeeId));
  if (given < today) throw badRequest('反馈期限：不能早于今天', 'dueOn');
  return given;
}

/** Who made it: a member of the committee (named from the roster) or residents by the name given. */
async function proposerOf(db: DbOrTx, committeeId: number, input: SuggestionInput) {
  if (input.source === 'resident') {
    if (!input.proposerName) throw badRequest('提出人：不能为空', 'proposerName');
    if (input.memberId !== null) throw badRequest('委员：群众提出的建议不填委员', 'memberId');
    return input.proposerName;
  }
  if (input.memberId === null) throw badRequest('委员：不能为空', 'memberId');
  const [m] = await db
    .select({ name: members.name })
    .from(members)
    .where(and(eq(members.id, input.memberId), eq(members.committeeId, committeeId)));
  if (!m) throw badRequest('委员：不属于本委员会', 'memberId');
  return m.name;
}

/** Where a suggestion comes from: exactly one origin column, its committee and its title (for the department). */
export interface SuggestionOriginRef {
  committeeId: number;
  consultationId?: number;
  supervisionGroupId?: number;
  inspectionId?: number;
  /** 协商活动“…” / 民主监督“…” / 视察“…”: named in the department's notice. */
  title: string;
}

/**
 * Sends one suggestion to its department inside the caller's transaction: checks the department and
 * proposer, sets the due date, writes the row and its event, tells the department's accounts. Every
 * origin (activity, supervision, inspection) goes through here, so the loop is one loop.
 */
export async function sendSuggestion(
  tx: DbOrTx,
  actor: Actor,
  origin: SuggestionOriginRef,
  input: SuggestionInput,
  at: Date,
): Promise<number> {
  const unitName = await checkUnit(tx, origin.committeeId, input.unitId);
  const proposerName = await proposerOf(tx, origin.committeeId, input);
  const dueOn = await dueOf(tx, origin.committeeId, shanghaiDate(at), input.dueOn);
  const [s] = await tx
    .insert(consultationSuggestions)
    .values({
      committeeId: origin.committeeId,
      consultationId: origin.consultationId ?? null,
      supervisionGroupId: origin.supervisionGroupId ?? null,
      inspectionId: origin.inspectionId ?? null,
      source: input.source,
      memberId: input.memberId,
      proposerName,
      text: input.text,
      unitId: input.unitId,
      dueOn,
      sentAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returning({ id: consultationSuggestions.id });
  await appendEvent(tx, actor, {
    committeeId: origin.committeeId,
    subjectType: 'consultationSuggestion',
    subjectId: s.id,
    action: 'create',
    toStatus: 'sent',
    note: `交 ${unitName}，反馈期限 ${dueOn}`,
    data: { unitId: input.unitId, dueOn },
  });
  await notifyUsers(tx, {
    committeeId: origin.committeeId,
    userIds: await unitAccounts(tx, input.unitId),
    kind: 'consultationSuggestion.create',
    title: `请反馈意见建议：${input.text.slice(0, 30)}`,
    body: `来自${origin.title}，请于 ${dueOn} 前书面反馈采纳情况`,
    link: `/consultation-suggestions/${s.id}`,
  });
  return s.id;
}

/**
 * 交办意见建议: a suggestion of a held activity, sent to its department at once (the department's
 * accounts are told, with the due date). It is the writer's committee's (its member, its department):
 * at a joint activity each committee sends its own part. Returns the suggestion's id.
 */
export async function addSuggestion(
  db: Db,
  actor: Actor,
  id: number,
  input: SuggestionInput,
): Promise<number> {
  let suggestionId = 0;
  await transitionConsultation(db, actor, {
    id,
    action: 'addSuggestion',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row, now: at }) => {
      suggestionId = await sendSuggestion(
        tx,
        actor,
        { committeeId: actor.committeeId, consultationId: row.id, title: `协商活动“${row.topic}”` },
        input,
        at,
      );
      return { note: input.text.slice(0, 100), data: { suggestionId } };
    },
  });
  return suggestionId;
}

/**
 * 书面反馈: the department's answer. 未采纳 needs its reason and ends the loop; 采纳 and 部分采纳 go
 * on to implementation. The consultation staff are told.
 */
export const giveFeedback = (
  db: Db,
  actor: Actor,
  id: number,
  input: { adoption: Adoption; feedback: string; reason: string | null; expectedVersion?: number },
) => {
  if (input.adoption === 'rejected' && !input.reason) throw badRequest('未采纳理由：不能为空', 'reason');
  return transitionSuggestion(db, actor, {
    id,
    action: 'feedback',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row, now: at }) => ({
      to: input.adoption === 'rejected' ? 'declined' : 'implementing',
      patch: { adoption: input.adoption, feedback: input.feedback, reason: input.reason, fedBackAt: at },
      note: `${ADOPTION_LABELS[input.adoption]}：${input.feedback}`,
      data: { adoption: input.adoption, onTime: shanghaiDate(at) <= row.dueOn },
      notify: { userIds: await consultationStaffOf(tx, row.committeeId) },
    }),
  });
};

async function addMilestone(
  tx: DbOrTx,
  row: { id: number; committeeId: number },
  percent: number,
  milestone: string,
  at: Date,
) {
  await tx
    .insert(consultationProgress)
    .values({ committeeId: row.committeeId, suggestionId: row.id, percent, milestone, reportedAt: at });
}

/** 报告进展: a milestone and the progress reached, never below the last one reported. */
export const reportProgress = (
  db: Db,
  actor: Actor,
  id: number,
  input: { percent: number; milestone: string; expectedVersion?: number },
) =>
  transitionSuggestion(db, actor, {
    id,
    action: 'progress',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row, now: at }) => {
      if (input.percent < row.percent)
        throw badRequest(`落实进度：不能低于上次报告的 ${row.percent}%`, 'percent');
      await addMilestone(tx, row, input.percent, input.milestone, at);
      return {
        patch: { percent: input.percent },
        note: `${input.percent}%：${input.milestone}`,
        data: { percent: input.percent },
      };
    },
  });

/** 办结: the last milestone; the suggestion is implemented (100%). */
export const completeSuggestion = (
  db: Db,
  actor: Actor,
  id: number,
  input: { milestone: string; expectedVersion?: number },
) =>
  transitionSuggestion(db, actor, {
    id,
    action: 'complete',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row, now: at }) => {
      await addMilestone(tx, row, 100, input.milestone, at);
      return {
        patch: { percent: 100, completedAt: at },
        note: input.milestone,
        notify: { userIds: await consultationStaffOf(tx, row.committeeId) },
      };
    },
  });

/** 改派: a suggestion sent to the wrong department goes to another (with a new due date if given). */
export const reassignSuggestion = (
  db: Db,
  actor: Actor,
  id: number,
  input: { unitId: number; dueOn: string | null; note: string | null; expectedVersion?: number },
) =>
  transitionSuggestion(db, actor, {
    id,
    action: 'reassign',
    expectedVersion: input.expectedVersion,
    step: async ({ tx, row, now: at }) => {
      if (input.unitId === row.unitId) throw badRequest('责任部门：与原责任部门相同', 'unitId');
      const unitName = await checkUnit(tx, row.committeeId, input.unitId);
      const dueOn =
        input.dueOn === null ? row.dueOn : await dueOf(tx, row.committeeId, shanghaiDate(at), input.dueOn);
      return {
        patch: { unitId: input.unitId, dueOn },
        note: `改派 ${unitName}，反馈期限 ${dueOn}${input.note ? `。${input.note}` : ''}`,
        data: { from: row.unitId, unitId: input.unitId, dueOn },
        notify: { userIds: await unitAccounts(tx, input.unitId) },
      };
    },
  });
