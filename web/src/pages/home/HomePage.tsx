import { Card, Typography } from 'antd';
import { ROLE_LABELS } from '../../../../domain/roles';
import { useMe } from '../../api/session';

/** The landing page after login. */
export function HomePage() {
  const { data: me } = useMe();
  if (!me) return null;
  return (
    <Card>
      <Typography.Title level={4}>欢迎，{me.displayName}</Typography.Title>
      <Typography.Text type="secondary">
        {me.committeeName} · {ROLE_LABELS[me.role]}
      </Typography.Text>
    </Card>
  );
}
