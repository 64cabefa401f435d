import type { Role } from '../../../../domain/roles';

export const ACCOUNTS_URL = '/api/accounts';

/** An account row as GET /api/accounts presents it (never any password material). */
export interface AccountItem {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  roleLabel: string;
  departmentId: number | null;
  memberId: number | null;
  handlingUnitId: number | null;
  leaderId: number | null;
  informantId: number | null;
  /** Name of the linked department, member, unit, leader or 特邀信息员. */
  linkName: string | null;
  hasPhone: boolean;
  canViewSensitive: boolean;
  mustChangePassword: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  locked: boolean;
  active: boolean;
  createdAt: string;
  abilities: {
    edit: boolean;
    changeRole: boolean;
    disable: boolean;
    enable: boolean;
    resetPassword: boolean;
    unlock: boolean;
  };
}

export type LinkField = 'departmentId' | 'memberId' | 'handlingUnitId' | 'leaderId' | 'informantId';

/** The record each working role must be linked to, and how the form labels it. */
export const LINK_OF_ROLE: Partial<Record<Role, { field: LinkField; label: string }>> = {
  staff: { field: 'departmentId', label: '所属部门' },
  member: { field: 'memberId', label: '关联委员' },
  unit: { field: 'handlingUnitId', label: '承办单位' },
  leader: { field: 'leaderId', label: '关联领导' },
  informant: { field: 'informantId', label: '特邀信息员' },
};
