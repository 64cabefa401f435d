import { AuditOutlined, EnvironmentOutlined, IdcardOutlined } from '@ant-design/icons';
import type { Me } from '../../api/session';
import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

const SupervisionGroupsPage = lazyPage(() => import('./SupervisionGroupsPage'), 'SupervisionGroupsPage');
const SupervisionGroupPage = lazyPage(() => import('./SupervisionGroupPage'), 'SupervisionGroupPage');
const InspectionsPage = lazyPage(() => import('./InspectionsPage'), 'InspectionsPage');
const InspectionPage = lazyPage(() => import('./InspectionPage'), 'InspectionPage');
const MySupervisionPage = lazyPage(() => import('./MySupervisionPage'), 'MySupervisionPage');
const AppointmentsPage = lazyPage(() => import('./AppointmentsPage'), 'AppointmentsPage');

const GROUP = '协商议政';
/** Who reads supervision and inspections: staff, leaders and members (the server's canReadSupervision). */
const reads = (me: Me) => ['staff', 'leader', 'member'].includes(me.role);
/** The office's lists: staff and leaders (members open a record from its link). */
const office = (me: Me) => me.role === 'staff' || me.role === 'leader';
/** A member's own list (the server's GET /api/supervision/mine). */
const member = (me: Me) => me.role === 'member';

/** 民主监督, 视察调研 and members' appointments as 特约监督员 / 听证员, under 协商议政. */
export const SUPERVISION_PAGES: PageDef[] = [
  {
    path: '/supervision-groups',
    label: '民主监督',
    group: GROUP,
    icon: <AuditOutlined />,
    menu: true,
    show: office,
    element: <SupervisionGroupsPage />,
  },
  { path: '/supervision-groups/:id', label: '民主监督详情', show: reads, element: <SupervisionGroupPage /> },
  {
    path: '/inspections',
    label: '视察调研',
    group: GROUP,
    icon: <EnvironmentOutlined />,
    menu: true,
    show: office,
    element: <InspectionsPage />,
  },
  { path: '/inspections/:id', label: '视察调研详情', show: reads, element: <InspectionPage /> },
  {
    path: '/supervision/mine',
    label: '我的监督视察',
    // Opened from 我的会议 (a member's menu must fit one phone screen).
    show: member,
    element: <MySupervisionPage />,
  },
  {
    path: '/member-appointments',
    label: '特约监督员',
    group: GROUP,
    icon: <IdcardOutlined />,
    menu: true,
    show: office,
    element: <AppointmentsPage />,
  },
];
