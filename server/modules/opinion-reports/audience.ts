import { and, eq, inArray } from 'drizzle-orm';
import { OPINION_DUTY } from '../../../domain/opinion-reports';
import type { DbOrTx } from '../../db/client';
import { departments, users } from '../../db/schema';

/** The active accounts of a committee's 社情民意信息 staff: they hear of filed and withdrawn reports. */
export async function opinionEditorsOf(db: DbOrTx, committeeId: number): Promise<number[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(departments, eq(departments.id, users.departmentId))
    .where(
      and(
        eq(users.active, true),
        eq(users.role, 'staff'),
        eq(users.committeeId, committeeId),
        eq(departments.duty, OPINION_DUTY),
      ),
    );
  return rows.map((r) => r.id);
}

/** A member's active accounts. */
export async function memberAccounts(db: DbOrTx, memberIds: number[]): Promise<number[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.memberId, memberIds)));
  return rows.map((r) => r.id);
}
