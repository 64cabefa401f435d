import { Collapse, Descriptions, Table, type TableColumnsType } from 'antd';
import {
  metricsFor,
  REPLY_SHARE_DEFINITION,
  STATS_GROUP_LABELS,
  STATS_PERIOD_DEFINITION,
  type StatsMetric,
  type StatsResult,
  type StatsRow,
} from '../../../../domain/proposal-stats';

/** A rate as the office reads it: 66.7%; '—' when there is nothing to divide by. */
export const percent = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`;

/** A figure in a cell: counts as they are, rates as percentages, days with one decimal. */
export function formatMetric(kind: StatsMetric['kind'], v: number | null | undefined): string {
  if (v === null || v === undefined) return '—';
  if (kind === 'rate') return percent(v);
  return String(v);
}

const byNumber = (get: (r: StatsRow) => number | null) => (a: StatsRow, b: StatsRow) =>
  (get(a) ?? -1) - (get(b) ?? -1);

function columnsOf(result: StatsResult): TableColumnsType<StatsRow> {
  const metrics: TableColumnsType<StatsRow> = metricsFor(result.groupBy).map((m) => ({
    key: m.key,
    title: m.label,
    align: 'right',
    sorter: byNumber((r) => r[m.key]),
    render: (_, r) => formatMetric(m.kind, r[m.key]),
  }));
  const shares: TableColumnsType<StatsRow> = result.replyCategories.map((l) => ({
    key: `share-${l.code}`,
    title: `${l.code}类占比`,
    align: 'right',
    sorter: byNumber((r) => r.replyCategoryShares[l.code] ?? null),
    render: (_, r) => percent(r.replyCategoryShares[l.code]),
  }));
  return [
    {
      key: 'label',
      title: STATS_GROUP_LABELS[result.groupBy],
      dataIndex: 'label',
      fixed: 'left',
      width: 160,
    },
    ...metrics,
    ...shares,
  ];
}

/** A province grouped by unit has thousands of rows: page them on the client (they are all here). */
const PAGE = 50;

/** One row per group, sortable by any figure, with the total as the last line. */
export function StatsTable({ result }: { result: StatsResult }) {
  const columns = columnsOf(result);
  const showTotal = result.groupBy !== 'overall';
  return (
    <Table<StatsRow>
      rowKey={(r) => String(r.key)}
      size="small"
      pagination={result.rows.length > PAGE ? { pageSize: PAGE, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      dataSource={result.rows}
      columns={columns}
      data-testid="stats-table"
      summary={() =>
        showTotal ? (
          <Table.Summary fixed="bottom">
            <Table.Summary.Row style={{ fontWeight: 600 }}>
              {columns.map((c, i) => (
                <Table.Summary.Cell key={String(c.key)} index={i} align={i === 0 ? 'left' : 'right'}>
                  {i === 0
                    ? result.total.label
                    : (c as { render: (v: unknown, r: StatsRow, i: number) => string }).render(
                        null,
                        result.total,
                        i,
                      )}
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : undefined
      }
    />
  );
}

/** What every figure means, from the same definitions the server computes and exports. */
export function StatsDefinitions({ result }: { result: StatsResult }) {
  const items = [
    { key: 'period', label: '统计口径', children: STATS_PERIOD_DEFINITION },
    ...metricsFor(result.groupBy).map((m) => ({ key: m.key, label: m.label, children: m.definition })),
    ...result.replyCategories.map((l) => ({
      key: `share-${l.code}`,
      label: `${l.code}类占比`,
      children: `${l.code}类（${l.label}）：${REPLY_SHARE_DEFINITION}`,
    })),
  ];
  return (
    <Collapse
      size="small"
      items={[
        {
          key: 'definitions',
          label: '指标说明',
          children: <Descriptions column={1} size="small" bordered items={items} />,
        },
      ]}
    />
  );
}
