import { useQuery } from '@tanstack/react-query';
import { Alert, Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PLENARY_ABSENCE_FLAG } from '../../../../domain/meetings';
import { api } from '../../api/client';
import { formatTime } from '../../components/format';

interface Flags {
  term: { id: number; name: string } | null;
  members: {
    memberId: number;
    name: string;
    absences: number;
    meetings: { id: number; title: string; startsAt: string }[];
  }[];
}

/** 缺席预警: members absent without leave from three plenaries of the term, with the plenaries. */
export function AbsencesPage() {
  const { data } = useQuery({
    queryKey: ['/api/meetings/absence-flags'],
    queryFn: () => api.get<Flags>('/api/meetings/absence-flags'),
  });
  return (
    <Card>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title={`本届（${data?.term?.name ?? '—'}）无故缺席全体会议达 ${PLENARY_ABSENCE_FLAG} 次的委员，应进行提醒谈话。`}
        />
        <List
          dataSource={data?.members ?? []}
          rowKey="memberId"
          locale={{ emptyText: '暂无' }}
          renderItem={(x) => (
            <List.Item>
              <Space orientation="vertical" size={2}>
                <Space>
                  <Link to={`/members/${x.memberId}`}>{x.name}</Link>
                  <Tag color="red">无故缺席 {x.absences} 次</Tag>
                </Space>
                {x.meetings.map((m) => (
                  <Typography.Text key={m.id} type="secondary">
                    <Link to={`/meetings/${m.id}`}>{m.title}</Link>（{formatTime(m.startsAt).slice(0, 10)}）
                  </Typography.Text>
                ))}
              </Space>
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}
