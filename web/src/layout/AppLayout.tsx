import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, type MenuProps, Typography } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../../domain/roles';
import { type Me, useSessionActions } from '../api/session';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { MENU_GROUPS, PAGES } from '../pages';

/** The menu a user sees: only the pages their role may open, grouped. */
function menuItems(me: Me): MenuProps['items'] {
  const visible = PAGES.filter((p) => p.menu && !p.public && p.show(me));
  const top = visible.filter((p) => !p.group).map((p) => ({ key: p.path, icon: p.icon, label: p.label }));
  const groups = MENU_GROUPS.map((g) => ({
    key: `group:${g}`,
    type: 'group' as const,
    label: g,
    children: visible
      .filter((p) => p.group === g)
      .map((p) => ({ key: p.path, icon: p.icon, label: p.label })),
  })).filter((g) => g.children.length > 0);
  return [...top, ...groups];
}

/** Header, role-based menu (a drawer on phones) and the page outlet. */
export function AppLayout({ me }: { me: Me }) {
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { logout } = useSessionActions();
  const isMobile = !screens.md;
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
      <Layout.Header
        style={{ display: 'flex', alignItems: 'center', gap: 12, padding: '0 16px', background: '#b7282e' }}
      >
        {isMobile && (
          <Button
            type="text"
            aria-label="打开菜单"
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          同心
        </Typography.Text>
        {!isMobile && <Typography.Text style={{ color: '#ffe7e7' }}>{me.committeeName}</Typography.Text>}
        <div style={{ flex: 1 }} />
        <NotificationBell />
        <Dropdown menu={{ items: userMenu }} placement="bottomRight">
          <Button type="text" style={{ color: '#fff' }} data-testid="user-menu">
            {me.displayName}
            {!isMobile && `（${ROLE_LABELS[me.role]}）`}
          </Button>
        </Dropdown>
      </Layout.Header>
      <Layout>
        {isMobile ? (
          <Drawer
            placement="left"
            open={drawerOpen}
            onClose={() => setDrawerOpen(false)}
            size={260}
            title={me.committeeName}
          >
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={220} theme="light">
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: isMobile ? 12 : 24, minWidth: 0 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
