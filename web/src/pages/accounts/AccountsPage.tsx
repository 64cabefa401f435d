import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Form, Grid, Input, Space, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { ROLE_LABELS, ROLES } from '../../../../domain/roles';
import { api } from '../../api/client';
import { FilterSelect } from '../../components/FilterSelect';
import { formatTime } from '../../components/format';
import { OneTimeSecret } from '../../components/OneTimeSecret';
import { ServerTable } from '../../components/ServerTable';
import { useMessage } from '../../feedback/message';
import { AccountActions } from './AccountActions';
import { AccountFormModal } from './AccountFormModal';
import { ACCOUNTS_URL, type AccountItem } from './accounts';

function statusTags(a: AccountItem) {
  return (
    <Space size={4} wrap>
      {a.active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>}
      {a.locked && <Tag color="red">已锁定</Tag>}
      {a.mustChangePassword && <Tag color="orange">待改初始密码</Tag>}
    </Space>
  );
}

const filters = (
  <>
    <Form.Item name="q">
      <Input allowClear placeholder="用户名或姓名" style={{ width: 160 }} />
    </Form.Item>
    <FilterSelect
      name="role"
      label="角色"
      width={130}
      options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
    />
    <FilterSelect
      name="active"
      label="状态"
      width={100}
      options={[
        { value: 'true', label: '启用' },
        { value: 'false', label: '停用' },
      ]}
    />
    <FilterSelect
      name="locked"
      label="锁定"
      width={110}
      options={[
        { value: 'true', label: '已锁定' },
        { value: 'false', label: '未锁定' },
      ]}
    />
  </>
);

/** 账号管理 (安全管理员): accounts of the committee, their roles, links, locks and passwords. */
export function AccountsPage() {
  const message = useMessage();
  const wide = Grid.useBreakpoint().md !== false;
  const qc = useQueryClient();
  const [editing, setEditing] = useState<AccountItem | 'new' | null>(null);
  const [secret, setSecret] = useState<{ username: string; password: string; title: string } | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: [ACCOUNTS_URL] });
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      message.success(done);
      await refresh();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const resetPassword = (a: AccountItem) =>
    run(async () => {
      const res = await api.post<{ initialPassword: string }>(`${ACCOUNTS_URL}/${a.id}/reset-password`);
      setSecret({ username: a.username, password: res.initialPassword, title: '密码已重置' });
    }, '密码已重置');
  const columns: TableColumnsType<AccountItem> = [
    { key: 'username', dataIndex: 'username', title: '用户名' },
    { key: 'displayName', dataIndex: 'displayName', title: '姓名' },
    { key: 'role', dataIndex: 'roleLabel', title: '角色' },
    { key: 'linkName', dataIndex: 'linkName', title: '关联' },
    { key: 'status', title: '状态', render: (_, a) => statusTags(a) },
    {
      key: 'canViewSensitive',
      title: '查看敏感信息',
      render: (_, a) => (a.canViewSensitive ? <Tag color="purple">已授权</Tag> : ''),
    },
    { key: 'createdAt', title: '创建时间', render: (_, a) => formatTime(a.createdAt) },
    {
      key: 'actions',
      title: '操作',
      // A pinned column would cover most of a phone's width.
      fixed: wide ? 'right' : undefined,
      render: (_, a) => (
        <AccountActions
          account={a}
          onEdit={() => setEditing(a)}
          onSetActive={(active) =>
            run(() => api.put(`${ACCOUNTS_URL}/${a.id}`, { active }), active ? '已启用' : '已停用')
          }
          onUnlock={() => run(() => api.post(`${ACCOUNTS_URL}/${a.id}/unlock`), '已解除锁定')}
          onResetPassword={() => resetPassword(a)}
        />
      ),
    },
  ];
  return (
    <Card>
      <ServerTable<AccountItem>
        url={ACCOUNTS_URL}
        columns={columns}
        filters={filters}
        toolbar={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新建账号
          </Button>
        }
      />
      <AccountFormModal
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={({ username, initialPassword }) => {
          setEditing(null);
          refresh();
          if (initialPassword) setSecret({ username, password: initialPassword, title: '账号已创建' });
        }}
      />
      <OneTimeSecret
        secret={secret?.password ?? null}
        title={secret?.title ?? ''}
        subject={secret ? `账号 ${secret.username} 的初始密码：` : undefined}
        onClose={() => setSecret(null)}
      />
    </Card>
  );
}
