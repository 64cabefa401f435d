import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  List,
  Result,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { formatTime } from '../../components/format';
import { PartFiles, ScanFiles } from '../../features/instructions/InstructionFiles';
import type { InstructionView } from '../../features/instructions/types';
import { useDoc, useDocStep } from '../../features/opinions/api';
import { EventTimeline, ModalStep, PlainStep, PlainText, StatusTag } from '../../features/opinions/common';
import { useMessage } from '../../feedback/message';

type Part = InstructionView['feedback'][number];

/** One unit's part: its feedback, and for the office 确认 or 退回 while it waits. */
function UnitPart({ i, part }: { i: InstructionView; part: Part }) {
  const step = useDocStep(`/api/instructions/${i.id}`, i);
  const message = useMessage();
  const waiting = part.state === 'submitted';
  return (
    <List.Item>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap size={4}>
          <Typography.Text strong>{part.unitName}</Typography.Text>
          <StatusTag status={part.state} label={part.stateLabel} />
          {part.fedBackAt && (
            <Typography.Text type="secondary">
              反馈于 {formatTime(part.fedBackAt).slice(0, 16)}
            </Typography.Text>
          )}
        </Space>
        {part.feedback && <PlainText text={part.feedback} />}
        <PartFiles i={i} part={part} />
        {part.state === 'returned' && part.returnNote && (
          <Alert type="warning" showIcon title="退回原因" description={part.returnNote} />
        )}
        {waiting && i.abilities.accept && (
          <Space wrap>
            <PlainStep
              button={`确认${part.unitName}的反馈`}
              buttonProps={{ type: 'primary' }}
              run={() =>
                step('accept', { unitId: part.unitId }, '反馈已确认').catch((e) => {
                  message.error((e as Error).message);
                  throw e;
                })
              }
            />
            <ModalStep<{ note: string }>
              button="退回"
              title={`退回${part.unitName}的反馈`}
              name="send-back-feedback"
              okText="退回"
              buttonProps={{ danger: true }}
              onSubmit={(v) =>
                step('send-back', { unitId: part.unitId, note: v.note }, '已退回，单位已收到通知')
              }
            >
              <Form.Item
                name="note"
                label="需补充的内容"
                rules={[{ required: true, message: '请说明退回原因' }]}
              >
                <Input.TextArea rows={3} maxLength={500} />
              </Form.Item>
            </ModalStep>
          </Space>
        )}
      </Space>
    </List.Item>
  );
}

/** A 批示: the leader's text, the document, each unit's feedback, and the steps the caller may take. */
export function InstructionDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const url = `/api/instructions/${id}`;
  const { data: i, error, isLoading } = useDoc<InstructionView>(url);
  const step = useDocStep(url, i);
  const message = useMessage();
  if (isLoading) return <Skeleton active />;
  if (!i) return <Result status="404" title={(error as Error | null)?.message ?? '批示不存在'} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
            <StatusTag status={i.status} label={i.statusLabel} />
            {i.overdue && <Tag color="red">逾期</Tag>}
            {i.principal && <Tag color="gold">党政主要领导</Tag>}
          </Space>
          <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }}>
            {i.leaderName}批示
          </Typography.Title>
          <PlainText text={i.text} />
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              {
                key: 'subject',
                label: i.subjectLabel,
                children: i.subjectLink ? <Link to={i.subjectLink}>{i.subjectTitle}</Link> : i.subjectTitle,
              },
              { key: 'level', label: '层级', children: i.levelLabel },
              { key: 'on', label: '批示日期', children: i.instructedOn },
              {
                key: 'due',
                label: '反馈期限',
                children: i.overdue ? (
                  <Typography.Text type="danger">{i.dueOn}（逾期）</Typography.Text>
                ) : (
                  i.dueOn
                ),
              },
            ]}
          />
          <ScanFiles i={i} />
          <Space wrap>
            {i.abilities.feedback && (
              <ModalStep<{ feedback: string }>
                button="落实反馈"
                title="落实反馈"
                name="instruction-feedback"
                okText="提交反馈"
                buttonProps={{ type: 'primary' }}
                onSubmit={(v) => step('feedback', v, '反馈已提交，待办公室确认')}
              >
                <Form.Item
                  name="feedback"
                  label="落实情况"
                  rules={[{ required: true, message: '请填写落实情况' }]}
                >
                  <Input.TextArea rows={6} maxLength={5000} />
                </Form.Item>
              </ModalStep>
            )}
            {i.abilities.close && (
              <PlainStep
                button="办结"
                confirm="各单位反馈均已确认，办结这件批示？"
                buttonProps={{ type: 'primary' }}
                run={() =>
                  step('close', {}, '已办结').catch((e) => {
                    message.error((e as Error).message);
                    throw e;
                  })
                }
              />
            )}
          </Space>
        </Space>
      </Card>
      <Card size="small" title="落实反馈">
        <List dataSource={i.feedback} rowKey="unitId" renderItem={(p) => <UnitPart i={i} part={p} />} />
      </Card>
      <Card size="small" title="处理过程">
        <EventTimeline events={i.timeline} />
      </Card>
    </Space>
  );
}
