import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Modal, Radio, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { APPOINTMENT_ROLE_LABELS, APPOINTMENT_ROLES } from '../../../../domain/supervision';
import { api } from '../../api/client';
import { useMe } from '../../api/session';
import { FormModal } from '../../components/FormModal';
import { RemoteSelect } from '../../components/RemoteSelect';
import type { AppointmentItem } from '../../features/supervision/types';
import { useMessage } from '../../feedback/message';

const URL = '/api/member-appointments';
const roles = APPOINTMENT_ROLES.map((r) => ({ value: r, label: APPOINTMENT_ROLE_LABELS[r] }));

interface Values {
  memberId: number;
  role: string;
  body: string;
  term: [Dayjs, Dayjs | null];
}

/**
 * 特约监督员 / 听证员: members appointed by courts, procuratorates and other bodies, with the
 * appointing body and the term. A member sees their own.
 */
export function AppointmentsPage() {
  const { data: me } = useMe();
  const qc = useQueryClient();
  const message = useMessage();
  const [modal, modalHolder] = Modal.useModal();
  const [open, setOpen] = useState(false);
  const { data, isLoading } = useQuery({ queryKey: [URL], queryFn: () => api.get<AppointmentItem[]>(URL) });
  const organise = !!me?.abilities.organiseConsultation;
  const add = async ({ term, ...v }: Values) => {
    await api.post(URL, {
      ...v,
      startsOn: term?.[0]?.format('YYYY-MM-DD'),
      endsOn: term?.[1] ? term[1].format('YYYY-MM-DD') : null,
    });
    message.success('已登记');
    void qc.invalidateQueries({ queryKey: [URL] });
  };
  const remove = (a: AppointmentItem) =>
    modal.confirm({
      title: `删除${a.memberName}的${a.roleLabel}聘任记录？`,
      okText: '删除',
      okButtonProps: { danger: true },
      onOk: async () => {
        await api.delete(`${URL}/${a.id}`);
        message.success('已删除');
        void qc.invalidateQueries({ queryKey: [URL] });
      },
    });
  return (
    <Card
      title="特约监督员、听证员"
      extra={
        organise && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            登记聘任
          </Button>
        )
      }
    >
      {modalHolder}
      <Table<AppointmentItem>
        rowKey="id"
        loading={isLoading}
        dataSource={data ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 条` }}
        columns={[
          { key: 'member', title: '委员', dataIndex: 'memberName' },
          { key: 'role', title: '聘任类别', dataIndex: 'roleLabel' },
          { key: 'body', title: '聘任单位', dataIndex: 'body' },
          {
            key: 'term',
            title: '任期',
            render: (_, a) => `${a.startsOn} 至 ${a.endsOn ?? '—'}`,
          },
          ...(organise
            ? [
                {
                  key: 'actions',
                  title: '操作',
                  render: (_: unknown, a: AppointmentItem) => (
                    <Button type="link" danger onClick={() => remove(a)}>
                      删除
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <FormModal<Values>
        open={open}
        title="登记委员受聘"
        name="appointment"
        okText="登记"
        initialValues={{ role: 'supervisor' }}
        onClose={() => setOpen(false)}
        onSubmit={add}
      >
        <Form.Item name="memberId" label="委员" rules={[{ required: true, message: '请选择委员' }]}>
          <RemoteSelect url="/api/members" placeholder="受聘委员" aria-label="委员" />
        </Form.Item>
        <Form.Item name="role" label="聘任类别">
          <Radio.Group options={roles} />
        </Form.Item>
        <Form.Item name="body" label="聘任单位" rules={[{ required: true, message: '请填写聘任单位' }]}>
          <Input maxLength={100} placeholder="如：区人民法院" />
        </Form.Item>
        <Form.Item
          name="term"
          label="任期（结束日期可空）"
          rules={[{ required: true, message: '请选择任期' }]}
        >
          <DatePicker.RangePicker allowEmpty={[false, true]} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
