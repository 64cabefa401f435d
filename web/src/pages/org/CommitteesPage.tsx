import { DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Space, Table, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { download } from '../../api/client';
import { useMe } from '../../api/session';
import { CommitteeFormModal, type CommitteeFormTarget } from '../../features/org/CommitteeFormModal';
import { COMMITTEES_URL, type CommitteeItem, useCommittees } from '../../features/org/committees';
import { useMessage } from '../../feedback/message';

type CommitteeNode = CommitteeItem & { children?: CommitteeNode[] };

/** Nests the flat, path-ordered list under its parents; the caller's own committee is the root. */
function toTree(items: CommitteeItem[]): CommitteeNode[] {
  const nodes = new Map<number, CommitteeNode>(items.map((c) => [c.id, { ...c }]));
  const roots: CommitteeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent) parent.children = [...(parent.children ?? []), node];
    else roots.push(node);
  }
  return roots;
}

/** 委员会: the caller's committee and the ones below it, with serving-member counts. */
export function CommitteesPage() {
  const { data: me } = useMe();
  const message = useMessage();
  const qc = useQueryClient();
  const { data, isFetching, error } = useCommittees();
  const [target, setTarget] = useState<CommitteeFormTarget | null>(null);
  const tree = useMemo(() => toTree(data?.items ?? []), [data]);
  const own = data?.items.find((c) => c.id === me?.committeeId);
  const columns: TableColumnsType<CommitteeNode> = [
    { key: 'name', dataIndex: 'name', title: '名称' },
    { key: 'level', dataIndex: 'levelLabel', title: '级别' },
    { key: 'region', dataIndex: 'region', title: '地区' },
    { key: 'memberCount', dataIndex: 'memberCount', title: '委员人数', align: 'right' },
  ];
  if (data?.items.some((c) => c.abilities.update)) {
    columns.push({
      key: 'actions',
      title: '操作',
      render: (_, c) =>
        c.abilities.update && (
          <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setTarget({ rename: c })}>
            修改
          </Button>
        ),
    });
  }
  const exportList = async () => {
    try {
      await download(`${COMMITTEES_URL}/export`);
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  return (
    <Card
      extra={
        <Space wrap>
          {data?.abilities?.create && own && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget({ parent: own })}>
              新建下级委员会
            </Button>
          )}
          <Button icon={<DownloadOutlined />} onClick={exportList}>
            导出Excel
          </Button>
        </Space>
      }
    >
      {error && (
        <div role="alert" style={{ color: '#b7282e' }}>
          {(error as Error).message}
        </div>
      )}
      {tree.length > 0 && (
        <Table<CommitteeNode>
          rowKey="id"
          columns={columns}
          dataSource={tree}
          loading={isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={{ defaultExpandAllRows: true }}
          size="middle"
        />
      )}
      <CommitteeFormModal
        target={target}
        onClose={() => setTarget(null)}
        onSaved={() => {
          setTarget(null);
          qc.invalidateQueries({ queryKey: [COMMITTEES_URL] });
        }}
      />
    </Card>
  );
}
