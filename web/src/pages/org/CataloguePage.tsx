import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Grid, Input, Popconfirm, Space, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import type { OrgResource } from '../../../../domain/org-resources';
import { api, type Page } from '../../api/client';
import { useMe } from '../../api/session';
import { ServerTable } from '../../components/ServerTable';
import { CatalogueFormModal, type CatalogueRow } from '../../features/org/CatalogueFormModal';
import { CommitteeSwitcher } from '../../features/org/CommitteeSwitcher';
import { useMessage } from '../../feedback/message';

/**
 * The one admin page of every catalogue in domain/org-resources.ts (界别, 专委会, 联络组 …):
 * list with a name filter and export; create, edit and delete where the list's abilities allow.
 */
export function CataloguePage({ resource }: { resource: OrgResource }) {
  const { data: me } = useMe();
  const message = useMessage();
  const wide = Grid.useBreakpoint().md !== false;
  const qc = useQueryClient();
  const [committeeId, setCommitteeId] = useState<number>();
  const [editing, setEditing] = useState<CatalogueRow | 'new' | null>(null);
  const url = `/api/org/${resource.segment}`;
  const refresh = () => qc.invalidateQueries({ queryKey: [url] });
  const remove = async (row: CatalogueRow) => {
    try {
      await api.delete(`${url}/${row.id}`);
      message.success(`已删除${resource.label}「${String(row.name)}」`);
      await refresh();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const dataColumns: TableColumnsType<CatalogueRow> = resource.columns.map((key) => {
    const field = resource.fields.find((f) => f.key === key);
    const render = field?.type === 'bool' ? (v: unknown) => (v ? '是' : '否') : undefined;
    return { key, dataIndex: key, title: field?.label ?? key, ellipsis: key === 'note', render };
  });
  const actionColumn: TableColumnsType<CatalogueRow>[number] = {
    key: 'actions',
    title: '操作',
    // A pinned column would cover most of a phone's width.
    fixed: wide ? 'right' : undefined,
    render: (_, row) => (
      <Space size={0}>
        {row.abilities?.update && (
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(row)}>
            编辑
          </Button>
        )}
        {row.abilities?.delete && (
          <Popconfirm
            title={`删除${resource.label}「${String(row.name)}」？`}
            description="删除后不可恢复；仍被引用的不能删除。"
            okText="删除"
            okButtonProps={{ danger: true }}
            onConfirm={() => remove(row)}
          >
            <Button type="link" size="small" danger icon={<DeleteOutlined />}>
              删除
            </Button>
          </Popconfirm>
        )}
      </Space>
    ),
  };
  const columns = (page: Page<CatalogueRow> | undefined) =>
    page?.items.some((r) => r.abilities?.update || r.abilities?.delete)
      ? [...dataColumns, actionColumn]
      : dataColumns;
  if (!me) return null;
  return (
    <Card>
      <CommitteeSwitcher value={committeeId} onChange={setCommitteeId} ownCommitteeId={me.committeeId} />
      <ServerTable<CatalogueRow>
        url={url}
        params={{ committeeId }}
        columns={columns}
        filters={
          <Form.Item name="q">
            <Input allowClear placeholder={`搜索${resource.fields[0].label}`} style={{ width: 200 }} />
          </Form.Item>
        }
        toolbar={(page) =>
          page?.abilities?.create ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              新增{resource.label}
            </Button>
          ) : (
            page && <Typography.Text type="secondary">只读</Typography.Text>
          )
        }
      />
      <CatalogueFormModal
        resource={resource}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          refresh();
        }}
      />
    </Card>
  );
}
