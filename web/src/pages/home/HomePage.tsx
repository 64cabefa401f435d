import type { QueryClient } from '@tanstack/react-query';
import { Alert, Spin, theme } from 'antd';
import { Suspense } from 'react';
import { ROLE_LABELS } from '../../../../domain/roles';
import { useMe } from '../../api/session';
import { Panel } from '../../components/Panel';
import { todosQuery, useTodos } from '../../features/todos/api';
import { TodoList } from '../../features/todos/TodoList';
import { lazyPage } from '../lazyPage';
import { AccountsHome, AuditHome, MemberHome, UnitHome } from './RoleHomes';
import { type DashboardSummary, dashboardSummaryQuery, useDashboardSummary } from './summary';

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

/** The home's two requests, asked for while the app first renders (pages/prefetch.ts). */
export function prefetchHome(qc: QueryClient): void {
  void qc.prefetchQuery(todosQuery);
  void qc.prefetchQuery(dashboardSummaryQuery);
}

/** The landing page after login: a greeting, the caller's to-dos, then the figures of the role. */
export function HomePage() {
  const { data: me } = useMe();
  const { data: summary, error, isLoading } = useDashboardSummary();
  const todos = useTodos();
  const { token } = theme.useToken();
  if (!me) return null;
  return (
    // A flex column rather than <Space>: each role's figures are a fragment whose parts need the gap too.
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Panel>
        <p style={{ margin: 0, fontSize: token.fontSizeHeading4, fontWeight: token.fontWeightStrong }}>
          欢迎，{me.displayName}
        </p>
        <span style={{ color: token.colorTextSecondary }}>
          {me.committeeName} · {ROLE_LABELS[me.role]}
        </span>
      </Panel>
      <Panel title="我的待办">{todos.isLoading ? <Spin /> : <TodoList todos={todos.data ?? []} />}</Panel>
      {isLoading && <Spin />}
      {error && <Alert type="error" showIcon title={(error as Error).message} />}
      {summary && <RoleFigures s={summary} />}
    </div>
  );
}
