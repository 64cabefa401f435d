import { and, eq } from 'drizzle-orm';
import type { Actor, Role } from '../../../../domain/roles';
import { destroyUserSessions } from '../../../auth/sessions';
import type { AppContext } from '../../../context';
import { users } from '../../../db/schema';
import { forbidden, notFound } from '../../../errors';
import { LINK_FIELDS, type Links, resolveLinks, sensitiveRight } from '../links';
import { assertPhoneFree } from './create';

export interface UpdateAccountInput extends Partial<Links> {
  displayName?: string;
  role?: Role;
  /** undefined keeps the phone, null removes it. */
  phone?: string | null;
  canViewSensitive?: boolean;
  active?: boolean;
}

type UserRow = typeof users.$inferSelect;

/** The links asked for: a field left out keeps its value while the role stays the same. */
function requestedLinks(row: UserRow, role: Role, input: UpdateAccountInput): Partial<Links> {
  const keep = role === row.role;
  return Object.fromEntries(
    LINK_FIELDS.map((f) => [f, input[f] !== undefined ? input[f] : keep ? row[f] : null]),
  );
}

/**
 * Changes an account of the caller's committee. A security administrator cannot change its own
 * role or disable itself; a role change or a disable ends the account's sessions.
 */
export async function updateAccount(
  ctx: AppContext,
  actor: Actor,
  id: number,
  input: UpdateAccountInput,
): Promise<UserRow> {
  const phoneDigest = input.phone ? ctx.cipher.digest(input.phone) : input.phone;
  return ctx.handle.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(users)
      .where(and(eq(users.id, id), eq(users.committeeId, actor.committeeId)))
      .for('update');
    if (!row) throw notFound('账号');
    const role = input.role ?? (row.role as Role);
    const self = row.id === actor.userId;
    if (self && role !== row.role) throw forbidden('不能更改自己的角色');
    if (self && input.active === false) throw forbidden('不能停用自己的账号');
    if (phoneDigest) await assertPhoneFree(tx, phoneDigest, row.id);
    const links = await resolveLinks(tx, actor.committeeId, role, requestedLinks(row, role, input), row.id);
    const sensitive = input.canViewSensitive ?? (role === 'staff' && row.canViewSensitive);
    const [updated] = await tx
      .update(users)
      .set({
        displayName: input.displayName ?? row.displayName,
        role,
        ...links,
        phoneDigest: phoneDigest === undefined ? row.phoneDigest : phoneDigest,
        canViewSensitive: sensitiveRight(role, sensitive),
        active: input.active ?? row.active,
      })
      .where(eq(users.id, row.id))
      .returning();
    if (role !== row.role || !updated.active) await destroyUserSessions(tx, row.id);
    return updated;
  });
}
