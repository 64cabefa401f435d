import { useQuery } from '@tanstack/react-query';
import { List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { api, toQuery } from '../../api/client';
import { ClaimStatusTag } from './common';
import type { ClaimPage } from './types';

/** The member's own claims of the year and where each stands (待确认, 已确认, 未确认 with the reason). */
export function MyClaims({ year }: { year: number }) {
  const url = `/api/duty-archive/claims${toQuery({ year, page: 1, pageSize: 50 })}`;
  const { data } = useQuery({ queryKey: [url], queryFn: () => api.get<ClaimPage>(url) });
  return (
    <List
      size="small"
      locale={{ emptyText: '本年度没有申报' }}
      dataSource={data?.items ?? []}
      rowKey="id"
      renderItem={(c) => (
        <List.Item extra={<ClaimStatusTag status={c.status} label={c.statusLabel} />}>
          <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
            <Link to={`/duty-archive/claims/${c.id}`} style={{ overflowWrap: 'anywhere' }}>
              {c.title}
            </Link>
            <Typography.Text type="secondary">
              {c.kindLabel} · {c.occurredOn}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
