import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Table, Tooltip } from 'antd';
import { formatFigure } from '../../../../domain/cockpit';
import { api, download } from '../../api/client';
import { useMessage } from '../../feedback/message';
import type { CommitteeLeague, LeagueColumn, UnitLeague } from './types';

/**
 * A league table's figure columns; `bySection` names each with its cockpit section (the committee
 * league mixes every section's figures, the unit and group leagues have one subject).
 */
export const figureColumns = (columns: LeagueColumn[], bySection = false) =>
  columns.map((c) => ({
    key: c.key,
    title: (
      <Tooltip title={c.definition}>
        <span>
          {bySection ? `${c.section}·` : ''}
          {c.label}
        </span>
      </Tooltip>
    ),
    align: 'right' as const,
    sorter: (a: { values: Record<string, number | null> }, b: { values: Record<string, number | null> }) =>
      (a.values[c.key] ?? -1) - (b.values[c.key] ?? -1),
    render: (_: unknown, r: { values: Record<string, number | null> }) =>
      formatFigure(c.kind, r.values[c.key] ?? null),
  }));

/** The committees directly below, side by side (each with its subtree); a name drills down. */
export function CommitteeLeagueTable({ query, onDrill }: { query: string; onDrill: (id: number) => void }) {
  const url = `/api/cockpit/committees?${query}`;
  const { data, error, isLoading } = useQuery({
    queryKey: [url],
    queryFn: () => api.get<CommitteeLeague>(url),
  });
  if (error) return <Alert type="error" showIcon title={(error as Error).message} />;
  return (
    <Card size="small" title="下级委员会排行" data-testid="committee-league">
      <Table
        rowKey={(r) => r.committee.id}
        size="small"
        loading={isLoading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data?.rows ?? []}
        columns={[
          {
            key: 'name',
            title: '委员会',
            fixed: 'left',
            render: (_, r) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => onDrill(r.committee.id)}>
                {r.committee.name}
              </Button>
            ),
          },
          ...figureColumns(data?.columns ?? [], true),
        ]}
      />
    </Card>
  );
}

/** Handling units on their 绩效考评 figures, each with its own Excel file. */
export function UnitLeagueTable({ query }: { query: string }) {
  const message = useMessage();
  const url = `/api/cockpit/units?${query}`;
  const { data, error, isLoading } = useQuery({ queryKey: [url], queryFn: () => api.get<UnitLeague>(url) });
  const save = (unitId?: number) =>
    download(`/api/cockpit/units/export?${query}${unitId ? `&unitId=${unitId}` : ''}`).catch((e: Error) =>
      message.error(e.message),
    );
  if (error) return <Alert type="error" showIcon title={(error as Error).message} />;
  return (
    <Card
      size="small"
      title="承办单位排行（绩效考评）"
      data-testid="unit-league"
      extra={
        <Button size="small" onClick={() => save()}>
          导出全部
        </Button>
      }
    >
      <Table
        rowKey={(r) => r.unit.id}
        size="small"
        loading={isLoading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        dataSource={data?.rows ?? []}
        columns={[
          { key: 'name', title: '承办单位', fixed: 'left', render: (_, r) => r.unit.name },
          ...figureColumns(data?.columns ?? []),
          {
            key: 'export',
            title: '考评数据',
            render: (_, r) => (
              <Button size="small" onClick={() => save(r.unit.id)}>
                导出
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
