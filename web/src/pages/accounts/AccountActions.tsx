import { Button, Popconfirm, Space } from 'antd';
import type { AccountItem } from './accounts';

export interface AccountActionsProps {
  account: AccountItem;
  onEdit: () => void;
  onSetActive: (active: boolean) => void;
  onUnlock: () => void;
  onResetPassword: () => void;
}

/** The row buttons of one account: only those its `abilities` allow, risky ones behind a confirm. */
export function AccountActions({
  account: a,
  onEdit,
  onSetActive,
  onUnlock,
  onResetPassword,
}: AccountActionsProps) {
  return (
    <Space size={0} wrap>
      {a.abilities.edit && (
        <Button type="link" size="small" onClick={onEdit}>
          编辑
        </Button>
      )}
      {a.abilities.unlock && (
        <Button type="link" size="small" onClick={onUnlock}>
          解锁
        </Button>
      )}
      {a.abilities.resetPassword && (
        <Popconfirm
          title={`重置 ${a.username} 的密码？`}
          description="将生成新的初始密码并使其所有登录失效。"
          okText="重置"
          onConfirm={onResetPassword}
        >
          <Button type="link" size="small">
            重置密码
          </Button>
        </Popconfirm>
      )}
      {a.abilities.disable && (
        <Popconfirm
          title={`停用账号 ${a.username}？`}
          description="停用后该账号无法登录，已登录的会话立即失效。"
          okText="停用"
          okButtonProps={{ danger: true }}
          onConfirm={() => onSetActive(false)}
        >
          <Button type="link" size="small" danger>
            停用
          </Button>
        </Popconfirm>
      )}
      {a.abilities.enable && (
        <Button type="link" size="small" onClick={() => onSetActive(true)}>
          启用
        </Button>
      )}
    </Space>
  );
}
