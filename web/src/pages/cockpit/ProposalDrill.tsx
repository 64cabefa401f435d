import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Drawer, Space, Spin, Table, Timeline } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, toQuery } from '../../api/client';
import { formatTime } from '../../components/format';
import type { ProposalListItem, ProposalView } from '../../features/proposals/types';

/**
 * What the drawer shows: a committee's proposals received in the year (the 收到 above it), or one
 * proposal (opened from that list or a section's list).
 */
export type Drill =
  | { kind: 'list'; committeeId: number; committeeName: string; year: number }
  | { kind: 'record'; id: number; back?: Drill };

const PAGE_SIZE = 20;

function ProposalList({
  committeeId,
  year,
  onOpen,
}: {
  committeeId: number;
  year: number;
  onOpen: (id: number) => void;
}) {
  const [page, setPage] = useState(1);
  const url = `/api/proposals${toQuery({ view: 'all', committeeId, year, page, pageSize: PAGE_SIZE })}`;
  const { data, error, isLoading } = useQuery({
    queryKey: [url],
    queryFn: () => api.get<{ items: ProposalListItem[]; total: number }>(url),
  });
  if (error) return <Alert type="error" showIcon title={(error as Error).message} />;
  return (
    <Table<ProposalListItem>
      rowKey="id"
      size="small"
      loading={isLoading}
      dataSource={data?.items ?? []}
      pagination={{
        current: page,
        pageSize: PAGE_SIZE,
        total: data?.total ?? 0,
        showSizeChanger: false,
        showTotal: (t) => `共 ${t} 件`,
        onChange: setPage,
      }}
      columns={[
        { title: '编号', dataIndex: 'numberLabel', width: 90, render: (v) => v ?? '—' },
        {
          title: '案由',
          dataIndex: 'title',
          render: (t, r) => (
            <Button
              type="link"
              style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left', height: 'auto' }}
              onClick={() => onOpen(r.id)}
            >
              {t}
            </Button>
          ),
        },
        { title: '状态', dataIndex: 'statusLabel', width: 90 },
      ]}
    />
  );
}

function ProposalRecord({ id }: { id: number }) {
  const {
    data: p,
    error,
    isLoading,
  } = useQuery({
    queryKey: [`/api/proposals/${id}`],
    queryFn: () => api.get<ProposalView>(`/api/proposals/${id}`),
  });
  if (isLoading) return <Spin />;
  if (error || !p) return <Alert type="error" showIcon title={(error as Error)?.message ?? '无法读取提案'} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="案由">{p.title}</Descriptions.Item>
        <Descriptions.Item label="编号">{p.numberLabel ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="状态">{p.statusLabel}</Descriptions.Item>
        <Descriptions.Item label="届次会议">{p.sessionName}</Descriptions.Item>
        <Descriptions.Item label="提案人">
          {p.signers.map((s) => s.name).join('、') || p.submitterName || '—'}
        </Descriptions.Item>
        <Descriptions.Item label="承办单位">
          {p.assignments
            .filter((a) => a.state === 'active')
            .map((a) => `${a.unitName}（${a.modeLabel}）`)
            .join('、') || '—'}
        </Descriptions.Item>
      </Descriptions>
      <Timeline
        items={p.timeline.slice(-6).map((e) => ({
          key: e.id,
          content: `${formatTime(e.at).slice(0, 16)} ${e.actionLabel ?? ''} ${e.actorName ?? ''}`,
        }))}
      />
      <Link to={`/proposals/${p.id}`}>打开提案完整页面</Link>
    </Space>
  );
}

/** The drill-down's last steps, inside the cockpit: a committee's proposals, then one proposal. */
export function ProposalDrill({
  drill,
  onChange,
}: {
  drill: Drill | null;
  onChange: (d: Drill | null) => void;
}) {
  const title = drill?.kind === 'list' ? `${drill.committeeName} · ${drill.year}年收到的提案` : '提案详情';
  return (
    <Drawer open={drill !== null} onClose={() => onChange(null)} title={title} size="large" destroyOnHidden>
      {drill?.kind === 'record' && drill.back && (
        <Button style={{ marginBottom: 12 }} onClick={() => onChange(drill.back!)}>
          返回列表
        </Button>
      )}
      {drill?.kind === 'list' && (
        <ProposalList
          committeeId={drill.committeeId}
          year={drill.year}
          onOpen={(id) => onChange({ kind: 'record', id, back: drill })}
        />
      )}
      {drill?.kind === 'record' && <ProposalRecord id={drill.id} />}
    </Drawer>
  );
}
