import { QrcodeOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { formatTime } from '../../components/format';
import { useMessage } from '../../feedback/message';
import { useMeetingRefresh, useMeetingStep } from './api';
import { LeaveModal } from './LeaveModal';
import type { LeaveView, MeetingView } from './types';

const LEAVE_COLORS: Record<string, string> = {
  submitted: 'gold',
  approved: 'blue',
  refused: 'red',
  withdrawn: 'default',
};

/** The caller's own leave request: its state, the organisers' note, and 撤回 while undecided. */
function MyLeave({ m }: { m: MeetingView }) {
  const leave = m.invitation?.leave;
  const refresh = useMeetingRefresh();
  const message = useMessage();
  if (!leave) return null;
  const withdraw = async () => {
    try {
      await api.post<LeaveView>(`/api/leave-requests/${leave.id}/withdraw`, {
        expectedVersion: leave.version,
      });
      refresh();
      message.success('已撤回请假');
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        {
          key: 's',
          label: '请假',
          children: <Tag color={LEAVE_COLORS[leave.status]}>{leave.statusLabel}</Tag>,
        },
        { key: 'c', label: '类别与事由', children: `${leave.categoryLabel}：${leave.reason}` },
        { key: 'p', label: '场次', children: leave.sittingNames?.join('、') ?? '全部场次' },
        ...(leave.decisionNote ? [{ key: 'n', label: '审批说明', children: leave.decisionNote }] : []),
        ...(leave.status === 'submitted'
          ? [
              {
                key: 'w',
                label: '操作',
                children: (
                  <Button size="small" onClick={withdraw}>
                    撤回请假
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/**
 * What an invited member does with the notice: 确认参加 or 请假 (with its state afterwards), and
 * where to check in (scan the hall's code, or show the 委员码 at the door).
 */
export function MyInvitation({ m }: { m: MeetingView }) {
  const step = useMeetingStep(m);
  const message = useMessage();
  const [leaving, setLeaving] = useState(false);
  if (!m.invitation) return null;
  if (m.invitation.role === 'guest') {
    return <Alert type="info" showIcon title="您受邀列席本次会议" />;
  }
  const confirmed = m.invitation.response === 'confirmed';
  return (
    <Card size="small" title="我的参会">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {confirmed && <Tag color="green">已确认参加 {formatTime(m.invitation.respondedAt).slice(0, 16)}</Tag>}
        <Space wrap>
          {m.abilities.confirm && (
            <Button
              type="primary"
              onClick={() =>
                step('confirm', {}, '已确认参加').catch((e) => message.error((e as Error).message))
              }
            >
              确认参加
            </Button>
          )}
          {m.abilities.requestLeave && <Button onClick={() => setLeaving(true)}>请假</Button>}
          {m.abilities.checkIn && (
            <Link to="/me/member-code">
              <Button icon={<QrcodeOutlined />}>我的委员码</Button>
            </Link>
          )}
        </Space>
        {m.abilities.checkIn && (
          <Alert
            type="info"
            showIcon
            title="到会后请用手机扫描会场屏幕上的签到二维码，或向工作人员出示委员码。"
          />
        )}
        <MyLeave m={m} />
      </Space>
      <LeaveModal m={m} open={leaving} onClose={() => setLeaving(false)} />
    </Card>
  );
}
