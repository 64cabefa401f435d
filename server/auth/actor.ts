import { eq } from 'drizzle-orm';
import type { Actor, Role } from '../../domain/roles';
import type { DbOrTx } from '../db/client';
import { committees, departments, users } from '../db/schema';

/**
 * An account as the actor its session would give, without a session: for work done on someone's
 * behalf outside a request (the demo seed replaying a year through the commands).
 */
export async function actorOfUsername(db: DbOrTx, username: string): Promise<Actor> {
  const [row] = await db
    .select({ u: users, path: committees.path, duty: departments.duty })
    .from(users)
    .innerJoin(committees, eq(committees.id, users.committeeId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.username, username));
  if (!row) throw new Error(`no account ${username}`);
  const u = row.u;
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role as Role,
    committeeId: u.committeeId,
    committeePath: row.path,
    departmentId: u.departmentId,
    duty: row.duty,
    memberId: u.memberId,
    handlingUnitId: u.handlingUnitId,
    leaderId: u.leaderId,
    canViewSensitive: u.canViewSensitive,
  };
}
