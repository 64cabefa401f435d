import { Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { FileLink } from '../../components/Files';
import { formatTime } from '../../components/format';
import { RichText } from '../proposals/RichText';
import { materialUrl } from './api';
import type { MeetingView, Sitting } from './types';

const minute = (iso: string) => formatTime(iso).slice(0, 16);

/** A sitting's line: when and where, and the caller's own check-in if they have one. */
function SittingLine({ s, place }: { s: Sitting; place: string }) {
  return (
    <Space wrap size={4}>
      <Typography.Text strong>{s.name}</Typography.Text>
      <Typography.Text>
        {minute(s.startsAt)} 至 {minute(s.endsAt).slice(11)}，{s.place ?? place}
      </Typography.Text>
      {s.myCheckin && (
        <Tag color={s.myCheckin.late ? 'orange' : 'green'}>
          {s.myCheckin.late ? '迟到签到' : '已签到'} {formatTime(s.myCheckin.checkedInAt).slice(11, 16)}
        </Tag>
      )}
    </Space>
  );
}

/** 会议通知: the time and place of every sitting, who organises, the answer deadline, the agenda and papers. */
export function NoticeCard({ m }: { m: MeetingView }) {
  return (
    <Card size="small" title="会议通知">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          { key: 'kind', label: '会议类型', children: m.kindLabel },
          { key: 'org', label: '组织方', children: m.organiserName ?? '—' },
          { key: 'place', label: '地点', children: m.place },
          { key: 'reply', label: '回复截止', children: m.replyBy },
          ...(m.sessionName ? [{ key: 'session', label: '届次会议', children: m.sessionName }] : []),
        ]}
      />
      <List
        size="small"
        header="场次"
        dataSource={m.sittings}
        rowKey="id"
        renderItem={(s) => (
          <List.Item>
            <SittingLine s={s} place={m.place} />
          </List.Item>
        )}
      />
      <Typography.Title level={5}>议程</Typography.Title>
      <RichText html={m.agendaHtml} empty="（暂无议程）" />
      {m.materials.length > 0 && (
        <>
          <Typography.Title level={5}>会议材料</Typography.Title>
          <Space orientation="vertical">
            {m.materials.map((f) => (
              <FileLink key={f.id} href={materialUrl(m.id, f.id)} name={f.fileName} bytes={f.sizeBytes} />
            ))}
          </Space>
        </>
      )}
    </Card>
  );
}
