import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/roles';
import { generateInitialPassword, hashPassword } from '../../../auth/passwords';
import { destroyUserSessions } from '../../../auth/sessions';
import type { AppContext } from '../../../context';
import type { DbOrTx } from '../../../db/client';
import { users } from '../../../db/schema';
import { conflict, forbidden, notFound } from '../../../errors';
import { isLocked } from '../policy';

async function lockAccount(tx: DbOrTx, actor: Actor, id: number) {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.committeeId, actor.committeeId)))
    .for('update');
  if (!row) throw notFound('账号');
  return row;
}

/**
 * Replaces the password with a new generated initial one (returned once), forces a change at
 * the next login, lifts a lock and ends every session: the usual answer to "I forgot my password".
 */
export async function resetPassword(ctx: AppContext, actor: Actor, id: number) {
  const password = generateInitialPassword();
  const passwordHash = await hashPassword(password);
  return ctx.handle.db.transaction(async (tx) => {
    const row = await lockAccount(tx, actor, id);
    if (row.id === actor.userId) throw forbidden('不能重置自己的密码，请使用“修改密码”');
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null })
      .where(eq(users.id, row.id));
    await destroyUserSessions(tx, row.id);
    return { username: row.username, password };
  });
}

/** Lifts a lockout before its 15 minutes are over; an account that is not locked is a 409. */
export async function unlockAccount(ctx: AppContext, actor: Actor, id: number) {
  return ctx.handle.db.transaction(async (tx) => {
    const row = await lockAccount(tx, actor, id);
    if (!isLocked(row)) throw conflict('账号未被锁定');
    await tx.update(users).set({ lockedUntil: null, failedLogins: 0 }).where(eq(users.id, row.id));
    return { username: row.username };
  });
}
