import { CommentOutlined } from '@ant-design/icons';
import type { Me } from '../../api/session';
import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

const DeliberationsPage = lazyPage(() => import('./DeliberationsPage'), 'DeliberationsPage');
const DeliberationPage = lazyPage(() => import('./DeliberationPage'), 'DeliberationPage');
const CompilePage = lazyPage(() => import('./CompilePage'), 'CompilePage');

/** Who reads the hall: staff, members and leaders (the server's readsHall). */
const reads = (me: Me) => ['staff', 'member', 'leader'].includes(me.role);

/** 网上议政厅 under 协商议政: members post from a phone; the office moderates and compiles. */
export const DELIBERATION_PAGES: PageDef[] = [
  {
    path: '/deliberations',
    label: '网上议政厅',
    group: '协商议政',
    icon: <CommentOutlined />,
    menu: true,
    show: reads,
    element: <DeliberationsPage />,
  },
  { path: '/deliberations/:id', label: '网络议政', show: reads, element: <DeliberationPage /> },
  {
    path: '/deliberations/:id/compile',
    label: '归类整理',
    show: (me) => me.abilities.organiseConsultation,
    element: <CompilePage />,
  },
];
