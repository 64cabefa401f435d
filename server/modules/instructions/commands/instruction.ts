import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import type { Db, Tx } from '../../../db/client';
import {
  committees,
  handlingUnits,
  instructions,
  instructionUnits,
  leaders,
  users,
} from '../../../db/schema';
import { badRequest, conflict, forbidden } from '../../../errors';
import { now } from '../../../platform/clock';
import { appendEvent } from '../../../platform/events';
import { instructionSubject } from '../../instruction-subjects';
import { notifyUsers } from '../../notifications/notify';
import { mayInstructOn } from '../policy';
import type { InstructionInput } from '../schemas';

/**
 * Who wrote it: the calling leader, a leader of the committee, or a name from outside. A leader of
 * the committee is of its level and is or is not a principal one by the catalogue, not by what a
 * form says; only a leader from outside is described by the form.
 */
async function leaderOf(tx: Tx, actor: Actor, committeeId: number, input: InstructionInput) {
  const id = actor.role === 'leader' ? (actor.leaderId ?? -1) : input.leaderId;
  if (id !== undefined) {
    const [l] = await tx
      .select({ name: leaders.name, principal: leaders.isPrincipal, level: committees.level })
      .from(leaders)
      .innerJoin(committees, eq(committees.id, leaders.committeeId))
      .where(and(eq(leaders.id, id), eq(leaders.committeeId, committeeId)));
    if (!l && actor.role === 'leader') throw forbidden('账号未关联本会领导');
    if (!l) throw badRequest('批示领导：不属于本会', 'leaderId');
    return { leaderId: id, leaderName: l.name, level: l.level, principal: l.principal };
  }
  if (!input.leaderName) throw badRequest('批示领导姓名：不能为空', 'leaderName');
  if (!input.level) throw badRequest('领导层级：不能为空', 'level');
  return { leaderId: null, leaderName: input.leaderName, level: input.level, principal: input.principal };
}

async function checkUnits(tx: Tx, committeeId: number, unitIds: number[]) {
  const own = await tx
    .select({ id: handlingUnits.id })
    .from(handlingUnits)
    .where(and(inArray(handlingUnits.id, unitIds), eq(handlingUnits.committeeId, committeeId)));
  if (own.length !== unitIds.length) throw badRequest('落实单位：不属于本会', 'unitIds');
}

/**
 * 批示: a leader writes it on a document they read, or the staff who follow the document's kind
 * up record one given on paper. The named units are told (a to-do each until they feed back),
 * and so are the document's reporters or proposers.
 */
export async function createInstruction(db: Db, actor: Actor, input: InstructionInput) {
  const kind = instructionSubject(input.subjectType);
  if (!kind) throw badRequest('批示的文件类别：不是可批示的文件类别', 'subjectType');
  if (input.dueOn < input.instructedOn) throw badRequest('反馈期限：不能早于批示日期', 'dueOn');
  return db.transaction(async (tx) => {
    const doc = await kind.load(tx, actor, input.subjectId);
    if (doc.committeeId !== actor.committeeId) throw forbidden('只能批示本会的文件');
    if (!mayInstructOn(actor, input.subjectType, doc.committeeId)) {
      throw forbidden(`仅领导、办公室或负责${kind.label}的部门可以登记批示`);
    }
    if (!doc.open) throw conflict(`${kind.label}尚未送达领导（立案、印发或编成专报后方可批示）`);
    const unitIds = [...new Set(input.unitIds)];
    await checkUnits(tx, doc.committeeId, unitIds);
    const leader = await leaderOf(tx, actor, doc.committeeId, input);
    const at = now();
    const [row] = await tx
      .insert(instructions)
      .values({
        committeeId: doc.committeeId,
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        subjectTitle: doc.title,
        ...leader,
        text: input.text,
        instructedOn: input.instructedOn,
        dueOn: input.dueOn,
        recordedByUserId: actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    await tx
      .insert(instructionUnits)
      .values(unitIds.map((unitId) => ({ committeeId: row.committeeId, instructionId: row.id, unitId })));
    await appendEvent(tx, actor, {
      committeeId: row.committeeId,
      subjectType: 'instruction',
      subjectId: row.id,
      // The leader's own, or one given on paper that staff enter (the timeline names who gave it).
      ...(actor.role === 'leader'
        ? { action: 'create', note: input.text }
        : { action: 'register', note: `${leader.leaderName}批示：${input.text}` }),
      toStatus: 'open',
      data: { subjectType: input.subjectType, subjectId: input.subjectId, unitIds },
    });
    if (row.leaderId !== null) await kind.instructed?.(tx, input.subjectId, row.leaderId, at);
    const audienceLink = kind.audienceLink ?? doc.link;
    await tell(tx, actor, row, unitIds, await kind.audience(tx, input.subjectId), audienceLink);
    return row;
  });
}

async function tell(
  tx: Tx,
  actor: Actor,
  row: typeof instructions.$inferSelect,
  unitIds: number[],
  audience: number[],
  link: string | null,
) {
  const units = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.handlingUnitId, unitIds), eq(users.active, true)));
  const others = (ids: number[]) => ids.filter((u) => u !== actor.userId);
  await notifyUsers(tx, {
    committeeId: row.committeeId,
    userIds: others(units.map((u) => u.id)),
    kind: 'instruction.create',
    title: `${row.leaderName}批示，请于${row.dueOn}前反馈落实情况：${row.subjectTitle}`,
    body: row.text,
    link: `/instructions/${row.id}`,
  });
  await notifyUsers(tx, {
    committeeId: row.committeeId,
    userIds: others(audience),
    kind: 'instruction.onMine',
    title: `${row.leaderName}对${row.subjectTitle}作出批示`,
    body: row.text,
    link,
  });
}
