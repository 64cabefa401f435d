import { ConfigProvider, Drawer, Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { Me } from '../api/session';
import { MENU_GROUPS, PAGES, type PageDef } from '../pages';

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

/**
 * The main menu, a chunk of its own: on a phone it sits in the drawer, so the first page does not
 * wait for Ant Design's Menu until the drawer is opened.
 */
export function NavMenu({ me, onNavigate }: { me: Me; onNavigate: () => void }) {
  const navigate = useNavigate();
  const location = useLocation();
  const selected = PAGES.filter(
    (p) =>
      p.menu &&
      (location.pathname === p.path || (p.path !== '/' && location.pathname.startsWith(`${p.path}/`))),
  )
    .map((p) => p.path)
    .slice(-1);
  return (
    <Menu
      mode="inline"
      aria-label="主菜单"
      selectedKeys={selected}
      items={menuItems(me)}
      onClick={({ key }) => {
        navigate(key);
        onNavigate();
      }}
    />
  );
}

/** The phone's menu: the drawer too is fetched on the first tap of 打开菜单. */
export function MenuDrawer({
  me,
  open,
  width,
  onClose,
}: {
  me: Me;
  open: boolean;
  width: number;
  onClose: () => void;
}) {
  return (
    <Drawer
      placement="left"
      open={open}
      onClose={onClose}
      size={width}
      title={me.committeeName}
      // The whole menu on one phone screen: the drawer's own padding and the group titles'
      // line spacing gave way to the items (a member's 我的履职 made it one item longer), and the
      // items sit closer (38 px high, still well above the 24 px minimum target; 网上议政厅 added one).
      styles={{ body: { padding: '4px 0' } }}
    >
      <ConfigProvider
        theme={{ components: { Menu: { groupTitleLineHeight: 1.2, itemHeight: 38, itemMarginBlock: 2 } } }}
      >
        <NavMenu me={me} onNavigate={onClose} />
      </ConfigProvider>
    </Drawer>
  );
}
