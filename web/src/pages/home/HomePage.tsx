import { Alert, Card, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { ROLE_LABELS } from '../../../../domain/roles';
import { useMe } from '../../api/session';
import { useTodos } from '../../features/todos/api';
import { TodoList } from '../../features/todos/TodoList';
import { lazyPage } from '../lazyPage';
import { AccountsHome, AuditHome, MemberHome, UnitHome } from './RoleHomes';
import { type DashboardSummary, useDashboardSummary } from './summary';

// The organisation's figures (a table, a chart) are for work roles: members and units never load them.
const WorkHome = lazyPage(() => import('./WorkHome'), 'WorkHome');

/** The figures of the caller's role, exactly as the server counted them: nothing else is shown. */
function RoleFigures({ s }: { s: DashboardSummary }) {
  switch (s.kind) {
    case 'work':
      return (
        <Suspense fallback={<Spin />}>
          <WorkHome s={s} />
        </Suspense>
      );
    case 'member':
      return <MemberHome s={s} />;
    case 'unit':
      return <UnitHome s={s} />;
    case 'accounts':
      return <AccountsHome s={s} />;
    case 'audit':
      return <AuditHome s={s} />;
  }
}

/** The landing page after login: a greeting, the caller's to-dos, then the figures of the role. */
export function HomePage() {
  const { data: me } = useMe();
  const { data: summary, error, isLoading } = useDashboardSummary();
  const todos = useTodos();
  if (!me) return null;
  return (
    // A flex column rather than <Space>: each role's figures are a fragment whose parts need the gap too.
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Card size="small">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          欢迎，{me.displayName}
        </Typography.Title>
        <Typography.Text type="secondary">
          {me.committeeName} · {ROLE_LABELS[me.role]}
        </Typography.Text>
      </Card>
      <Card size="small" title="我的待办">
        {todos.isLoading ? <Spin /> : <TodoList todos={todos.data ?? []} />}
      </Card>
      {isLoading && <Spin />}
      {error && <Alert type="error" showIcon title={(error as Error).message} />}
      {summary && <RoleFigures s={summary} />}
    </div>
  );
}
