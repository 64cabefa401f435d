import { MenuOutlined } from '@ant-design/icons';
import { Button, Grid, Layout, Spin, theme } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ROLE_LABELS } from '../../../domain/roles';
import type { Me } from '../api/session';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { lazyPage } from '../pages/lazyPage';
import { BRAND_RED, ON_RED_CLASS, ON_RED_SECONDARY } from '../theme/tokens';
import { useDeferredPopup } from './deferredPopup';
import { PageErrorBoundary } from './PageErrorBoundary';
import { PageHeading } from './PageHeading';
import { pageAt } from './pageMeta';
import { MAIN_ID, SkipLink } from './SkipLink';

// Fetched when first opened: most visits never change the text size.
const TextScaleDialog = lazyPage(() => import('../theme/TextScaleDialog'), 'TextScaleDialog');
// On a phone the menu waits in the drawer and the account menu behind its button: neither is
// part of the first page.
const loadNavMenu = () => import('./NavMenu');
const NavMenu = lazyPage(loadNavMenu, 'NavMenu');
const MenuDrawer = lazyPage(loadNavMenu, 'MenuDrawer');
const loadUserMenu = () => import('./UserMenu').then((m) => m.UserMenu);

/** Header, role-based menu (a drawer on phones) and the page outlet. */
export function AppLayout({ me }: { me: Me }) {
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [textScaleOpen, setTextScaleOpen] = useState(false);
  const [textScaleShown, setTextScaleShown] = useState(false);
  const [drawerShown, setDrawerShown] = useState(false);
  const userMenu = useDeferredPopup(loadUserMenu, true);
  const isMobile = !screens.md;
  // Menus widen with the text (长辈模式), but a phone's drawer leaves a strip of the page.
  const scale = theme.useToken().token.fontSize / 14;
  const page = pageAt(location.pathname, me);
  const userButton = (
    <Button
      type="text"
      style={{ color: '#fff', minWidth: 0, overflow: 'hidden' }}
      data-testid="user-menu"
      aria-haspopup="menu"
      {...userMenu.buttonProps}
    >
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
        {me.displayName}
        {!isMobile && `（${ROLE_LABELS[me.role]}）`}
      </span>
    </Button>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <SkipLink />
      <Layout.Header
        className={ON_RED_CLASS}
        style={{ display: 'flex', alignItems: 'center', gap: 12, background: BRAND_RED }}
      >
        {isMobile && (
          <Button
            type="text"
            aria-label="打开菜单"
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            // The drawer's code is fetched as the finger or the focus reaches the button.
            onPointerEnter={() => void loadNavMenu()}
            onFocus={() => void loadNavMenu()}
            onClick={() => {
              setDrawerShown(true);
              setDrawerOpen(true);
            }}
          />
        )}
        <strong style={{ color: '#fff', fontSize: '1.125rem', whiteSpace: 'nowrap' }}>同心</strong>
        {!isMobile && <span style={{ color: ON_RED_SECONDARY }}>{me.committeeName}</span>}
        <div style={{ flex: 1 }} />
        <NotificationBell />
        {userMenu.Popup ? (
          <userMenu.Popup
            button={userButton}
            initiallyOpen={userMenu.initiallyOpen}
            onTextScale={() => {
              setTextScaleShown(true);
              setTextScaleOpen(true);
            }}
          />
        ) : (
          userButton
        )}
      </Layout.Header>
      {textScaleShown && (
        <Suspense fallback={null}>
          <TextScaleDialog open={textScaleOpen} onClose={() => setTextScaleOpen(false)} />
        </Suspense>
      )}
      {/* On a wide screen the menu's chunk and the page come together: the heading takes the focus
          (useFocusOnNavigate) with the menu already before it, so Shift+Tab reaches the menu. Not
          before the screen's width is known (useBreakpoint's first answer is empty): a phone's page
          drawn first would be hidden again while the wide screen's menu loads, and lose the focus. */}
      {screens.md === undefined ? null : (
        <Suspense fallback={<Spin />}>
          <Layout>
            {isMobile ? (
              drawerShown && (
                <Suspense fallback={null}>
                  <MenuDrawer
                    me={me}
                    open={drawerOpen}
                    width={Math.min(260 * scale, window.innerWidth * 0.85)}
                    onClose={() => setDrawerOpen(false)}
                  />
                </Suspense>
              )
            ) : (
              <Layout.Sider width={220 * scale} theme="light">
                <NavMenu me={me} onNavigate={() => undefined} />
              </Layout.Sider>
            )}
            <Layout.Content
              id={MAIN_ID}
              tabIndex={-1}
              style={{ padding: (isMobile ? 12 : 24) * scale, minWidth: 0 }}
            >
              {page && <PageHeading>{page.label}</PageHeading>}
              {/* The shell stays while the next page's chunk loads. */}
              <PageErrorBoundary resetKey={location.pathname}>
                <Suspense fallback={<Spin />}>
                  <Outlet />
                </Suspense>
              </PageErrorBoundary>
            </Layout.Content>
          </Layout>
        </Suspense>
      )}
    </Layout>
  );
}
