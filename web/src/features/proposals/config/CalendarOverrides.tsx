import { useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { CALENDAR_OVERRIDE_KINDS, CALENDAR_OVERRIDE_LABELS } from '../../../../../domain/proposals';
import { api } from '../../../api/client';
import { showApiError } from '../../../components/formErrors';
import { useMessage } from '../../../feedback/message';
import { useProposalConfig } from '../api';

interface DayValues {
  day: Dayjs;
  kind: 'holiday' | 'workday';
  note?: string;
}

const KIND_OPTIONS = CALENDAR_OVERRIDE_KINDS.map((k) => ({ value: k, label: CALENDAR_OVERRIDE_LABELS[k] }));

/**
 * The committee's own changes to the official holiday calendar (a local holiday, a worked
 * weekend); deadlines in working days count with them.
 */
export function CalendarOverrides() {
  const config = useProposalConfig();
  const qc = useQueryClient();
  const message = useMessage();
  const [form] = Form.useForm<DayValues>();
  const refresh = () => qc.invalidateQueries({ queryKey: ['proposal-config'] });
  const add = async (v: DayValues) => {
    try {
      await api.put(`/api/calendar-overrides/${v.day.format('YYYY-MM-DD')}`, { kind: v.kind, note: v.note });
      message.success('已调整');
      form.resetFields();
      await refresh();
    } catch (e) {
      const text = showApiError(form, e);
      if (text) message.error(text);
    }
  };
  const clear = async (day: string) => {
    try {
      await api.delete(`/api/calendar-overrides/${day}`);
      await refresh();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">
        法定节假日与调休按国务院公布的安排自动计算；此处只登记本会特有的休息日或工作日。
      </Typography.Paragraph>
      <Form<DayValues>
        form={form}
        layout="inline"
        onFinish={add}
        name="calendar-override"
        initialValues={{ kind: 'holiday' }}
      >
        <Form.Item name="day" rules={[{ required: true, message: '请选择日期' }]}>
          <DatePicker aria-label="日期" />
        </Form.Item>
        <Form.Item name="kind">
          <Select options={KIND_OPTIONS} style={{ width: 110 }} aria-label="设为" />
        </Form.Item>
        <Form.Item name="note">
          <Input placeholder="说明（选填）" maxLength={100} aria-label="说明" />
        </Form.Item>
        <Button htmlType="submit">登记</Button>
      </Form>
      <Table
        rowKey="day"
        size="small"
        pagination={false}
        dataSource={config.data?.calendarOverrides ?? []}
        columns={[
          { key: 'day', title: '日期', dataIndex: 'day' },
          { key: 'kind', title: '设为', render: (_, r) => CALENDAR_OVERRIDE_LABELS[r.kind] },
          { key: 'note', title: '说明', dataIndex: 'note' },
          {
            key: 'clear',
            title: '操作',
            render: (_, r) => (
              <Popconfirm
                title={`恢复 ${r.day} 为法定安排？`}
                okText="恢复"
                cancelText="取消"
                onConfirm={() => clear(r.day)}
              >
                <Button type="link" size="small">
                  恢复
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Space>
  );
}
