import { z } from 'zod';
import { CLAIM_STATUSES } from '../../../domain/duty-claim-workflow';
import { CLAIM_KIND_KEYS } from '../../../domain/duty-kinds';
import { CONSEQUENCES, DUTY_GRADES, dutyRulesSchema } from '../../../domain/duty-rules';
import { POSITIONS } from '../../../domain/members';
import { isoDate, jsonId, optionalText, pageQuery, text, textId, textInt } from '../../http/validation';

/** Field names of the archive's forms where FIELD_LABELS means something else. */
export const DUTY_LABELS: Record<string, string> = {
  year: '年度',
  memberId: '委员',
  sectorId: '界别',
  specialCommitteeId: '专门委员会',
  liaisonGroupId: '委员联络组',
  position: '职务',
  grade: '等次',
  sort: '排序',
  flagged: '待处理',
  open: '未处理',
  kind: '履职项类别',
  occurredOn: '履职日期',
  title: '事项',
  description: '说明',
  reason: '理由',
  note: '说明',
  consequence: '处理类别',
  actedBy: '谈话人',
  actedOn: '日期',
  content: '谈话内容',
  rules: '考评规则',
  text: '述职报告',
  submit: '是否提交',
  expectedVersion: '版本',
  status: '状态',
  committeeId: '委员会',
  state: '提交情况',
  q: '姓名',
};

/** A year the archive knows: this century. */
export const yearText = textInt(2000, 2100);
const yearJson = z.number().int('须为整数').min(2000, '不能小于 2000').max(2100, '不能大于 2100');

export const yearQuery = z.object({ year: yearText, committeeId: textId.optional() });
export const yearParams = z.object({ year: yearText });
/** The flags of a year; `open=true` keeps those still waiting for a record (the to-do's list). */
export const flagQuery = yearQuery.extend({ open: z.enum(['true', 'false']).optional() });
export const memberParams = z.object({ memberId: textId });

export const scoreFilters = z.object({
  year: yearText,
  committeeId: textId.optional(),
  sectorId: textId.optional(),
  specialCommitteeId: textId.optional(),
  liaisonGroupId: textId.optional(),
  position: z.enum(POSITIONS).optional(),
  grade: z.enum(DUTY_GRADES, { error: '须为优秀、称职、基本称职或不称职' }).optional(),
  flagged: z.enum(['true', 'false']).optional(),
  q: z.string().trim().max(50, '不能超过 50 个字').optional(),
  sort: z
    .enum(['total', '-total', 'name', 'official'], { error: '须为得分升序、得分降序、姓名或职务排序' })
    .default('-total'),
});
export type ScoreFilters = z.infer<typeof scoreFilters>;
export const scoreQuery = scoreFilters.extend(pageQuery.shape);

export const selfReportFilters = z.object({
  year: yearText,
  committeeId: textId.optional(),
  state: z.enum(['submitted', 'saved', 'none'], { error: '须为已提交、已保存未提交或未撰写' }).optional(),
  sectorId: textId.optional(),
  q: z.string().trim().max(50, '不能超过 50 个字').optional(),
});
export type SelfReportFilters = z.infer<typeof selfReportFilters>;
export const selfReportListQuery = selfReportFilters.extend(pageQuery.shape);
export type SelfReportListQuery = z.infer<typeof selfReportListQuery>;

/** A kind of 自行申报 (CLAIM_DUTY_KINDS). */
const claimKind = z.enum(CLAIM_KIND_KEYS as [string, ...string[]], {
  error: '须为企业走访、公益捐助、获奖表彰、法律服务团服务、特约监督员履职或其他履职',
});

export const rulesBody = z.object({ year: yearJson, rules: dutyRulesSchema, note: optionalText(200) });

export const actionBody = z.object({
  memberId: jsonId,
  year: yearJson,
  consequence: z.enum(CONSEQUENCES, { error: '须为提醒谈话、警告或劝辞' }),
  actedBy: text(50),
  actedOn: isoDate,
  content: text(2000),
});

export const claimBody = z.object({
  /** Staff entering an item directly name the member; a member claims for themself. */
  memberId: jsonId.optional(),
  kind: claimKind,
  occurredOn: isoDate,
  title: text(100),
  description: optionalText(1000),
});

export const claimFilters = z.object({
  status: z.enum(CLAIM_STATUSES, { error: '须为待确认、已确认、未确认或已撤回' }).optional(),
  memberId: textId.optional(),
  year: yearText.optional(),
});
export const claimQuery = claimFilters.extend(pageQuery.shape);
export const claimParams = z.object({ id: textId });
export const claimFileParams = z.object({ id: textId, attachmentId: textId });

const version = { expectedVersion: jsonId.optional() };
export const claimStepBody = z.object({ ...version, note: optionalText(500) });
export const refuseBody = z.object({ ...version, reason: text(500) });
export const correctBody = z.object({
  ...version,
  kind: claimKind,
  occurredOn: isoDate,
  title: text(100),
  reason: text(500),
});

export const selfReportBody = z.object({ text: text(20000), submit: z.boolean() });
