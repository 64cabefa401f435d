import { useQuery } from '@tanstack/react-query';
import { Card, List, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api, toQuery } from '../../api/client';
import { formatDay } from '../../components/format';
import type { SimilarReports as Similar } from './types';

/** Too little text finds noise rather than the same matter. */
const MIN_CHARS = 8;

/**
 * Earlier reports on the same matter while the member types (一事一报: the editors take one): their
 * titles, dates and what became of them, never who wrote them. Asked again once typing pauses.
 */
export function SimilarReports({ text, excludeId }: { text: string; excludeId?: number }) {
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setAsked(text.trim()), 600);
    return () => clearTimeout(t);
  }, [text]);
  const { data, isFetching } = useQuery({
    queryKey: ['/api/opinion-reports/similar', asked, excludeId],
    queryFn: () => api.get<Similar>(`/api/opinion-reports/similar${toQuery({ text: asked, excludeId })}`),
    enabled: asked.length >= MIN_CHARS,
  });
  return (
    <Card size="small" title="相似的社情民意信息" loading={isFetching && !data}>
      {asked.length < MIN_CHARS ? (
        <Typography.Text type="secondary">输入标题和内容后，这里会列出本会已报送的同类信息。</Typography.Text>
      ) : (
        <List
          size="small"
          data-testid="similar-reports"
          dataSource={data?.items ?? []}
          locale={{ emptyText: '暂未发现相似信息' }}
          renderItem={(s) => (
            <List.Item>
              <Space orientation="vertical" size={0}>
                <Typography.Text>{s.title}</Typography.Text>
                <Space size={4} wrap>
                  <Tag>{s.statusLabel}</Tag>
                  {s.submittedAt && (
                    <Typography.Text type="secondary">{formatDay(s.submittedAt)}</Typography.Text>
                  )}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
