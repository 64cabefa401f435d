import { DownloadOutlined, FileWordOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Flex, Row, Segmented, Select, Spin, Statistic, Tabs } from 'antd';
import { useMemo, useState } from 'react';
import {
  STATS_GROUP_BYS,
  STATS_GROUP_LABELS,
  type StatsGroupBy,
  type StatsResult,
  type StatsRow,
} from '../../../../domain/proposal-stats';
import { api, download, type Page, toQuery } from '../../api/client';
import { useMe } from '../../api/session';
import { CommitteeSwitcher } from '../../features/org/CommitteeSwitcher';
import { useCommittees } from '../../features/org/committees';
import { SESSIONS_URL, type SessionItem } from '../../features/org/terms';
import { useMessage } from '../../feedback/message';
import { CHART_UNITS, ReplyCategoryPie, StatusFunnel, UnitRatesChart } from './StatsCharts';
import { formatMetric, StatsDefinitions, StatsTable } from './StatsTable';

const STATS_URL = '/api/proposal-stats';

type Period = { mode: 'session'; sessionId?: number } | { mode: 'year'; year?: number };

/** The headline figures of the whole scope, on cards two a row on a phone. */
const CARDS: { key: keyof StatsRow; title: string; kind: 'count' | 'rate' | 'days'; warn?: boolean }[] = [
  { key: 'received', title: '收到', kind: 'count' },
  { key: 'registered', title: '立案', kind: 'count' },
  { key: 'registrationRate', title: '立案率', kind: 'rate' },
  { key: 'replyRate', title: '办复率', kind: 'rate' },
  { key: 'satisfactionRate', title: '满意率', kind: 'rate' },
  { key: 'basicSatisfactionRate', title: '基本满意率', kind: 'rate' },
  { key: 'implementationRate', title: '落实率', kind: 'rate' },
  { key: 'overdue', title: '逾期', kind: 'count', warn: true },
  { key: 'avgReplyDays', title: '平均办复天数', kind: 'days' },
];

function SummaryCards({ total }: { total: StatsRow }) {
  return (
    <Row gutter={[12, 12]}>
      {CARDS.map((c) => {
        const v = total[c.key] as number | null;
        return (
          <Col key={c.key} xs={12} sm={8} lg={6} xl={4}>
            <Card size="small" data-testid={`stats-${c.key}`}>
              <Statistic
                title={c.title}
                value={formatMetric(c.kind, v)}
                styles={c.warn && v ? { content: { color: '#cf1322' } } : undefined}
              />
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}

/** The plenary sessions of the committee being viewed, newest first, and their years. */
function useSessions(committeeId: number | undefined) {
  const q = useQuery({
    queryKey: [SESSIONS_URL, 'stats', committeeId],
    queryFn: () => api.get<Page<SessionItem>>(`${SESSIONS_URL}${toQuery({ committeeId, pageSize: 100 })}`),
  });
  const sessions = q.data?.items ?? [];
  const years = [...new Set(sessions.map((s) => s.year))].sort((a, b) => b - a);
  return { sessions, years, loading: q.isLoading };
}

function PeriodPicker({
  period,
  onChange,
  sessions,
  years,
}: {
  period: Period;
  onChange: (p: Period) => void;
  sessions: SessionItem[];
  years: number[];
}) {
  return (
    <Flex gap={8} wrap align="center">
      <Segmented<Period['mode']>
        value={period.mode}
        options={[
          { value: 'session', label: '按届次会议' },
          { value: 'year', label: '按年度' },
        ]}
        onChange={(mode) => onChange({ mode } as Period)}
      />
      {period.mode === 'session' ? (
        <Select<number>
          aria-label="届次会议"
          style={{ minWidth: 200 }}
          value={period.sessionId ?? sessions[0]?.id}
          options={sessions.map((s) => ({ value: s.id, label: `${s.name}（${s.year}年）` }))}
          onChange={(sessionId) => onChange({ mode: 'session', sessionId })}
        />
      ) : (
        <Select<number>
          aria-label="年度"
          style={{ width: 120 }}
          value={period.year ?? years[0]}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
          onChange={(year) => onChange({ mode: 'year', year })}
        />
      )}
    </Flex>
  );
}

/** The statistics of one grouping; the unit league table is fetched for its chart whatever the tab. */
function useStats(params: Record<string, unknown> | null, groupBy: StatsGroupBy) {
  const fetch = (g: StatsGroupBy) => ({
    queryKey: [STATS_URL, params, g],
    queryFn: () => api.get<StatsResult>(`${STATS_URL}${toQuery({ ...params, groupBy: g })}`),
    enabled: params !== null,
    placeholderData: keepPreviousData,
  });
  return { table: useQuery(fetch(groupBy)), units: useQuery(fetch('unit')) };
}

/**
 * 提案统计 for the office and the leaders: pick a session or a year (and a sub-committee from a
 * higher one), read the headline figures, the charts and the table per unit, sector, category
 * or sub-committee, and export the table. Every number comes from GET /api/proposal-stats.
 */
export function StatsPage() {
  const message = useMessage();
  const { data: me } = useMe();
  const { data: committees } = useCommittees();
  const [committeeId, setCommitteeId] = useState<number | undefined>();
  const [chosen, setPeriod] = useState<Period | null>(null);
  const [groupBy, setGroupBy] = useState<StatsGroupBy>('overall');
  const { sessions, years, loading } = useSessions(committeeId);
  const viewed = committeeId ?? me?.committeeId;
  const hasChildren = committees?.items.some((c) => c.parentId === viewed) ?? false;
  // A committee with committees below it reads a whole year (each keeps its own sessions).
  const period: Period = chosen ?? { mode: hasChildren ? 'year' : 'session' };
  const params = useMemo(() => {
    const sessionId = period.mode === 'session' ? (period.sessionId ?? sessions[0]?.id) : undefined;
    const year = period.mode === 'year' ? (period.year ?? years[0]) : undefined;
    return sessionId || year ? { sessionId, year, committeeId } : null;
  }, [period, sessions, years, committeeId]);
  const { table, units } = useStats(params, groupBy);
  const hasSubCommittees = (committees?.items.length ?? 0) > 1;
  const tabs = STATS_GROUP_BYS.filter((g) => g !== 'committee' || hasSubCommittees);
  const result = table.data;
  const fetchFile = (url: string) => download(url).catch((e: Error) => message.error(e.message));
  const compilationOf =
    me?.abilities.compileProposals && period.mode === 'session' ? params?.sessionId : undefined;

  return (
    <Card
      extra={
        <Flex gap={8} wrap>
          {compilationOf && (
            <Button
              icon={<FileWordOutlined />}
              onClick={() => fetchFile(`/api/proposal-compilation.docx?sessionId=${compilationOf}`)}
            >
              提案汇编
            </Button>
          )}
          <Button
            icon={<DownloadOutlined />}
            disabled={!result}
            onClick={() => fetchFile(`${STATS_URL}/export${toQuery({ ...params, groupBy })}`)}
          >
            导出 Excel
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        {me && (
          <CommitteeSwitcher
            value={committeeId}
            ownCommitteeId={me.committeeId}
            onChange={(id) => {
              setCommitteeId(id);
              setPeriod(null);
            }}
          />
        )}
        <PeriodPicker period={period} onChange={setPeriod} sessions={sessions} years={years} />
        {!loading && sessions.length === 0 && <Empty description="该委员会尚未设置届次会议" />}
        {table.error && <Alert type="error" showIcon title={(table.error as Error).message} />}
        {table.isLoading && params && <Spin />}
        {result && (
          <>
            <SummaryCards total={result.total} />
            <Row gutter={[12, 12]}>
              <Col xs={24} md={12}>
                <Card size="small" title="答复类别">
                  {Object.values(result.total.replyCategories).some(Boolean) ? (
                    <ReplyCategoryPie result={result} />
                  ) : (
                    <Empty description="尚无答复" />
                  )}
                </Card>
              </Col>
              <Col xs={24} md={12}>
                <Card size="small" title="办理进度">
                  {result.total.received ? (
                    <StatusFunnel total={result.total} />
                  ) : (
                    <Empty description="尚无提案" />
                  )}
                </Card>
              </Col>
              <Col xs={24}>
                <Card
                  size="small"
                  title={`各承办单位办复率、满意率${(units.data?.rows.length ?? 0) > CHART_UNITS ? `（交办件数前 ${CHART_UNITS} 个单位）` : ''}`}
                  data-testid="stats-unit-chart"
                >
                  {units.data?.rows.length ? <UnitRatesChart rows={units.data.rows} /> : <Empty />}
                </Card>
              </Col>
            </Row>
            <Tabs
              activeKey={groupBy}
              onChange={(k) => setGroupBy(k as StatsGroupBy)}
              items={tabs.map((g) => ({
                key: g,
                label: g === 'overall' ? '总体' : `按${STATS_GROUP_LABELS[g]}`,
              }))}
            />
            <StatsTable result={result} />
            <StatsDefinitions result={result} />
          </>
        )}
      </Flex>
    </Card>
  );
}
