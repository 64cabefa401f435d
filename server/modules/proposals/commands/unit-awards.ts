import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import type { Db } from '../../../db/client';
import { handlingUnits, unitAwards, users } from '../../../db/schema';
import { badRequest, notFound } from '../../../errors';
import { withIntegrityErrors } from '../../../platform/db-errors';
import { notifyUsers } from '../../notifications/notify';

export interface AwardInput {
  year: number;
  unitId: number;
  title: string;
  note: string | null;
}

/**
 * 先进承办单位 (or another title) for a year, chosen at year end from the unit's handling record.
 * One title per unit and year: a second one is a 409. The unit's accounts are told.
 */
export function createUnitAward(db: Db, actor: Actor, input: AwardInput) {
  return db.transaction(async (tx) => {
    const [unit] = await tx
      .select()
      .from(handlingUnits)
      .where(and(eq(handlingUnits.id, input.unitId), eq(handlingUnits.committeeId, actor.committeeId)));
    if (!unit) throw badRequest('承办单位：不存在', 'unitId');
    const [award] = await withIntegrityErrors(
      () =>
        tx
          .insert(unitAwards)
          .values({ committeeId: actor.committeeId, ...input, createdByUserId: actor.userId })
          .returning(),
      { duplicate: `${unit.name}已获评${input.year}年度${input.title}` },
    );
    const accounts = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.handlingUnitId, unit.id), eq(users.active, true)));
    await notifyUsers(tx, {
      committeeId: actor.committeeId,
      userIds: accounts.map((a) => a.id),
      kind: 'proposal.unitAward',
      title: `${input.year}年度${input.title}`,
      body: `${unit.name}被评为${input.year}年度${input.title}`,
      link: '/proposals/unit-awards',
    });
    return { award, unitName: unit.name };
  });
}

/** Withdraws an award of the caller's own committee; anything else is not found. */
export async function deleteUnitAward(db: Db, actor: Actor, awardId: number) {
  const rows = await db
    .delete(unitAwards)
    .where(and(eq(unitAwards.id, awardId), eq(unitAwards.committeeId, actor.committeeId)))
    .returning({ id: unitAwards.id });
  if (rows.length === 0) throw notFound('评选记录');
}
