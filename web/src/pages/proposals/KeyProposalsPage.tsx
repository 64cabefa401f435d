import { Card, Form, InputNumber, Segmented, Space, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { KEY_STAGE_LABELS, KEY_STAGES } from '../../../../domain/proposals';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { ServerTable } from '../../components/ServerTable';
import type { KeyItem } from '../../features/proposals/types';

const columns: TableColumnsType<KeyItem> = [
  { key: 'year', title: '年度', dataIndex: 'year' },
  { key: 'number', title: '编号', render: (_, k) => k.numberLabel ?? '—' },
  { key: 'title', title: '案由', render: (_, k) => <Link to={`/proposals/${k.proposalId}`}>{k.title}</Link> },
  {
    key: 'stage',
    title: '阶段',
    render: (_, k) => <Tag color={k.stage === 'selected' ? 'red' : 'gold'}>{k.stageLabel}</Tag>,
  },
  {
    key: 'leader',
    title: '领衔督办',
    render: (_, k) => (k.leadSupervisorName ? `${k.leadSupervisorName}（${k.leadSupervisorTitle}）` : ''),
  },
  { key: 'supervisions', title: '督办次数', dataIndex: 'supervisionCount' },
  { key: 'status', title: '办理状态', dataIndex: 'statusLabel' },
];

function KeyCard({ k }: { k: KeyItem }) {
  return (
    <Card size="small">
      <Space orientation="vertical" size={4}>
        <Link to={`/proposals/${k.proposalId}`} style={{ fontWeight: 600 }}>
          {k.title}
        </Link>
        <Space size={4} wrap>
          <Tag color={k.stage === 'selected' ? 'red' : 'gold'}>{k.stageLabel}</Tag>
          <Tag>{k.statusLabel}</Tag>
          <Tag>督办 {k.supervisionCount} 次</Tag>
        </Space>
        {k.leadSupervisorName && `${k.leadSupervisorName}（${k.leadSupervisorTitle}）领衔督办`}
      </Space>
    </Card>
  );
}

/**
 * 重点提案 and candidates by year with the leading leader and how often each was supervised.
 * A leader starts with the ones they lead; shortlisting and choosing happen on the proposal.
 */
export function KeyProposalsPage() {
  const { data: me } = useMe();
  const leader = me?.abilities.leadKeyProposals ?? false;
  const [led, setLed] = useState(leader);
  return (
    <Card>
      <ServerTable<KeyItem>
        url="/api/proposals/key-proposals"
        rowKey="proposalId"
        params={{ led: led ? 'true' : undefined }}
        columns={columns}
        renderCard={(k) => <KeyCard k={k} />}
        filters={
          <>
            <Form.Item name="year">
              <InputNumber
                min={2000}
                max={2100}
                placeholder="年度"
                aria-label="年度"
                style={{ width: 100 }}
              />
            </Form.Item>
            <FilterSelect
              name="stage"
              label="阶段"
              width={140}
              options={KEY_STAGES.map((s) => ({ value: s, label: KEY_STAGE_LABELS[s] }))}
            />
          </>
        }
        toolbar={
          // A chair of the roster reads only the ones they lead: nothing to choose.
          leader &&
          me?.role === 'leader' && (
            <Segmented<string>
              value={led ? 'led' : 'all'}
              onChange={(v) => setLed(v === 'led')}
              aria-label="范围"
              options={[
                { value: 'led', label: '我领衔督办的' },
                { value: 'all', label: '全部' },
              ]}
            />
          )
        }
      />
    </Card>
  );
}
