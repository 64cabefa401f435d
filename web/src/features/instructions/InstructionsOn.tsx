import { useQuery } from '@tanstack/react-query';
import { Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, type Page, toQuery } from '../../api/client';
import { StatusTag } from '../opinions/common';
import type { InstructionItem } from './types';

/** The 批示 written on one document, each linking to its page (hidden while there are none). */
export function InstructionsOn({ subjectType, subjectId }: { subjectType: string; subjectId: number }) {
  const { data } = useQuery({
    queryKey: ['/api/instructions', 'on', subjectType, subjectId],
    queryFn: () =>
      api.get<Page<InstructionItem>>(`/api/instructions${toQuery({ subjectType, subjectId, pageSize: 50 })}`),
  });
  if (!data || data.items.length === 0) return null;
  return (
    <Card size="small" title={`批示（${data.total}）`}>
      <List
        size="small"
        dataSource={data.items}
        rowKey="id"
        renderItem={(i) => (
          <List.Item>
            <Space orientation="vertical" size={2}>
              <Space wrap size={4}>
                <Link to={`/instructions/${i.id}`}>
                  {i.leaderName}（{i.levelLabel}）{i.instructedOn}
                </Link>
                <StatusTag status={i.status} label={i.statusLabel} />
                {i.overdue && <Tag color="red">逾期</Tag>}
              </Space>
              <Typography.Text>{i.text}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
