import { Card, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { ProposalStatus } from '../../../../domain/proposals';
import { formatDay } from '../../components/format';
import type { ProposalListItem } from './types';

/** Status colours: open work blue/orange, a good end green, a refusal grey or red. */
const STATUS_COLORS: Partial<Record<ProposalStatus, string>> = {
  draft: 'default',
  cosigning: 'gold',
  submitted: 'blue',
  reviewing: 'blue',
  registered: 'cyan',
  rejected: 'red',
  converted: 'default',
  merged: 'default',
  withdrawn: 'default',
  assigned: 'geekblue',
  handling: 'processing',
  returned: 'orange',
  replied: 'green',
  rehandling: 'orange',
  rated: 'green',
  concluded: 'success',
};

/** The status as a coloured tag, the same on every list and page. */
export function StatusTag({ status, label }: { status: string; label: string }) {
  return <Tag color={STATUS_COLORS[status as ProposalStatus] ?? 'default'}>{label}</Tag>;
}

/** Marks a list shows beside a title: 重点 and 优秀. */
export function ProposalMarks({ isKey, isExcellent }: { isKey: boolean; isExcellent: boolean }) {
  return (
    <>
      {isKey && <Tag color="red">重点</Tag>}
      {isExcellent && <Tag color="gold">优秀</Tag>}
    </>
  );
}

/** The proposal list columns; the title opens the proposal. */
export const proposalColumns: TableColumnsType<ProposalListItem> = [
  { key: 'number', title: '编号', width: 100, render: (_, p) => p.numberLabel ?? '—' },
  {
    key: 'title',
    title: '案由',
    render: (_, p) => (
      <Space size={4} wrap>
        <Link to={`/proposals/${p.id}`}>{p.title || '（未填写案由）'}</Link>
        <ProposalMarks isKey={p.isKey} isExcellent={p.isExcellent} />
      </Space>
    ),
  },
  {
    key: 'proposer',
    title: '提案者',
    render: (_, p) => `${p.proposerName ?? ''}${p.cosignerCount ? ` 等${p.cosignerCount + 1}人` : ''}`,
  },
  { key: 'category', title: '类别', dataIndex: 'categoryName' },
  { key: 'session', title: '届次会议', dataIndex: 'sessionName' },
  {
    key: 'status',
    title: '状态',
    render: (_, p) => <StatusTag status={p.status} label={p.statusLabel} />,
  },
  { key: 'units', title: '承办单位', render: (_, p) => p.unitNames.join('、') },
  { key: 'submittedAt', title: '提交日期', render: (_, p) => formatDay(p.submittedAt) },
];

/** 委员会: added where the caller reads committees below its own (a city reading its districts). */
export const committeeColumn: TableColumnsType<ProposalListItem>[number] = {
  key: 'committee',
  title: '委员会',
  dataIndex: 'committeeName',
  width: 130,
};

/** One proposal as a card on a phone: title, status and the facts a member checks first. */
export function ProposalCard({ p }: { p: ProposalListItem }) {
  return (
    <Card size="small" data-testid="proposal-card">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Link to={`/proposals/${p.id}`} style={{ fontWeight: 600 }}>
          {p.title || '（未填写案由）'}
        </Link>
        <Space size={4} wrap>
          <StatusTag status={p.status} label={p.statusLabel} />
          <ProposalMarks isKey={p.isKey} isExcellent={p.isExcellent} />
          {p.numberLabel && <Tag>{p.numberLabel}</Tag>}
        </Space>
        <Typography.Text type="secondary">
          {[p.sessionName, p.categoryName, formatDay(p.submittedAt) || formatDay(p.updatedAt)]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
        {p.unitNames.length > 0 && (
          <Typography.Text type="secondary">承办：{p.unitNames.join('、')}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}
