import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import { opinionItems, opinionReports } from '../../../db/schema';
import { badRequest, conflict, forbidden } from '../../../errors';
import { now } from '../../../platform/clock';
import { appendEvent } from '../../../platform/events';
import { lockItem } from '../load';
import type { ReportInput } from '../schemas';
import { checkLength, reportText, reportVector } from '../text';
import { transitionReport } from '../transitions';

/** 起草: a member's draft, checked against the committee's length limit. */
export async function createReport(db: Db, actor: Actor, input: ReportInput) {
  if (actor.role !== 'member' || actor.memberId === null) throw forbidden('仅委员可以撰写社情民意信息');
  const memberId = actor.memberId;
  return db.transaction(async (tx) => {
    await checkLength(tx, actor.committeeId, input);
    const at = now();
    const [row] = await tx
      .insert(opinionReports)
      .values({
        committeeId: actor.committeeId,
        reporterMemberId: memberId,
        filedByUserId: actor.userId,
        ...input,
        searchVector: reportVector(input, actor.committeePath),
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await appendEvent(tx, actor, {
      committeeId: row.committeeId,
      subjectType: 'opinionReport',
      subjectId: row.id,
      action: 'create',
      toStatus: 'draft',
    });
    return row;
  });
}

/** 修改草稿 (the reporter, before filing). */
export function editReport(
  db: Db,
  actor: Actor,
  id: number,
  input: ReportInput & { expectedVersion?: number },
) {
  const { expectedVersion, ...text } = input;
  return transitionReport(db, actor, {
    id,
    action: 'edit',
    expectedVersion,
    step: async ({ tx, row }) => {
      await checkLength(tx, row.committeeId, text);
      // Only the report's own committee may edit it, so the caller's path is the report's.
      return { patch: { ...text, searchVector: reportVector(text, actor.committeePath) } };
    },
  });
}

type Step = { expectedVersion?: number; note?: string | null };

/** 报送: the editors are told (the guard refuses a text over a limit lowered since). */
export const submitReport = (db: Db, actor: Actor, id: number, input: Step) =>
  transitionReport(db, actor, {
    id,
    action: 'submit',
    expectedVersion: input.expectedVersion,
    step: async ({ now: at }) => ({ patch: { submittedAt: at } }),
  });

/** 撤回 before the editors decide. */
export const withdrawReport = (db: Db, actor: Actor, id: number, input: Step) =>
  transitionReport(db, actor, {
    id,
    action: 'withdraw',
    expectedVersion: input.expectedVersion,
    note: input.note,
  });

/** 接收: the editors have it; the reporter can see it is being looked at. */
export const receiveReport = (db: Db, actor: Actor, id: number, input: Step) =>
  transitionReport(db, actor, {
    id,
    action: 'receive',
    expectedVersion: input.expectedVersion,
    note: input.note,
  });

/** 不采用, with the reason the reporter reads. */
export const rejectReport = (db: Db, actor: Actor, id: number, input: Step & { reason: string }) =>
  transitionReport(db, actor, {
    id,
    action: 'reject',
    expectedVersion: input.expectedVersion,
    step: async ({ now: at }) => ({
      patch: { rejectReason: input.reason, decidedAt: at },
      note: input.reason,
      message: `不采用理由：${input.reason}`,
    }),
  });

/**
 * 采用: the report is taken up for editing, into a new item whose first version is the
 * reporter's own text, or merged into an item on the same matter still being edited (each
 * reporter of the item keeps the credit).
 */
export const adoptReport = (db: Db, actor: Actor, id: number, input: Step & { itemId?: number }) =>
  transitionReport(db, actor, {
    id,
    action: 'adopt',
    expectedVersion: input.expectedVersion,
    note: input.note,
    step: async ({ tx, row, now: at }) => {
      const itemId = input.itemId
        ? await mergeInto(tx, actor, input.itemId, row.id, row.committeeId)
        : await newItem(tx, actor, row, at);
      return { patch: { itemId, decidedAt: at }, data: { itemId, merged: input.itemId !== undefined } };
    },
  });

async function newItem(tx: Tx, actor: Actor, r: typeof opinionReports.$inferSelect, at: Date) {
  const body = reportText(r) || r.title;
  const [item] = await tx
    .insert(opinionItems)
    .values({
      committeeId: r.committeeId,
      title: r.title,
      body,
      editorUserId: actor.userId,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  await appendEvent(tx, actor, {
    committeeId: r.committeeId,
    subjectType: 'opinionItem',
    subjectId: item.id,
    action: 'create',
    toStatus: 'editing',
    data: { reportId: r.id, title: item.title, body },
  });
  return item.id;
}

async function mergeInto(tx: Tx, actor: Actor, itemId: number, reportId: number, committeeId: number) {
  const item = await lockItem(tx, actor, itemId).catch(() => null);
  if (!item || item.committeeId !== committeeId) throw badRequest('并入的信息：不存在或不属于本会', 'itemId');
  if (item.status !== 'editing') throw conflict('该信息已编入期刊，不能再并入');
  await tx
    .update(opinionItems)
    .set({ version: item.version + 1, updatedAt: now() })
    .where(eq(opinionItems.id, itemId));
  await appendEvent(tx, actor, {
    committeeId,
    subjectType: 'opinionItem',
    subjectId: itemId,
    action: 'merge',
    data: { reportId },
  });
  return itemId;
}
