import { z } from 'zod';
import type { Role } from './roles';

/**
 * The organisation's simple per-committee catalogues (界别, 专委会, 联络组 …), declared once:
 * the server builds validation, routes and exports from these definitions and the web builds
 * its generic admin forms and tables from the same ones, so a field is added in one place.
 */

/** Committee levels from the top down; a child committee is always lower than its parent. */
export const COMMITTEE_LEVELS = ['national', 'province', 'city', 'county'] as const;
export type CommitteeLevel = (typeof COMMITTEE_LEVELS)[number];
export const COMMITTEE_LEVEL_LABELS: Record<CommitteeLevel, string> = {
  national: '全国',
  province: '省',
  city: '市',
  county: '县区',
};

/** True when `child` may sit under `parent` (strictly lower in the hierarchy). */
export function isLevelBelow(child: string, parent: string): boolean {
  const c = COMMITTEE_LEVELS.indexOf(child as CommitteeLevel);
  const p = COMMITTEE_LEVELS.indexOf(parent as CommitteeLevel);
  return c >= 0 && p >= 0 && c > p;
}

export const ACTIVITY_GROUP_KINDS = ['委员活动组', '委员工作室', '委员会客厅'] as const;
export const HANDLING_UNIT_KINDS = ['政府部门', '群团组织', '企事业单位', '其他'] as const;
export const LEADER_LEVELS = ['省部级', '厅局级', '县处级', '乡科级'] as const;
/** Where a topic of the 提案选题参考 comes from. */
export const PROPOSAL_TOPIC_SOURCES = [
  '年度协商计划',
  '党委政府重点工作',
  '承办单位征集',
  '社会征题',
  '其他',
] as const;
/**
 * What a 机关部门 does. A staff account acts in a workflow only through a department with that
 * duty (提案工作: review, assign, supervise and configure proposals); every staff member reads.
 */
export const DEPARTMENT_DUTIES = ['提案工作', '社情民意信息', '协商工作', '委员工作', '综合'] as const;
export type DepartmentDuty = (typeof DEPARTMENT_DUTIES)[number];
/** The duty of the departments that work on proposals (提案委/提案科). */
export const PROPOSAL_DUTY: DepartmentDuty = '提案工作';

/** Roles that read organisation data; the auditor never does (三员分立). */
export const ORG_READ_ROLES: readonly Role[] = ['staff', 'member', 'unit', 'leader', 'sysadmin'];
/** The security admin also needs committees and departments to create accounts. */
export const ORG_READ_ROLES_WITH_SECADMIN: readonly Role[] = [...ORG_READ_ROLES, 'secadmin'];

export interface OrgField {
  key: string;
  label: string;
  type: 'text' | 'int' | 'enum' | 'bool';
  required: boolean;
  /** Text: the longest length; int: the largest value. */
  max?: number;
  options?: readonly string[];
  /** Text of several lines (a text area in the form). */
  multiline?: boolean;
}

export interface OrgResource {
  key: OrgResourceKey;
  label: string;
  /** URL segment under /api/org/ and the web's admin route. */
  segment: string;
  /** The only role that creates, changes and deletes rows (own committee only). */
  managedBy: 'sysadmin' | 'staff';
  readRoles: readonly Role[];
  fields: readonly OrgField[];
  /** Field keys shown, in order, in the list table and the Excel export. */
  columns: readonly string[];
}

export type OrgResourceKey =
  | 'sectors'
  | 'specialCommittees'
  | 'liaisonGroups'
  | 'activityGroups'
  | 'departments'
  | 'handlingUnits'
  | 'leaders'
  | 'proposalTopics';

const name = (label = '名称', max = 100): OrgField => ({
  key: 'name',
  label,
  type: 'text',
  required: true,
  max,
});
const sortOrder: OrgField = { key: 'sortOrder', label: '排序', type: 'int', required: false, max: 99_999 };
const note: OrgField = {
  key: 'note',
  label: '备注',
  type: 'text',
  required: false,
  max: 500,
  multiline: true,
};

/** Every catalogue, in the order the admin menu lists them. */
export const ORG_RESOURCES: readonly OrgResource[] = [
  {
    key: 'sectors',
    label: '界别',
    segment: 'sectors',
    managedBy: 'sysadmin',
    readRoles: ORG_READ_ROLES,
    fields: [name(), sortOrder, note],
    columns: ['name', 'sortOrder', 'note'],
  },
  {
    key: 'specialCommittees',
    label: '专门委员会',
    segment: 'special-committees',
    managedBy: 'sysadmin',
    readRoles: ORG_READ_ROLES,
    fields: [name(), sortOrder, note],
    columns: ['name', 'sortOrder', 'note'],
  },
  {
    key: 'liaisonGroups',
    label: '委员联络组',
    segment: 'liaison-groups',
    managedBy: 'sysadmin',
    readRoles: ORG_READ_ROLES,
    fields: [
      name(),
      { key: 'area', label: '所辖区域', type: 'text', required: false, max: 200 },
      sortOrder,
      note,
    ],
    columns: ['name', 'area', 'sortOrder', 'note'],
  },
  {
    key: 'activityGroups',
    label: '委员活动组',
    segment: 'activity-groups',
    managedBy: 'sysadmin',
    readRoles: ORG_READ_ROLES,
    fields: [
      name(),
      { key: 'kind', label: '类别', type: 'enum', required: true, options: ACTIVITY_GROUP_KINDS },
      sortOrder,
      note,
    ],
    columns: ['name', 'kind', 'sortOrder', 'note'],
  },
  {
    key: 'departments',
    label: '机关部门',
    segment: 'departments',
    managedBy: 'sysadmin',
    readRoles: ORG_READ_ROLES_WITH_SECADMIN,
    fields: [
      name(),
      { key: 'duty', label: '业务职责', type: 'enum', required: false, options: DEPARTMENT_DUTIES },
      sortOrder,
      note,
    ],
    columns: ['name', 'duty', 'sortOrder', 'note'],
  },
  {
    key: 'handlingUnits',
    label: '承办单位',
    segment: 'handling-units',
    managedBy: 'staff',
    readRoles: ORG_READ_ROLES,
    fields: [
      name(),
      { key: 'kind', label: '类别', type: 'enum', required: true, options: HANDLING_UNIT_KINDS },
      { key: 'contactName', label: '联系人', type: 'text', required: false, max: 50 },
      { key: 'contactPhone', label: '联系电话', type: 'text', required: false, max: 30 },
      // 职责 (e.g. from the unit's 三定 provisions): suggested units match a proposal against it.
      { key: 'duties', label: '职责', type: 'text', required: false, max: 3000, multiline: true },
      sortOrder,
      note,
    ],
    columns: ['name', 'kind', 'contactName', 'contactPhone', 'sortOrder', 'note'],
  },
  {
    key: 'leaders',
    label: '党政领导',
    segment: 'leaders',
    managedBy: 'staff',
    readRoles: ORG_READ_ROLES,
    fields: [
      name('姓名', 50),
      { key: 'title', label: '职务', type: 'text', required: true, max: 100 },
      { key: 'level', label: '级别', type: 'enum', required: true, options: LEADER_LEVELS },
      { key: 'organisation', label: '所在机关', type: 'text', required: true, max: 100 },
      // 党委书记 and 政府首长: reports count the key proposals they lead (主要领导领衔督办).
      { key: 'isPrincipal', label: '党政主要领导', type: 'bool', required: false },
      sortOrder,
      note,
    ],
    columns: ['name', 'title', 'level', 'organisation', 'isPrincipal', 'sortOrder', 'note'],
  },
  {
    // 提案选题参考: topics the office publishes (from the consultation plan, the units' wishes …);
    // the draft page offers them to members.
    key: 'proposalTopics',
    label: '提案选题参考',
    segment: 'proposal-topics',
    managedBy: 'staff',
    readRoles: ORG_READ_ROLES,
    fields: [
      name('选题', 200),
      { key: 'source', label: '来源', type: 'enum', required: true, options: PROPOSAL_TOPIC_SOURCES },
      { key: 'unitName', label: '相关单位', type: 'text', required: false, max: 100 },
      { key: 'description', label: '说明', type: 'text', required: false, max: 1000, multiline: true },
      sortOrder,
    ],
    columns: ['name', 'source', 'unitName', 'sortOrder'],
  },
];

/** Looks a catalogue up by key; the key set is closed, so a miss is a programming error. */
export function orgResource(key: OrgResourceKey): OrgResource {
  const found = ORG_RESOURCES.find((r) => r.key === key);
  if (!found) throw new Error(`unknown org resource ${key}`);
  return found;
}

/** Missing input reads "不能为空"; input of the wrong kind gets `wrongType`. */
const typeError = (wrongType: string) => ({
  error: (issue: { input?: unknown }) => (issue.input == null ? '不能为空' : wrongType),
});

function fieldSchema(f: OrgField): z.ZodType {
  if (f.type === 'int') {
    const max = f.max ?? 99_999;
    const n = z
      .number(typeError('须为整数'))
      .int('须为整数')
      .min(0, '不能小于 0')
      .max(max, `不能大于 ${max}`);
    // Left empty: null, for the command to fill (排序: after the others, or the row's own).
    return f.required ? n : n.nullish().transform((v) => v ?? null);
  }
  if (f.type === 'bool') {
    const b = z.boolean(typeError('须为是或否'));
    return f.required ? b : b.nullish().transform((v) => v ?? false);
  }
  if (f.type === 'enum') {
    const e = z.enum(f.options ?? [], typeError(`须为以下之一：${(f.options ?? []).join('、')}`));
    return f.required ? e : e.nullish().transform((v) => v ?? null);
  }
  const max = f.max ?? 100;
  const s = z.string(typeError('须为文本')).trim().max(max, `不能超过 ${max} 个字`);
  if (f.required) return s.min(1, '不能为空');
  return s.nullish().transform((v) => (v ? v : null));
}

/**
 * The body schema of a catalogue's create and update (a full replacement): the same rules
 * on the server and in the web's forms. Unknown keys such as `committeeId` are dropped.
 */
export function orgResourceSchema(def: OrgResource) {
  return z.object(Object.fromEntries(def.fields.map((f) => [f.key, fieldSchema(f)])));
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 11 → 十一, 20 → 二十: how terms and sessions are numbered (第十一届二次会议). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] || '零';
  if (n < 20) return `十${DIGITS[n % 10]}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${DIGITS[n % 10]}`;
  return String(n);
}

/** The usual name of a term: 第十一届. */
export const termName = (ordinal: number) => `第${chineseNumber(ordinal)}届`;
/** The usual name of a plenary session: 第十一届二次会议. */
export const sessionName = (termLabel: string, ordinal: number) =>
  `${termLabel}${chineseNumber(ordinal)}次会议`;
