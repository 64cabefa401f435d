import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Spin, Table, Tabs } from 'antd';
import { useState } from 'react';
import {
  ADOPTION_LEVEL_LABELS,
  ADOPTION_LEVELS,
  ISSUE_KIND_LABELS,
  ISSUE_KINDS,
} from '../../../../domain/bulletin-issues';
import { INSTRUCTION_LEVEL_LABELS, INSTRUCTION_LEVELS } from '../../../../domain/instructions';
import { download } from '../../api/client';
import type { ApiResponse } from '../../api/types';
import { currentYear } from '../../components/YearSelect';
import { useDoc } from '../../features/opinions/api';
import type { OpinionStats } from '../../features/opinions/types';
import { useMessage } from '../../feedback/message';
import { StatGrid } from '../home/StatGrid';

const thisYear = currentYear();

type Breakdown = ApiResponse<'/api/opinion-stats/breakdown'>;
type BreakdownRow = Breakdown['byReporterKind'][number];

const BREAKDOWN_COLUMNS = [
  { key: 'label', dataIndex: 'label', title: '名称' },
  { key: 'received', dataIndex: 'received', title: '收到' },
  { key: 'adopted', dataIndex: 'adopted', title: '采用' },
  { key: 'national', dataIndex: 'national', title: '全国政协采用' },
  { key: 'province', dataIndex: 'province', title: '省政协采用' },
  { key: 'city', dataIndex: 'city', title: '市政协采用' },
  { key: 'issues', dataIndex: 'issues', title: '编入期数' },
  { key: 'instructions', dataIndex: 'instructions', title: '批示人次' },
  { key: 'instructionsNational', dataIndex: 'instructionsNational', title: '全国领导批示' },
  { key: 'instructionsProvince', dataIndex: 'instructionsProvince', title: '省级领导批示' },
  { key: 'instructionsCity', dataIndex: 'instructionsCity', title: '市级领导批示' },
  { key: 'instructionsCounty', dataIndex: 'instructionsCounty', title: '县（区）级领导批示' },
  { key: 'principal', dataIndex: 'principal', title: '主要领导批示' },
  { key: 'merged', dataIndex: 'merged', title: '并案' },
  { key: 'feedbackGiven', dataIndex: 'feedbackGiven', title: '落实反馈' },
  { key: 'feedbackOnTime', dataIndex: 'feedbackOnTime', title: '按期反馈' },
];

/** The year by reporter kind, sector and committee (the caller's and those below), with its Excel file. */
function BreakdownCard({ year }: { year: number }) {
  const message = useMessage();
  const { data } = useDoc<Breakdown>(`/api/opinion-stats/breakdown?year=${year}`);
  const table = (rows: BreakdownRow[]) => (
    <Table<BreakdownRow>
      size="small"
      rowKey="key"
      // A year's reporters run to a hundred and more: a page at a time.
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: true }}
      columns={BREAKDOWN_COLUMNS}
      dataSource={rows}
    />
  );
  return (
    <Card
      size="small"
      title="分组统计"
      extra={
        <Button
          icon={<DownloadOutlined />}
          onClick={() =>
            download(`/api/opinion-stats/breakdown/export?year=${year}`).catch((e: Error) =>
              message.error(e.message),
            )
          }
        >
          导出Excel
        </Button>
      }
    >
      {data && (
        <Tabs
          items={[
            { key: 'kind', label: '按报送人类别', children: table(data.byReporterKind) },
            { key: 'sector', label: '按界别', children: table(data.bySector) },
            { key: 'committee', label: '按本会及下级政协', children: table(data.byCommittee) },
            { key: 'liaison', label: '按联络组', children: table(data.byLiaisonGroup) },
            { key: 'reporter', label: '按报送人', children: table(data.byReporter) },
          ]}
        />
      )}
    </Card>
  );
}

/** 社情民意统计: a year's reports and what became of them, issues, adoptions, 批示 and feedback, as counted by the server. */
export function OpinionStatsPage() {
  const [year, setYear] = useState(thisYear);
  const { data: s, error, isLoading } = useDoc<OpinionStats>(`/api/opinion-stats?year=${year}`);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Select
        aria-label="年度"
        value={year}
        onChange={setYear}
        style={{ width: 120 }}
        options={[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({
          value: y,
          label: `${y}年`,
        }))}
      />
      {isLoading && <Spin />}
      {error && <Alert type="error" showIcon title={(error as Error).message} />}
      {s && (
        <>
          <Card size="small" title="信息报送与采用">
            <StatGrid
              stats={[
                { key: 'received', title: '收到信息', value: s.received, suffix: '篇' },
                { key: 'reporters', title: '报送人', value: s.reporters, suffix: '人' },
                { key: 'adopted', title: '采用', value: s.adopted, suffix: '篇' },
                { key: 'merged', title: '其中并入他稿', value: s.merged, suffix: '篇' },
                { key: 'rejected', title: '不采用', value: s.rejected, suffix: '篇' },
                { key: 'pending', title: '待处理', value: s.pending, suffix: '篇', warn: true },
                { key: 'withdrawn', title: '撤回', value: s.withdrawn, suffix: '篇' },
              ]}
            />
          </Card>
          <Card size="small" title="编发期刊与各级采用">
            <StatGrid
              stats={[
                ...ISSUE_KINDS.map((k) => ({
                  key: `issues-${k}`,
                  title: `《${ISSUE_KIND_LABELS[k]}》`,
                  value: s.issues[k] ?? 0,
                  suffix: '期',
                })),
                ...ADOPTION_LEVELS.map((l) => ({
                  key: `adoptions-${l}`,
                  title: `${ADOPTION_LEVEL_LABELS[l]}采用`,
                  value: s.adoptions[l] ?? 0,
                  suffix: '篇',
                })),
              ]}
            />
          </Card>
          <Card size="small" title="领导批示与落实反馈">
            <StatGrid
              stats={[
                ...INSTRUCTION_LEVELS.map((l) => ({
                  key: `instructions-${l}`,
                  title: `${INSTRUCTION_LEVEL_LABELS[l]}领导批示`,
                  value: s.instructions[l] ?? 0,
                  suffix: '件',
                })),
                { key: 'principal', title: '党政主要领导批示', value: s.principal, suffix: '件' },
                { key: 'feedbackGiven', title: '单位已反馈', value: s.feedbackGiven, suffix: '次' },
                { key: 'feedbackOnTime', title: '按期反馈', value: s.feedbackOnTime, suffix: '次' },
                {
                  key: 'feedbackOverdue',
                  title: '逾期未反馈',
                  value: s.feedbackOverdue,
                  suffix: '个',
                  warn: true,
                },
              ]}
            />
          </Card>
          <BreakdownCard year={year} />
        </>
      )}
    </Space>
  );
}
