import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Grid, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  TOPIC_LIMITS,
  TOPIC_SOURCE_LABELS,
  TOPIC_SOURCES,
  TOPIC_STATUS_LABELS,
  TOPIC_STATUSES,
} from '../../../../domain/consultation-plan';
import { api } from '../../api/client';
import { useMe } from '../../api/session';
import { FilterSelect } from '../../components/FilterSelect';
import { FormModal } from '../../components/FormModal';
import { formatTime } from '../../components/format';
import { ServerTable } from '../../components/ServerTable';
import { type TopicItem, type TopicView, useConsultationRefresh } from '../../features/consultation/api';
import { useMessage } from '../../feedback/message';

const STATUS_COLORS: Record<string, string> = { pending: 'orange', approved: 'green', rejected: 'default' };

/** The words a topic hit: shown in red to the moderators. */
export function HitWords({ words }: { words: string[] }) {
  if (words.length === 0) return null;
  return (
    <Space wrap size={4}>
      <Typography.Text type="danger">含敏感词</Typography.Text>
      {words.map((w) => (
        <Tag color="red" key={w}>
          {w}
        </Tag>
      ))}
    </Space>
  );
}

function TopicCard({ t }: { t: TopicItem }) {
  return (
    <Card size="small">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Link to={`/consultation/topics/${t.id}`} style={{ fontWeight: 600 }}>
          {t.title}
        </Link>
        <Space wrap size={4}>
          <Tag color={STATUS_COLORS[t.status]}>{t.statusLabel}</Tag>
          <Tag>{t.sourceLabel}</Tag>
        </Space>
        <HitWords words={t.sensitiveWords} />
        <Typography.Text type="secondary">
          {t.proposerName ?? '匿名'} · {formatTime(t.createdAt)}
        </Typography.Text>
      </Space>
    </Card>
  );
}

const columns = [
  {
    key: 'title',
    title: '议题',
    render: (_: unknown, t: TopicItem) => (
      <Space orientation="vertical" size={2}>
        <Link to={`/consultation/topics/${t.id}`}>{t.title}</Link>
        <HitWords words={t.sensitiveWords} />
      </Space>
    ),
  },
  { key: 'source', title: '来源', width: 100, dataIndex: 'sourceLabel' },
  { key: 'by', title: '提出者', width: 120, render: (_: unknown, t: TopicItem) => t.proposerName ?? '匿名' },
  {
    key: 'status',
    title: '状态',
    width: 90,
    render: (_: unknown, t: TopicItem) => <Tag color={STATUS_COLORS[t.status]}>{t.statusLabel}</Tag>,
  },
  { key: 'at', title: '提交时间', width: 150, render: (_: unknown, t: TopicItem) => formatTime(t.createdAt) },
];

/**
 * 协商议题征集: staff see every topic (the moderation queue: 待审核, 含敏感词); members, units and
 * leaders see and propose their own, on a phone as cards.
 */
export function TopicsPage() {
  const { data: me } = useMe();
  const phone = Grid.useBreakpoint().md === false;
  const staff = me?.role === 'staff';
  const [open, setOpen] = useState(false);
  const [bump, setBump] = useState(0);
  const refresh = useConsultationRefresh();
  const message = useMessage();
  return (
    <Card size={phone ? 'small' : undefined}>
      <ServerTable<TopicItem>
        url="/api/consultation-topics"
        columns={columns}
        renderCard={(t) => <TopicCard t={t} />}
        urlFilters={['status', 'source', 'flagged']}
        exportable={!phone}
        queryKeyExtra={bump}
        filters={
          <>
            <FilterSelect
              name="status"
              label="状态"
              width={110}
              options={TOPIC_STATUSES.map((s) => ({ value: s, label: TOPIC_STATUS_LABELS[s] }))}
            />
            {staff && (
              <>
                <FilterSelect
                  name="source"
                  label="来源"
                  width={110}
                  options={TOPIC_SOURCES.map((s) => ({ value: s, label: TOPIC_SOURCE_LABELS[s] }))}
                />
                <FilterSelect
                  name="flagged"
                  label="敏感词"
                  width={110}
                  options={[
                    { value: 'true', label: '含敏感词' },
                    { value: 'false', label: '不含' },
                  ]}
                />
              </>
            )}
          </>
        }
        toolbar={
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
              提出议题
            </Button>
            {/* A member's menu has no room for the plan on a phone: it is one tap from here. */}
            {!staff && <Link to="/consultation/plans">查看年度协商计划</Link>}
          </Space>
        }
      />
      <FormModal<{ title: string; description: string; onBehalfOf?: string }>
        open={open}
        title="提出协商议题"
        name="topic"
        okText="提交"
        onClose={() => setOpen(false)}
        onSubmit={async (v) => {
          await api.post<TopicView>('/api/consultation-topics', v);
          setOpen(false);
          setBump((b) => b + 1);
          void refresh();
          message.success('议题已提交，等待审核');
        }}
      >
        <Form.Item
          name="title"
          label="议题"
          rules={[{ required: true, whitespace: true, message: '请填写议题' }]}
        >
          <Input maxLength={TOPIC_LIMITS.title} showCount />
        </Form.Item>
        <Form.Item
          name="description"
          label="情况和建议"
          rules={[{ required: true, whitespace: true, message: '请填写情况和建议' }]}
        >
          <Input.TextArea rows={6} maxLength={TOPIC_LIMITS.description} showCount />
        </Form.Item>
        {staff && (
          <Form.Item
            name="onBehalfOf"
            label="提出单位（代为录入）"
            extra="民主党派、工商联、界别等提出的议题，由工作人员代为录入时填写；本人提出的不填。"
          >
            <Input maxLength={60} placeholder="如：民盟区委" />
          </Form.Item>
        )}
      </FormModal>
    </Card>
  );
}
