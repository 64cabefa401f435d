import { Spin } from 'antd';
import { type ReactNode, Suspense, useRef } from 'react';
import { Navigate, Route, Routes, useLocation, useParams } from 'react-router';
import { useMe } from './api/session';
import { AppLayout } from './layout/AppLayout';
import { idsOnly, useDocumentTitle, useFocusOnNavigate } from './layout/pageMeta';
import { PAGES } from './pages';
import { returnPath } from './pages/auth/returnPath';
import { lazyPage } from './pages/lazyPage';

// The shell is part of the entry (every signed-in page needs it, and its chunk fetched only after
// the session check was a round trip of its own); the sign-in pages are chunks of their own.
const ChangePasswordPage = lazyPage(() => import('./pages/auth/ChangePasswordPage'), 'ChangePasswordPage');
const LoginPage = lazyPage(() => import('./pages/auth/LoginPage'), 'LoginPage');
const NotFound = lazyPage(() => import('./layout/NotFound'), 'NotFound');
const loading = <Spin fullscreen tip="加载中" />;

/**
 * A registry page whose address carries a parameter that is not an id is the not-found page: the
 * router matches /opinions/:id for /opinions/queue, which must not open a report called "queue".
 */
function IdsOnly({ children }: { children: ReactNode }) {
  return idsOnly(useParams()) ? children : <NotFound />;
}

/** Public login; everything else needs a session, and an initial password must be changed first. */
export function AppRoutes() {
  return (
    <Suspense fallback={loading}>
      <SessionRoutes />
    </Suspense>
  );
}

function SessionRoutes() {
  const { data: me, isLoading } = useMe();
  const location = useLocation();
  useDocumentTitle(me ?? undefined);
  useFocusOnNavigate();
  // Once signed in, losing `me` means the session ended under the user (idle timeout, reset elsewhere).
  const hadSession = useRef(false);
  if (me) hadSession.current = true;
  if (isLoading) return loading;
  if (!me) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
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
      {PAGES.filter((p) => p.bare && p.show(me)).map((p) => (
        <Route key={p.path} path={p.path} element={<IdsOnly>{p.element}</IdsOnly>} />
      ))}
      <Route element={<AppLayout me={me} />}>
        {PAGES.filter((p) => !p.bare && p.show(me)).map((p) => (
          <Route key={p.path} path={p.path} element={<IdsOnly>{p.element}</IdsOnly>} />
        ))}
        <Route path="/change-password" element={<ChangePasswordPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
