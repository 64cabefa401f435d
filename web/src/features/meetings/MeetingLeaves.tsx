import { Tag } from 'antd';
import { Link } from 'react-router';
import { formatTime } from '../../components/format';
import { ServerTable } from '../../components/ServerTable';
import { LeaveDecision } from './LeaveDecision';
import type { LeaveItem, MeetingView } from './types';

export const LEAVE_COLORS: Record<string, string> = {
  submitted: 'gold',
  approved: 'blue',
  refused: 'red',
  withdrawn: 'default',
};

/** The columns of a leave list; the decision buttons where the caller decides (the organisers). */
export function leaveColumns(decide: boolean, withMeeting: boolean) {
  return [
    {
      key: 'member',
      title: '委员',
      render: (_: unknown, l: LeaveItem) => (
        <Link to={`/meetings/leave-requests/${l.id}`}>{l.memberName}</Link>
      ),
    },
    ...(withMeeting
      ? [
          {
            key: 'meeting',
            title: '会议',
            render: (_: unknown, l: LeaveItem) => (
              <Link to={`/meetings/${l.meetingId}`}>{l.meetingTitle}</Link>
            ),
          },
        ]
      : []),
    { key: 'category', title: '类别', dataIndex: 'categoryLabel' },
    { key: 'reason', title: '事由', dataIndex: 'reason' },
    {
      key: 'sittings',
      title: '场次',
      render: (_: unknown, l: LeaveItem) => l.sittingNames?.join('、') ?? '全部',
    },
    {
      key: 'late',
      title: '提交',
      render: (_: unknown, l: LeaveItem) =>
        l.late ? <Tag color="orange">逾期提交</Tag> : formatTime(l.createdAt).slice(0, 16),
    },
    {
      key: 'status',
      title: '状态',
      render: (_: unknown, l: LeaveItem) => <Tag color={LEAVE_COLORS[l.status]}>{l.statusLabel}</Tag>,
    },
    ...(decide
      ? [
          {
            key: 'decide',
            title: '审批',
            render: (_: unknown, l: LeaveItem) =>
              l.status === 'submitted' ? <LeaveDecision leave={l} /> : (l.decisionNote ?? ''),
          },
        ]
      : []),
  ];
}

/** 请假 of one meeting, decided in place by the organisers. */
export function MeetingLeaves({ m }: { m: MeetingView }) {
  return (
    <ServerTable<LeaveItem>
      url="/api/leave-requests"
      params={{ meetingId: m.id }}
      columns={leaveColumns(m.abilities.manage, false)}
    />
  );
}
