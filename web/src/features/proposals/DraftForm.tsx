import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Modal, Row, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ORG_SUBMITTER_KINDS, SUBMITTER_KIND_LABELS } from '../../../../domain/proposals';
import { api } from '../../api/client';
import type { Me } from '../../api/session';
import { showApiError } from '../../components/formErrors';
import { useMessage } from '../../feedback/message';
import { useCatalogueOptions } from '../members/api';
import { Attachments } from './Attachments';
import { useProposalConfig, useProposalUpdate, useSessions } from './api';
import { CosignerPicker } from './CosignerPicker';
import { AdviceList, checkDraftText, DraftCheckCard } from './DraftAdvice';
import { RichTextEditor } from './RichText';
import { plainText, SimilarPanel } from './SimilarPanel';
import { TopicGuide } from './TopicGuide';
import type { ProposalView } from './types';
import { type DocxDraft, WordImport } from './WordImport';

export interface DraftValues {
  sessionId?: number;
  submitterKind?: string;
  submitterName?: string;
  sectorId?: number;
  specialCommitteeId?: number;
  title: string;
  categoryId?: number | null;
  situationHtml?: string;
  analysisHtml?: string;
  recommendationHtml?: string;
  cosignerMemberIds?: number[];
}

/** The body's parts; `required` marks what 提交 needs (a draft may be saved without it). */
const PARTS = [
  { name: 'situationHtml', label: '情况', hint: '所提问题的现状和背景', required: false },
  { name: 'analysisHtml', label: '分析', hint: '问题的原因和影响', required: false },
  { name: 'recommendationHtml', label: '建议', hint: '具体、可操作的办法（提交时必填）', required: true },
] as const;

const ORG_KIND_OPTIONS = ORG_SUBMITTER_KINDS.map((k) => ({ value: k, label: SUBMITTER_KIND_LABELS[k] }));

const initialOf = (p: ProposalView): DraftValues => ({
  title: p.title,
  categoryId: p.categoryId,
  submitterName: p.submitterName ?? undefined,
  situationHtml: p.situationHtml,
  analysisHtml: p.analysisHtml,
  recommendationHtml: p.recommendationHtml,
  cosignerMemberIds: p.signers.filter((s) => s.role === 'co').map((s) => s.memberId),
});

/** Staff enter a party, sector-group or special-committee proposal in the body's name. */
function OrgSubmitterFields({ creating }: { creating: boolean }) {
  const kind = Form.useWatch<string | undefined>('submitterKind');
  const sectors = useCatalogueOptions('sectors');
  const committees = useCatalogueOptions('special-committees');
  return (
    <>
      {creating && (
        <Form.Item
          label="提案者类型"
          name="submitterKind"
          rules={[{ required: true, message: '请选择提案者类型' }]}
        >
          <Select options={ORG_KIND_OPTIONS} />
        </Form.Item>
      )}
      <Form.Item
        label="提案单位"
        name="submitterName"
        rules={[{ required: true, message: '请填写提案单位' }]}
      >
        <Input maxLength={100} placeholder="如：民盟清河区委员会" />
      </Form.Item>
      {creating && kind === 'sectorGroup' && (
        <Form.Item label="界别" name="sectorId" rules={[{ required: true, message: '请选择界别' }]}>
          <Select options={sectors.data ?? []} />
        </Form.Item>
      )}
      {creating && kind === 'specialCommittee' && (
        <Form.Item
          label="专门委员会"
          name="specialCommitteeId"
          rules={[{ required: true, message: '请选择专门委员会' }]}
        >
          <Select options={committees.data ?? []} />
        </Form.Item>
      )}
    </>
  );
}

/**
 * 起草/修改提案: 案由, category, 情况/分析/建议, co-signers, attachments (once saved), with similar
 * proposals beside the form (below it on a phone) while the member types. 保存草稿 keeps it;
 * 提交 saves and submits (co-signers are then asked to confirm).
 */
export function DraftForm({ me, draft }: { me: Me; draft?: ProposalView }) {
  const [form] = Form.useForm<DraftValues>();
  const message = useMessage();
  const [modal, modalHolder] = Modal.useModal();
  const navigate = useNavigate();
  const update = useProposalUpdate();
  const config = useProposalConfig();
  const sessions = useSessions();
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  // Staff of the proposal office enter proposals of parties, sector groups and special committees.
  const orgKind = me.abilities.handleProposals;
  const title = Form.useWatch('title', form) ?? '';
  const parts = Form.useWatch([], form) as DraftValues | undefined;
  const similarText = [title, ...PARTS.map((x) => plainText(parts?.[x.name] ?? ''))].join(' ');

  const save = async (v: DraftValues) => {
    const body = { ...v, cosignerMemberIds: v.cosignerMemberIds ?? [], categoryId: v.categoryId ?? null };
    const saved = draft
      ? await api.patch<ProposalView>(`/api/proposals/${draft.id}`, {
          ...body,
          expectedVersion: draft.version,
        })
      : await api.post<ProposalView>('/api/proposals', body);
    update(saved);
    return saved;
  };
  const checkInput = () => ({ ...form.getFieldsValue(true), excludeId: draft?.id });
  /** Before submitting, the member sees the check's advice once more and decides (advice never blocks). */
  const confirmAdvice = async () => {
    const { advice } = await checkDraftText(checkInput());
    if (!advice.length) return true;
    return modal.confirm({
      title: '提交前请看一下这些提示',
      width: 560,
      content: <AdviceList advice={advice} empty="" />,
      okText: '仍然提交',
      cancelText: '返回修改',
    });
  };
  const run = async (kind: 'save' | 'submit') => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(kind);
    try {
      if (kind === 'submit' && !(await confirmAdvice())) return;
      const saved = await save(v);
      if (kind === 'submit') {
        const submitted = await api
          .post<ProposalView>(`/api/proposals/${saved.id}/submit`, { expectedVersion: saved.version })
          .catch((e) => {
            // The draft is saved though not submitted: go on from it, or the next try saves another.
            if (!draft) navigate(`/proposals/${saved.id}/edit`, { replace: true });
            throw e;
          });
        update(submitted);
        message.success('提案已提交');
        navigate(`/proposals/${saved.id}`);
      } else {
        message.success('草稿已保存');
        if (!draft) navigate(`/proposals/${saved.id}/edit`, { replace: true });
      }
    } catch (e) {
      const text = showApiError(form, e);
      if (text) message.error(text);
    } finally {
      setBusy(null);
    }
  };

  const hasText = () =>
    (['title', ...PARTS.map((x) => x.name)] as const).some((k) => plainText(form.getFieldValue(k) ?? ''));
  const fillFromWord = ({ found: _, ...fields }: DocxDraft) => form.setFieldsValue(fields);
  const pickTopic = (topic: string) => {
    if (form.getFieldValue('title')?.trim()) message.info('已填写案由，可参考选题自行修改');
    else form.setFieldValue('title', `关于${topic}的建议`);
  };

  const latestSession = sessions.data?.[0]?.id;
  useEffect(() => {
    // A new proposal belongs to the latest session unless the drafter picks another.
    if (!draft && latestSession && !form.getFieldValue('sessionId'))
      form.setFieldValue('sessionId', latestSession);
  }, [draft, latestSession, form]);
  return (
    <>
      {modalHolder}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card title="提案内容" size="small">
            <Form<DraftValues>
              form={form}
              layout="vertical"
              name="proposal-draft"
              initialValues={draft ? initialOf(draft) : { cosignerMemberIds: [] }}
            >
              {!draft && (
                <Form.Item
                  label="届次会议"
                  name="sessionId"
                  rules={[{ required: true, message: '请选择届次会议' }]}
                >
                  <Select options={(sessions.data ?? []).map((s) => ({ value: s.id, label: s.name }))} />
                </Form.Item>
              )}
              {orgKind && <OrgSubmitterFields creating={!draft} />}
              <Form.Item extra="已在 Word 中写好的提案，可直接读取案由和情况、分析、建议（.docx）">
                <WordImport filled={hasText} onRead={fillFromWord} />
              </Form.Item>
              <Form.Item
                label="案由"
                name="title"
                rules={[{ required: true, whitespace: true, message: '请填写案由' }]}
                extra="一事一案，写明所提问题，如「关于……的建议」"
              >
                <Input maxLength={200} showCount placeholder="关于……的建议" />
              </Form.Item>
              <Form.Item label="提案类别" name="categoryId" required extra="提交时必选">
                <Select
                  allowClear
                  placeholder="请选择"
                  options={(config.data?.categories ?? [])
                    .filter((c) => c.active)
                    .map((c) => ({ value: c.id, label: c.name }))}
                />
              </Form.Item>
              {PARTS.map((x) => (
                <Form.Item key={x.name} label={x.label} name={x.name} extra={x.hint} required={x.required}>
                  <RichTextEditor label={x.label} placeholder={x.hint} />
                </Form.Item>
              ))}
              {!orgKind && (
                <Form.Item
                  label="联名人"
                  name="cosignerMemberIds"
                  extra="提交后由联名人逐一确认；不选即为个人提案"
                >
                  <CosignerPicker
                    known={draft?.signers ?? []}
                    excludeId={draft?.leadMemberId ?? me.memberId}
                  />
                </Form.Item>
              )}
            </Form>
            <Form.Item label="附件">
              {draft ? (
                <Attachments p={draft} />
              ) : (
                <Typography.Text type="secondary">保存草稿后可上传附件</Typography.Text>
              )}
            </Form.Item>
            <Space wrap>
              <Button icon={<SaveOutlined />} loading={busy === 'save'} onClick={() => run('save')}>
                保存草稿
              </Button>
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={busy === 'submit'}
                onClick={() => run('submit')}
              >
                提交
              </Button>
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <TopicGuide onPick={pickTopic} />
            <DraftCheckCard read={checkInput} />
            <SimilarPanel text={similarText} excludeId={draft?.id} />
          </Space>
        </Col>
      </Row>
    </>
  );
}
