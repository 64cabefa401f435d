import { Button, Form, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { UploadButton } from '../../components/Files';
import { FormModal } from '../../components/FormModal';
import { useMessage } from '../../feedback/message';
import { useMeetingRefresh, useMeetingStep } from './api';
import type { MeetingView } from './types';

/** The organisers' buttons: edit, send the notice, upload papers, call it off; each from the abilities. */
export function StaffActions({ m }: { m: MeetingView }) {
  const step = useMeetingStep(m);
  const refresh = useMeetingRefresh();
  const navigate = useNavigate();
  const message = useMessage();
  const [cancelling, setCancelling] = useState(false);
  const run = (path: string, done: string) =>
    step(path, {}, done).catch((e) => message.error((e as Error).message));
  return (
    <Space wrap>
      {m.abilities.publish && (
        // Sent at once to every invitee: asked once more, as a notice cannot be taken back.
        <Popconfirm
          title="发布会议通知"
          description="通知将立即发给全部受邀人员，发布后不能撤回（可取消会议）。"
          okText="发布"
          cancelText="再看看"
          onConfirm={() => run('publish', '会议通知已发布')}
        >
          <Button type="primary">发布会议通知</Button>
        </Popconfirm>
      )}
      {m.abilities.edit && <Button onClick={() => navigate(`/meetings/${m.id}/edit`)}>修改会议</Button>}
      {m.abilities.edit && (
        <UploadButton<{ meeting: MeetingView }>
          url={`/api/meetings/${m.id}/materials`}
          label="上传会议材料"
          success="已上传会议材料"
          done={(res) => refresh(res.meeting)}
        />
      )}
      {m.abilities.cancel && (
        <Button danger onClick={() => setCancelling(true)}>
          取消会议
        </Button>
      )}
      <FormModal<{ note: string }>
        open={cancelling}
        title="取消会议"
        name="cancel-meeting"
        okText="取消会议"
        danger
        onClose={() => setCancelling(false)}
        onSubmit={async (v) => {
          await step('cancel', { note: v.note }, '会议已取消，受邀人员已收到通知');
          setCancelling(false);
        }}
      >
        <Form.Item name="note" label="原因（将通知受邀人员）">
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
