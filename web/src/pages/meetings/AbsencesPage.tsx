import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PLENARY_ABSENCE_FLAG } from '../../../../domain/meetings';
import { api } from '../../api/client';
import { formatTime } from '../../components/format';
import { currentYear } from '../../components/YearSelect';

interface Flags {
  term: { id: number; name: string } | null;
  members: {
    memberId: number;
    name: string;
    absences: number;
    meetings: { id: number; title: string; startsAt: string }[];
    /** The day a consequence was recorded in the duty archive since the last absence, or null. */
    handledOn: string | null;
  }[];
}

/**
 * 缺席预警: members absent without leave from three plenaries of the term, with the plenaries, and
 * whether a consequence has been recorded since (in the duty archive's 考评提醒, where it is done).
 * `?open=true` (the to-do's link) keeps those still waiting.
 */
export function AbsencesPage() {
  const [params, setParams] = useSearchParams();
  const open = params.get('open') === 'true';
  const url = `/api/meetings/absence-flags${open ? '?open=true' : ''}`;
  const { data } = useQuery({ queryKey: [url], queryFn: () => api.get<Flags>(url) });
  const year = currentYear();
  return (
    <Card>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          title={`本届（${data?.term?.name ?? '—'}）无故缺席全体会议达 ${PLENARY_ABSENCE_FLAG} 次的委员，应进行提醒谈话。`}
          description={
            <>
              谈话、警告等处理在
              <Link to={`/duty-archive/flags?year=${year}`} style={{ textDecoration: 'underline' }}>
                履职考评提醒
              </Link>
              中记录，记录后不再列为待处理。
              {open ? (
                <>
                  当前只列待处理的委员，
                  <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setParams({})}>
                    查看全部
                  </Button>
                </>
              ) : null}
            </>
          }
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
                  {x.handledOn ? (
                    <Tag color="green">已于 {x.handledOn} 记录处理</Tag>
                  ) : (
                    <Tag color="orange">待处理</Tag>
                  )}
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
