import type { ImplementationMark, SatisfactionLevel } from '../../domain/proposals';
import { addWorkdays as addWorkingDays, isWorkday as isWorkingDay } from './proposals-calendar';
import * as H from './proposals-steps-handling';
import * as R from './proposals-steps-review';
import type { ProposalStory } from './proposals-story';
import type { ProposalSubject } from './proposals-topics';
import type { Rng } from './random';

/**
 * The paths a demo proposal takes to its final status, in two phases: submission and review
 * (phase 1, every proposal) and handling (phase 2, registered ones, once every 并案 has landed so
 * the merged-in proposers are among the raters).
 */

export type Final =
  | 'draft'
  | 'draftSentBack'
  | 'cosigning'
  | 'submitted'
  | 'reviewing'
  | 'registered'
  | 'rejected'
  | 'converted'
  | 'merged'
  | 'withdrawn'
  | 'assigned'
  | 'assignedAfterReturn'
  | 'returned'
  | 'handling'
  | 'handlingOverdue'
  | 'replied'
  | 'rehandling'
  | 'rated'
  | 'concluded';

/** The calendar of one session year: when proposals come in, the 交办会, the last day planned. */
export interface YearCalendar {
  year: number;
  submitFrom: string;
  submitTo: string;
  assignDay: string;
  shortlistDay: string;
  selectDay: string;
  /** Nothing is planned after this day (the demo's "today" for the year). */
  until: string;
}

export interface Slot {
  story: ProposalStory;
  final: Final;
  subject: ProposalSubject;
  lead: R.Person | null;
  co: R.Person[];
  cal: YearCalendar;
  plan: H.UnitPlan[];
  /** Returned once and reassigned before handling (phase 2). */
  returnedOnce?: boolean;
  /** 不满意 once, then re-handled and rated again (phase 2). */
  rehandledOnce?: boolean;
  /** A unit to take over when the first one returns the proposal. */
  fallbackUnitId?: number;
}

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
/** The working day on or after `day`. */
const onWorkday = (day: string) => (isWorkingDay(day) ? day : addWorkingDays(day, 1));
/** A working day between two calendar days (inclusive of `from`). */
export const between = (rng: Rng, from: string, to: string) =>
  onWorkday(addDays(from, rng.int(0, Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS)))));
const later = (rng: Rng, day: string, min: number, max: number) => addWorkingDays(day, rng.int(min, max));
const earliest = (a: string, b: string) => (a < b ? a : b);

const REJECT_NOTE = '请按一事一案要求修改完善，补充具体建议后可在闭会期间重新提交';

/** Draft, then submission and every co-signer's confirmation (unless told to stop in 联名). */
function submitAll(x: Slot, createDay: string, submitDay: string, confirmAll = true): void {
  const { story: s, lead, co, cal } = x;
  R.draft(s, createDay, lead, co);
  R.submit(s, submitDay, lead);
  const confirming = confirmAll ? co : co.slice(0, Math.max(0, co.length - 2));
  for (const m of confirming) R.confirmCosign(s, m, later(s.w.rng, s.today, 0, 2), lead);
  if (!confirmAll && co.length >= 3)
    R.declineCosign(
      s,
      co[co.length - 1],
      earliest(later(s.w.rng, s.today, 1, 2), cal.until),
      '本人对所提建议的部分内容尚有不同意见',
    );
}

/** Phase 1: from the draft to the review outcome (or wherever the final status stops earlier). */
export function runReview(x: Slot, rejectReason: () => { id: number; text: string }): void {
  const { story: s, final, cal } = x;
  const rng = s.w.rng;
  const closed =
    ![
      'rejected',
      'converted',
      'merged',
      'withdrawn',
      'replied',
      'rehandling',
      'rated',
      'concluded',
      'handlingOverdue',
    ].includes(final) && cal.year === 2026;
  if (!closed) {
    const submitDay = between(rng, cal.submitFrom, cal.submitTo);
    submitAll(x, addDays(submitDay, -rng.int(3, 25)), submitDay);
    if (final === 'withdrawn')
      return void R.withdraw(
        s,
        later(rng, s.today, 2, 8),
        x.lead,
        '提案人申请撤回，拟修改完善后在闭会期间重新提交',
      );
    R.startReview(s, later(rng, s.today, 3, 8));
    if (final === 'merged') return;
    if (final === 'rejected') return void R.reject(s, later(rng, s.today, 3, 10), rejectReason());
    if (final === 'converted') return void R.convert(s, later(rng, s.today, 3, 10));
    R.register(s, later(rng, s.today, 3, 12));
    return;
  }
  runClosedSessionReview(x);
}

/** 闭会期间 proposals (submitted during the year): the later the stage, the earlier it came in. */
function runClosedSessionReview(x: Slot): void {
  const { story: s, final, cal } = x;
  const rng = s.w.rng;
  const end = cal.until;
  const at = (from: string, to: string) => between(rng, from, to);
  switch (final) {
    case 'draft':
      return void R.draft(s, at(addDays(end, -30), end), x.lead, x.co);
    case 'draftSentBack':
      submitAll(x, at(addDays(end, -70), addDays(end, -62)), at(addDays(end, -58), addDays(end, -52)));
      R.startReview(s, later(rng, s.today, 3, 6));
      return void R.sendBack(s, later(rng, s.today, 2, 4), REJECT_NOTE);
    case 'cosigning':
      return void submitAll(
        x,
        at(addDays(end, -18), addDays(end, -12)),
        at(addDays(end, -10), addDays(end, -4)),
        false,
      );
    case 'submitted':
      return void submitAll(x, at(addDays(end, -25), addDays(end, -18)), at(addDays(end, -14), end));
    case 'reviewing':
      submitAll(x, at(addDays(end, -40), addDays(end, -32)), at(addDays(end, -30), addDays(end, -16)));
      return void R.startReview(s, earliest(later(rng, s.today, 3, 8), end));
    default: {
      // Registered and later: in by the summer or early autumn, registered a few weeks after.
      const early = final === 'handling';
      const submitDay = early
        ? at(`${cal.year}-06-10`, `${cal.year}-07-10`)
        : at(`${cal.year}-08-20`, `${cal.year}-09-20`);
      submitAll(x, addDays(submitDay, -rng.int(5, 15)), submitDay);
      R.startReview(s, later(rng, s.today, 5, 10));
      R.register(
        s,
        final === 'registered' ? at(addDays(end, -30), addDays(end, -5)) : later(rng, s.today, 5, 15),
      );
    }
  }
}

const pickCategory = (rng: Rng) =>
  rng.weighted([
    ['A', 55],
    ['B', 38],
    ['C', 7],
  ] as const);
const pickOverall = (rng: Rng): SatisfactionLevel =>
  rng.weighted([
    ['satisfied', 86],
    ['basicallySatisfied', 14],
  ] as const);
const pickMark = (rng: Rng): ImplementationMark =>
  rng.weighted([
    ['done', 70],
    ['partial', 26],
    ['notDone', 4],
  ] as const);

/** Phase 2: assignment and handling up to the final status. */
export function runHandling(x: Slot): void {
  const { story: s, final, cal, plan } = x;
  const rng = s.w.rng;
  if (
    [
      'draft',
      'draftSentBack',
      'cosigning',
      'submitted',
      'reviewing',
      'registered',
      'rejected',
      'converted',
      'merged',
      'withdrawn',
    ].includes(final)
  )
    return;
  const closed = ['assigned', 'assignedAfterReturn', 'returned', 'handling'].includes(final);
  const assignDay = closed ? closedAssignDay(x) : cal.assignDay;
  H.assign(s, assignDay, plan);
  const lead = plan.find((u) => u.mode !== 'cooperating')!.unitId;
  if (final === 'assigned') return;
  if (final === 'returned' || final === 'assignedAfterReturn' || x.returnedOnce) {
    H.returnAssignment(
      s,
      lead,
      later(rng, s.today, 1, 3),
      `该事项主要职责不在本单位，建议改由${s.w.unitName(x.fallbackUnitId!)}主办`,
    );
    if (final === 'returned') return;
    H.reassign(s, later(rng, s.today, 2, 4), [{ unitId: x.fallbackUnitId!, mode: 'lead' }]);
    if (final === 'assignedAfterReturn') return;
  }
  const units = s.assignments.filter((a) => a.state === 'active');
  for (const a of units) H.accept(s, a.unitId, later(rng, s.today, 1, 4));
  for (const a of s.replying()) H.contact(s, a.unitId, earliest(later(rng, s.today, 4, 12), cal.until));
  for (const a of units.filter((u) => u.mode === 'cooperating'))
    H.opinion(s, a.unitId, later(rng, s.today, 8, 20));
  if (final === 'handling') return;
  if (final === 'handlingOverdue') return void overdue(x);
  replyAndRate(x);
}

/** A closed-session assignment: early autumn for the ones being handled, November for the newest. */
function closedAssignDay(x: Slot): string {
  const rng = x.story.w.rng;
  const end = x.cal.until;
  if (x.final === 'handling') return between(rng, `${x.cal.year}-09-14`, `${x.cal.year}-10-16`);
  if (x.final === 'assigned') return between(rng, addDays(end, -12), addDays(end, -2));
  return between(rng, addDays(end, -16), addDays(end, -10));
}

/** Past the deadline without a reply: an extension asked (sometimes granted), then 催办. */
function overdue(x: Slot): void {
  const s = x.story;
  const rng = s.w.rng;
  const a = s.replying()[0];
  const due = a.dueDate as string;
  H.extension(s, a.unitId, between(rng, addDays(due, -16), addDays(due, -10)), 20, rng.chance(0.5));
  H.urge(s, later(rng, a.dueDate as string, 3, 8));
  H.urge(s, between(rng, addDays(x.cal.until, -40), addDays(x.cal.until, -10)));
}

/** Replies, publication, ratings, re-handling, implementation and the mark, as far as `final` goes. */
function replyAndRate(x: Slot): void {
  const { story: s, final, cal, subject } = x;
  const rng = s.w.rng;
  const lateReply = final === 'rehandling' || (final === 'replied' && rng.chance(0.5));
  let day = lateReply
    ? between(rng, `${cal.year}-09-14`, `${cal.year}-10-23`)
    : later(rng, cal.assignDay, 25, 55);
  if (lateReply) H.urge(s, later(rng, s.replying()[0].dueDate as string, 3, 10));
  const replies = s.replying().map((a) => {
    const r = H.reply(s, a.unitId, day, subject, pickCategory(rng), rng.chance(0.6));
    day = later(rng, s.today, 0, 3);
    return r;
  });
  // Publication is reviewed once the proposal is 已答复 (every replying unit has answered).
  for (const r of replies.filter((x) => x.publicState === 'pending' && rng.chance(0.7))) {
    H.publish(s, r, later(rng, s.today, 3, 10));
  }
  if (final === 'replied') return;
  if (final === 'rehandling' || x.rehandledOnce) {
    const [r] = s.currentReplies();
    H.rate(
      s,
      s.raters()[0],
      r,
      final === 'rehandling' ? earliest(later(rng, s.today, 5, 12), cal.until) : later(rng, s.today, 5, 12),
      'dissatisfied',
    );
    if (final === 'rehandling') return;
    H.reply(s, r.unitId as number, later(rng, s.today, 8, 18), subject, 'A', false);
  }
  for (const r of s.currentReplies()) {
    for (const k of s.raters()) H.rate(s, k, r, later(rng, s.today, 2, 10), pickOverall(rng));
  }
  if (final === 'rated') {
    if (rng.chance(0.4))
      H.report(s, s.replying()[0].unitId, between(rng, later(rng, s.today, 20, 40), cal.until));
    return;
  }
  for (const a of s.replying())
    H.report(s, a.unitId, between(rng, later(rng, s.today, 20, 40), addDays(cal.until, -30)));
  H.markImplementation(s, between(rng, addDays(cal.until, -30), cal.until), pickMark(rng));
}
