import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Progress,
  Radio,
  Result,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { ADOPTION_LABELS, ADOPTIONS } from '../../../../domain/consultation-suggestions';
import { SUGGESTION_ORIGIN_LABELS, type SuggestionOrigin } from '../../../../domain/supervision';
import { DeleteFileButton, FileLink, UploadButton } from '../../components/Files';
import { formatTime } from '../../components/format';
import { RemoteSelect } from '../../components/RemoteSelect';
import type { SuggestionView } from '../../features/consultations/types';
import { useDoc, useDocStep, useOpinionRefresh } from '../../features/opinions/api';
import { EventTimeline, ModalStep, PlainText, StatusTag } from '../../features/opinions/common';
import { FeedbackDue } from './SuggestionsPage';

type Feedback = { adoption: (typeof ADOPTIONS)[number]; feedback: string; reason?: string };

/** The department's steps: 书面反馈, 报告进展, 办结; the office's 改派. */
function Steps({ s }: { s: SuggestionView }) {
  const step = useDocStep(`/api/consultation-suggestions/${s.id}`, s);
  return (
    <Space wrap>
      {s.abilities.feedback && (
        <ModalStep<Feedback>
          button="书面反馈"
          title="书面反馈采纳情况"
          name="suggestion-feedback"
          okText="提交反馈"
          buttonProps={{ type: 'primary' }}
          initialValues={{ adoption: 'adopted' }}
          onSubmit={(v) => step('feedback', v, '反馈已提交')}
        >
          <Form.Item name="adoption" label="采纳情况" rules={[{ required: true }]}>
            <Radio.Group options={ADOPTIONS.map((a) => ({ value: a, label: ADOPTION_LABELS[a] }))} />
          </Form.Item>
          <Form.Item name="feedback" label="反馈意见" rules={[{ required: true, message: '请填写反馈意见' }]}>
            <Input.TextArea rows={5} maxLength={5000} />
          </Form.Item>
          <Form.Item name="reason" label="未采纳理由（未采纳、部分采纳时填写）">
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </ModalStep>
      )}
      {s.abilities.progress && (
        <ModalStep<{ percent: number; milestone: string }>
          button="报告进展"
          title="报告落实进展"
          name="suggestion-progress"
          okText="提交"
          initialValues={{ percent: s.percent }}
          onSubmit={(v) => step('progress', v, '进展已报告')}
        >
          <Form.Item name="percent" label="落实进度（%）" rules={[{ required: true, message: '请填写进度' }]}>
            <InputNumber min={0} max={99} />
          </Form.Item>
          <Form.Item
            name="milestone"
            label="进展情况"
            rules={[{ required: true, message: '请填写进展情况' }]}
          >
            <Input.TextArea rows={4} maxLength={1000} />
          </Form.Item>
        </ModalStep>
      )}
      {s.abilities.complete && (
        <ModalStep<{ milestone: string }>
          button="办结"
          title="落实完成，办结"
          name="suggestion-complete"
          okText="办结"
          onSubmit={(v) => step('complete', v, '已办结')}
        >
          <Form.Item
            name="milestone"
            label="完成情况"
            rules={[{ required: true, message: '请填写完成情况' }]}
          >
            <Input.TextArea rows={4} maxLength={1000} />
          </Form.Item>
        </ModalStep>
      )}
      {s.abilities.reassign && (
        <ModalStep<{ unitId: number; note?: string }>
          button="改派"
          title="改派责任部门"
          name="suggestion-reassign"
          okText="改派"
          onSubmit={(v) => step('reassign', v, '已改派')}
        >
          <Form.Item name="unitId" label="责任部门" rules={[{ required: true, message: '请选择责任部门' }]}>
            <RemoteSelect url="/api/org/handling-units" placeholder="责任部门" />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </ModalStep>
      )}
    </Space>
  );
}

/**
 * 反馈附件 (the signed reply letter, photos of what was done): download links for every reader; upload
 * and delete for the department, each answer the suggestion's page, put in the cache at once.
 */
function FeedbackFiles({ s }: { s: SuggestionView }) {
  const refresh = useOpinionRefresh();
  const url = `/api/consultation-suggestions/${s.id}`;
  const done = (next: SuggestionView) => refresh(url, next);
  if (!s.canAttachFiles && s.files.length === 0) return null;
  return (
    <Card size="small" title="反馈附件">
      <Space wrap size={[12, 4]}>
        {s.files.map((f) => (
          <Space key={f.id} size={0}>
            <FileLink href={`${url}/files/${f.id}`} name={f.fileName} bytes={f.sizeBytes} />
            {s.canAttachFiles && (
              <DeleteFileButton<SuggestionView> url={`${url}/files/${f.id}`} name={f.fileName} done={done} />
            )}
          </Space>
        ))}
        {s.canAttachFiles && <UploadButton<SuggestionView> url={`${url}/files`} done={done} />}
      </Space>
    </Card>
  );
}

/** 意见建议: what was suggested, by whom, the department's written feedback and the implementation. */
export function SuggestionDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: s, error, isLoading } = useDoc<SuggestionView>(`/api/consultation-suggestions/${id}`);
  if (isLoading) return <Skeleton active />;
  if (!s) return <Result status="404" title={(error as Error | null)?.message ?? '意见建议不存在'} />;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
            <StatusTag status={s.status} label={s.statusLabel} />
            {s.overdue && <Tag color="red">反馈逾期</Tag>}
            {s.adoptionLabel && <Tag color="blue">{s.adoptionLabel}</Tag>}
          </Space>
          <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }}>
            意见建议
          </Typography.Title>
          <PlainText text={s.text} />
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'by', label: '提出人', children: `${s.proposerName}（${s.sourceLabel}）` },
              {
                key: 'topic',
                label: SUGGESTION_ORIGIN_LABELS[s.origin as SuggestionOrigin],
                children: <Link to={s.originLink}>{s.topic}</Link>,
              },
              { key: 'form', label: '形式', children: s.formLabel },
              { key: 'unit', label: '责任部门', children: s.unitName },
              { key: 'due', label: '反馈期限', children: <FeedbackDue s={s} /> },
              { key: 'sent', label: '交办时间', children: formatTime(s.sentAt).slice(0, 16) },
            ]}
          />
          <Steps s={s} />
        </Space>
      </Card>
      {s.feedback && (
        <Card size="small" title="部门书面反馈">
          <Space orientation="vertical" size={4}>
            <Typography.Text strong>{s.adoptionLabel}</Typography.Text>
            <PlainText text={s.feedback} />
            {s.reason && <Typography.Text type="secondary">理由：{s.reason}</Typography.Text>}
          </Space>
        </Card>
      )}
      <FeedbackFiles s={s} />
      {(s.status === 'implementing' || s.status === 'done') && (
        <Card size="small" title="落实进展">
          <Progress percent={s.percent} aria-label={`落实进度 ${s.percent}%`} />
          <List
            dataSource={s.milestones}
            rowKey={(m) => `${m.reportedAt}${m.percent}`}
            renderItem={(m) => (
              <List.Item>
                <Space wrap>
                  <Tag>{m.percent}%</Tag>
                  {m.milestone}
                  <Typography.Text type="secondary">{formatTime(m.reportedAt).slice(0, 10)}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
      <Card size="small" title="处理过程">
        <EventTimeline events={s.timeline as never} />
      </Card>
    </Space>
  );
}
