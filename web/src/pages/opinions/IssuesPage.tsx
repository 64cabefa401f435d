import { BookOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import {
  ISSUE_KIND_LABELS,
  ISSUE_KINDS,
  ISSUE_STATUS_LABELS,
  ISSUE_STATUSES,
} from '../../../../domain/bulletin-issues';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { formatTime } from '../../components/format';
import { ServerTable } from '../../components/ServerTable';
import { currentYear } from '../../components/YearSelect';
import { StatusTag } from '../../features/opinions/common';
import type { IssueRow } from '../../features/opinions/types';

const year = currentYear();

const columns = [
  {
    key: 'title',
    title: '期刊',
    render: (_: unknown, i: IssueRow) => <Link to={`/opinions/issues/${i.id}`}>{i.title}</Link>,
  },
  { key: 'items', title: '信息条数', dataIndex: 'items' },
  {
    key: 'status',
    title: '状态',
    render: (_: unknown, i: IssueRow) => <StatusTag status={i.status} label={i.statusLabel} />,
  },
  {
    key: 'signed',
    title: '签发时间',
    render: (_: unknown, i: IssueRow) => formatTime(i.signedAt).slice(0, 16),
  },
  { key: 'sent', title: '报送时间', render: (_: unknown, i: IssueRow) => formatTime(i.sentAt).slice(0, 16) },
];

function IssueFilters() {
  return (
    <>
      <FilterSelect
        name="kind"
        label="类别"
        width={140}
        options={ISSUE_KINDS.map((k) => ({ value: k, label: ISSUE_KIND_LABELS[k] }))}
      />
      <FilterSelect
        name="status"
        label="状态"
        width={110}
        options={ISSUE_STATUSES.map((s) => ({ value: s, label: ISSUE_STATUS_LABELS[s] }))}
      />
      <FilterSelect
        name="year"
        label="年度"
        width={100}
        options={[year, year - 1, year - 2].map((y) => ({ value: y, label: `${y}年` }))}
      />
    </>
  );
}

/**
 * 社情民意期刊: the editors compile and send, the office signs; a leader sees the issues sent to
 * them, the unread ones first (the to-do opens those).
 */
export function IssuesPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const phone = Grid.useBreakpoint().md === false;
  const leader = me?.role === 'leader';
  const [unread, setUnread] = useState(leader && search.get('unread') !== 'false');
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<IssueRow>
        url="/api/bulletin-issues"
        params={unread ? { unread: 'true' } : {}}
        columns={columns}
        filters={<IssueFilters />}
        urlFilters={['status', 'kind', 'year', 'own']}
        renderCard={(i) => (
          <Card size="small">
            <Space orientation="vertical" size={4}>
              <Link to={`/opinions/issues/${i.id}`} style={{ fontWeight: 600 }}>
                {i.title}
              </Link>
              <Space size={4}>
                <StatusTag status={i.status} label={i.statusLabel} />
                <Typography.Text type="secondary">{i.items} 条信息</Typography.Text>
              </Space>
            </Space>
          </Card>
        )}
        toolbar={
          <>
            {leader && (
              <Segmented<'unread' | 'all'>
                aria-label="范围"
                value={unread ? 'unread' : 'all'}
                onChange={(v) => setUnread(v === 'unread')}
                options={[
                  { value: 'unread', label: '未阅' },
                  { value: 'all', label: '全部' },
                ]}
              />
            )}
            {me?.abilities.handleOpinions && (
              <Button type="primary" icon={<BookOutlined />} onClick={() => navigate('/opinions/issues/new')}>
                组稿
              </Button>
            )}
          </>
        }
      />
    </Card>
  );
}
