import {
  AlertOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  FormOutlined,
  QrcodeOutlined,
  ScheduleOutlined,
} from '@ant-design/icons';
import type { Me } from '../../api/session';
import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

const AbsencesPage = lazyPage(() => import('./AbsencesPage'), 'AbsencesPage');
const CheckinPage = lazyPage(() => import('./CheckinPage'), 'CheckinPage');
const CheckinScreenPage = lazyPage(() => import('./CheckinScreenPage'), 'CheckinScreenPage');
const LeaveRequestPage = lazyPage(() => import('./LeaveRequestPage'), 'LeaveRequestPage');
const LeaveRequestsPage = lazyPage(() => import('./LeaveRequestsPage'), 'LeaveRequestsPage');
const MeetingDetailPage = lazyPage(() => import('./MeetingDetailPage'), 'MeetingDetailPage');
const MeetingEditPage = lazyPage(() => import('./MeetingEditPage'), 'MeetingEditPage');
const MeetingsPage = lazyPage(() => import('./MeetingsPage'), 'MeetingsPage');
const MemberCodePage = lazyPage(() => import('./MemberCodePage'), 'MemberCodePage');
const MyMeetingsPage = lazyPage(() => import('./MyMeetingsPage'), 'MyMeetingsPage');

const GROUP = '会议活动';
const organiser = (me: Me) => me.abilities.organiseMeetings;
const member = (me: Me) => me.role === 'member' && me.memberId !== null;
const invited = (me: Me) => member(me) || me.role === 'leader' || me.role === 'unit';
const reader = (me: Me) => invited(me) || me.role === 'staff';

/**
 * The meeting pages by role: the office lists and runs every meeting, decides leave and watches
 * absences; members, leaders and units see their invitations and check in.
 */
export const MEETING_PAGES: PageDef[] = [
  {
    path: '/meetings',
    label: '会议活动',
    group: GROUP,
    icon: <CalendarOutlined />,
    menu: true,
    show: (me) => me.role === 'staff' || me.role === 'leader',
    element: <MeetingsPage />,
  },
  {
    path: '/meetings/mine',
    label: '我的会议',
    group: GROUP,
    icon: <ScheduleOutlined />,
    menu: true,
    show: invited,
    element: <MyMeetingsPage />,
  },
  {
    path: '/meetings/leave-requests',
    label: '请假审批',
    group: GROUP,
    icon: <FormOutlined />,
    menu: true,
    show: organiser,
    element: <LeaveRequestsPage />,
  },
  {
    path: '/meetings/absences',
    label: '缺席预警',
    group: GROUP,
    icon: <AlertOutlined />,
    menu: true,
    show: organiser,
    element: <AbsencesPage />,
  },
  { path: '/meetings/new', label: '新建会议', show: organiser, element: <MeetingEditPage /> },
  {
    path: '/meetings/:id',
    label: '会议详情',
    icon: <CarryOutOutlined />,
    show: reader,
    element: <MeetingDetailPage />,
  },
  { path: '/meetings/:id/edit', label: '修改会议', show: organiser, element: <MeetingEditPage /> },
  {
    path: '/meetings/leave-requests/:id',
    label: '请假申请',
    show: (me) => me.role === 'staff' || member(me),
    element: <LeaveRequestPage />,
  },
  {
    path: '/meetings/screen/:sittingId',
    label: '签到大屏',
    bare: true,
    show: organiser,
    element: <CheckinScreenPage />,
  },
  { path: '/checkin/:sittingId', label: '会议签到', show: member, element: <CheckinPage /> },
  {
    path: '/me/member-code',
    label: '我的委员码',
    icon: <QrcodeOutlined />,
    show: member,
    element: <MemberCodePage />,
  },
];
