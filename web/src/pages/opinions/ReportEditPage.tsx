import {
  Button,
  Card,
  Col,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  BODY_KIND_LABELS,
  BODY_KINDS,
  missingPart,
  OPINION_REQUIRED_TEXT_FIELDS,
  OPINION_TEXT_FIELDS,
  OPINION_TEXT_LABELS,
  typedLength,
  URGENCIES,
  URGENCY_LABELS,
} from '../../../../domain/opinion-reports';
import { api } from '../../api/client';
import { showApiError } from '../../components/formErrors';
import { RemoteSelect } from '../../components/RemoteSelect';
import { useDoc, useOpinionRefresh } from '../../features/opinions/api';
import { ReportFiles } from '../../features/opinions/ReportFiles';
import { SimilarReports } from '../../features/opinions/SimilarReports';
import type { ReportView } from '../../features/opinions/types';
import { useMessage } from '../../feedback/message';

interface Values {
  title: string;
  situation: string;
  analysis: string;
  recommendation: string;
  urgency: 'normal' | 'urgent';
  /** 代为报送 only. */
  bodyKind?: string;
  bodyName?: string;
  sectorId?: number;
  liaisonGroupId?: number;
}

/** 代为报送: in whose name the editors file (the body's kind and name, its sector or liaison group). */
function BodyFields() {
  return (
    <>
      <Form.Item name="bodyKind" label="报送单位类别" rules={[{ required: true, message: '请选择类别' }]}>
        <Select options={BODY_KINDS.map((k) => ({ value: k, label: BODY_KIND_LABELS[k] }))} />
      </Form.Item>
      <Form.Item
        name="bodyName"
        label="报送单位"
        rules={[{ required: true, whitespace: true, message: '请填写报送单位' }]}
      >
        <Input maxLength={60} placeholder="如：民盟清河区委、区妇联、教育界委员小组" />
      </Form.Item>
      <Form.Item name="sectorId" label="所属界别（可选，统计按界别）">
        <RemoteSelect url="/api/org/sectors" allowClear placeholder="输入名称搜索" />
      </Form.Item>
      <Form.Item name="liaisonGroupId" label="委员联络组（可选）">
        <RemoteSelect url="/api/org/liaison-groups" allowClear placeholder="输入名称搜索" />
      </Form.Item>
    </>
  );
}

const PROMPTS: Record<(typeof OPINION_TEXT_FIELDS)[number], string> = {
  situation: '发生了什么、在哪里、涉及多少人（一事一报）',
  analysis: '原因和影响',
  recommendation: '具体、可操作的建议',
};

type ReportForm = ReturnType<typeof Form.useForm<Values>>[0];

/** 情况, 分析, 建议 as typed so far. */
function useParts(form: ReportForm): string[] {
  const situation = Form.useWatch('situation', form) ?? '';
  const analysis = Form.useWatch('analysis', form) ?? '';
  const recommendation = Form.useWatch('recommendation', form) ?? '';
  return [situation, analysis, recommendation];
}

/** The characters typed against the committee's limit, as the server counts them (graphemes). */
function LengthCount({ form, max }: { form: ReportForm; max: number }) {
  const parts = useParts(form);
  const used = parts.reduce((n, p) => n + typedLength(p), 0);
  const over = used > max;
  return (
    <Typography.Text
      aria-live="polite"
      data-testid="length-count"
      type={over ? 'danger' : 'secondary'}
      strong={over}
    >
      情况、分析、建议共 {used} 字，本会上限 {max} 字{over ? `，已超出 ${used - max} 字` : ''}
    </Typography.Text>
  );
}

/** 撰写/修改社情民意信息: the draft's form, its live length, similar earlier reports, files, 报送. */
export function ReportEditPage({ forBody = false }: { forBody?: boolean }) {
  const { id } = useParams();
  const editing = id !== undefined;
  const url = `/api/opinion-reports/${id}`;
  const { data: r, isLoading, error } = useDoc<ReportView>(url, editing);
  const settings = useDoc<{ maxChars: number }>('/api/opinion-reports/settings');
  if (editing && isLoading) return <Skeleton active />;
  if (editing && !r) return <Result status="404" title={(error as Error | null)?.message ?? '信息不存在'} />;
  if (r && !r.abilities.edit) return <Result status="warning" title="这条信息已报送，不能再修改" />;
  return (
    <DraftForm
      key={r?.id ?? 'new'}
      r={r}
      forBody={forBody && !editing}
      max={settings.data?.maxChars ?? r?.maxChars ?? 0}
    />
  );
}

function DraftForm({ r, max, forBody }: { r?: ReportView; max: number; forBody: boolean }) {
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const refresh = useOpinionRefresh();
  const message = useMessage();
  const [busy, setBusy] = useState(false);
  const title = Form.useWatch('title', form) ?? '';
  const parts = useParts(form);
  const save = async (v: Values): Promise<ReportView> => {
    const saved = r
      ? await api.put<ReportView>(`/api/opinion-reports/${r.id}`, { ...v, expectedVersion: r.version })
      : await api.post<ReportView>(forBody ? '/api/opinion-reports/for-body' : '/api/opinion-reports', v);
    refresh(`/api/opinion-reports/${saved.id}`, saved);
    return saved;
  };
  const run = async (then: 'keep' | 'submit') => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    // 报送 needs 情况 and 建议 (the server's rule too); a draft may be saved without them.
    const missing = then === 'submit' ? missingPart(v) : null;
    if (missing) {
      form.setFields([{ name: missing, errors: [`请填写${OPINION_TEXT_LABELS[missing]}后再报送`] }]);
      return;
    }
    setBusy(true);
    try {
      const saved = await save(v);
      if (then === 'submit') {
        const next = await api
          .post<ReportView>(`/api/opinion-reports/${saved.id}/submit`, { expectedVersion: saved.version })
          .catch((e) => {
            // Saved though not filed: go on from this draft, or the next try saves another.
            if (!r) navigate(`/opinions/${saved.id}/edit`, { replace: true });
            throw e;
          });
        refresh(`/api/opinion-reports/${saved.id}`, next);
        message.success('已报送，研究室接收后会告知处理结果');
        navigate(`/opinions/${saved.id}`, { replace: true });
      } else {
        message.success('草稿已保存');
        if (!r) navigate(`/opinions/${saved.id}/edit`, { replace: true });
      }
    } catch (e) {
      const text = showApiError(form, e);
      if (text) message.error(text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={15}>
        <Card size="small">
          <Form<Values>
            form={form}
            layout="vertical"
            name="opinion-report"
            initialValues={
              r
                ? {
                    title: r.title,
                    situation: r.situation,
                    analysis: r.analysis,
                    recommendation: r.recommendation,
                    urgency: r.urgency,
                  }
                : { urgency: 'normal', situation: '', analysis: '', recommendation: '' }
            }
          >
            {forBody && <BodyFields />}
            <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
              <Input maxLength={60} showCount />
            </Form.Item>
            <Form.Item name="urgency" label="紧急程度">
              <Radio.Group options={URGENCIES.map((u) => ({ value: u, label: URGENCY_LABELS[u] }))} />
            </Form.Item>
            {OPINION_TEXT_FIELDS.map((f) => (
              <Form.Item
                key={f}
                name={f}
                label={OPINION_TEXT_LABELS[f]}
                extra={PROMPTS[f]}
                required={OPINION_REQUIRED_TEXT_FIELDS.includes(f)}
              >
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 14 }} />
              </Form.Item>
            ))}
            <LengthCount form={form} max={max} />
          </Form>
          <div style={{ marginTop: 12 }}>
            {r ? (
              <ReportFiles r={r} />
            ) : (
              <Typography.Text type="secondary">保存草稿后可上传附件（图片、PDF、Word）。</Typography.Text>
            )}
          </div>
          <Space wrap style={{ marginTop: 16 }}>
            <Button onClick={() => run('keep')} loading={busy}>
              保存草稿
            </Button>
            <Button type="primary" onClick={() => run('submit')} loading={busy}>
              报送
            </Button>
          </Space>
        </Card>
      </Col>
      <Col xs={24} lg={9}>
        <SimilarReports text={[title, ...parts].join('\n')} excludeId={r?.id} />
      </Col>
    </Row>
  );
}
