import type { Actor } from '../../../domain/roles';

/** The fields of an account row the rules look at. */
export interface AccountFacts {
  id: number;
  committeeId: number;
  active: boolean;
  lockedUntil: Date | null;
}

export interface AccountAbilities {
  edit: boolean;
  changeRole: boolean;
  disable: boolean;
  enable: boolean;
  resetPassword: boolean;
  unlock: boolean;
}

/** Whether the account is locked right now (a past lockedUntil has simply expired). */
export function isLocked(row: Pick<AccountFacts, 'lockedUntil'>, now = Date.now()): boolean {
  return row.lockedUntil !== null && row.lockedUntil.getTime() > now;
}

/**
 * 三员分立: only the 安全管理员 of the account's own committee manages it. A security
 * administrator may not change its own role, disable itself or reset its own password (it uses
 * 修改密码), so there is always someone else who can undo a mistake.
 */
export function accountAbilities(actor: Actor, row: AccountFacts): AccountAbilities {
  const manage = actor.role === 'secadmin' && row.committeeId === actor.committeeId;
  const other = manage && row.id !== actor.userId;
  return {
    edit: manage,
    changeRole: other,
    disable: other && row.active,
    enable: manage && !row.active,
    resetPassword: other,
    unlock: manage && isLocked(row),
  };
}
