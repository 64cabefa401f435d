import { FontSizeOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import {
  Button,
  ConfigProvider,
  Drawer,
  Dropdown,
  Grid,
  Layout,
  Menu,
  type MenuProps,
  Spin,
  Typography,
  theme,
} from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../../domain/roles';
import { type Me, useSessionActions } from '../api/session';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { MENU_GROUPS, PAGES, type PageDef } from '../pages';
import { lazyPage } from '../pages/lazyPage';
import { BRAND_RED, ON_RED_CLASS, ON_RED_SECONDARY } from '../theme/tokens';
import { PageHeading } from './PageHeading';
import { pageAt } from './pageMeta';
import { MAIN_ID, SkipLink } from './SkipLink';

// Fetched when first opened: most visits never change the text size.
const TextScaleDialog = lazyPage(() => import('../theme/TextScaleDialog'), 'TextScaleDialog');

/**
 * The menu a user sees: only the pages their role may open, grouped. A group with one entry shows
 * the entry alone: its heading would cost a line on a phone and say nothing the entry does not.
 */
function menuItems(me: Me): MenuProps['items'] {
  const visible = PAGES.filter((p) => p.menu && p.show(me));
  const item = (p: PageDef) => ({ key: p.path, icon: p.icon, label: p.label });
  const top = visible.filter((p) => !p.group).map(item);
  const groups = MENU_GROUPS.map((g) => visible.filter((p) => p.group === g))
    .filter((pages) => pages.length > 0)
    .map((pages) =>
      pages.length === 1
        ? item(pages[0])
        : {
            key: `group:${pages[0].group}`,
            type: 'group' as const,
            label: pages[0].group,
            children: pages.map(item),
          },
    );
  return [...top, ...groups];
}

/** Header, role-based menu (a drawer on phones) and the page outlet. */
export function AppLayout({ me }: { me: Me }) {
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [textScaleOpen, setTextScaleOpen] = useState(false);
  const [textScaleShown, setTextScaleShown] = useState(false);
  const { logout } = useSessionActions();
  const isMobile = !screens.md;
  // Menus widen with the text (长辈模式), but a phone's drawer leaves a strip of the page.
  const scale = theme.useToken().token.fontSize / 14;
  const page = pageAt(location.pathname, me);
  const selected = PAGES.filter(
    (p) =>
      p.menu &&
      (location.pathname === p.path || (p.path !== '/' && location.pathname.startsWith(`${p.path}/`))),
  )
    .map((p) => p.path)
    .slice(-1);
  const menu = (
    <Menu
      mode="inline"
      aria-label="主菜单"
      selectedKeys={selected}
      items={menuItems(me)}
      onClick={({ key }) => {
        navigate(key);
        setDrawerOpen(false);
      }}
    />
  );
  const userMenu: MenuProps['items'] = [
    {
      key: 'text-scale',
      icon: <FontSizeOutlined />,
      label: '字号 / 长辈模式',
      onClick: () => {
        setTextScaleShown(true);
        setTextScaleOpen(true);
      },
    },
    { key: 'pwd', icon: <UserOutlined />, label: '修改密码', onClick: () => navigate('/change-password') },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: '退出登录',
      onClick: async () => {
        await logout();
        navigate('/login');
      },
    },
  ];
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
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Typography.Text strong style={{ color: '#fff', fontSize: '1.125rem', whiteSpace: 'nowrap' }}>
          同心
        </Typography.Text>
        {!isMobile && (
          <Typography.Text style={{ color: ON_RED_SECONDARY }}>{me.committeeName}</Typography.Text>
        )}
        <div style={{ flex: 1 }} />
        <NotificationBell />
        <Dropdown menu={{ items: userMenu }} placement="bottomRight">
          <Button
            type="text"
            style={{ color: '#fff', minWidth: 0, overflow: 'hidden' }}
            data-testid="user-menu"
          >
            <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {me.displayName}
              {!isMobile && `（${ROLE_LABELS[me.role]}）`}
            </span>
          </Button>
        </Dropdown>
      </Layout.Header>
      {textScaleShown && (
        <Suspense fallback={null}>
          <TextScaleDialog open={textScaleOpen} onClose={() => setTextScaleOpen(false)} />
        </Suspense>
      )}
      <Layout>
        {isMobile ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={Math.min(260 * scale, window.innerWidth * 0.85)}
            title={me.committeeName}
            // The whole menu on one phone screen: the drawer's own padding and the group titles'
            // line spacing gave way to the items (a member's 我的履职 made it one item longer).
            styles={{ body: { padding: '4px 0' } }}
          >
            <ConfigProvider theme={{ components: { Menu: { groupTitleLineHeight: 1.2 } } }}>
              {menu}
            </ConfigProvider>
          </Drawer>
        ) : (
          <Layout.Sider width={220 * scale} theme="light">
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content
          id={MAIN_ID}
          tabIndex={-1}
          style={{ padding: (isMobile ? 12 : 24) * scale, minWidth: 0 }}
        >
          {page && <PageHeading>{page.label}</PageHeading>}
          {/* The shell stays while the next page's chunk loads. */}
          <Suspense fallback={<Spin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
