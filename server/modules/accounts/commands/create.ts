import { eq } from 'drizzle-orm';
import type { Actor, Role } from '../../../../domain/roles';
import { generateInitialPassword, hashPassword } from '../../../auth/passwords';
import type { AppContext } from '../../../context';
import type { DbOrTx } from '../../../db/client';
import { users } from '../../../db/schema';
import { conflict } from '../../../errors';
import { type Links, resolveLinks, sensitiveRight } from '../links';
import { type AccountRow, findAccount } from '../queries';

export interface CreateAccountInput extends Partial<Links> {
  username: string;
  displayName: string;
  role: Role;
  phone?: string | null;
  canViewSensitive: boolean;
}

/** 409 when the phone already logs in another account (phones are unique across committees). */
export async function assertPhoneFree(tx: DbOrTx, phoneDigest: string, accountId?: number): Promise<void> {
  const [other] = await tx.select({ id: users.id }).from(users).where(eq(users.phoneDigest, phoneDigest));
  if (other && other.id !== accountId) throw conflict('手机号：已被其他账号使用');
}

/**
 * Creates an account in the caller's committee with a generated initial password. The password
 * is returned to the caller once and never stored in clear; the user must change it at first login.
 */
export async function createAccount(
  ctx: AppContext,
  actor: Actor,
  input: CreateAccountInput,
): Promise<{ account: AccountRow; password: string }> {
  const password = generateInitialPassword();
  const passwordHash = await hashPassword(password);
  const phoneDigest = input.phone ? ctx.cipher.digest(input.phone) : null;
  const id = await ctx.handle.db.transaction(async (tx) => {
    const taken = await tx.$count(users, eq(users.username, input.username));
    if (taken) throw conflict('用户名：已被使用');
    if (phoneDigest) await assertPhoneFree(tx, phoneDigest);
    const links = await resolveLinks(tx, actor.committeeId, input.role, input);
    const [row] = await tx
      .insert(users)
      .values({
        committeeId: actor.committeeId,
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        phoneDigest,
        passwordHash,
        ...links,
        canViewSensitive: sensitiveRight(input.role, input.canViewSensitive),
        mustChangePassword: true,
      })
      .returning({ id: users.id });
    return row.id;
  });
  const account = await findAccount(ctx.handle.db, actor, id);
  return { account: account!, password };
}
