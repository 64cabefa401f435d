import { IdcardOutlined, LinkOutlined, TeamOutlined } from '@ant-design/icons';
import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

const MemberDirectoryPage = lazyPage(() => import('./MemberDirectoryPage'), 'MemberDirectoryPage');
const MemberEditPage = lazyPage(() => import('./MemberEditPage'), 'MemberEditPage');
const MemberImportPage = lazyPage(() => import('./MemberImportPage'), 'MemberImportPage');
const MemberLinksPage = lazyPage(() => import('./MemberLinksPage'), 'MemberLinksPage');
const MemberProfilePage = lazyPage(() => import('./MemberProfilePage'), 'MemberProfilePage');
const MyProfilePage = lazyPage(() => import('./MyProfilePage'), 'MyProfilePage');

const GROUP = '委员管理';

/** The member pages: directory, profile, form, import, 联系制度, and a member's own profile. */
export const MEMBER_PAGES: PageDef[] = [
  {
    path: '/me/profile',
    label: '我的档案',
    icon: <IdcardOutlined />,
    menu: true,
    show: (me) => me.role === 'member' && me.memberId !== null,
    element: <MyProfilePage />,
  },
  {
    path: '/members',
    label: '委员名录',
    group: GROUP,
    icon: <TeamOutlined />,
    menu: true,
    show: (me) => me.abilities.readDirectory,
    element: <MemberDirectoryPage />,
  },
  {
    path: '/members/new',
    label: '新增委员',
    show: (me) => me.abilities.manageMembers,
    element: <MemberEditPage />,
  },
  {
    path: '/members/import',
    label: '批量导入委员',
    show: (me) => me.abilities.manageMembers,
    element: <MemberImportPage />,
  },
  {
    path: '/members/:id',
    label: '委员档案',
    show: (me) => me.abilities.readDirectory,
    element: <MemberProfilePage />,
  },
  {
    path: '/members/:id/edit',
    label: '编辑委员',
    show: (me) => me.abilities.manageMembers,
    element: <MemberEditPage />,
  },
  {
    path: '/member-links',
    label: '联系制度',
    group: GROUP,
    icon: <LinkOutlined />,
    menu: true,
    show: (me) => me.abilities.readDirectory,
    element: <MemberLinksPage />,
  },
];
