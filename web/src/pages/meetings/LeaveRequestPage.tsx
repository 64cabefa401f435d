import { Card, Descriptions, Result, Skeleton, Space, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import { FileLink } from '../../components/Files';
import { formatTime } from '../../components/format';
import { leaveFileUrl, useLeave } from '../../features/meetings/api';
import { LeaveDecision } from '../../features/meetings/LeaveDecision';
import { LEAVE_COLORS } from '../../features/meetings/MeetingLeaves';

/** One leave request: the member, the meeting, the reason and its file, and the decision. */
export function LeaveRequestPage() {
  const { id } = useParams();
  const { data: l, isLoading, error, refetch } = useLeave(Number(id));
  if (isLoading) return <Skeleton active />;
  if (!l) return <Result status="404" title={(error as Error | null)?.message ?? '请假申请不存在'} />;
  return (
    <Card title={`${l.memberName}的请假`} extra={<Tag color={LEAVE_COLORS[l.status]}>{l.statusLabel}</Tag>}>
      <Descriptions
        column={1}
        items={[
          {
            key: 'm',
            label: '会议',
            children: <Link to={`/meetings/${l.meetingId}`}>{l.meetingTitle}</Link>,
          },
          { key: 't', label: '会议时间', children: formatTime(l.meetingStartsAt).slice(0, 16) },
          { key: 's', label: '请假场次', children: l.sittingNames?.join('、') ?? '全部场次' },
          { key: 'c', label: '类别', children: l.categoryLabel },
          { key: 'r', label: '事由', children: l.reason },
          {
            key: 'at',
            label: '提交时间',
            children: (
              <Space>
                {formatTime(l.createdAt)}
                {l.late && <Tag color="orange">逾期提交</Tag>}
              </Space>
            ),
          },
          {
            key: 'f',
            label: '证明材料',
            children: l.files.length
              ? l.files.map((f) => (
                  <FileLink
                    key={f.id}
                    href={leaveFileUrl(l.id, f.id)}
                    name={f.fileName}
                    bytes={f.sizeBytes}
                  />
                ))
              : '无',
          },
          ...(l.decisionNote ? [{ key: 'n', label: '审批说明', children: l.decisionNote }] : []),
        ]}
      />
      {(l.abilities.approve || l.abilities.refuse) && (
        <LeaveDecision leave={l} onDone={() => void refetch()} />
      )}
    </Card>
  );
}
