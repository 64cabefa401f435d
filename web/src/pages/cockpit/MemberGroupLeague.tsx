import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Segmented, Space, Table } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  MEMBER_GROUP_BYS,
  MEMBER_GROUP_LABELS,
  type MemberGroupBy,
} from '../../../../domain/cockpit-figures';
import { api, download } from '../../api/client';
import { useMessage } from '../../feedback/message';
import { figureColumns } from './LeagueTables';
import type { MemberGroupLeague } from './types';

/** Which filter of the members' score list narrows it to one group. */
const SCORE_FILTER: Record<MemberGroupBy, string> = {
  sector: 'sectorId',
  liaisonGroup: 'liaisonGroupId',
  specialCommittee: 'specialCommitteeId',
};

/**
 * 界别、联络组、专委会排行 on the members' year scores, with its Excel file. On the caller's own
 * committee a group opens its members in 委员积分 and 委员排行 lists every member by score.
 */
export function MemberGroupLeagueTable({ query, year, own }: { query: string; year: number; own: boolean }) {
  const message = useMessage();
  const [by, setBy] = useState<MemberGroupBy>('sector');
  const url = `/api/cockpit/member-groups?${query}&by=${by}`;
  const { data, error, isLoading } = useQuery({
    queryKey: [url],
    queryFn: () => api.get<MemberGroupLeague>(url),
  });
  const save = () =>
    download(`/api/cockpit/member-groups/export?${query}&by=${by}`).catch((e: Error) =>
      message.error(e.message),
    );
  const scores = `/duty-archive/scores?year=${year}`;
  return (
    <Card
      size="small"
      title="界别、联络组、专委会排行（委员履职）"
      data-testid="group-league"
      extra={
        <Space wrap>
          <Segmented
            size="small"
            value={by}
            onChange={(v) => setBy(v as MemberGroupBy)}
            options={MEMBER_GROUP_BYS.map((b) => ({ value: b, label: MEMBER_GROUP_LABELS[b] }))}
          />
          {own && <Link to={`${scores}&sort=-total`}>委员排行</Link>}
          <Button size="small" onClick={save}>
            导出
          </Button>
        </Space>
      }
    >
      {error ? (
        <Alert type="error" showIcon title={(error as Error).message} />
      ) : (
        <Table
          rowKey={(r) => r.group.name}
          size="small"
          loading={isLoading}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          dataSource={data?.rows ?? []}
          columns={[
            {
              key: 'name',
              title: MEMBER_GROUP_LABELS[by],
              fixed: 'left',
              render: (_, r) =>
                own && r.group.own ? (
                  <Link to={`${scores}&${SCORE_FILTER[by]}=${r.group.id}&sort=-total`}>{r.group.name}</Link>
                ) : (
                  r.group.name
                ),
            },
            ...figureColumns(data?.columns ?? []),
          ]}
        />
      )}
    </Card>
  );
}
