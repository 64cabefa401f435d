import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Grid, InputNumber, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { useMe } from '../../api/session';
import { FormModal } from '../../components/FormModal';
import { ServerTable } from '../../components/ServerTable';
import { currentYear } from '../../components/YearSelect';
import type { PlanItem, PlanView } from '../../features/consultation/api';

const columns = [
  {
    key: 'title',
    title: '计划',
    render: (_: unknown, p: PlanItem) => <Link to={`/consultation/plans/${p.id}`}>{p.title}</Link>,
  },
  { key: 'committee', title: '委员会', dataIndex: 'committeeName' },
  { key: 'entries', title: '议题数', width: 80, dataIndex: 'entries' },
  {
    key: 'status',
    title: '状态',
    width: 150,
    render: (_: unknown, p: PlanItem) => (
      <>
        <Tag>{p.statusLabel}</Tag>
        {p.revision > 1 && <Tag color="blue">第 {p.revision} 版</Tag>}
      </>
    ),
  },
  { key: 'doc', title: '批准文号', dataIndex: 'documentNumber' },
];

/** 年度协商计划: one per year; the office starts the year's plan here. */
export function PlansPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const [open, setOpen] = useState(false);
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<PlanItem>
        url="/api/consultation-plans"
        columns={columns}
        exportable={false}
        renderCard={(p) => (
          <Card size="small">
            <Link to={`/consultation/plans/${p.id}`} style={{ fontWeight: 600 }}>
              {p.title}
            </Link>{' '}
            <Tag>{p.statusLabel}</Tag>
          </Card>
        )}
        toolbar={
          me?.abilities.organiseConsultation && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              新建年度计划
            </Button>
          )
        }
      />
      <FormModal<{ year: number }>
        open={open}
        title="新建年度协商计划"
        name="plan"
        okText="新建"
        initialValues={{ year: currentYear() + 1 }}
        onClose={() => setOpen(false)}
        onSubmit={async (v) => {
          const plan = await api.post<PlanView>('/api/consultation-plans', { year: v.year });
          setOpen(false);
          navigate(`/consultation/plans/${plan.id}`);
        }}
      >
        <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
