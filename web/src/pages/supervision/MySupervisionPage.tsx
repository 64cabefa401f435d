import { Card, Empty, List, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ApiResponse } from '../../api/types';
import { useDoc } from '../../features/opinions/api';

type MyRecord = ApiResponse<'/api/supervision/mine'>[number];

/** One group or inspection: what it is, who organised it when joint, and the member's part's visits. */
function RecordCard({ r }: { r: MyRecord }) {
  return (
    <Card size="small" data-testid="my-supervision">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={4}>
          <Tag color="red">{r.kindLabel}</Tag>
          {r.jointWith && <Tag color="blue">联动·{r.jointWith}</Tag>}
        </Space>
        <Link to={r.link}>
          <Typography.Text strong>{r.title}</Typography.Text>
        </Link>
        {r.detail && <Typography.Text type="secondary">{r.detail}</Typography.Text>}
        <Typography.Text type="secondary">
          {r.endsOn ? `${r.startsOn} 至 ${r.endsOn}` : `${r.startsOn} 开始`} · 到场 {r.attended}/
          {r.visits.length} 次
        </Typography.Text>
        <List
          size="small"
          dataSource={r.visits}
          rowKey="id"
          locale={{ emptyText: '暂无活动记录' }}
          renderItem={(v) => (
            <List.Item>
              <Space wrap size={4}>
                <Typography.Text>
                  {v.visitedOn} {v.place}
                </Typography.Text>
                {v.present ? <Tag color="green">到场</Tag> : <Tag>未到场</Tag>}
              </Space>
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}

/**
 * 我的监督视察 (a member's phone): the supervision groups and inspections the member belongs to,
 * their own committee's and the higher committees' joint ones (三级联动), each with its visits and
 * whether the member was there (each visit present gives a duty-archive point).
 */
export function MySupervisionPage() {
  const { data, error, isLoading } = useDoc<MyRecord[]>('/api/supervision/mine');
  if (isLoading) return <Skeleton active />;
  if (!data) return <Result status="error" title={(error as Error | null)?.message ?? '加载失败'} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }}>
        我的监督视察
      </Typography.Title>
      {data.length === 0 && <Empty description="暂未参加民主监督或视察调研" />}
      {data.map((r) => (
        <RecordCard key={`${r.type}-${r.id}`} r={r} />
      ))}
    </Space>
  );
}
