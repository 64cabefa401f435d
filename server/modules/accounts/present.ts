import { type Actor, ROLE_LABELS, type Role } from '../../../domain/roles';
import type { XlsxColumn } from '../../lib/xlsx';
import { shanghaiTime } from '../audit/time';
import { accountAbilities, isLocked } from './policy';
import type { AccountRow } from './queries';

/** An account as the security administrator's list and form see it, with what the caller may do. */
export function presentAccount(actor: Actor, row: AccountRow) {
  return {
    ...row,
    roleLabel: ROLE_LABELS[row.role as Role],
    locked: isLocked(row),
    abilities: accountAbilities(actor, row),
  };
}

/** The columns of 账号列表.xlsx: no password material, no phone number. */
export const accountExportColumns: XlsxColumn<AccountRow>[] = [
  { header: '用户名', width: 18, value: (r) => r.username },
  { header: '姓名', width: 14, value: (r) => r.displayName },
  { header: '角色', width: 12, value: (r) => ROLE_LABELS[r.role as Role] },
  { header: '关联', width: 22, value: (r) => r.linkName },
  { header: '状态', width: 8, value: (r) => (r.active ? '启用' : '停用') },
  { header: '锁定至', width: 20, value: (r) => (isLocked(r) ? shanghaiTime(r.lockedUntil) : '') },
  { header: '须修改密码', width: 12, value: (r) => (r.mustChangePassword ? '是' : '否') },
  { header: '创建时间', width: 20, value: (r) => shanghaiTime(r.createdAt) },
];
