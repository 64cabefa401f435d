import { UploadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Radio, Upload, type UploadFile } from 'antd';
import { LEAVE_CATEGORIES, LEAVE_CATEGORY_LABELS } from '../../../../domain/meetings';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useMeetingRefresh } from './api';
import type { LeaveView, MeetingView } from './types';

interface Values {
  category: string;
  reason: string;
  sittingIds?: number[];
  file?: UploadFile[];
}

/**
 * 请假: the category, the reason, the sittings it covers (all by default) and a file if there is
 * one (a doctor's note, an official letter). The organisers are told at once.
 */
export function LeaveModal({ m, open, onClose }: { m: MeetingView; open: boolean; onClose: () => void }) {
  const refresh = useMeetingRefresh();
  const submit = async (v: Values) => {
    const form = new FormData();
    form.set('category', v.category);
    form.set('reason', v.reason);
    if (v.sittingIds?.length) form.set('sittingIds', v.sittingIds.join(','));
    const file = v.file?.[0]?.originFileObj;
    if (file) form.set('file', file);
    const res = await api.upload<{ leaveRequest: LeaveView; meeting: MeetingView }>(
      `/api/meetings/${m.id}/leave-requests`,
      form,
    );
    refresh(res.meeting);
    onClose();
  };
  return (
    <FormModal<Values>
      open={open}
      title="请假"
      name="leave"
      okText="提交请假"
      onSubmit={submit}
      onClose={onClose}
      initialValues={{ category: 'official' }}
    >
      <Form.Item name="category" label="请假类别" rules={[{ required: true }]}>
        <Radio.Group options={LEAVE_CATEGORIES.map((c) => ({ value: c, label: LEAVE_CATEGORY_LABELS[c] }))} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="请假事由"
        rules={[{ required: true, whitespace: true, message: '请填写请假事由' }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      {m.sittings.length > 1 && (
        <Form.Item name="sittingIds" label="请假场次" extra="不选则为全部场次">
          <Checkbox.Group options={m.sittings.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
      )}
      <Form.Item
        name="file"
        label="证明材料（可选）"
        valuePropName="fileList"
        getValueFromEvent={(e) => e?.fileList}
      >
        <Upload beforeUpload={() => false} maxCount={1}>
          <Button icon={<UploadOutlined />}>选择文件</Button>
        </Upload>
      </Form.Item>
    </FormModal>
  );
}
