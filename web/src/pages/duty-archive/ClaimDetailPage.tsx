import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Result,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate, useParams } from 'react-router';
import { CLAIM_DUTY_KINDS } from '../../../../domain/duty-kinds';
import { ApiError, api } from '../../api/client';
import { FileLink, UploadButton } from '../../components/Files';
import { useDutyRefresh } from '../../features/duty-archive/api';
import { ClaimStatusTag } from '../../features/duty-archive/common';
import type { ClaimView } from '../../features/duty-archive/types';
import { EventTimeline, ModalStep, PlainStep } from '../../features/opinions/common';
import { useMessage } from '../../feedback/message';

const kindOptions = CLAIM_DUTY_KINDS.map((k) => ({ value: k.key, label: k.label }));

/** A step on the claim on screen: the version shown goes along (stale → 409, reloaded). */
function useClaimStep(c: ClaimView) {
  const url = `/api/duty-archive/claims/${c.id}`;
  const qc = useQueryClient();
  const refresh = useDutyRefresh();
  const message = useMessage();
  return async (step: string, body: Record<string, unknown>, done: string) => {
    try {
      const next = await api.post<ClaimView>(`${url}/${step}`, { expectedVersion: c.version, ...body });
      qc.setQueryData([url], next);
      void refresh();
      message.success(done);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) void qc.invalidateQueries({ queryKey: [url] });
      throw e;
    }
  };
}

function ClaimActions({ c }: { c: ClaimView }) {
  const step = useClaimStep(c);
  const message = useMessage();
  const a = c.abilities;
  return (
    <Space wrap>
      {a.confirm && (
        <PlainStep
          button="确认"
          buttonProps={{ type: 'primary' }}
          run={() =>
            step('confirm', {}, '已确认，计入履职档案').catch((e) => message.error((e as Error).message))
          }
        />
      )}
      {a.refuse && (
        <ModalStep<{ reason: string }>
          button="不予确认"
          title="不予确认"
          name="claim-refuse"
          buttonProps={{ danger: true }}
          onSubmit={(v) => step('refuse', v, '已不予确认，理由已告知委员')}
        >
          <Form.Item
            name="reason"
            label="理由（委员可见）"
            rules={[{ required: true, message: '请填写理由' }]}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </ModalStep>
      )}
      {a.withdraw && (
        <PlainStep
          button="撤回申报"
          confirm="撤回后不再确认，确定撤回？"
          run={() => step('withdraw', {}, '已撤回').catch((e) => message.error((e as Error).message))}
        />
      )}
      {a.correct && (
        <ModalStep<{ kind: string; occurredOn: Dayjs; title: string; reason: string }>
          button="更正"
          title="更正已确认的履职项（留痕）"
          name="claim-correct"
          initialValues={{ kind: c.kind, occurredOn: dayjs(c.occurredOn), title: c.title }}
          onSubmit={(v) => step('correct', { ...v, occurredOn: v.occurredOn.format('YYYY-MM-DD') }, '已更正')}
        >
          <Form.Item name="kind" label="履职项类别" rules={[{ required: true }]}>
            <Select options={kindOptions} />
          </Form.Item>
          <Form.Item name="occurredOn" label="履职日期" rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="title" label="事项" rules={[{ required: true }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="reason" label="更正理由" rules={[{ required: true, message: '请填写理由' }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </ModalStep>
      )}
      {a.revoke && (
        <ModalStep<{ reason: string }>
          button="撤销确认"
          title="撤销确认"
          name="claim-revoke"
          buttonProps={{ danger: true }}
          onSubmit={(v) => step('revoke', v, '已撤销确认')}
        >
          <Form.Item name="reason" label="理由" rules={[{ required: true, message: '请填写理由' }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </ModalStep>
      )}
    </Space>
  );
}

/** A 自行申报 item: what was claimed, its proof, its state and history; the staff decide it here. */
export function ClaimDetailPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const refresh = useDutyRefresh();
  const url = `/api/duty-archive/claims/${id}`;
  const { data: c, error, isLoading } = useQuery({ queryKey: [url], queryFn: () => api.get<ClaimView>(url) });
  if (isLoading) return <Skeleton active />;
  if (!c) return <Result status="404" title={(error as Error | null)?.message ?? '申报不存在'} />;
  const canUpload = c.abilities.withdraw || c.abilities.confirm || c.abilities.correct;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => navigate(-1)} />
            <ClaimStatusTag status={c.status} label={c.statusLabel} />
          </Space>
          <Typography.Title level={2} style={{ margin: 0, fontSize: '1.25rem' }}>
            {c.title}
          </Typography.Title>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'member', label: '委员', children: c.memberName },
              { key: 'kind', label: '类别', children: c.kindLabel },
              { key: 'day', label: '履职日期', children: c.occurredOn },
              { key: 'desc', label: '说明', children: c.description || '—' },
            ]}
          />
          {c.refuseReason && c.status === 'refused' && (
            <Alert type="warning" showIcon title="不予确认的理由" description={c.refuseReason} />
          )}
          <ClaimActions c={c} />
        </Space>
      </Card>
      <Card size="small" title="证明材料">
        <Space orientation="vertical" style={{ width: '100%' }}>
          {c.files.length === 0 && <Typography.Text type="secondary">未上传材料</Typography.Text>}
          {c.files.map((f) => (
            <FileLink key={f.id} href={`${url}/files/${f.id}`} name={f.fileName} bytes={f.sizeBytes} />
          ))}
          {canUpload && (
            <UploadButton<{ claim: ClaimView }>
              url={`${url}/files`}
              label="上传材料"
              done={(res) => {
                qc.setQueryData([url], res.claim);
                void refresh();
              }}
            />
          )}
        </Space>
      </Card>
      <Card size="small" title="处理过程">
        <EventTimeline events={c.timeline} />
      </Card>
    </Space>
  );
}
