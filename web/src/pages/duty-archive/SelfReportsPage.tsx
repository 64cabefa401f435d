import { useQuery } from '@tanstack/react-query';
import { Button, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, download } from '../../api/client';
import { formatTime } from '../../components/format';
import { useYearParam } from '../../features/duty-archive/api';
import { YearSelect } from '../../features/duty-archive/common';
import type { SelfReportList } from '../../features/duty-archive/types';
import { useMessage } from '../../feedback/message';

type Row = SelfReportList['items'][number];

/** 述职情况: every member of the year, who has submitted their 述职 and when; each as Word. */
export function SelfReportsPage() {
  const [year, setYear] = useYearParam();
  const [show, setShow] = useState<'all' | 'submitted' | 'pending'>('all');
  const message = useMessage();
  const url = `/api/duty-archive/self-reports?year=${year}`;
  const { data, isLoading } = useQuery({ queryKey: [url], queryFn: () => api.get<SelfReportList>(url) });
  const rows = (data?.items ?? []).filter(
    (r) => show === 'all' || (show === 'submitted') === (r.submittedAt !== null),
  );
  const word = (r: Row) =>
    download(`/api/duty-archive/members/${r.memberId}/self-report.docx?year=${year}`).catch((e) =>
      message.error((e as Error).message),
    );
  return (
    <Card size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <YearSelect year={year} onChange={setYear} />
          <Segmented
            value={show}
            onChange={(v) => setShow(v as typeof show)}
            options={[
              { value: 'all', label: '全部' },
              { value: 'submitted', label: '已提交' },
              { value: 'pending', label: '未提交' },
            ]}
          />
          <Typography.Text data-testid="self-report-count">
            已提交 {data?.submitted ?? 0} / {data?.items.length ?? 0} 人
          </Typography.Text>
        </Space>
        <Table<Row>
          rowKey="memberId"
          loading={isLoading}
          dataSource={rows}
          size="middle"
          scroll={{ x: 'max-content' }}
          pagination={{ pageSize: 50, showTotal: (t) => `共 ${t} 条` }}
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
                  <Tag>未提交</Tag>
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
