import { DashboardOutlined } from '@ant-design/icons';
import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

// ECharts comes with this chunk only: the cockpit is the one page that draws trends this large.
const CockpitPage = lazyPage(() => import('./CockpitPage'), 'CockpitPage');
const WorkReportsPage = lazyPage(() => import('./WorkReportsPage'), 'WorkReportsPage');

/** 驾驶舱: the office and the leaders (the server lets a member read public figures, without a menu entry). */
export const COCKPIT_PAGES: PageDef[] = [
  {
    path: '/cockpit',
    label: '驾驶舱',
    icon: <DashboardOutlined />,
    menu: true,
    show: (me) => me.abilities.viewCockpit,
    element: <CockpitPage />,
  },
  {
    // 工作报告 opens from the cockpit's toolbar (the Word documents written from the same figures).
    path: '/cockpit/reports',
    label: '工作报告',
    show: (me) => me.abilities.viewCockpit,
    element: <WorkReportsPage />,
  },
];
