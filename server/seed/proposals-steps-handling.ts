import { stripContactData } from '../../domain/proposal-handling';
import {
  ASSIGNMENT_MODE_LABELS,
  type AssignmentMode,
  CONTACT_METHOD_LABELS,
  type ContactMethod,
  PROPOSAL_SETTING_DEFAULTS as D,
  IMPLEMENTATION_MARK_LABELS,
  type ImplementationMark,
  SATISFACTION_LABELS,
  type SatisfactionLevel,
} from '../../domain/proposals';
import { addWorkdays as addWorkingDays } from './proposals-calendar';
import type { PlannedReply, ProposalStory } from './proposals-story';
import { composeReply } from './proposals-texts';
import type { ProposalSubject } from './proposals-topics';

/**
 * Steps 3–7 of the demo lifecycle (assignment, handling, reply, rating, implementation) as the
 * commands write them. Deadlines use the committee defaults and the official calendar.
 */

export interface UnitPlan {
  unitId: number;
  mode: AssignmentMode;
}

const describePlan = (s: ProposalStory, plan: UnitPlan[]) =>
  plan.map((u) => `${ASSIGNMENT_MODE_LABELS[u.mode]}：${s.w.unitName(u.unitId)}`).join('；');

/** A new round of assignments dated now, due in working days (as commands/assign.ts). */
function addRound(s: ProposalStory, plan: UnitPlan[], at: Date): string {
  const today = s.today;
  const dueDate = addWorkingDays(today, D.replyDueWorkingDays);
  const round = Math.max(0, ...s.assignments.map((a) => a.round ?? 1)) + 1;
  for (const u of plan) {
    s.assignments.push({
      key: s.w.nextKey('assignment'),
      unitId: u.unitId,
      mode: u.mode,
      state: 'active',
      round,
      assignedAt: at,
      assignedByUserId: s.w.staff.userId,
      dueDate,
      originalDueDate: dueDate,
      contactDueDate: addWorkingDays(today, D.contactDueWorkingDays),
      createdAt: at,
    });
  }
  return dueDate;
}

/** 交办 (at the 提案交办会 or later in the year). */
export function assign(s: ProposalStory, day: string, plan: UnitPlan[]): void {
  const at = s.step('assign', 'assigned', day, s.w.staff);
  const dueDate = addRound(s, plan, at);
  const e = s.events[s.events.length - 1];
  e.data = { units: plan.map((u) => ({ ...u, name: s.w.unitName(u.unitId) })), dueDate };
  e.note = null;
}

const active = (s: ProposalStory, unitId: number) =>
  s.assignments.filter((a) => a.unitId === unitId && a.state === 'active');

/** 签收: the first signature starts 办理中. */
export function accept(s: ProposalStory, unitId: number, day: string): void {
  const at = s.step('accept', 'handling', day, s.w.unitWho(unitId), null, { unitId });
  for (const a of active(s, unitId)) a.acceptedAt = at;
}

/** 退回: within the return window, with the unit's reason. */
export function returnAssignment(s: ProposalStory, unitId: number, day: string, reason: string): void {
  const at = s.step('returnAssignment', 'returned', day, s.w.unitWho(unitId), reason, { unitId });
  for (const a of active(s, unitId))
    Object.assign(a, { state: 'returned', returnedAt: at, returnReason: reason });
}

/** 重新交办 to a new set of units (the old active ones removed). */
export function reassign(s: ProposalStory, day: string, plan: UnitPlan[]): void {
  const at = s.step('reassign', 'assigned', day, s.w.staff, describePlan(s, plan));
  for (const a of s.assignments) if (a.state === 'active') a.state = 'removed';
  addRound(s, plan, at);
}

const METHODS: ContactMethod[] = ['phone', 'visit', 'meeting', 'inspection', 'phone', 'letter'];

/** 沟通联系 with the lead proposer (or, for an org proposal, its office). */
export function contact(s: ProposalStory, unitId: number, day: string): void {
  const method = s.w.rng.pick(METHODS);
  const summary = '向提案者介绍办理思路和工作计划，听取意见建议，提案者对办理方向表示认可';
  const a = active(s, unitId)[0];
  const at = s.step('recordContact', 'same', day, s.w.unitWho(unitId));
  const contactedOn = s.today;
  Object.assign(s.events[s.events.length - 1], {
    note: `${contactedOn} ${CONTACT_METHOD_LABELS[method]}：${summary}`,
    data: { unitId, method, contactedOn },
  });
  s.contacts.push({
    assignmentKey: a.key,
    unitId,
    contactedOn,
    method,
    unitContactName: `${s.w.unitName(unitId)}办公室`,
    memberId: s.row.leadMemberId ?? null,
    summary,
    createdByUserId: s.w.unitUser(unitId),
    createdAt: at,
  });
}

/** 会办意见 from a cooperating unit to the 主办 unit. */
export function opinion(s: ProposalStory, unitId: number, day: string): void {
  const mine = active(s, unitId).find((a) => a.mode === 'cooperating')!;
  const lead = s.assignments.find((a) => a.state === 'active' && a.mode === 'lead')!;
  const at = s.step('sendOpinion', 'same', day, s.w.unitWho(unitId), null, {
    fromUnitId: unitId,
    toUnitId: lead.unitId,
  });
  s.opinions.push({
    assignmentKey: mine.key,
    fromUnitId: unitId,
    toUnitId: lead.unitId,
    body: '我单位赞同提案所提建议，将在职责范围内配合做好相关工作，具体意见已与主办单位沟通',
    createdByUserId: s.w.unitUser(unitId),
    createdAt: at,
  });
}

/** 催办 of the units that still owe a reply. */
export function urge(s: ProposalStory, day: string): void {
  const owing = s.replying().filter((a) => !a.repliedAt);
  const at = s.step('urge', 'same', day, s.w.staff, '请抓紧办理，按时答复', {
    unitIds: owing.map((a) => a.unitId),
  });
  for (const a of owing) Object.assign(a, { urgeCount: (a.urgeCount ?? 0) + 1, lastUrgedAt: at });
}

/** 申请延期 by the replying unit and the office's decision a few days later (null: still pending). */
export function extension(
  s: ProposalStory,
  unitId: number,
  day: string,
  extra: number,
  approve: boolean | null,
): void {
  const a = s.replying().find((x) => x.unitId === unitId)!;
  const to = addWorkingDays(a.dueDate, extra);
  const reason = '涉及多个部门协调和资金安排，需延长办理时间';
  s.step('requestExtension', 'same', day, s.w.unitWho(unitId), reason, { unitId, from: a.dueDate, to });
  Object.assign(a, { extensionRequestedDue: to, extensionReason: reason, extensionState: 'pending' });
  if (approve === null) return;
  const at = s.step('decideExtension', 'same', addWorkingDays(s.today, 3), s.w.staff, null, {
    unitId,
    approved: approve,
    dueDate: approve ? to : a.dueDate,
  });
  Object.assign(a, {
    extensionState: approve ? 'approved' : 'rejected',
    extensionDecidedAt: at,
    extensionDecidedByUserId: s.w.staff.userId,
    ...(approve ? { dueDate: to } : {}),
  });
}

/** 答复 (the last replying unit) or a partial reply under 分办; publishable ones await approval. */
export function reply(
  s: ProposalStory,
  unitId: number,
  day: string,
  subject: ProposalSubject,
  category: string,
  publishable: boolean,
): PlannedReply {
  const a = s.replying().find((x) => x.unitId === unitId)!;
  const othersOwe = s.replying().some((x) => x.unitId !== unitId && !x.repliedAt);
  const round = s.replies.filter((r) => r.unitId === unitId).length + 1;
  const at = s.step(
    othersOwe ? 'replyPartial' : 'reply',
    othersOwe ? 'same' : 'replied',
    day,
    s.w.unitWho(unitId),
  );
  const letter = composeReply(subject, s.w.unitName(unitId), category, s.w.rng);
  const planned: PlannedReply = {
    key: s.w.nextKey('reply'),
    assignmentKey: a.key,
    unitId,
    round,
    bodyHtml: letter.bodyHtml,
    category,
    signedBy: `${s.w.unitName(unitId)}（盖章）`,
    publicBodyHtml: stripContactData(letter.bodyHtml),
    publicState: publishable ? 'pending' : 'none',
    createdByUserId: s.w.unitUser(unitId),
    repliedAt: at,
  };
  s.replies.push(planned);
  a.repliedAt = at;
  Object.assign(s.events[s.events.length - 1], { data: { unitId, round, category } });
  return planned;
}

/** 审核公开答复: published (the proposal becomes public). */
export function publish(s: ProposalStory, r: PlannedReply, day: string): void {
  const at = s.step('reviewPublication', 'same', day, s.w.staff, null, { unitId: r.unitId, publish: true });
  Object.assign(r, { publicState: 'published', publishedAt: at, publishedByUserId: s.w.staff.userId });
  s.row.isPublic = true;
}

const COMMENTS: Record<SatisfactionLevel, string[]> = {
  satisfied: ['承办单位态度诚恳，沟通及时，办理措施具体', '办理认真，建议已基本落实'],
  basicallySatisfied: ['沟通较好，但部分建议落实时间较长，希望加快推进'],
  dissatisfied: ['答复内容较为笼统，未针对提出的具体问题给出解决措施，请重新办理'],
};

/** 满意度测评 of the current reply by one rater; 不满意 reopens the unit's handling (重新办理). */
export function rate(
  s: ProposalStory,
  rater: number | null,
  r: PlannedReply,
  day: string,
  overall: SatisfactionLevel,
) {
  const pending = s.currentReplies().flatMap((x) =>
    s
      .raters()
      .filter((k) => !s.ratings.some((g) => g.replyKey === x.key && (g.memberId ?? null) === k))
      .map((k) => [x, k]),
  );
  const bad = overall === 'dissatisfied';
  const to = bad ? 'rehandling' : pending.length > 1 ? 'replied' : 'rated';
  const who = rater === null ? s.w.staff : s.w.memberWho(rater);
  const comment = s.w.rng.pick(COMMENTS[overall]);
  const at = s.step(bad ? 'rateDissatisfied' : 'rate', to, day, who, comment, { unitId: r.unitId, overall });
  const part = overall === 'satisfied' ? 'satisfied' : s.w.rng.pick(['satisfied', overall] as const);
  s.ratings.push({
    replyKey: r.key,
    unitId: r.unitId,
    memberId: rater,
    ratedByUserId: rater === null ? s.w.staff.userId : s.w.memberUser(rater),
    round: r.round,
    attitude: bad ? 'basicallySatisfied' : 'satisfied',
    contact: part,
    result: overall,
    overall,
    comment,
    createdAt: at,
  });
  if (!bad) return;
  const a = s.assignments.find((x) => x.key === r.assignmentKey)!;
  const due = addWorkingDays(s.today, D.rehandleDueWorkingDays);
  Object.assign(a, { repliedAt: null, dueDate: due, originalDueDate: due, extensionState: null });
  Object.assign(a, { extensionRequestedDue: null, extensionReason: null, extensionDecidedAt: null });
  Object.assign(s.events[s.events.length - 1].data!, { dueDate: due });
  s.events[s.events.length - 1].note = `${comment}（${SATISFACTION_LABELS[overall]}）`;
}

/** 落实情况 reported by a replying unit. */
export function report(s: ProposalStory, unitId: number, day: string): void {
  const body = '提案所提建议已纳入部门年度重点工作，相关措施已实施，阶段性成效明显，后续将持续推进';
  const at = s.step('reportImplementation', 'same', day, s.w.unitWho(unitId), body, { unitId });
  s.implementations.push({ unitId, body, createdByUserId: s.w.unitUser(unitId), reportedAt: at });
}

/** 认定落实情况: concludes the proposal. */
export function markImplementation(s: ProposalStory, day: string, mark: ImplementationMark): void {
  const at = s.step('markImplementation', 'concluded', day, s.w.staff, null, { mark });
  s.events[s.events.length - 1].note = `认定为${IMPLEMENTATION_MARK_LABELS[mark]}`;
  s.row.implementationMark = mark;
  s.row.implementationMarkedAt = at;
}
