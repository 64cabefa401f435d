import {
  OPINION_ITEM_STATUS_LABELS,
  OPINION_REPORT_STATUS_LABELS,
  OPINION_TEXT_LABELS,
  type OpinionItemStatus,
  type OpinionReportStatus,
  type OpinionTextField,
} from './opinion-reports';
import { defineWorkflow, type TransitionDef } from './workflow';

/** reporter = the member who filed it; editor = staff of a 社情民意信息 department of its committee. */
export type OpinionReportRole = 'reporter' | 'editor';

export interface OpinionReportFacts {
  /** The text is longer than the committee's limit now (the limit may have been lowered). */
  overLimit: boolean;
  /** A part the report must have that is still empty (情况 or 建议), or null. */
  missingPart: OpinionTextField | null;
}

/** Filed only with its 情况 and 建议 written, and within the committee's limit. */
const readyToFile = (f: OpinionReportFacts) => {
  if (f.missingPart) return `请填写${OPINION_TEXT_LABELS[f.missingPart]}后再报送`;
  return f.overLimit ? '正文超过本会规定的字数，请删减后再报送' : null;
};

const OPINION_REPORT_TRANSITIONS = [
  { action: 'edit', label: '修改草稿', from: ['draft'], to: 'same', roles: ['reporter'] },
  {
    action: 'submit',
    label: '报送',
    from: ['draft'],
    to: 'submitted',
    roles: ['reporter'],
    guard: readyToFile,
  },
  {
    action: 'withdraw',
    label: '撤回',
    from: ['submitted', 'received'],
    to: 'withdrawn',
    roles: ['reporter'],
  },
  { action: 'receive', label: '接收', from: ['submitted'], to: 'received', roles: ['editor'] },
  { action: 'adopt', label: '采用', from: ['received'], to: 'adopted', roles: ['editor'] },
  { action: 'reject', label: '不采用', from: ['received'], to: 'rejected', roles: ['editor'] },
] as const satisfies readonly TransitionDef<OpinionReportStatus, OpinionReportRole, OpinionReportFacts>[];

/**
 * A 社情民意 report: drafted and filed by a member, withdrawn before the editors decide, received,
 * then taken up for editing (采用: into a new item or merged into one on the same matter) or not.
 */
export const OPINION_REPORT_WORKFLOW = defineWorkflow<
  OpinionReportStatus,
  OpinionReportRole,
  OpinionReportFacts
>()({
  subject: 'opinionReport',
  noun: '社情民意信息',
  statusLabels: OPINION_REPORT_STATUS_LABELS,
  transitions: OPINION_REPORT_TRANSITIONS,
});
export type OpinionReportAction = (typeof OPINION_REPORT_TRANSITIONS)[number]['action'];

/** Timeline labels of a report: its transitions and creation. */
export const OPINION_REPORT_EVENT_LABELS: Record<string, string> = {
  create: '起草',
  ...OPINION_REPORT_WORKFLOW.actionLabels,
};

/** editor = staff of a 社情民意信息 department of the item's committee. */
export type OpinionItemRole = 'editor';

export interface OpinionItemFacts {
  /** The status of the issue it is compiled into, if any (domain/bulletin-issues ISSUE_STATUSES). */
  issueStatus: string | null;
  /** The committee has a parent committee on the platform (纵向联通). */
  hasParent: boolean;
  /** Already sent to the parent committee. */
  sentUp: boolean;
}

/** 报送上级: once, from an issue that is signed off (its text is final), to a parent on the platform. */
function mayGoUp(f: OpinionItemFacts): string | null {
  if (!f.hasParent) return '本会没有在平台上的上级政协';
  if (f.sentUp) return '已报送上级政协';
  return f.issueStatus === 'signed' || f.issueStatus === 'sent' ? null : '编入的期刊签发后才能报送上级';
}

const OPINION_ITEM_TRANSITIONS = [
  {
    action: 'edit',
    label: '编辑',
    from: ['editing'],
    to: 'same',
    roles: ['editor'],
    guard: (f) => (f.issueStatus === null || f.issueStatus === 'draft' ? null : '所在期刊已签发，不能再编辑'),
  },
  {
    action: 'recordAdoption',
    label: '登记采用',
    from: ['editing'],
    to: 'same',
    roles: ['editor'],
    guard: (f) => (f.issueStatus === 'sent' ? null : '编入的期刊报送后才能登记采用'),
  },
  {
    action: 'sendUp',
    label: '报送上级政协',
    from: ['editing'],
    to: 'same',
    roles: ['editor'],
    guard: mayGoUp,
  },
] as const satisfies readonly TransitionDef<OpinionItemStatus, OpinionItemRole, OpinionItemFacts>[];

/**
 * An item (编辑稿): the editors' text made from one or more reports, edited until the issue it is
 * in is signed off; adoption by a level is recorded once that issue has been sent.
 */
export const OPINION_ITEM_WORKFLOW = defineWorkflow<OpinionItemStatus, OpinionItemRole, OpinionItemFacts>()({
  subject: 'opinionItem',
  noun: '信息编辑稿',
  statusLabels: OPINION_ITEM_STATUS_LABELS,
  transitions: OPINION_ITEM_TRANSITIONS,
});
export type OpinionItemAction = (typeof OPINION_ITEM_TRANSITIONS)[number]['action'];

export const OPINION_ITEM_EVENT_LABELS: Record<string, string> = {
  create: '采用并建立编辑稿',
  merge: '并入信息',
  compile: '编入期刊',
  uncompile: '移出期刊',
  adoptedAbove: '上级政协采用',
  ...OPINION_ITEM_WORKFLOW.actionLabels,
};
