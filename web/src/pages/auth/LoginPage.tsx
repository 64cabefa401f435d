import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSessionActions } from '../../api/session';
import { MAIN_ID } from '../../layout/SkipLink';
import { TextScaleButton } from '../../theme/TextScaleDialog';
import { BRAND_RED, PAGE_BACKGROUND } from '../../theme/tokens';
import { type LoginState, returnPath } from './returnPath';

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
    <main
      id={MAIN_ID}
      tabIndex={-1}
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        alignContent: 'center',
        background: PAGE_BACKGROUND,
        padding: '1rem',
      }}
    >
      <div style={{ width: '100%', maxWidth: '24rem', textAlign: 'right' }}>
        <TextScaleButton />
      </div>
      <Card style={{ width: '100%', maxWidth: '24rem' }}>
        <Typography.Title
          level={1}
          tabIndex={-1}
          style={{ textAlign: 'center', color: BRAND_RED, marginBottom: 0, fontSize: '1.875rem' }}
        >
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
            <Input.Password
              prefix={<LockOutlined />}
              placeholder="密码"
              autoComplete="current-password"
              // The eye stays a mouse and touch control: Tab goes from 密码 straight to 登录.
              visibilityToggle={{ tabIndex: -1 }}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          {/* The public pages are an entry of their own (public.html): a whole page load. */}
          <Link to="/public/proposals" reloadDocument>
            公开提案答复查询
          </Link>
        </div>
      </Card>
    </main>
  );
}
