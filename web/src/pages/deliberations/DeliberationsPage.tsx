import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Grid, Input, Radio, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  DELIBERATION_AUDIENCE_LABELS,
  DELIBERATION_AUDIENCES,
  DELIBERATION_LIMITS,
} from '../../../../domain/deliberations';
import { api } from '../../api/client';
import { useMe } from '../../api/session';
import { FormModal } from '../../components/FormModal';
import { ServerTable } from '../../components/ServerTable';
import { useMessage } from '../../feedback/message';
import type { DeliberationItem, DeliberationView } from './api';

const counts = (d: DeliberationItem) =>
  `参与 ${d.counts.participants} 人次 · 留言 ${d.counts.posts} 条 · 建议 ${d.counts.suggestions} 条`;

function TopicCard({ d }: { d: DeliberationItem }) {
  return (
    <Card size="small">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Link to={`/deliberations/${d.id}`} style={{ fontWeight: 600 }}>
          {d.title}
        </Link>
        <Space wrap size={4}>
          <Tag color={d.status === 'open' ? 'green' : 'default'}>{d.statusLabel}</Tag>
          <Tag>{d.audienceLabel}</Tag>
        </Space>
        <Typography.Text type="secondary">
          {d.opensOn} 至 {d.closesOn}
        </Typography.Text>
        <Typography.Text type="secondary">{counts(d)}</Typography.Text>
      </Space>
    </Card>
  );
}

const columns = [
  {
    key: 'title',
    title: '议题',
    render: (_: unknown, d: DeliberationItem) => <Link to={`/deliberations/${d.id}`}>{d.title}</Link>,
  },
  { key: 'audience', title: '参与范围', width: 130, dataIndex: 'audienceLabel' },
  {
    key: 'period',
    title: '征集时间',
    width: 210,
    render: (_: unknown, d: DeliberationItem) => `${d.opensOn} 至 ${d.closesOn}`,
  },
  {
    key: 'status',
    title: '状态',
    width: 90,
    render: (_: unknown, d: DeliberationItem) => (
      <Tag color={d.status === 'open' ? 'green' : 'default'}>{d.statusLabel}</Tag>
    ),
  },
  { key: 'counts', title: '参与情况', width: 260, render: (_: unknown, d: DeliberationItem) => counts(d) },
  {
    key: 'pending',
    title: '待审核',
    width: 80,
    render: (_: unknown, d: DeliberationItem) => d.counts.pending || '',
  },
];

interface NewTopic {
  title: string;
  description: string;
  audience: string;
  period: [Dayjs, Dayjs];
}

/** 网上议政厅: the topics in scope (cards on a phone); organisers open a new one. */
export function DeliberationsPage() {
  const { data: me } = useMe();
  const phone = Grid.useBreakpoint().md === false;
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const message = useMessage();
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<DeliberationItem>
        url="/api/deliberations"
        columns={columns}
        renderCard={(d) => <TopicCard d={d} />}
        exportable={false}
        urlFilters={['pending']}
        toolbar={
          me?.abilities.organiseConsultation && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              发布议题
            </Button>
          )
        }
      />
      <FormModal<NewTopic>
        open={open}
        title="发布网络议政议题"
        name="deliberation"
        okText="发布"
        initialValues={{ audience: 'members' }}
        onClose={() => setOpen(false)}
        onSubmit={async (v) => {
          const d = await api.post<DeliberationView>('/api/deliberations', {
            title: v.title,
            description: v.description,
            audience: v.audience,
            opensOn: v.period[0].format('YYYY-MM-DD'),
            closesOn: v.period[1].format('YYYY-MM-DD'),
          });
          setOpen(false);
          message.success('议题已发布');
          navigate(`/deliberations/${d.id}`);
        }}
      >
        <Form.Item
          name="title"
          label="议题"
          rules={[{ required: true, whitespace: true, message: '请填写议题' }]}
        >
          <Input maxLength={DELIBERATION_LIMITS.title} showCount />
        </Form.Item>
        <Form.Item
          name="description"
          label="说明"
          rules={[{ required: true, whitespace: true, message: '请填写说明' }]}
        >
          <Input.TextArea rows={4} maxLength={DELIBERATION_LIMITS.description} showCount />
        </Form.Item>
        <Form.Item name="audience" label="参与范围" rules={[{ required: true }]}>
          <Radio.Group
            options={DELIBERATION_AUDIENCES.map((a) => ({
              value: a,
              label: DELIBERATION_AUDIENCE_LABELS[a],
            }))}
          />
        </Form.Item>
        <Form.Item name="period" label="征集时间" rules={[{ required: true, message: '请选择征集时间' }]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
