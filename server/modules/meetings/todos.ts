import type { TodoSpec } from '../../platform/todos';
import { plenaryAbsenceFlags } from './attendance';
import { countLeaveRequests } from './leave-queries';
import { organisesMeetings } from './policy';
import { countMeetings } from './queries';
import { leaveFilters, meetingFilters } from './schemas';

/** What meetings ask of each role, for the to-do centre. */
export const MEETING_TODOS: TodoSpec[] = [
  {
    key: 'meeting.absenceFlags',
    label: '无故缺席全体会议达 3 次的委员',
    roles: ['staff'],
    applies: organisesMeetings,
    urgent: true,
    // Until a consequence is recorded for the member in the duty archive (its 考评提醒 page).
    count: async (db, actor) => (await plenaryAbsenceFlags(db, actor.committeeId, true)).members.length,
    link: () => '/meetings/absences?open=true',
  },
  {
    key: 'meeting.leaveToDecide',
    label: '待审批请假',
    roles: ['staff'],
    applies: organisesMeetings,
    count: (db, actor) => countLeaveRequests(db, actor, leaveFilters.parse({ status: 'submitted' })),
    link: () => '/meetings/leave-requests?status=submitted',
  },
  {
    key: 'meeting.toReply',
    label: '待回复的会议通知',
    roles: ['member'],
    applies: (a) => a.memberId !== null,
    count: (db, actor) =>
      countMeetings(db, actor, meetingFilters.parse({ view: 'mine', awaitingReply: 'true' })),
    link: () => '/meetings/mine?awaitingReply=true',
  },
  {
    key: 'meeting.asGuest',
    label: '即将召开的列席会议',
    roles: ['leader', 'unit'],
    count: (db, actor) => countMeetings(db, actor, meetingFilters.parse({ view: 'mine', upcoming: 'true' })),
    link: () => '/meetings/mine?upcoming=true',
  },
];
