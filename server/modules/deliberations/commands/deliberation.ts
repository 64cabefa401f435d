import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import type { Db } from '../../../db/client';
import { deliberations } from '../../../db/schema';
import { conflict, forbidden } from '../../../errors';
import { now } from '../../../platform/clock';
import { appendEvent } from '../../../platform/events';
import { lockDeliberation } from '../load';
import { deliberationRolesOf } from '../policy';
import type { DeliberationInput } from '../schemas';
import { transitionDeliberation } from '../transitions';

/** 发布议政议题: organisers of a 协商工作/综合 department open a topic for a period. */
export async function createDeliberation(db: Db, actor: Actor, input: DeliberationInput) {
  if (deliberationRolesOf(actor, { committeeId: actor.committeeId }).length === 0) throw forbidden();
  return db.transaction(async (tx) => {
    const at = now();
    const [row] = await tx
      .insert(deliberations)
      .values({
        committeeId: actor.committeeId,
        ...input,
        createdBy: actor.userId,
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: deliberations.id });
    await appendEvent(tx, actor, {
      committeeId: actor.committeeId,
      subjectType: 'deliberation',
      subjectId: row.id,
      action: 'create',
      toStatus: 'open',
      data: { audience: input.audience, opensOn: input.opensOn, closesOn: input.closesOn },
    });
    return row.id;
  });
}

/** The compiled summary (综述) the report prints over the groups; a stale screen is a 409. */
export async function saveSummary(
  db: Db,
  actor: Actor,
  id: number,
  input: { expectedVersion: number; summary: string },
) {
  return db.transaction(async (tx) => {
    const d = await lockDeliberation(tx, actor, id);
    if (deliberationRolesOf(actor, d).length === 0) throw forbidden();
    if (d.version !== input.expectedVersion) throw conflict('该议政议题已被他人修改，请刷新后重试');
    const at = now();
    await tx
      .update(deliberations)
      .set({ summary: input.summary, compiledAt: at, version: d.version + 1, updatedAt: at })
      .where(eq(deliberations.id, id));
    await appendEvent(tx, actor, {
      committeeId: d.committeeId,
      subjectType: 'deliberation',
      subjectId: id,
      action: 'compile',
      data: { chars: input.summary.length },
    });
  });
}

const step =
  (action: 'close' | 'reopen') =>
  (db: Db, actor: Actor, id: number, body: { expectedVersion: number; note?: string | null }) =>
    transitionDeliberation(db, actor, { id, action, expectedVersion: body.expectedVersion, note: body.note });

/** 结束征集 / 重新开放. */
export const closeDeliberation = step('close');
export const reopenDeliberation = step('reopen');
