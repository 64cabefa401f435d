import { Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { useMessage } from '../../feedback/message';
import { useMeetingRefresh } from './api';
import type { LeaveItem, LeaveView } from './types';

/** 批准 / 不批准 a leave request, with a note the member reads; a stale screen gets the server's 409. */
export function LeaveDecision({
  leave,
  onDone,
}: {
  leave: Pick<LeaveItem, 'id' | 'version' | 'memberName'>;
  onDone?: (v: LeaveView) => void;
}) {
  const refresh = useMeetingRefresh();
  const message = useMessage();
  const [refusing, setRefusing] = useState(false);
  const decide = async (approve: boolean, note?: string) => {
    const next = await api
      .post<LeaveView>(`/api/leave-requests/${leave.id}/decide`, {
        approve,
        note,
        expectedVersion: leave.version,
      })
      .catch((e) => {
        // Refused as stale: the screen shows the request as it now is (decided by then, or changed).
        refresh();
        throw e;
      });
    refresh();
    onDone?.(next);
    message.success(approve ? '已批准请假' : '已不批准');
  };
  return (
    <Space>
      <Button
        type="primary"
        size="small"
        onClick={() => decide(true).catch((e) => message.error((e as Error).message))}
        aria-label={`批准${leave.memberName}的请假`}
      >
        批准
      </Button>
      <Button
        size="small"
        danger
        onClick={() => setRefusing(true)}
        aria-label={`不批准${leave.memberName}的请假`}
      >
        不批准
      </Button>
      <FormModal<{ note: string }>
        open={refusing}
        title={`不批准${leave.memberName}的请假`}
        name={`refuse-${leave.id}`}
        okText="不批准"
        danger
        onClose={() => setRefusing(false)}
        onSubmit={async (v) => {
          await decide(false, v.note);
          setRefusing(false);
        }}
      >
        <Form.Item
          name="note"
          label="说明"
          rules={[{ required: true, whitespace: true, message: '请写明不批准的理由' }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
