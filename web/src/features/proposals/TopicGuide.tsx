import { useQuery } from '@tanstack/react-query';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { api, type Page } from '../../api/client';

interface Topic {
  id: number;
  name: string;
  source: string;
  unitName: string | null;
  description: string | null;
}

/**
 * 提案选题参考: the topics the proposal office publishes (catalogue 提案选题参考, from the year's
 * consultation plan and the units' wishes). Shown only when the committee has published some;
 * 参考此选题 fills an empty 案由.
 */
export function TopicGuide({ onPick }: { onPick: (topic: string) => void }) {
  const { data } = useQuery({
    queryKey: ['proposal-topics'],
    queryFn: () => api.get<Page<Topic>>('/api/org/proposal-topics?pageSize=100'),
    staleTime: 5 * 60_000,
  });
  if (!data?.items.length) return null;
  return (
    <Card title="提案选题参考" size="small" data-testid="topic-guide">
      <List
        size="small"
        dataSource={data.items}
        rowKey="id"
        pagination={data.items.length > 5 ? { pageSize: 5, size: 'small' } : false}
        renderItem={(t) => (
          <List.Item
            actions={[
              <Button key="pick" size="small" type="link" onClick={() => onPick(t.name)}>
                参考此选题
              </Button>,
            ]}
          >
            <Space orientation="vertical" size={2}>
              <Typography.Text strong>{t.name}</Typography.Text>
              <Space size={4} wrap>
                <Tag>{t.source}</Tag>
                {t.unitName && <Tag>{t.unitName}</Tag>}
              </Space>
              {t.description && <Typography.Text type="secondary">{t.description}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
