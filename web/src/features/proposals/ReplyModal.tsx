import { UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Modal, Select, Switch, Upload } from 'antd';
import { useState } from 'react';
import { REPLY_FILE_EXTENSIONS } from '../../../../domain/proposal-handling';
import { ApiError, api } from '../../api/client';
import { showApiError } from '../../components/formErrors';
import { useMessage } from '../../feedback/message';
import { proposalKey, useProposalUpdate } from './api';
import { RichTextEditor } from './RichText';
import type { ProposalView } from './types';

interface ReplyValues {
  bodyHtml: string;
  category: string;
  signedBy?: string;
  publishable: boolean;
  publicBodyHtml?: string;
  /** Only carries the field's error: the chosen file is kept in state. */
  file?: never;
}

/** The reply as the API reads it: multipart text fields plus the signed letter. */
function replyForm(p: ProposalView, v: ReplyValues, file: File) {
  const form = new FormData();
  form.append('expectedVersion', String(p.version));
  form.append('bodyHtml', v.bodyHtml ?? '');
  form.append('category', v.category);
  if (v.signedBy) form.append('signedBy', v.signedBy);
  form.append('publishable', String(v.publishable));
  if (v.publishable && v.publicBodyHtml) form.append('publicBodyHtml', v.publicBodyHtml);
  form.append('file', file);
  return form;
}

/**
 * 答复: the letter's text, its category (the committee's A/B/C levels), the signed file, and
 * whether it may be published (the server strips contact data from the public version; staff
 * approve it before it goes public).
 */
export function ReplyModal({ p }: { p: ProposalView }) {
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<ReplyValues>();
  const message = useMessage();
  const update = useProposalUpdate();
  const qc = useQueryClient();
  const publishable = Form.useWatch('publishable', form);
  const [modal, modalHolder] = Modal.useModal();
  const submit = async (v: ReplyValues) => {
    if (!file) {
      form.setFields([{ name: 'file', errors: ['请上传签发的答复函'] }]);
      return;
    }
    // A reply is final: the proposers are told and rate it; it cannot be taken back.
    const sure = await modal.confirm({
      title: '提交后答复不能修改，提案人将收到答复并进行满意度测评。确定提交？',
      okText: '确定提交',
      cancelText: '再看看',
    });
    if (!sure) return;
    setBusy(true);
    try {
      update(await api.upload<ProposalView>(`/api/proposals/${p.id}/reply`, replyForm(p, v, file)));
      message.success('已答复');
      setOpen(false);
    } catch (e) {
      // A 409 means the proposal moved on: show where it stands now, as every step does.
      if (e instanceof ApiError && e.status === 409)
        void qc.invalidateQueries({ queryKey: proposalKey(p.id) });
      const text = showApiError(form, e);
      if (text) message.error(text);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {modalHolder}
      <Button type="primary" onClick={() => setOpen(true)}>
        答复
      </Button>
      <Modal
        open={open}
        title="答复提案"
        okText="提交答复"
        confirmLoading={busy}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        width={720}
        destroyOnHidden
      >
        <Form<ReplyValues>
          form={form}
          layout="vertical"
          name="proposal-reply"
          onFinish={submit}
          initialValues={{ publishable: true }}
        >
          <Form.Item label="答复类别" name="category" rules={[{ required: true, message: '请选择答复类别' }]}>
            <Select
              options={p.handling.replyCategories.map((c) => ({
                value: c.code,
                label: `${c.code} 类：${c.label}`,
              }))}
            />
          </Form.Item>
          <Form.Item label="答复正文" name="bodyHtml" rules={[{ required: true, message: '请填写答复正文' }]}>
            <RichTextEditor label="答复正文" />
          </Form.Item>
          <Form.Item label="签发人" name="signedBy">
            <Input maxLength={50} />
          </Form.Item>
          <Form.Item
            label="答复函文件"
            name="file"
            required
            extra={`签发的答复函，${REPLY_FILE_EXTENSIONS.join('、')}，不超过 10 MB`}
          >
            <Upload
              accept={REPLY_FILE_EXTENSIONS.join(',')}
              maxCount={1}
              beforeUpload={(f) => {
                setFile(f);
                form.setFields([{ name: 'file', errors: [] }]);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <Button icon={<UploadOutlined />}>选择文件</Button>
            </Upload>
          </Form.Item>
          <Form.Item label="同意公开" name="publishable" valuePropName="checked">
            <Switch />
          </Form.Item>
          {publishable && (
            <Form.Item
              label="公开版本（选填）"
              name="publicBodyHtml"
              extra="不填则以答复正文为公开版本；手机号、身份证号、邮箱等联系信息会自动隐去，经审核后公开"
            >
              <RichTextEditor label="公开版本" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
