import type { Role } from '../../domain/roles';

/**
 * The demo accounts, one per role: the startup print, the README and the browser specs all
 * read this list, so a demo login is documented in exactly one place. Pure data, safe to
 * import from tests and scripts.
 */
export const DEMO_PASSWORD = 'Tongxin@2026';

export interface DemoAccount {
  username: string;
  role: Role;
  /** How the account is introduced to a visitor. */
  roleLabel: string;
  /** 'district' is the demo 清河区政协, 'city' its parent 海川市政协. */
  committee: 'district' | 'city';
  department?: string;
  canViewSensitive?: boolean;
  handlingUnit?: string;
  /** What signing in with this account demonstrates. */
  shows: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'admin',
    role: 'sysadmin',
    roleLabel: '系统管理员',
    committee: 'district',
    shows: '委员会、届次、界别、专委会、联络组等组织设置',
  },
  {
    username: 'security',
    role: 'secadmin',
    roleLabel: '安全管理员',
    committee: 'district',
    shows: '账号、角色、解锁与重置密码',
  },
  {
    username: 'auditor',
    role: 'auditor',
    roleLabel: '审计管理员',
    committee: 'district',
    shows: '查看与导出审计日志',
  },
  {
    username: 'staff',
    role: 'staff',
    roleLabel: '工作人员（提案委员会办公室）',
    committee: 'district',
    department: '提案委员会办公室',
    canViewSensitive: true,
    shows: '委员管理、提案审查交办；可查看完整手机号和身份证号（留痕）',
  },
  {
    username: 'staff2',
    role: 'staff',
    roleLabel: '工作人员（委员工作科）',
    committee: 'district',
    department: '委员工作科',
    canViewSensitive: false,
    shows:
      '委员管理与会议活动（组织会议、审批请假、签到考勤），提案只能查阅；无敏感信息权限，手机号和身份证号只见打码',
  },
  {
    username: 'editor',
    role: 'staff',
    roleLabel: '工作人员（研究室）',
    committee: 'district',
    department: '研究室',
    canViewSensitive: false,
    shows: '社情民意信息：接收、采用、编辑、编发《社情民意》并记录采用与批示',
  },
  {
    username: 'office',
    role: 'staff',
    roleLabel: '工作人员（办公室，副秘书长）',
    committee: 'district',
    department: '办公室',
    canViewSensitive: false,
    shows: '签发《社情民意》与专报，登记纸质批示并确认承办单位的落实反馈；组织协商活动，交办和跟踪意见建议',
  },
  {
    username: 'member',
    role: 'member',
    roleLabel: '委员（教育界常委）',
    committee: 'district',
    shows: '本人的履职与提案；也可用本人手机号登录',
  },
  {
    username: 'unit',
    role: 'unit',
    roleLabel: '承办单位（区教育局）',
    committee: 'district',
    handlingUnit: '区教育局',
    shows: '接收、办理与答复交办的提案；书面反馈交本单位的协商意见建议并报告落实进展',
  },
  {
    username: 'leader',
    role: 'leader',
    roleLabel: '党政领导（区委书记）',
    committee: 'district',
    shows: '查阅重点工作并作出批示',
  },
  {
    username: 'informant',
    role: 'informant',
    roleLabel: '特邀信息员',
    committee: 'district',
    shows: '只能撰写、报送和查看本人的社情民意信息，其他功能一概不可见',
  },
  {
    username: 'citystaff',
    role: 'staff',
    roleLabel: '市政协工作人员',
    committee: 'city',
    department: '提案委员会办公室',
    canViewSensitive: false,
    shows: '上级委员会：可查阅下级区政协的数据，但不能修改',
  },
  {
    username: 'cityleader',
    role: 'leader',
    roleLabel: '党政领导（市委书记）',
    committee: 'city',
    shows: '驾驶舱：全市及各区政协的工作数据与排行，逐级查看到区、到每件提案',
  },
  {
    username: 'cityeditor',
    role: 'staff',
    roleLabel: '市政协工作人员（研究室）',
    committee: 'city',
    department: '研究室',
    canViewSensitive: false,
    shows: '上级委员会的社情民意信息：接收下级区政协报送的信息并采用',
  },
  {
    username: 'cityoffice',
    role: 'staff',
    roleLabel: '市政协工作人员（办公室）',
    committee: 'city',
    department: '办公室',
    canViewSensitive: false,
    shows: '签发市政协《社情民意》（编入区政协报送的信息后，区里的原信息显示市政协采用）',
  },
];
