import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Grid, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  CONSULTATION_FORM_LABELS,
  CONSULTATION_FORMS,
  CONSULTATION_STATUS_LABELS,
  CONSULTATION_STATUSES,
} from '../../../../domain/consultations';
import { api } from '../../api/client';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { FormModal } from '../../components/FormModal';
import { formatTime } from '../../components/format';
import { ServerTable } from '../../components/ServerTable';
import { currentYear } from '../../components/YearSelect';
import type { ConsultationItem, ConsultationView } from '../../features/consultations/types';
import { StatusTag } from '../../features/opinions/common';
import { ConsultationFields, type ConsultationFormValues, consultationBody } from './ConsultationForm';

const yesNo = [
  { value: 'true', label: '是' },
  { value: 'false', label: '否' },
];
const year = currentYear();

/** A joint activity (联动协商) names its organising committee, so an invited committee tells it from its own. */
function JointTag({ c }: { c: ConsultationItem }) {
  if (c.participantCommittees === 0) return null;
  return <Tag color="blue">联动协商·{c.committeeName}</Tag>;
}

const columns = [
  {
    key: 'topic',
    title: '协商议题',
    render: (_: unknown, c: ConsultationItem) => (
      <Space size={4} wrap>
        <Link to={`/consultations/${c.id}`}>{c.topic}</Link>
        <JointTag c={c} />
      </Space>
    ),
  },
  { key: 'form', title: '协商形式', dataIndex: 'formLabel' },
  {
    key: 'time',
    title: '时间',
    render: (_: unknown, c: ConsultationItem) => formatTime(c.startsAt).slice(0, 16),
  },
  { key: 'organiser', title: '组织方', dataIndex: 'organiserName' },
  {
    key: 'suggestions',
    title: '意见建议',
    render: (_: unknown, c: ConsultationItem) => (
      <span>
        {c.suggestions}
        {c.awaitingFeedback > 0 && (
          <Typography.Text type="warning">（待反馈 {c.awaitingFeedback}）</Typography.Text>
        )}
      </span>
    ),
  },
  {
    key: 'status',
    title: '状态',
    render: (_: unknown, c: ConsultationItem) => (
      <Space size={4} wrap>
        <StatusTag status={c.status} label={c.statusLabel} />
        {c.outputsOverdue && <Tag color="red">成果报送逾期</Tag>}
        {c.published && <Tag color="green">已公开</Tag>}
      </Space>
    ),
  },
];

function Filters() {
  return (
    <>
      <FilterSelect
        name="form"
        label="协商形式"
        width={170}
        options={CONSULTATION_FORMS.map((f) => ({ value: f, label: CONSULTATION_FORM_LABELS[f] }))}
      />
      <FilterSelect
        name="status"
        label="状态"
        width={110}
        options={CONSULTATION_STATUSES.map((s) => ({ value: s, label: CONSULTATION_STATUS_LABELS[s] }))}
      />
      <FilterSelect
        name="year"
        label="年度"
        width={100}
        options={[year - 1, year, year + 1].map((y) => ({ value: String(y), label: `${y}年` }))}
      />
      <FilterSelect
        name="month"
        label="月份"
        width={90}
        options={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` }))}
      />
      <FilterSelect name="outputsOverdue" label="成果报送逾期" width={130} options={yesNo} />
      <FilterSelect name="joint" label="联动协商" width={110} options={yesNo} />
      <FilterSelect name="own" label="本会主办" width={110} options={yesNo} />
    </>
  );
}

/** 协商活动: every form in one list (filter, export), new activities for the organisers. */
export function ConsultationsPage() {
  const { data: me } = useMe();
  const navigate = useNavigate();
  const phone = Grid.useBreakpoint().md === false;
  const [open, setOpen] = useState(false);
  const create = async (v: ConsultationFormValues) => {
    const made = await api.post<ConsultationView>('/api/consultations', consultationBody(v));
    navigate(`/consultations/${made.id}`);
  };
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<ConsultationItem>
        url="/api/consultations"
        columns={columns}
        filters={<Filters />}
        urlFilters={['form', 'status', 'year', 'month', 'outputsOverdue', 'joint', 'own']}
        toolbar={
          me?.abilities.organiseConsultation && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              新建协商活动
            </Button>
          )
        }
        renderCard={(c) => (
          <Card size="small">
            <Space orientation="vertical" size={4}>
              <Link to={`/consultations/${c.id}`} style={{ fontWeight: 600 }}>
                {c.topic}
              </Link>
              <Typography.Text type="secondary">
                {c.formLabel} · {formatTime(c.startsAt).slice(0, 16)}
              </Typography.Text>
              <Space size={4} wrap>
                <StatusTag status={c.status} label={c.statusLabel} />
                <JointTag c={c} />
              </Space>
            </Space>
          </Card>
        )}
      />
      <FormModal<ConsultationFormValues>
        open={open}
        title="新建协商活动"
        name="consultation"
        okText="创建"
        initialValues={{ form: 'askUs', organiserKind: 'department' }}
        onClose={() => setOpen(false)}
        onSubmit={create}
      >
        <ConsultationFields />
      </FormModal>
    </Card>
  );
}
