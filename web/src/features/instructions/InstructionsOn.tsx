import { useQuery } from '@tanstack/react-query';
import { Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { api, toQuery } from '../../api/client';
import { StatusTag } from '../opinions/common';
import type { DocumentInstruction } from './types';

/**
 * The 批示 written on one document (hidden while there are none): for whoever reads the document,
 * and for its reporters and proposers, who see what their document drew; each links to its page
 * for those who may open it (staff, its leader, a named unit).
 */
export function InstructionsOn({ subjectType, subjectId }: { subjectType: string; subjectId: number }) {
  const { data } = useQuery({
    queryKey: ['/api/instructions', 'on', subjectType, subjectId],
    queryFn: () =>
      api.get<{ items: DocumentInstruction[] }>(`/api/instructions/on${toQuery({ subjectType, subjectId })}`),
  });
  if (!data || data.items.length === 0) return null;
  return (
    <Card size="small" title={`领导批示（${data.items.length}）`}>
      <List
        size="small"
        dataSource={data.items}
        rowKey="id"
        renderItem={(i) => {
          const heading = `${i.leaderName}（${i.levelLabel}）${i.instructedOn}`;
          return (
            <List.Item>
              <Space orientation="vertical" size={2}>
                <Space wrap size={4}>
                  {i.readable ? <Link to={`/instructions/${i.id}`}>{heading}</Link> : <span>{heading}</span>}
                  <StatusTag status={i.status} label={i.statusLabel} />
                  {i.overdue && <Tag color="red">逾期</Tag>}
                </Space>
                <Typography.Text>{i.text}</Typography.Text>
              </Space>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
