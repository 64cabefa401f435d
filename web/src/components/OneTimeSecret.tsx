import { CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Space, Typography } from 'antd';
import { useMessage } from '../feedback/message';

export interface OneTimeSecretProps {
  /** The secret to show; the modal is open while it is set. */
  secret: string | null;
  title: string;
  /** Who the secret belongs to, e.g. "账号 zhangsan". */
  subject?: string;
  onClose: () => void;
}

/**
 * Shows a generated secret (an initial or reset password) exactly once: the server never
 * returns it again, so the modal says so and offers a copy button.
 */
export function OneTimeSecret({ secret, title, subject, onClose }: OneTimeSecretProps) {
  const message = useMessage();
  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      message.success('已复制到剪贴板');
    } catch {
      message.warning('无法访问剪贴板，请手动选中复制');
    }
  };
  return (
    <Modal
      open={secret !== null}
      title={title}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下，关闭
        </Button>
      }
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert
          type="warning"
          showIcon
          title="初始密码只显示这一次，关闭后无法再次查看。用户首次登录须修改密码。"
        />
        {subject && <Typography.Text>{subject}</Typography.Text>}
        <Space.Compact style={{ width: '100%' }}>
          <Input
            readOnly
            aria-label={title}
            value={secret ?? ''}
            data-testid="one-time-secret"
            style={{ fontFamily: 'monospace' }}
          />
          <Button icon={<CopyOutlined />} onClick={copy}>
            复制
          </Button>
        </Space.Compact>
      </Space>
    </Modal>
  );
}
