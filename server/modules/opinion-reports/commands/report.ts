import { and, eq } from 'drizzle-orm';
import type { BodyKind } from '../../../../domain/opinion-reports';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import {
  liaisonGroups,
  opinionInformants,
  opinionItems,
  opinionReports,
  sectors,
  users,
} from '../../../db/schema';
import { badRequest, conflict, forbidden } from '../../../errors';
import { now } from '../../../platform/clock';
import { appendEvent } from '../../../platform/events';
import { lockItem } from '../load';
import { editsOpinions } from '../policy';
import type { ReportInput } from '../schemas';
import { checkLength, reportText, reportVector } from '../text';
import { transitionReport } from '../transitions';

/** Who the caller reports as: a member, or a 特邀信息员 of the catalogue their account is linked to. */
async function ownReporter(tx: Tx, actor: Actor): Promise<Partial<typeof opinionReports.$inferInsert>> {
  if (actor.role === 'member' && actor.memberId !== null) {
    return { reporterKind: 'member', reporterMemberId: actor.memberId };
  }
  if (actor.role === 'informant') {
    const [i] = await tx
      .select({
        id: opinionInformants.id,
        name: opinionInformants.name,
        sectorId: opinionInformants.sectorId,
      })
      .from(users)
      .innerJoin(opinionInformants, eq(opinionInformants.id, users.informantId))
      .where(and(eq(users.id, actor.userId), eq(opinionInformants.active, true)));
    if (i)
      return { reporterKind: 'informant', informantId: i.id, reporterName: i.name, sectorId: i.sectorId };
  }
  throw forbidden('仅委员和特邀信息员可以撰写社情民意信息');
}

/** 起草: a member's or a 特邀信息员's draft, checked against the committee's length limit. */
export async function createReport(db: Db, actor: Actor, input: ReportInput) {
  return insertDraft(db, actor, input, (tx) => ownReporter(tx, actor));
}

/** What the editors give when filing in a body's name (代为报送). */
export interface BodyInput {
  bodyKind: BodyKind;
  bodyName: string;
  sectorId?: number;
  liaisonGroupId?: number;
}

/**
 * 代为报送: the editors draft a report in the name of a party, people's organisation, sector group
 * or liaison group (the sector or group from the committee's catalogue); they submit it as its
 * reporter, and the figures count it under the body.
 */
export async function createBodyReport(db: Db, actor: Actor, input: ReportInput & BodyInput) {
  if (!editsOpinions(actor)) throw forbidden('仅社情民意信息部门的工作人员可以代为报送');
  const { bodyKind, bodyName, sectorId, liaisonGroupId, ...text } = input;
  return insertDraft(db, actor, text, async (tx) => {
    if (sectorId !== undefined)
      await ownCatalogue(tx, sectors, sectorId, actor.committeeId, 'sectorId', '界别');
    if (liaisonGroupId !== undefined) {
      await ownCatalogue(
        tx,
        liaisonGroups,
        liaisonGroupId,
        actor.committeeId,
        'liaisonGroupId',
        '委员联络组',
      );
    }
    return {
      reporterKind: 'body',
      bodyKind,
      reporterName: bodyName,
      sectorId: sectorId ?? null,
      liaisonGroupId: liaisonGroupId ?? null,
    };
  });
}

async function ownCatalogue(
  tx: Tx,
  table: typeof sectors | typeof liaisonGroups,
  id: number,
  committeeId: number,
  field: string,
  label: string,
) {
  const n = await tx.$count(table, and(eq(table.id, id), eq(table.committeeId, committeeId)));
  if (n === 0) throw badRequest(`${label}：不存在或不属于本会`, field);
}

async function insertDraft(
  db: Db,
  actor: Actor,
  input: ReportInput,
  reporter: (tx: Tx) => Promise<Partial<typeof opinionReports.$inferInsert>>,
) {
  return db.transaction(async (tx) => {
    const who = await reporter(tx);
    await checkLength(tx, actor.committeeId, input);
    const at = now();
    const [row] = await tx
      .insert(opinionReports)
      .values({
        committeeId: actor.committeeId,
        ...who,
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
