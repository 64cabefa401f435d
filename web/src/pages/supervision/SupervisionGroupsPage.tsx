import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Grid, Input, Radio, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { SUPERVISION_KIND_LABELS, SUPERVISION_KINDS } from '../../../../domain/supervision';
import { api } from '../../api/client';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { FormModal } from '../../components/FormModal';
import { RemoteSelect } from '../../components/RemoteSelect';
import { ServerTable } from '../../components/ServerTable';
import { currentYear } from '../../components/YearSelect';
import { CosignerPicker } from '../../features/proposals/CosignerPicker';
import type { GroupItem, GroupView } from '../../features/supervision/types';

const year = currentYear();
const kinds = SUPERVISION_KINDS.map((k) => ({ value: k, label: SUPERVISION_KIND_LABELS[k] }));
const years = [year - 1, year, year + 1].map((y) => ({ value: String(y), label: `${y}年` }));

const Suggestions = ({ g }: { g: GroupItem }) => (
  <span>
    {g.suggestions}
    {g.openSuggestions > 0 && (
      <Typography.Text type="warning">（待反馈 {g.openSuggestions}）</Typography.Text>
    )}
  </span>
);

const columns = [
  {
    key: 'name',
    title: '小组 / 监督主题',
    render: (_: unknown, g: GroupItem) => (
      <Space orientation="vertical" size={0}>
        <Link to={`/supervision-groups/${g.id}`}>{g.name}</Link>
        <Typography.Text type="secondary">{g.topic}</Typography.Text>
      </Space>
    ),
  },
  { key: 'kind', title: '类别', dataIndex: 'kindLabel' },
  { key: 'unit', title: '监督部门', dataIndex: 'unitName' },
  { key: 'term', title: '期限', render: (_: unknown, g: GroupItem) => `${g.startsOn} 至 ${g.endsOn}` },
  { key: 'members', title: '成员', dataIndex: 'memberCount' },
  { key: 'visits', title: '监督活动', dataIndex: 'visits' },
  { key: 'suggestions', title: '意见建议', render: (_: unknown, g: GroupItem) => <Suggestions g={g} /> },
];

interface Values {
  kind: string;
  name: string;
  topic: string;
  unitId: number;
  memberIds: number[];
  leaderMemberId?: number;
  term: [Dayjs, Dayjs];
}

/** 民主监督: the groups dispatched to key departments and the special topics (filter, export, dispatch). */
export function SupervisionGroupsPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const [open, setOpen] = useState(false);
  const create = async ({ term, leaderMemberId, ...v }: Values) => {
    const made = await api.post<GroupView>('/api/supervision-groups', {
      ...v,
      leaderMemberId: leaderMemberId ?? null,
      startsOn: term?.[0]?.format('YYYY-MM-DD'),
      endsOn: term?.[1]?.format('YYYY-MM-DD'),
    });
    navigate(`/supervision-groups/${made.id}`);
  };
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<GroupItem>
        url="/api/supervision-groups"
        columns={columns}
        filters={
          <>
            <FilterSelect name="kind" label="类别" width={140} options={kinds} />
            <FilterSelect name="year" label="年度" width={100} options={years} />
            <Form.Item name="q">
              <Input.Search placeholder="小组名称或主题" allowClear style={{ width: 200 }} />
            </Form.Item>
          </>
        }
        urlFilters={['kind', 'year']}
        toolbar={
          me?.abilities.organiseConsultation && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              派出监督小组
            </Button>
          )
        }
        renderCard={(g) => (
          <Card size="small">
            <Space orientation="vertical" size={4}>
              <Link to={`/supervision-groups/${g.id}`} style={{ fontWeight: 600 }}>
                {g.name}
              </Link>
              <Typography.Text type="secondary">
                {g.kindLabel} · {g.unitName} · {g.startsOn} 至 {g.endsOn}
              </Typography.Text>
              <span>
                意见建议 <Suggestions g={g} />
              </span>
            </Space>
          </Card>
        )}
      />
      <FormModal<Values>
        open={open}
        title="派出民主监督小组"
        name="supervision-group"
        okText="派出"
        initialValues={{ kind: 'group', memberIds: [] }}
        onClose={() => setOpen(false)}
        onSubmit={create}
      >
        <Form.Item name="kind" label="类别">
          <Radio.Group options={kinds} />
        </Form.Item>
        <Form.Item name="name" label="小组名称" rules={[{ required: true, message: '请填写小组名称' }]}>
          <Input maxLength={100} placeholder="如：第一民主监督小组" />
        </Form.Item>
        <Form.Item name="topic" label="监督主题" rules={[{ required: true, message: '请填写监督主题' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="unitId" label="监督部门" rules={[{ required: true, message: '请选择监督部门' }]}>
          <RemoteSelect url="/api/org/handling-units" placeholder="派驻的重点部门" aria-label="监督部门" />
        </Form.Item>
        <Form.Item name="memberIds" label="成员" rules={[{ required: true, message: '请选择成员' }]}>
          <CosignerPicker label="成员" />
        </Form.Item>
        <Form.Item name="leaderMemberId" label="组长（须为成员）">
          <RemoteSelect url="/api/members" allowClear placeholder="组长" aria-label="组长" />
        </Form.Item>
        <Form.Item name="term" label="监督期限" rules={[{ required: true, message: '请选择期限' }]}>
          <DatePicker.RangePicker />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
