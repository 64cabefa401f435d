import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Grid, Input, Radio, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { INSPECTION_KIND_LABELS, INSPECTION_KINDS } from '../../../../domain/supervision';
import { api } from '../../api/client';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { FormModal } from '../../components/FormModal';
import { beijingNow } from '../../components/pickerTime';
import { RemoteSelect } from '../../components/RemoteSelect';
import { ServerTable } from '../../components/ServerTable';
import { currentYear } from '../../components/YearSelect';
import { CosignerPicker } from '../../features/proposals/CosignerPicker';
import type { InspectionItem, InspectionView } from '../../features/supervision/types';
import { PreparedActivitySelect } from './PreparedActivity';

const year = currentYear();
const kinds = INSPECTION_KINDS.map((k) => ({ value: k, label: INSPECTION_KIND_LABELS[k] }));
const years = [year - 1, year, year + 1].map((y) => ({ value: String(y), label: `${y}年` }));

/** Written, sent (to whom and when), or not yet. */
const Report = ({ i }: { i: InspectionItem }) =>
  i.reportSentOn ? (
    <Tag color="green">
      {i.reportSentOn} 报送{i.reportSentTo}
    </Tag>
  ) : i.reportTitle ? (
    <Tag color="blue">已撰写</Tag>
  ) : (
    <Tag>未撰写</Tag>
  );

const columns = [
  {
    key: 'topic',
    title: '主题',
    render: (_: unknown, i: InspectionItem) => <Link to={`/inspections/${i.id}`}>{i.topic}</Link>,
  },
  { key: 'kind', title: '类别', dataIndex: 'kindLabel' },
  { key: 'starts', title: '开始日期', dataIndex: 'startsOn' },
  { key: 'members', title: '参加委员', dataIndex: 'memberCount' },
  { key: 'visits', title: '行程', dataIndex: 'visits' },
  { key: 'report', title: '报告', render: (_: unknown, i: InspectionItem) => <Report i={i} /> },
  {
    key: 'suggestions',
    title: '意见建议',
    render: (_: unknown, i: InspectionItem) => (
      <span>
        {i.suggestions}
        {i.openSuggestions > 0 && (
          <Typography.Text type="warning">（待反馈 {i.openSuggestions}）</Typography.Text>
        )}
      </span>
    ),
  },
];

interface Values {
  kind: string;
  topic: string;
  planTopicId?: number | null;
  consultationId?: number | null;
  plan?: string;
  memberIds: number[];
  startsOn: Dayjs;
}

/** The annual plan's topic the inspection serves (of the year it starts); none for one outside the plan. */
function PlanTopic() {
  const startsOn = Form.useWatch('startsOn') as Dayjs | undefined;
  const planYear = startsOn?.year() ?? year;
  return (
    <Form.Item name="planTopicId" label={`${planYear}年度协商计划议题`} extra="不选即为计划外">
      <RemoteSelect
        key={planYear}
        url="/api/consultation-topics"
        params={{ planned: planYear }}
        labelOf={(r) => String(r.title)}
        placeholder="从年度协商计划选择"
        aria-label="年度协商计划议题"
        allowClear
      />
    </Form.Item>
  );
}

/** 视察调研: every inspection and research (filter, export), new ones for the consultation staff. */
export function InspectionsPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const [open, setOpen] = useState(false);
  const create = async ({ startsOn, ...v }: Values) => {
    const made = await api.post<InspectionView>('/api/inspections', {
      ...v,
      planTopicId: v.planTopicId ?? null,
      consultationId: v.consultationId ?? null,
      startsOn: startsOn?.format('YYYY-MM-DD'),
    });
    navigate(`/inspections/${made.id}`);
  };
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<InspectionItem>
        url="/api/inspections"
        columns={columns}
        filters={
          <>
            <FilterSelect name="kind" label="类别" width={100} options={kinds} />
            <FilterSelect name="year" label="年度" width={100} options={years} />
            <Form.Item name="q">
              <Input.Search placeholder="主题" allowClear style={{ width: 180 }} />
            </Form.Item>
          </>
        }
        urlFilters={['kind', 'year']}
        toolbar={
          me?.abilities.organiseConsultation && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              新建视察调研
            </Button>
          )
        }
        renderCard={(i) => (
          <Card size="small">
            <Space orientation="vertical" size={4}>
              <Link to={`/inspections/${i.id}`} style={{ fontWeight: 600 }}>
                {i.topic}
              </Link>
              <Typography.Text type="secondary">
                {i.kindLabel} · {i.startsOn} · 委员 {i.memberCount} 人
              </Typography.Text>
              <Report i={i} />
            </Space>
          </Card>
        )}
      />
      <FormModal<Values>
        open={open}
        title="新建视察调研"
        name="inspection"
        okText="创建"
        initialValues={{ kind: 'inspection', memberIds: [], startsOn: beijingNow() }}
        onClose={() => setOpen(false)}
        onSubmit={create}
      >
        <Form.Item name="kind" label="类别">
          <Radio.Group options={kinds} />
        </Form.Item>
        <Form.Item name="topic" label="主题" rules={[{ required: true, message: '请填写主题' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <PlanTopic />
        <Form.Item name="consultationId" label="所准备的协商活动" extra="为专题协商会等协商活动作准备时选择">
          <PreparedActivitySelect />
        </Form.Item>
        <Form.Item name="plan" label="工作方案">
          <Input.TextArea rows={4} maxLength={5000} placeholder="路线、分组、时间安排" />
        </Form.Item>
        <Form.Item name="memberIds" label="参加委员" rules={[{ required: true, message: '请选择参加委员' }]}>
          <CosignerPicker label="参加委员" />
        </Form.Item>
        <Form.Item name="startsOn" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
          <DatePicker />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
