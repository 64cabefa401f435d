import { formatProposalNumber } from '../../domain/proposals';
import { beijingDate } from './proposals-calendar';
import type { ProposalStory, Who } from './proposals-story';

/**
 * Steps 1–2 and 8 of the demo lifecycle (draft, co-signing, review, key proposals, year-end marks)
 * as the commands in server/modules/proposals/commands write them: same events, same rows.
 */

export interface Person {
  id: number;
  name: string;
  sectorId: number;
}

/** Who acts for the proposer: the lead member, or the office for a party/sector/committee proposal. */
export function proposerWho(s: ProposalStory, lead: Person | null): Who {
  return lead ? s.w.memberWho(lead.id) : s.w.staff;
}

/** 起草: the draft with its signers (co-signers are invited only on submission). */
export function draft(s: ProposalStory, day: string, lead: Person | null, co: Person[]): void {
  const at = s.step('create', 'draft', day, proposerWho(s, lead));
  if (lead)
    s.signers.push({ memberId: lead.id, role: 'lead', state: 'confirmed', ordinal: 1, invitedAt: at });
  for (const [i, m] of co.entries()) {
    s.signers.push({ memberId: m.id, role: 'co', state: 'invited', ordinal: i + 2, invitedAt: at });
  }
}

/** Counts as submitted: the time and, for a member's proposal, the lead's sector are fixed. */
function markSubmitted(s: ProposalStory, at: Date, lead: Person | null): void {
  s.row.submittedAt = at;
  if (lead) s.row.sectorId = lead.sectorId;
}

/** 提交: to 待联名确认 when co-signers must confirm, else straight to 待审查. */
export function submit(s: ProposalStory, day: string, lead: Person | null): void {
  const co = s.signers.filter((x) => x.role === 'co');
  const at = s.step('submit', co.length ? 'cosigning' : 'submitted', day, proposerWho(s, lead));
  for (const x of co) Object.assign(x, { state: 'invited', invitedAt: at, respondedAt: null });
  if (!co.length) markSubmitted(s, at, lead);
}

/** 确认联名 by one co-signer; the last confirmation submits the proposal. */
export function confirmCosign(s: ProposalStory, co: Person, day: string, lead: Person | null): void {
  const others = s.signers.filter((x) => x.role === 'co' && x.memberId !== co.id);
  const last = others.every((x) => x.state === 'confirmed');
  const at = s.step('confirmCosign', last ? 'submitted' : 'cosigning', day, s.w.memberWho(co.id));
  Object.assign(s.signers.find((x) => x.memberId === co.id)!, { state: 'confirmed', respondedAt: at });
  if (last) markSubmitted(s, at, lead);
}

/** 谢绝联名: the proposal waits for the lead to remove the decliner. */
export function declineCosign(s: ProposalStory, co: Person, day: string, reason: string): void {
  const at = s.step('declineCosign', 'same', day, s.w.memberWho(co.id), reason);
  Object.assign(s.signers.find((x) => x.memberId === co.id)!, {
    state: 'declined',
    respondedAt: at,
    declineReason: reason,
  });
}

export const startReview = (s: ProposalStory, day: string) =>
  s.step('startReview', 'reviewing', day, s.w.staff);

/** 退回修改: back to the proposer as a draft (it keeps its submission time). */
export const sendBack = (s: ProposalStory, day: string, note: string) =>
  s.step('sendBack', 'draft', day, s.w.staff, note);

/** 立案: the number is given once the whole session is planned (gap-free, in registration order). */
export function register(s: ProposalStory, day: string): void {
  const data: Record<string, unknown> = { number: null };
  s.row.registeredAt = s.step('register', 'registered', day, s.w.staff, null, data);
}

/** Writes the session number into the proposal and its 立案 event. */
export function giveNumber(s: ProposalStory, n: number): void {
  s.row.number = n;
  s.events.find((e) => e.action === 'register')!.data = { number: n };
}

export function reject(s: ProposalStory, day: string, reason: { id: number; text: string }): void {
  s.row.rejectReason = reason.text;
  s.step('reject', 'rejected', day, s.w.staff, null, { reasonId: reason.id, reason: reason.text });
}

export const convert = (s: ProposalStory, day: string) =>
  s.step('convert', 'converted', day, s.w.staff, '所提事项时效性强，转为社情民意信息由研究室编报');

export const withdraw = (s: ProposalStory, day: string, lead: Person | null, note: string) =>
  s.step('withdraw', 'withdrawn', day, proposerWho(s, lead), note);

/** 并案 into a registered host: the host's timeline gets the trace; its proposers rate the reply. */
export function merge(s: ProposalStory, host: ProposalStory, day: string): void {
  const note = '所提事项与该提案相近，并案办理';
  const at = s.step('merge', 'merged', day, s.w.staff, note, {
    targetTitle: host.row.title,
  });
  host.aside('mergeIn', at, s.w.staff, note, { title: s.row.title, number: null });
  s.mergedInto = host;
  host.mergedLeads.push(s.row.leadMemberId ?? null);
}

/** Fills in the host's number in the merge traces once numbers are known. */
export function describeMerge(s: ProposalStory): void {
  const host = s.mergedInto!;
  const event = s.events.find((e) => e.action === 'merge')!;
  event.data = { targetNumber: host.row.number, targetTitle: host.row.title };
  event.note = `已并入${formatProposalNumber(host.row.number ?? null)}《${host.row.title}》办理`;
}

/** 列为候选 then 确定为重点提案 (主席会议), led by a leader. */
export function makeKey(
  s: ProposalStory,
  year: number,
  shortlistAt: Date,
  selectAt: Date | null,
  leader: { id: number; name: string; title: string } | null,
): void {
  const basis = '事关民生福祉，群众关注度高，经提案委员会研究列入候选';
  s.aside('shortlistKey', shortlistAt, s.w.staff, basis, { year });
  s.keySelection = {
    year,
    stage: 'shortlisted',
    basis,
    createdByUserId: s.w.staff.userId,
    createdAt: shortlistAt,
  };
  if (!selectAt || !leader) return;
  s.aside('selectKey', selectAt, s.w.staff, null, { leaderId: leader.id, leaderName: leader.name });
  Object.assign(s.keySelection, {
    stage: 'selected',
    leadSupervisorLeaderId: leader.id,
    selectedAt: selectAt,
  });
  s.row.isKey = true;
}

const SUPERVISION_TEXTS = [
  ['inspection', '实地视察办理进展，听取承办单位汇报，要求倒排工期、按期完成'],
  ['meeting', '召开督办协商会，提案人、承办单位和相关部门面对面协商，明确下一步工作措施'],
  ['visit', '走访基层和服务对象，了解群众对办理成效的评价'],
] as const;

/** 督办 record of a key proposal, by the office or by the leading leader in person. */
export function supervise(s: ProposalStory, at: Date, who: Who, place: string): void {
  const [kind, summary] = s.w.rng.pick(SUPERVISION_TEXTS);
  const heldOn = beijingDate(at);
  s.aside('recordSupervision', at, who, `${heldOn} ${summary}`, { kind, heldOn });
  s.supervisions.push({
    kind,
    heldOn,
    place,
    participants: `${who.name}、提案者、承办单位负责人`,
    summary,
    createdByUserId: who.userId ?? s.w.staff.userId,
    createdAt: at,
  });
}

/** 评为优秀提案 at year end. */
export function markExcellent(s: ProposalStory, at: Date): void {
  s.aside('setExcellent', at, s.w.staff, null, { isExcellent: true });
  s.row.isExcellent = true;
}
