import { Result, Spin } from 'antd';
import { useRef } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useMe } from './api/session';
import { AppLayout } from './layout/AppLayout';
import { useDocumentTitle, useFocusOnNavigate } from './layout/pageMeta';
import { PAGES } from './pages';
import { ChangePasswordPage } from './pages/auth/ChangePasswordPage';
import { LoginPage, returnPath } from './pages/auth/LoginPage';

/** Public login; everything else needs a session, and an initial password must be changed first. */
export function AppRoutes() {
  const { data: me, isLoading } = useMe();
  const location = useLocation();
  useDocumentTitle();
  useFocusOnNavigate();
  // Once signed in, losing `me` means the session ended under the user (idle timeout, reset elsewhere).
  const hadSession = useRef(false);
  if (me) hadSession.current = true;
  if (isLoading) return <Spin fullscreen tip="加载中" />;
  if (!me) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        {PAGES.filter((p) => p.public).map((p) => (
          <Route key={p.path} path={p.path} element={p.element} />
        ))}
        <Route
          path="*"
          element={
            <Navigate
              to="/login"
              replace
              state={{ from: `${location.pathname}${location.search}`, expired: hadSession.current }}
            />
          }
        />
      </Routes>
    );
  }
  if (me.mustChangePassword) return <ChangePasswordPage forced />;
  return (
    <Routes>
      {/* Just signed in: back to the page that sent the user to the login page. */}
      <Route path="/login" element={<Navigate to={returnPath(location.state)} replace />} />
      {/* Public pages stay reachable when signed in (a link shared by a colleague, the login page's link). */}
      {PAGES.filter((p) => p.public).map((p) => (
        <Route key={p.path} path={p.path} element={p.element} />
      ))}
      {PAGES.filter((p) => p.bare && p.show(me)).map((p) => (
        <Route key={p.path} path={p.path} element={p.element} />
      ))}
      <Route element={<AppLayout me={me} />}>
        {PAGES.filter((p) => !p.public && !p.bare && p.show(me)).map((p) => (
          <Route key={p.path} path={p.path} element={p.element} />
        ))}
        <Route path="/change-password" element={<ChangePasswordPage />} />
        <Route path="*" element={<Result status="404" title="页面不存在或无权访问" />} />
      </Route>
    </Routes>
  );
}
