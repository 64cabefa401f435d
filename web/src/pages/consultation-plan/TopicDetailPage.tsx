import { Button, Card, Descriptions, Form, Input, Result, Skeleton, Space, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { formatTime } from '../../components/format';
import { type TopicView, useStep, useTopic } from '../../features/consultation/api';
import { useMessage } from '../../feedback/message';
import { HitWords } from './TopicsPage';

function Moderation({ t }: { t: TopicView }) {
  const step = useStep('topics', t);
  const message = useMessage();
  const [rejecting, setRejecting] = useState(false);
  return (
    <Space>
      {t.abilities.approve && (
        <Button
          type="primary"
          onClick={() =>
            step('approve')
              .then(() => message.success('已审核通过'))
              .catch((e) => message.error((e as Error).message))
          }
        >
          审核通过
        </Button>
      )}
      {t.abilities.reject && (
        <Button danger onClick={() => setRejecting(true)}>
          不予采纳
        </Button>
      )}
      <FormModal<{ note: string }>
        open={rejecting}
        title="不予采纳"
        name="reject-topic"
        okText="不予采纳"
        danger
        onClose={() => setRejecting(false)}
        onSubmit={async (v) => {
          await step('reject', v);
          setRejecting(false);
          message.success('已不予采纳');
        }}
      >
        <Form.Item
          name="note"
          label="理由"
          rules={[{ required: true, whitespace: true, message: '请写明理由' }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}

/** One topic: its text (shown as text), source, proposer, the words it hit, and the moderation. */
export function TopicDetailPage() {
  const { id } = useParams();
  const { data: t, isLoading, error } = useTopic(Number(id));
  if (isLoading) return <Skeleton active />;
  if (!t) return <Result status="404" title={(error as Error | null)?.message ?? '协商议题不存在'} />;
  return (
    <Card title={t.title} extra={<Tag>{t.statusLabel}</Tag>}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <HitWords words={t.sensitiveWords} />
        <Descriptions
          column={1}
          items={[
            { key: 's', label: '来源', children: t.sourceLabel },
            { key: 'p', label: '提出者', children: t.proposerName ?? '匿名' },
            ...(t.contactMask ? [{ key: 'c', label: '联系方式', children: t.contactMask }] : []),
            { key: 'at', label: '提交时间', children: formatTime(t.createdAt) },
            {
              key: 'd',
              label: '情况和建议',
              children: (
                <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{t.description}</div>
              ),
            },
          ]}
        />
        <Moderation t={t} />
        <Timeline
          items={t.timeline.map((e) => ({
            key: e.id,
            content: `${formatTime(e.at)} ${e.actorName} ${e.actionLabel}${e.note ? `：${e.note}` : ''}`,
          }))}
        />
      </Space>
    </Card>
  );
}
