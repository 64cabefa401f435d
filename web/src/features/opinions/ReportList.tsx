import { useQuery } from '@tanstack/react-query';
import { Card, Form, Input, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import {
  OPINION_REPORT_STATUS_LABELS,
  OPINION_REPORT_STATUSES,
  REPORTER_KIND_LABELS,
  REPORTER_KINDS,
  URGENCIES,
  URGENCY_LABELS,
} from '../../../../domain/opinion-reports';
import { api } from '../../api/client';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { formatTime } from '../../components/format';
import { currentYear } from '../../components/YearSelect';
import { StatusTag } from './common';
import type { ReportItem } from './types';

const year = currentYear();

/** 纵向联通: the committees below the caller's, whose reports arrive in its inbox. */
function LowerCommitteeFilter() {
  const { data: me } = useMe();
  const { data } = useQuery({
    queryKey: ['/api/org/committees', 'lower'],
    queryFn: () => api.get<{ items: { id: number; name: string }[] }>('/api/org/committees?pageSize=100'),
  });
  const lower = (data?.items ?? []).filter((c) => c.id !== me?.committeeId);
  if (lower.length === 0) return null;
  return (
    <FilterSelect
      name="fromCommitteeId"
      label="下级政协报送"
      width={160}
      options={lower.map((c) => ({ value: c.id, label: c.name }))}
    />
  );
}

export function ReportFilters({ staff }: { staff: boolean }) {
  return (
    <>
      {staff && (
        <FilterSelect
          name="reporterKind"
          label="报送人类别"
          width={150}
          options={REPORTER_KINDS.map((k) => ({ value: k, label: REPORTER_KIND_LABELS[k] }))}
        />
      )}
      {staff && <LowerCommitteeFilter />}
      <Form.Item name="q">
        <Input allowClear placeholder="标题" style={{ width: 160 }} aria-label="标题" />
      </Form.Item>
      <FilterSelect
        name="status"
        label="状态"
        width={110}
        options={OPINION_REPORT_STATUSES.filter((s) => !staff || s !== 'draft').map((s) => ({
          value: s,
          label: OPINION_REPORT_STATUS_LABELS[s],
        }))}
      />
      <FilterSelect
        name="urgency"
        label="紧急程度"
        width={110}
        options={URGENCIES.map((u) => ({ value: u, label: URGENCY_LABELS[u] }))}
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

const when = (r: ReportItem) => formatTime(r.submittedAt ?? r.createdAt).slice(0, 16);

/** One report as a phone shows it. */
export function ReportCard({ r, staff }: { r: ReportItem; staff: boolean }) {
  return (
    <Card size="small">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Link to={`/opinions/${r.id}`} style={{ fontWeight: 600 }}>
          {r.title}
        </Link>
        <Space wrap size={4}>
          <StatusTag status={r.status} label={r.statusLabel} />
          {r.urgency === 'urgent' && <Tag color="red">{r.urgencyLabel}</Tag>}
        </Space>
        <Typography.Text type="secondary">
          {staff
            ? `${r.reporterName}${r.reporterKind === 'member' ? '' : `（${r.reporterKindLabel}）`} · `
            : ''}
          {r.submittedAt ? '报送于' : '起草于'} {when(r)}
        </Typography.Text>
        {r.status === 'rejected' && r.rejectReason && (
          <Typography.Text type="secondary">不采用理由：{r.rejectReason}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}

export const reportColumns = (staff: boolean) => [
  {
    key: 'title',
    title: '标题',
    render: (_: unknown, r: ReportItem) => <Link to={`/opinions/${r.id}`}>{r.title}</Link>,
  },
  ...(staff
    ? [
        {
          key: 'reporter',
          title: '报送人',
          render: (_: unknown, r: ReportItem) => (
            <>
              {r.reporterName}
              {r.reporterKind !== 'member' && (
                <Tag style={{ marginInlineStart: 4 }}>{r.reporterKindLabel}</Tag>
              )}
            </>
          ),
        },
        { key: 'sector', title: '界别', dataIndex: 'sectorName' },
      ]
    : []),
  {
    key: 'urgency',
    title: '紧急程度',
    render: (_: unknown, r: ReportItem) => (r.urgency === 'urgent' ? <Tag color="red">紧急</Tag> : '一般'),
  },
  {
    key: 'status',
    title: '状态',
    render: (_: unknown, r: ReportItem) => <StatusTag status={r.status} label={r.statusLabel} />,
  },
  {
    key: 'time',
    title: '报送时间',
    render: (_: unknown, r: ReportItem) => formatTime(r.submittedAt).slice(0, 16),
  },
  { key: 'reason', title: '不采用理由', dataIndex: 'rejectReason' },
];
