import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSessionActions } from '../../api/session';

/** Where AppRoutes sent the user from, and whether a session had just ended. */
interface LoginState {
  from?: string;
  expired?: boolean;
}

/** The page a signed-out user was sent away from (only paths inside the app), else the home page. */
export function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

/** Login by username or phone number and password; afterwards back to the page that asked for it. */
export function LoginPage() {
  const { login } = useSessionActions();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.username, v.password);
      navigate(returnPath(state), { replace: true });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        background: '#f5f0ee',
        padding: 16,
      }}
    >
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={2} style={{ textAlign: 'center', color: '#b7282e', marginBottom: 0 }}>
          同心
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          政协数字履职平台
        </Typography.Paragraph>
        {state.expired && !error && (
          <Alert
            type="info"
            title="登录已失效（长时间未操作或已在别处退出），请重新登录"
            showIcon
            style={{ marginBottom: 16 }}
          />
        )}
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} role="alert" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, message: '请输入用户名或手机号' }]}
          >
            <Input prefix={<UserOutlined />} placeholder="用户名或手机号" autoComplete="username" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} placeholder="密码" autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Link to="/public/proposals">公开提案答复查询</Link>
        </div>
      </Card>
    </div>
  );
}
