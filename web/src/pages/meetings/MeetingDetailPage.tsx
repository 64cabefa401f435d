import { ArrowLeftOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Card, Col, Result, Row, Skeleton, Space, Tabs, Tag, Timeline, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { download } from '../../api/client';
import { formatTime } from '../../components/format';
import { useMeeting } from '../../features/meetings/api';
import { CheckinTab } from '../../features/meetings/CheckinTab';
import { Figures } from '../../features/meetings/Figures';
import { InviteesTab } from '../../features/meetings/InviteesTab';
import { MeetingLeaves } from '../../features/meetings/MeetingLeaves';
import { MyInvitation } from '../../features/meetings/MyInvitation';
import { NoticeCard } from '../../features/meetings/NoticeCard';
import { StaffActions } from '../../features/meetings/StaffActions';
import type { MeetingView } from '../../features/meetings/types';
import { useMessage } from '../../feedback/message';
import { MeetingStatusTag } from './MeetingsPage';

/** 签到表 (Word) and the attendance list (Excel), for the office's file. */
function Exports({ m }: { m: MeetingView }) {
  const message = useMessage();
  const get = (url: string) => download(url).catch((e) => message.error((e as Error).message));
  return (
    <Space wrap>
      <Button icon={<FileWordOutlined />} onClick={() => get(`/api/meetings/${m.id}/sign-in-sheet.docx`)}>
        签到表
      </Button>
      <Button icon={<FileExcelOutlined />} onClick={() => get(`/api/meetings/${m.id}/invitees/export`)}>
        出席情况
      </Button>
    </Space>
  );
}

/** The office's view of a meeting: who is invited and where they stand, leave, check-in, history. */
function StaffTabs({ m }: { m: MeetingView }) {
  const items = [
    { key: 'invitees', label: '参会人员', children: <InviteesTab m={m} /> },
    { key: 'leave', label: '请假', children: <MeetingLeaves m={m} /> },
    { key: 'checkin', label: '签到', children: <CheckinTab m={m} /> },
    ...(m.abilities.manage
      ? [
          {
            key: 'timeline',
            label: '记录',
            children: (
              <Timeline
                items={m.timeline.map((e) => ({
                  key: e.id,
                  content: `${formatTime(e.at)} ${e.actorName} ${e.actionLabel}${e.note ? `：${e.note}` : ''}`,
                }))}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <Card size="small" title="出席情况" extra={<Exports m={m} />}>
      {m.attendance && <Figures f={m.attendance} testId="meeting-figures" />}
      <Tabs items={items} />
    </Card>
  );
}

/** One meeting for everyone concerned: the notice, the caller's own answer, and for the office the rest. */
export function MeetingDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: m, error, isLoading } = useMeeting(Number(id));
  if (isLoading) return <Skeleton active />;
  if (!m) return <Result status="404" title={(error as Error | null)?.message ?? '会议不存在'} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
            <Tag>{m.kindLabel}</Tag>
            <MeetingStatusTag m={m} />
            {m.ended && m.status === 'published' && <Tag>已结束</Tag>}
          </Space>
          <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }} data-testid="meeting-title">
            {m.title}
          </Typography.Title>
          <Typography.Text>
            {formatTime(m.startsAt).slice(0, 16)} 至 {formatTime(m.endsAt).slice(0, 16)} · {m.place}
          </Typography.Text>
          {m.abilities.manage && <StaffActions m={m} />}
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={m.invitation ? 14 : 24}>
          <NoticeCard m={m} />
        </Col>
        {m.invitation && (
          <Col xs={24} lg={10}>
            <MyInvitation m={m} />
          </Col>
        )}
      </Row>
      {m.abilities.viewAttendance &&
        (m.status === 'draft' ? (
          m.abilities.manage && (
            <Card size="small" title="受邀人员（发布后收到会议通知）">
              <InviteesTab m={m} />
            </Card>
          )
        ) : (
          <StaffTabs m={m} />
        ))}
    </Space>
  );
}
