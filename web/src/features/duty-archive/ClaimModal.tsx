import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CLAIM_DUTY_KINDS } from '../../../../domain/duty-kinds';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { RemoteSelect } from '../../components/RemoteSelect';
import { useMessage } from '../../feedback/message';
import { signed, useDutyRefresh } from './api';
import type { ClaimView } from './types';

interface ClaimValues {
  memberId?: number;
  kind: string;
  occurredOn: Dayjs;
  title: string;
  description?: string;
}

const kindOptions = CLAIM_DUTY_KINDS.map((k) => ({
  value: k.key,
  label: `${k.label}（${signed(k.points)} 分）`,
}));

/**
 * 自行申报: a member claims what happened outside the platform (企业走访, 公益捐助 …) with its proof;
 * staff (`forMember`) enter an item for a member, confirmed at once. The file goes through the
 * claim's shared attachments after the claim exists.
 */
export function ClaimModal({ forMember = false }: { forMember?: boolean }) {
  const [open, setOpen] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const message = useMessage();
  const refresh = useDutyRefresh();
  const navigate = useNavigate();
  const submit = async (v: ClaimValues) => {
    const claim = await api.post<ClaimView>('/api/duty-archive/claims', {
      ...(forMember ? { memberId: v.memberId } : {}),
      kind: v.kind,
      occurredOn: v.occurredOn.format('YYYY-MM-DD'),
      title: v.title,
      description: v.description ?? null,
    });
    for (const file of files) {
      const form = new FormData();
      form.set('file', file);
      await api.upload(`/api/duty-archive/claims/${claim.id}/files`, form);
    }
    setOpen(false);
    setFiles([]);
    void refresh();
    message.success(forMember ? '已录入并确认' : '已申报，待工作人员确认');
    navigate(`/duty-archive/claims/${claim.id}`);
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {forMember ? '为委员录入' : '申报履职项'}
      </Button>
      <FormModal<ClaimValues>
        open={open}
        title={forMember ? '为委员录入履职项' : '申报履职项'}
        name="duty-claim"
        okText={forMember ? '录入' : '提交申报'}
        onClose={() => setOpen(false)}
        onSubmit={submit}
      >
        {forMember && (
          <Form.Item name="memberId" label="委员" rules={[{ required: true, message: '请选择委员' }]}>
            <RemoteSelect url="/api/members" labelOf={(m) => String(m.name)} placeholder="输入姓名或拼音" />
          </Form.Item>
        )}
        <Form.Item name="kind" label="履职项类别" rules={[{ required: true, message: '请选择类别' }]}>
          <Select options={kindOptions} placeholder="请选择" />
        </Form.Item>
        <Form.Item name="occurredOn" label="履职日期" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="title" label="事项" rules={[{ required: true, message: '请填写事项' }]}>
          <Input maxLength={100} placeholder="如：走访辖区民营企业" />
        </Form.Item>
        <Form.Item name="description" label="说明">
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item label="证明材料（照片、证书、收据等）">
          <Upload
            multiple
            fileList={files.map((f, i) => ({ uid: String(i), name: f.name, status: 'done' as const }))}
            beforeUpload={(f) => {
              setFiles((prev) => [...prev, f]);
              return false;
            }}
            onRemove={(f) => setFiles((prev) => prev.filter((_, i) => String(i) !== f.uid))}
          >
            <Button icon={<UploadOutlined />}>选择文件</Button>
          </Upload>
        </Form.Item>
      </FormModal>
    </>
  );
}
