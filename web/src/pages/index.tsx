import { AuditOutlined, BarChartOutlined, HomeOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { STATS_READER_ROLES } from '../../../domain/proposal-stats';
import type { Me } from '../api/session';
import { COCKPIT_PAGES } from './cockpit/pages';
import { CONSULTATION_PLAN_PAGES } from './consultation-plan/pages';
import { CONSULTATION_PAGES } from './consultations/pages';
import { DELIBERATION_PAGES } from './deliberations/pages';
import { DUTY_ARCHIVE_PAGES } from './duty-archive/pages';
// The home page is the first page after signing in: part of the entry, not a chunk fetched after it.
import { HomePage, prefetchHome } from './home/HomePage';
import { INSTRUCTION_PAGES } from './instructions/pages';
import { lazyPage } from './lazyPage';
import { MEETING_PAGES } from './meetings/pages';
import { MEMBER_PAGES } from './members/pages';
import { OPINION_PAGES } from './opinions/pages';
import { ORG_PAGES } from './org/pages';
import { PROPOSAL_PAGES } from './proposals/pages';
import { SUPERVISION_PAGES } from './supervision/pages';

const AccountsPage = lazyPage(() => import('./accounts/AccountsPage'), 'AccountsPage');
const AuditLogPage = lazyPage(() => import('./audit/AuditLogPage'), 'AuditLogPage');
const StatsPage = lazyPage(() => import('./proposals/StatsPage'), 'StatsPage');

/**
 * Every page of the app in one registry: the router and the role-based menu both read it, so
 * a page a role may not open is neither in its menu nor routable.
 */
export interface PageDef {
  path: string;
  label: string;
  /** Menu group label; pages without a group sit at the top level. */
  group?: string;
  icon?: ReactNode;
  /** Listed in the menu (detail pages are routable but not listed). */
  menu?: boolean;
  /** Signed in but shown without the header and menu (the hall's check-in screen). */
  bare?: boolean;
  show: (me: Me) => boolean;
  element: ReactNode;
  /** Asks for the page's first data when it is the first page opened, before React first renders it. */
  prefetch?: (qc: QueryClient) => void;
}

export const PAGES: PageDef[] = [
  {
    path: '/',
    label: '首页',
    icon: <HomeOutlined />,
    menu: true,
    show: () => true,
    element: <HomePage />,
    prefetch: prefetchHome,
  },
  ...COCKPIT_PAGES,
  ...PROPOSAL_PAGES,
  {
    path: '/proposals/stats',
    label: '提案统计',
    group: '提案工作',
    icon: <BarChartOutlined />,
    menu: true,
    show: (me) => STATS_READER_ROLES.includes(me.role),
    element: <StatsPage />,
  },
  ...MEETING_PAGES,
  ...OPINION_PAGES,
  ...INSTRUCTION_PAGES,
  ...DUTY_ARCHIVE_PAGES,
  ...CONSULTATION_PLAN_PAGES,
  ...CONSULTATION_PAGES,
  ...DELIBERATION_PAGES,
  ...SUPERVISION_PAGES,
  ...MEMBER_PAGES,
  ...ORG_PAGES,
  {
    path: '/system/accounts',
    label: '账号管理',
    group: '系统管理',
    icon: <UserSwitchOutlined />,
    menu: true,
    show: (me) => me.abilities.manageAccounts,
    element: <AccountsPage />,
  },
  {
    path: '/system/audit',
    label: '审计日志',
    group: '系统管理',
    icon: <AuditOutlined />,
    menu: true,
    show: (me) => me.abilities.readAudit,
    element: <AuditLogPage />,
  },
];

/** Menu groups in display order. */
export const MENU_GROUPS = [
  '提案工作',
  '会议活动',
  '社情民意',
  '协商议政',
  '履职档案',
  '委员管理',
  '组织机构',
  '系统管理',
];
