import type { Actor } from '../../../domain/roles';
import { forbidden } from '../../errors';

/** Anything that belongs to one committee. */
export interface Owned {
  committeeId: number;
}

/**
 * Organisation data is written only by its managing role and only in the caller's own
 * committee: a higher committee reads the rows of the committees below it but never changes them.
 */
export function canChange(actor: Actor, managedBy: Actor['role'], row: Owned): boolean {
  return actor.role === managedBy && row.committeeId === actor.committeeId;
}

/** The 403 for a row the caller can see (it is in read scope) but may not change. */
export function assertCanChange(actor: Actor, managedBy: Actor['role'], row: Owned): void {
  if (!canChange(actor, managedBy, row)) throw forbidden('只能修改本委员会的数据');
}

/** Read and write abilities of one row, for the presenter. */
export function rowAbilities(actor: Actor, managedBy: Actor['role'], row: Owned) {
  const change = canChange(actor, managedBy, row);
  return { update: change, delete: change };
}

/** A sysadmin creates committees only directly under its own, and a county has none below it. */
export function canCreateChildCommittee(actor: Actor, own: { level: string }): boolean {
  return actor.role === 'sysadmin' && own.level !== 'county';
}

/** A sysadmin renames its own committee and the committees directly under it. */
export function canRenameCommittee(actor: Actor, c: { id: number; parentId: number | null }): boolean {
  return actor.role === 'sysadmin' && (c.id === actor.committeeId || c.parentId === actor.committeeId);
}
