import { eq } from 'drizzle-orm';
import {
  LEAVE_EVENT_LABELS,
  LEAVE_WORKFLOW,
  type LeaveAction,
  type LeaveFacts,
  type LeaveRole,
  MEETING_WORKFLOW,
  type MeetingAction,
  type MeetingFacts,
  type MeetingRole,
} from '../../../domain/meeting-workflow';
import type { LeaveStatus, MeetingStatus } from '../../../domain/meetings';
import type { Actor } from '../../../domain/roles';
import type { Db } from '../../db/client';
import { leaveRequests, meetings } from '../../db/schema';
import { now } from '../../platform/clock';
import {
  applyTransition,
  type RequestFor,
  type StepContext,
  type WorkflowAdapter,
} from '../../platform/workflow-engine';
import { notifyUsers } from '../notifications/notify';
import { storeAttendance } from './attendance-store';
import { accountsOf, type InviteeIds, inviteesOf, meetingStaffOf } from './audience';
import { type LeaveRow, lockLeave, lockMeeting, type MeetingRelations, type MeetingRow } from './load';
import { leaveRolesOf, meetingRolesOf } from './policy';

/** Invitees an edit took off the list: they hear that they are no longer expected. */
export interface MeetingNotice {
  removed?: InviteeIds;
}

const NOTICE_TITLES: Partial<Record<MeetingAction, string>> = {
  publish: '会议通知',
  edit: '会议变更',
  cancel: '会议取消',
};

/** The meeting has begun once its first sitting has (the clock of the step). */
export function meetingFacts(rel: MeetingRelations): MeetingFacts {
  const first = rel.sittings[0];
  return { started: first !== undefined && first.startsAt.getTime() <= now().getTime() };
}

/** How the engine reaches a meeting: lock with its sittings, the organiser's role, who hears of it. */
export const MEETING_ADAPTER: WorkflowAdapter<
  typeof meetings,
  MeetingRelations,
  MeetingStatus,
  MeetingRole,
  MeetingFacts,
  MeetingAction,
  MeetingNotice
> = {
  workflow: MEETING_WORKFLOW,
  table: meetings,
  lock: async (tx, actor, id) => {
    const { meeting, relations } = await lockMeeting(tx, actor, id);
    return { row: meeting, relations };
  },
  roles: meetingRolesOf,
  facts: (_db, _actor, _row, rel) => meetingFacts(rel),
  notify: async ({ tx, actor, row, action, body, extra }) => {
    const heard = action !== 'edit' || row.status === 'published';
    const link = `/meetings/${row.id}`;
    const recipients = (ids: number[]) => ids.filter((u) => u !== actor.userId);
    if (heard && NOTICE_TITLES[action]) {
      await notifyUsers(tx, {
        committeeId: row.committeeId,
        userIds: recipients(await accountsOf(tx, await inviteesOf(tx, row.id))),
        kind: `meeting.${action}`,
        title: `${NOTICE_TITLES[action]}：${row.title}`,
        body,
        link,
      });
    }
    if (heard && extra?.removed) {
      await notifyUsers(tx, {
        committeeId: row.committeeId,
        userIds: recipients(await accountsOf(tx, extra.removed)),
        kind: 'meeting.uninvited',
        title: `会议邀请已取消：${row.title}`,
        body: '会议的参会范围已调整，您无需参加',
        link: null,
      });
    }
  },
};

export type MeetingStep = StepContext<MeetingRow, MeetingRelations, MeetingRole, MeetingFacts>;
type MeetingTransition = RequestFor<typeof MEETING_ADAPTER>;

/** The one way a meeting changes status: the platform's engine with the meeting adapter. */
export const transitionMeeting = (db: Db, actor: Actor, req: MeetingTransition) =>
  applyTransition(db, MEETING_ADAPTER, actor, req);

/** The caller's abilities on a meeting from the same table and facts the engine checks. */
export function meetingAbilities(actor: Actor, m: MeetingRow, rel: MeetingRelations) {
  return MEETING_WORKFLOW.abilities(m.status as MeetingStatus, meetingRolesOf(actor, m), meetingFacts(rel));
}

interface LeaveRelations {
  meeting: MeetingRow;
}

const leaveFacts = (rel: LeaveRelations): LeaveFacts => ({
  meetingCancelled: rel.meeting.status === 'cancelled',
});

/** How the engine reaches a leave request: its meeting, the applicant's and approvers' roles. */
export const LEAVE_ADAPTER: WorkflowAdapter<
  typeof leaveRequests,
  LeaveRelations,
  LeaveStatus,
  LeaveRole,
  LeaveFacts,
  LeaveAction,
  undefined
> = {
  workflow: LEAVE_WORKFLOW,
  table: leaveRequests,
  lock: async (tx, actor, id) => {
    const { leave, meeting } = await lockLeave(tx, actor, id);
    return { row: leave, relations: { meeting } };
  },
  roles: leaveRolesOf,
  facts: (_db, _actor, _row, rel) => leaveFacts(rel),
  // Approved leave turns a missing check-in into 请假: the meeting's stored counts follow.
  derive: (tx, row) => storeAttendance(tx, [row.meetingId]),
  notify: async ({ tx, actor, row, action, body }) => {
    const [meeting] = await tx
      .select({ title: meetings.title })
      .from(meetings)
      .where(eq(meetings.id, row.meetingId));
    const toApplicant = action !== 'withdraw';
    const userIds = toApplicant
      ? await accountsOf(tx, { memberIds: [row.memberId], leaderIds: [], unitIds: [] })
      : await meetingStaffOf(tx, row.committeeId);
    await notifyUsers(tx, {
      committeeId: row.committeeId,
      userIds: userIds.filter((u) => u !== actor.userId),
      kind: `leaveRequest.${action}`,
      title: `${LEAVE_EVENT_LABELS[action]}：${meeting.title}`,
      body,
      link: toApplicant ? `/meetings/${row.meetingId}` : `/meetings/leave-requests/${row.id}`,
    });
  },
};

type LeaveTransition = RequestFor<typeof LEAVE_ADAPTER>;

/** The one way a leave request changes status. */
export const transitionLeave = (db: Db, actor: Actor, req: LeaveTransition) =>
  applyTransition(db, LEAVE_ADAPTER, actor, req);

/** The caller's abilities on a leave request. */
export function leaveAbilities(actor: Actor, l: LeaveRow, meeting: MeetingRow) {
  return LEAVE_WORKFLOW.abilities(l.status as LeaveStatus, leaveRolesOf(actor, l), leaveFacts({ meeting }));
}
