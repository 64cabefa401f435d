import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from '../../../../domain/duty-claim-workflow';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { formatTime } from '../../components/format';
import { ServerTable } from '../../components/ServerTable';
import { recentYears } from '../../components/YearSelect';

import { ClaimModal } from '../../features/duty-archive/ClaimModal';
import { ClaimStatusTag } from '../../features/duty-archive/common';
import type { ClaimRow } from '../../features/duty-archive/types';

const columns = [
  {
    key: 'title',
    title: '事项',
    render: (_: unknown, r: ClaimRow) => <Link to={`/duty-archive/claims/${r.id}`}>{r.title}</Link>,
  },
  { key: 'member', title: '委员', dataIndex: 'memberName' },
  { key: 'sector', title: '界别', dataIndex: 'sector' },
  { key: 'kind', title: '类别', dataIndex: 'kindLabel' },
  { key: 'day', title: '履职日期', dataIndex: 'occurredOn' },
  {
    key: 'status',
    title: '状态',
    render: (_: unknown, r: ClaimRow) => <ClaimStatusTag status={r.status} label={r.statusLabel} />,
  },
  { key: 'at', title: '申报时间', render: (_: unknown, r: ClaimRow) => formatTime(r.createdAt).slice(0, 16) },
];

const card = (r: ClaimRow) => (
  <Card size="small">
    <Space orientation="vertical" size={2}>
      <Link to={`/duty-archive/claims/${r.id}`}>{r.title}</Link>
      <Typography.Text type="secondary">
        {r.memberName} · {r.kindLabel} · {r.occurredOn}
      </Typography.Text>
      <ClaimStatusTag status={r.status} label={r.statusLabel} />
    </Space>
  </Card>
);

/** 履职申报: the claims to confirm or refuse (待确认 first); staff also enter an item for a member. */
export function ClaimsPage() {
  const { data: me } = useMe();
  return (
    <Card size="small">
      <ServerTable<ClaimRow>
        url="/api/duty-archive/claims"
        columns={columns}
        exportable={false}
        renderCard={card}
        urlFilters={['status']}
        filters={
          <>
            <FilterSelect
              name="status"
              label="状态"
              width={110}
              options={CLAIM_STATUSES.map((s) => ({ value: s, label: CLAIM_STATUS_LABELS[s] }))}
            />
            <FilterSelect
              name="year"
              label="年度"
              width={110}
              options={recentYears().map((y) => ({ value: y, label: `${y}年` }))}
            />
          </>
        }
        toolbar={me?.abilities.keepDutyArchive ? <ClaimModal forMember /> : null}
      />
    </Card>
  );
}
