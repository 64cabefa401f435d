import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { passwordProblem } from '../../../../domain/password';
import { api } from '../../api/client';
import { useMe, useSessionActions } from '../../api/session';
import { useMessage } from '../../feedback/message';
import { PageHeading } from '../../layout/PageHeading';
import { MAIN_ID } from '../../layout/SkipLink';
import { BRAND_RED } from '../../theme/tokens';

/** Change password; `forced` is the full-screen variant shown until an initial password is replaced. */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const message = useMessage();
  const { refresh, logout } = useSessionActions();
  const { data: me } = useMe();
  const [form] = Form.useForm();
  const submit = async (v: { oldPassword: string; newPassword: string }) => {
    try {
      await api.post('/api/auth/change-password', { oldPassword: v.oldPassword, newPassword: v.newPassword });
      message.success('密码已修改');
      form.resetFields();
      await refresh();
    } catch (e) {
      message.error((e as Error).message);
    }
  };
  const card = (
    <Card
      style={{ width: '100%', maxWidth: '26rem' }}
      title={<PageHeading style={{ margin: 0 }}>修改密码</PageHeading>}
    >
      {forced && (
        <Alert
          type="warning"
          showIcon
          title="首次登录须修改初始密码后才能使用系统"
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item label="原密码" name="oldPassword" rules={[{ required: true, message: '请输入原密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          extra="至少 8 位，包含大写字母、小写字母、数字、符号中的至少三类，且不能包含用户名"
          rules={[
            { required: true, message: '请输入新密码' },
            {
              validator: async (_, v) => {
                const p = v ? passwordProblem(v, me?.username) : null;
                if (p) throw new Error(p);
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="确认新密码"
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再次输入新密码' },
            ({ getFieldValue }) => ({
              validator: async (_, v) => {
                if (v && v !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block>
          确认修改
        </Button>
        {forced && (
          <Button type="link" block onClick={() => logout()}>
            退出登录
          </Button>
        )}
      </Form>
    </Card>
  );
  if (!forced) return card;
  return (
    <main
      id={MAIN_ID}
      tabIndex={-1}
      style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', padding: '1rem' }}
    >
      <div style={{ width: '100%', maxWidth: '26rem' }}>
        <Typography.Text strong style={{ color: BRAND_RED, fontSize: '1.5rem' }}>
          同心
        </Typography.Text>
        {card}
      </div>
    </main>
  );
}
