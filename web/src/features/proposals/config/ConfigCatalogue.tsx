import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, InputNumber, Switch, Table } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import { FormModal } from '../../../components/FormModal';
import { useMessage } from '../../../feedback/message';
import { useProposalConfig } from '../api';

type ListName = 'categories' | 'reject-reasons';

interface Row {
  id: number;
  label: string;
  sortOrder: number;
  active: boolean;
}

interface ItemValues {
  name: string;
  sortOrder?: number;
}

const WHAT: Record<ListName, string> = { categories: '提案类别', 'reject-reasons': '不予立案理由' };

/**
 * 提案类别 or 不予立案理由 of the committee: add, rename, reorder, retire (a retired one stays on
 * the proposals that used it and is no longer offered).
 */
export function ConfigCatalogue({ list }: { list: ListName }) {
  const config = useProposalConfig();
  const qc = useQueryClient();
  const message = useMessage();
  const [editing, setEditing] = useState<Row | 'new' | null>(null);
  const rows: Row[] =
    list === 'categories'
      ? (config.data?.categories ?? []).map((c) => ({ ...c, label: c.name }))
      : (config.data?.rejectReasons ?? []).map((r) => ({ ...r, label: r.text }));
  const refresh = () => qc.invalidateQueries({ queryKey: ['proposal-config'] });
  const save = async (v: ItemValues) => {
    if (editing === 'new') await api.post(`/api/proposals/config/${list}`, v);
    else if (editing) await api.patch(`/api/proposals/config/${list}/${editing.id}`, v);
    message.success('已保存');
    setEditing(null);
    await refresh();
  };
  const toggle = async (row: Row, active: boolean) => {
    try {
      await api.patch(`/api/proposals/config/${list}/${row.id}`, { active });
      await refresh();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
        新增{WHAT[list]}
      </Button>
      <Table<Row>
        rowKey="id"
        size="small"
        pagination={false}
        loading={config.isLoading}
        dataSource={rows}
        columns={[
          { key: 'label', title: WHAT[list], dataIndex: 'label' },
          { key: 'sortOrder', title: '排序', dataIndex: 'sortOrder', width: 80 },
          {
            key: 'active',
            title: '启用',
            width: 80,
            render: (_, r) => (
              <Switch checked={r.active} onChange={(on) => toggle(r, on)} aria-label={`启用 ${r.label}`} />
            ),
          },
          {
            key: 'edit',
            title: '操作',
            width: 80,
            render: (_, r) => (
              <Button type="link" size="small" onClick={() => setEditing(r)}>
                修改
              </Button>
            ),
          },
        ]}
      />
      <FormModal<ItemValues>
        open={editing !== null}
        title={editing === 'new' ? `新增${WHAT[list]}` : `修改${WHAT[list]}`}
        name={`config-${list}`}
        initialValues={
          editing && editing !== 'new' ? { name: editing.label, sortOrder: editing.sortOrder } : {}
        }
        onSubmit={save}
        onClose={() => setEditing(null)}
      >
        <Form.Item
          label={WHAT[list]}
          name="name"
          rules={[{ required: true, whitespace: true, message: '不能为空' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="排序" name="sortOrder">
          <InputNumber min={0} max={9999} style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </>
  );
}
