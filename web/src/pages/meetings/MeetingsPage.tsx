import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Grid, Input, Space, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import {
  LEAVE_STATUS_LABELS,
  type LeaveStatus,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
} from '../../../../domain/meetings';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { formatTime } from '../../components/format';
import { ServerTable } from '../../components/ServerTable';
import { currentYear } from '../../components/YearSelect';
import type { MeetingItem } from '../../features/meetings/types';

const STATUS_COLORS: Record<string, string> = { draft: 'default', published: 'blue', cancelled: 'red' };
const year = currentYear();

export const MeetingStatusTag = ({ m }: { m: Pick<MeetingItem, 'status' | 'statusLabel'> }) => (
  <Tag color={STATUS_COLORS[m.status]}>{m.statusLabel}</Tag>
);

export function MeetingFilters() {
  return (
    <>
      <Form.Item name="q">
        <Input allowClear placeholder="会议名称" style={{ width: 180 }} aria-label="会议名称" />
      </Form.Item>
      <FilterSelect
        name="kind"
        label="会议类型"
        width={130}
        options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))}
      />
      <FilterSelect
        name="status"
        label="状态"
        width={110}
        options={MEETING_STATUSES.map((s) => ({ value: s, label: MEETING_STATUS_LABELS[s] }))}
      />
      <FilterSelect
        name="year"
        label="年度"
        width={100}
        options={[year + 1, year, year - 1, year - 2].map((y) => ({ value: y, label: `${y}年` }))}
      />
    </>
  );
}

export function MeetingCard({ m }: { m: MeetingItem }) {
  return (
    <Card size="small">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Link to={`/meetings/${m.id}`} style={{ fontWeight: 600 }}>
          {m.title}
        </Link>
        <Space wrap size={4}>
          <Tag>{m.kindLabel}</Tag>
          <MeetingStatusTag m={m} />
          {/* A withdrawn request is no answer: the member's reply (确认参加) shows instead. */}
          {m.myLeave && m.myLeave !== 'withdrawn' && (
            <Tag color="gold">请假：{LEAVE_STATUS_LABELS[m.myLeave as LeaveStatus] ?? m.myLeave}</Tag>
          )}
          {m.myResponse === 'confirmed' && <Tag color="green">已确认参加</Tag>}
        </Space>
        <Typography.Text>
          {formatTime(m.startsAt).slice(0, 16)}，{m.place}
        </Typography.Text>
      </Space>
    </Card>
  );
}

const columns = [
  {
    key: 'title',
    title: '会议名称',
    render: (_: unknown, m: MeetingItem) => <Link to={`/meetings/${m.id}`}>{m.title}</Link>,
  },
  { key: 'kind', title: '类型', dataIndex: 'kindLabel' },
  { key: 'time', title: '时间', render: (_: unknown, m: MeetingItem) => formatTime(m.startsAt).slice(0, 16) },
  { key: 'place', title: '地点', dataIndex: 'place' },
  { key: 'org', title: '组织方', dataIndex: 'organiserName' },
  { key: 'status', title: '状态', render: (_: unknown, m: MeetingItem) => <MeetingStatusTag m={m} /> },
  { key: 'attendees', title: '应到', dataIndex: 'attendees' },
  { key: 'confirmed', title: '已确认', dataIndex: 'confirmed' },
  { key: 'leave', title: '待审批请假', dataIndex: 'leavePending' },
];

/** 会议活动: every meeting in the caller's scope (drafts for the office), newest first. */
export function MeetingsPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<MeetingItem>
        url="/api/meetings"
        params={{ view: 'all' }}
        columns={columns}
        filters={<MeetingFilters />}
        renderCard={(m) => <MeetingCard m={m} />}
        urlFilters={['kind', 'status', 'year']}
        toolbar={
          me?.abilities.organiseMeetings && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/meetings/new')}>
              新建会议
            </Button>
          )
        }
      />
    </Card>
  );
}
