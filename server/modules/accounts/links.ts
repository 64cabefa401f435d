import { and, eq, ne } from 'drizzle-orm';
import { FIELD_LABELS } from '../../../domain/field-labels';
import { ROLE_LABELS, type Role } from '../../../domain/roles';
import type { DbOrTx } from '../../db/client';
import { departments, handlingUnits, leaders, members, opinionInformants, users } from '../../db/schema';
import { badRequest, conflict } from '../../errors';

/**
 * The record each working role acts for: a staff account belongs to a department, a member
 * account is a member, a unit account answers for a handling unit, a leader account is a leader.
 * One account per member and per leader, so their duty records have one owner.
 */
const LINKS = {
  departmentId: { role: 'staff', table: departments, taken: null },
  memberId: { role: 'member', table: members, taken: '关联委员：该委员已有账号' },
  handlingUnitId: { role: 'unit', table: handlingUnits, taken: null },
  leaderId: { role: 'leader', table: leaders, taken: '关联领导：该领导已有账号' },
  informantId: { role: 'informant', table: opinionInformants, taken: '特邀信息员：该信息员已有账号' },
} as const;

export type LinkField = keyof typeof LINKS;
export type Links = Record<LinkField, number | null>;

export const LINK_FIELDS = Object.keys(LINKS) as LinkField[];

/** The link column a role requires, or null for the administrator roles. */
export function linkFieldOf(role: Role): LinkField | null {
  return LINK_FIELDS.find((f) => LINKS[f].role === role) ?? null;
}

/**
 * Checks the link the role requires (present, in the same committee, not already taken) and
 * returns every link column with only that one set, so a role change clears stale links.
 */
export async function resolveLinks(
  tx: DbOrTx,
  committeeId: number,
  role: Role,
  requested: Partial<Links>,
  accountId?: number,
): Promise<Links> {
  const links: Links = {
    departmentId: null,
    memberId: null,
    handlingUnitId: null,
    leaderId: null,
    informantId: null,
  };
  const field = linkFieldOf(role);
  if (!field) return links;
  const id = requested[field];
  const label = FIELD_LABELS[field];
  if (!id) throw badRequest(`${label}：${ROLE_LABELS[role]}账号必须选择`, field);
  const { table, taken } = LINKS[field];
  const found = await tx.$count(table, and(eq(table.id, id), eq(table.committeeId, committeeId)));
  if (!found) throw badRequest(`${label}：不存在或不属于本委员会`, field);
  if (taken) {
    const others = await tx.$count(
      users,
      and(eq(users[field], id), accountId ? ne(users.id, accountId) : undefined),
    );
    if (others) throw conflict(taken);
  }
  links[field] = id;
  return links;
}

/** 查看敏感信息 is a staff right only. */
export function sensitiveRight(role: Role, requested: boolean): boolean {
  if (requested && role !== 'staff') {
    throw badRequest('查看敏感信息权限：仅工作人员账号可授予', 'canViewSensitive');
  }
  return requested;
}
