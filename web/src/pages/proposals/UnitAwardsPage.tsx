import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Input, InputNumber, Popconfirm, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { FormModal } from '../../components/FormModal';
import { ServerTable } from '../../components/ServerTable';
import { currentYear } from '../../components/YearSelect';
import { UnitPicker } from '../../features/proposals/Pickers';
import { useMessage } from '../../feedback/message';

interface Award {
  id: number;
  year: number;
  unitName: string;
  title: string;
  note: string | null;
}

interface AwardValues {
  year: number;
  unitId: number;
  title: string;
  note?: string;
}

const URL = '/api/proposals/unit-awards';

function DeleteAward({ award }: { award: Award }) {
  const message = useMessage();
  const qc = useQueryClient();
  const remove = async () => {
    try {
      await api.delete(`${URL}/${award.id}`);
      message.success('已撤销评定');
      void qc.invalidateQueries({ queryKey: [URL] });
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Popconfirm
      title={`撤销${award.unitName}的${award.title}评定？`}
      okText="撤销"
      cancelText="取消"
      onConfirm={remove}
    >
      <Button type="link" danger size="small">
        撤销
      </Button>
    </Popconfirm>
  );
}

const columns: TableColumnsType<Award> = [
  { key: 'year', title: '年度', dataIndex: 'year' },
  { key: 'unit', title: '承办单位', dataIndex: 'unitName' },
  { key: 'title', title: '称号', dataIndex: 'title' },
  { key: 'note', title: '说明', dataIndex: 'note' },
  { key: 'actions', title: '操作', render: (_, a) => <DeleteAward award={a} /> },
];

/** 先进承办单位: the year-end titles of handling units (part of their annual assessment). */
export function UnitAwardsPage() {
  const [open, setOpen] = useState(false);
  const qc = useQueryClient();
  const message = useMessage();
  const create = async (v: AwardValues) => {
    await api.post(URL, v);
    message.success('已评定');
    setOpen(false);
    void qc.invalidateQueries({ queryKey: [URL] });
  };
  return (
    <Card>
      <ServerTable<Award>
        url={URL}
        columns={columns}
        filters={
          <Form.Item name="year">
            <InputNumber min={2000} max={2100} placeholder="年度" aria-label="年度" style={{ width: 100 }} />
          </Form.Item>
        }
        toolbar={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            评定先进承办单位
          </Button>
        }
      />
      <FormModal<AwardValues>
        open={open}
        title="评定先进承办单位"
        name="unit-award"
        initialValues={{ year: currentYear(), title: '先进承办单位' }}
        onSubmit={create}
        onClose={() => setOpen(false)}
      >
        <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="承办单位" name="unitId" rules={[{ required: true, message: '请选择承办单位' }]}>
          <UnitPicker />
        </Form.Item>
        <Form.Item
          label="称号"
          name="title"
          rules={[{ required: true, whitespace: true, message: '请填写称号' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="说明（选填）" name="note">
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
