import {
  BarChartOutlined,
  BookOutlined,
  FileTextOutlined,
  InboxOutlined,
  ReadOutlined,
  SnippetsOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { Me } from '../../api/session';
import type { PageDef } from '../index';
import { lazyPage } from '../lazyPage';

const InformantsPage = lazyPage(() => import('./InformantsPage'), 'InformantsPage');
const IssueDetailPage = lazyPage(() => import('./IssueDetailPage'), 'IssueDetailPage');
const IssueEditPage = lazyPage(() => import('./IssueEditPage'), 'IssueEditPage');
const IssuesPage = lazyPage(() => import('./IssuesPage'), 'IssuesPage');
const ItemDetailPage = lazyPage(() => import('./ItemDetailPage'), 'ItemDetailPage');
const ItemsPage = lazyPage(() => import('./ItemsPage'), 'ItemsPage');
const MyReportsPage = lazyPage(() => import('./MyReportsPage'), 'MyReportsPage');
const OpinionStatsPage = lazyPage(() => import('./OpinionStatsPage'), 'OpinionStatsPage');
const ReportDetailPage = lazyPage(() => import('./ReportDetailPage'), 'ReportDetailPage');
const ReportEditPage = lazyPage(() => import('./ReportEditPage'), 'ReportEditPage');
const ReportQueuePage = lazyPage(() => import('./ReportQueuePage'), 'ReportQueuePage');

export const OPINION_GROUP = '社情民意';
/** A member or a 特邀信息员: they write and follow their own reports (an informant nothing else). */
const member = (me: Me) => me.abilities.fileOpinions;
const editor = (me: Me) => me.abilities.handleOpinions;
const staff = (me: Me) => me.role === 'staff';
/** Issues and the year's figures: staff and the leaders issues are sent to. */
const issueReader = (me: Me) => me.role === 'staff' || me.role === 'leader';

/**
 * The 社情民意 pages by role: a member writes and follows their reports (phone first); the
 * editors (研究室) receive, decide, edit, compile and send; the office signs issues off; leaders
 * read the issues sent to them.
 */
export const OPINION_PAGES: PageDef[] = [
  {
    path: '/opinions/mine',
    label: '我的社情民意',
    group: OPINION_GROUP,
    icon: <FileTextOutlined />,
    menu: true,
    show: member,
    element: <MyReportsPage />,
  },
  {
    path: '/opinions/queue',
    label: '信息接收',
    group: OPINION_GROUP,
    icon: <InboxOutlined />,
    menu: true,
    show: editor,
    element: <ReportQueuePage />,
  },
  {
    path: '/opinions/items',
    label: '信息编辑稿',
    group: OPINION_GROUP,
    icon: <SnippetsOutlined />,
    menu: true,
    show: editor,
    element: <ItemsPage />,
  },
  {
    path: '/opinions/issues',
    label: '社情民意期刊',
    group: OPINION_GROUP,
    icon: <ReadOutlined />,
    menu: true,
    show: issueReader,
    element: <IssuesPage />,
  },
  {
    path: '/opinions/stats',
    label: '社情民意统计',
    group: OPINION_GROUP,
    icon: <BarChartOutlined />,
    menu: true,
    show: issueReader,
    element: <OpinionStatsPage />,
  },
  {
    path: '/opinions/informants',
    label: '特邀信息员',
    group: OPINION_GROUP,
    icon: <TeamOutlined />,
    menu: true,
    show: editor,
    element: <InformantsPage />,
  },
  { path: '/opinions/new', label: '撰写社情民意', show: member, element: <ReportEditPage /> },
  {
    path: '/opinions/for-body',
    label: '代为报送社情民意',
    show: editor,
    element: <ReportEditPage forBody />,
  },
  {
    path: '/opinions/:id/edit',
    label: '修改社情民意',
    show: (me) => member(me) || editor(me),
    element: <ReportEditPage />,
  },
  {
    path: '/opinions/:id',
    label: '社情民意信息',
    show: (me) => member(me) || staff(me),
    element: <ReportDetailPage />,
  },
  { path: '/opinions/items/:id', label: '信息编辑稿', show: staff, element: <ItemDetailPage /> },
  {
    path: '/opinions/issues/new',
    label: '组稿',
    icon: <BookOutlined />,
    show: editor,
    element: <IssueEditPage />,
  },
  { path: '/opinions/issues/:id/edit', label: '修改期刊', show: editor, element: <IssueEditPage /> },
  { path: '/opinions/issues/:id', label: '社情民意期刊', show: issueReader, element: <IssueDetailPage /> },
];
