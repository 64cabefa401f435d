/** 三员分立 plus the working roles (DOMAIN.md §10). */
export const ROLES = [
  'sysadmin',
  'secadmin',
  'auditor',
  'staff',
  'member',
  'unit',
  'leader',
  'informant',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  sysadmin: '系统管理员',
  secadmin: '安全管理员',
  auditor: '审计管理员',
  staff: '工作人员',
  member: '委员',
  unit: '承办单位',
  leader: '领导',
  informant: '特邀信息员',
};

/** The signed-in caller as every policy sees it. */
export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  committeeId: number;
  /** Materialised path of the caller's committee, e.g. '/1/4/'. */
  committeePath: string;
  departmentId: number | null;
  /** The duty of the staff member's department (org-resources DEPARTMENT_DUTIES), if any. */
  duty: string | null;
  memberId: number | null;
  handlingUnitId: number | null;
  leaderId: number | null;
  canViewSensitive: boolean;
}
