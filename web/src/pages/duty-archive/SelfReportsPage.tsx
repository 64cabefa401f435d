import { Button, Card, Form, Input, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { download, type Page } from '../../api/client';
import { FilterSelect } from '../../components/FilterSelect';
import { formatTime } from '../../components/format';
import { ServerTable } from '../../components/ServerTable';
import { useYearParam, YearSelect } from '../../components/YearSelect';

import type { SelfReportList } from '../../features/duty-archive/types';
import { useCatalogueOptions } from '../../features/members/api';
import { useMessage } from '../../feedback/message';

type Row = SelfReportList['items'][number];

const STATES = [
  { value: 'submitted', label: '已提交' },
  { value: 'saved', label: '已保存未提交' },
  { value: 'none', label: '未撰写' },
];

function SelfReportFilters() {
  const sectors = useCatalogueOptions('sectors');
  return (
    <>
      <Form.Item name="q">
        <Input allowClear placeholder="姓名" aria-label="姓名" style={{ width: 120 }} />
      </Form.Item>
      <FilterSelect name="state" label="提交情况" width={140} options={STATES} />
      <FilterSelect name="sectorId" label="界别" width={130} options={sectors.data ?? []} />
    </>
  );
}

/** The year's figures come with every page, whatever the filters. */
function Figures({ page }: { page: Page<Row> | undefined }) {
  const list = page as SelfReportList | undefined;
  return (
    <Typography.Text data-testid="self-report-count">
      已提交 {list?.submitted ?? 0} / {list?.members ?? 0} 人
    </Typography.Text>
  );
}

/** 述职情况: the year's members, who has submitted their 述职 and when; each as Word; paged on the server. */
export function SelfReportsPage() {
  const [year, setYear] = useYearParam();
  const message = useMessage();
  const word = (r: Row) =>
    download(`/api/duty-archive/members/${r.memberId}/self-report.docx?year=${year}`).catch((e) =>
      message.error((e as Error).message),
    );
  return (
    <Card size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <YearSelect year={year} onChange={setYear} />
        <ServerTable<Row>
          url="/api/duty-archive/self-reports"
          rowKey="memberId"
          params={{ year }}
          filters={<SelfReportFilters />}
          urlFilters={['state']}
          toolbar={(page) => <Figures page={page} />}
          columns={[
            {
              key: 'name',
              title: '姓名',
              render: (_, r) => <Link to={`/duty-archive/members/${r.memberId}?year=${year}`}>{r.name}</Link>,
            },
            { key: 'position', title: '职务', dataIndex: 'position' },
            { key: 'sector', title: '界别', dataIndex: 'sector' },
            {
              key: 'state',
              title: '状态',
              render: (_, r) =>
                r.submittedAt ? (
                  <Tag color="green">已提交</Tag>
                ) : r.updatedAt ? (
                  <Tag color="gold">已保存未提交</Tag>
                ) : (
                  <Tag>未撰写</Tag>
                ),
            },
            { key: 'at', title: '提交时间', render: (_, r) => formatTime(r.submittedAt).slice(0, 16) },
            {
              key: 'word',
              title: '述职报告',
              render: (_, r) => (
                <Button size="small" onClick={() => word(r)} aria-label={`下载${r.name}的述职报告 Word`}>
                  Word
                </Button>
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
